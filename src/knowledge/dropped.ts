// What a new knowledge base would drop compared with the one serving, per notice:
// businesses, procedures, contacts and general advice that are gone, or the whole
// notice. A reload that drops something is most often a file caught half-written
// (every line-boundary prefix of a facts.yaml that still validates has fewer
// items), so the service refuses it unless asked explicitly (server/reload.ts).
import type { KnowledgeBase, Notice } from './model.ts';

export interface DroppedItems {
  /** the notice's id */
  notice: string;
  /** its folder, as shown in messages */
  dir: string;
  /** the whole notice is gone (its folder removed, or its id changed) */
  whole?: true;
  businesses?: string[];
  procedures?: string[];
  contacts?: string[];
  generalAdvice?: string[];
}

type Kind = 'businesses' | 'procedures' | 'contacts' | 'generalAdvice';

/** How each item is told apart: an edit of an item keeps its key; a removal (or renaming) loses it. */
const KEYS: Record<Kind, (n: Notice) => string[]> = {
  businesses: (n) => n.businesses.map((b) => `${b.id} (${b.name})`),
  procedures: (n) => n.procedures.map((p) => p.id),
  contacts: (n) => n.contacts.map((c) => `${c.unit} ${c.label}`),
  generalAdvice: (n) => n.generalAdvice.map((s) => s.text ?? s.quote),
};

export function droppedItems(running: KnowledgeBase, next: KnowledgeBase): DroppedItems[] {
  const nextById = new Map(next.notices.map((n) => [n.id, n]));
  const dropped: DroppedItems[] = [];
  for (const old of running.notices) {
    const now = nextById.get(old.id);
    if (!now) {
      dropped.push({ notice: old.id, dir: old.dir, whole: true });
      continue;
    }
    const entry: DroppedItems = { notice: old.id, dir: old.dir };
    let any = false;
    for (const kind of Object.keys(KEYS) as Kind[]) {
      const gone = missing(KEYS[kind](old), KEYS[kind](now));
      if (gone.length) (entry[kind] = gone), (any = true);
    }
    if (any) dropped.push(entry);
  }
  return dropped;
}

/** The keys of `before` not in `after`, counting repeats (two contacts may share a key). */
function missing(before: string[], after: string[]): string[] {
  const left = new Map<string, number>();
  for (const k of after) left.set(k, (left.get(k) ?? 0) + 1);
  const gone: string[] = [];
  for (const k of before) {
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else gone.push(k);
  }
  return gone;
}

/** One line for logs and /healthz: the notice, and what it would lose. */
export function describeDropped(d: DroppedItems): string {
  if (d.whole) return `${d.dir} (${d.notice}): the whole notice`;
  const parts = (['businesses', 'procedures', 'contacts', 'generalAdvice'] as const)
    .filter((k) => d[k]?.length)
    .map((k) => `${d[k]!.length} ${k === 'generalAdvice' ? 'general advice' : k} (${d[k]!.slice(0, 5).join(', ')}${d[k]!.length > 5 ? ', …' : ''})`);
  return `${d.dir} (${d.notice}): ${parts.join('; ')}`;
}
