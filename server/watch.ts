// KNOWLEDGE_WATCH=1: reload when a knowledge file changes. Watches the folder
// and each notice folder in it (the layout is two levels deep; directory watches
// also see editors' save-by-rename), and waits until the files have settled: a
// quiet moment after the last event (debounce), then the sizes and modification
// times of every knowledge file unchanged over `settleMs`. So one save — or a
// copy of several files — is one reload, and a file still being written is not
// read. Files the reader ignores (facts.yaml.tmp, editors' backups and swap
// files) trigger nothing: save atomically by writing one and renaming it.
// A reload that still catches a file half-written fails validation or is refused
// because it drops items (reload.ts); the write's last event brings another.
import { watch, type FSWatcher, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isKnowledgeFile, isKnowledgeFolderName } from '../src/knowledge/files.ts';
import type { Logger } from './logger.ts';

export interface KnowledgeWatcher {
  close(): void;
}

export interface WatchTiming {
  /** quiet time after the last event before the files are checked (default 300 ms) */
  debounceMs?: number;
  /** the files must look the same at two checks this far apart (default 300 ms; 0 = one check) */
  settleMs?: number;
}

export function watchKnowledge(dir: string, onChange: () => void, log: Logger, { debounceMs = 300, settleMs = 300 }: WatchTiming = {}): KnowledgeWatcher {
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  /** the files as the previous check saw them; undefined after an event */
  let seen: string | undefined;

  const check = () => {
    timer = undefined;
    if (closed) return;
    const now = snapshot(dir);
    if (settleMs > 0 && now !== seen) {
      seen = now; // still moving, or the first look: look again after settleMs
      timer = setTimeout(check, settleMs);
      return;
    }
    seen = undefined;
    refresh(); // notice folders added or removed since
    onChange();
  };
  const changed = () => {
    if (closed) return;
    seen = undefined;
    clearTimeout(timer);
    timer = setTimeout(check, debounceMs);
  };

  const add = (path: string, relevant: (name: string) => boolean) => {
    if (watchers.has(path)) return;
    try {
      // no file name (some platforms): assume it matters
      const w = watch(path, { persistent: false }, (_event, name) => (name === null || relevant(name) ? changed() : undefined));
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
    const wanted = new Set([dir, ...noticeFolders(dir)]);
    for (const [p, w] of watchers) {
      if (wanted.has(p)) continue;
      w.close();
      watchers.delete(p);
    }
    for (const p of wanted) add(p, p === dir ? isKnowledgeFolderName : isKnowledgeFile);
  }

  refresh();
  log.info({ dir, folders: watchers.size, debounceMs, settleMs }, 'watching the knowledge folder for changes (KNOWLEDGE_WATCH=1)');
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}

function noticeFolders(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter(isKnowledgeFolderName)
      .map((name) => join(dir, name))
      .filter((p) => stat(p)?.isDirectory());
  } catch {
    return []; // the folder itself is gone or unreadable: the reload reports it
  }
}

/** Every knowledge file's path, size and modification time, as one comparable string. */
function snapshot(dir: string): string {
  const parts: string[] = [];
  for (const folder of noticeFolders(dir)) {
    let names: string[] = [];
    try {
      names = readdirSync(folder).filter(isKnowledgeFile).sort();
    } catch {
      // gone meanwhile: the next check sees it
    }
    for (const name of names) {
      const st = stat(join(folder, name));
      parts.push(`${folder}/${name}:${st?.size}:${st?.mtimeMs}`);
    }
    if (!names.length) parts.push(folder);
  }
  return parts.sort().join('\n');
}

/** undefined for a path gone or unusable (a link loop): the reload names the problem */
function stat(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
