// KNOWLEDGE_WATCH=1: reload when anything under the knowledge folder changes.
// Watches the folder and each notice folder in it (the layout is two levels
// deep; directory watches also see editors' save-by-rename), and waits for a
// quiet moment so one save — or a copy of several files — is one reload. A reload
// that catches a file half-written fails validation and keeps the old knowledge;
// the write's last event brings another.
import { watch, type FSWatcher, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from './logger.ts';

export interface KnowledgeWatcher {
  close(): void;
}

export function watchKnowledge(dir: string, onChange: () => void, log: Logger, debounceMs = 300): KnowledgeWatcher {
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const fire = () => {
    timer = undefined;
    if (closed) return;
    refresh(); // notice folders added or removed since
    onChange();
  };
  const changed = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
  };

  const add = (path: string) => {
    if (watchers.has(path)) return;
    try {
      const w = watch(path, { persistent: false }, changed);
      w.on('error', () => {
        // the folder went away (renamed, deleted): forget it; the parent's event triggers a refresh
        w.close();
        watchers.delete(path);
        changed();
      });
      watchers.set(path, w);
    } catch (e) {
      log.warn({ path, error: { name: (e as Error).name, code: (e as NodeJS.ErrnoException).code } }, 'cannot watch knowledge folder');
    }
  };

  function refresh() {
    const wanted = new Set([dir]);
    try {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (!name.startsWith('.') && statSync(p, { throwIfNoEntry: false })?.isDirectory()) wanted.add(p);
      }
    } catch {
      // the folder itself is gone or unreadable: the reload reports it
    }
    for (const [p, w] of watchers) {
      if (wanted.has(p)) continue;
      w.close();
      watchers.delete(p);
    }
    for (const p of wanted) add(p);
  }

  refresh();
  log.info({ dir, folders: watchers.size }, 'watching the knowledge folder for changes (KNOWLEDGE_WATCH=1)');
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
