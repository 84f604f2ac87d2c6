// Window recall and precision of a draft against a gold folder. A window is (kind, suspend,
// resume): a gold window is found when a draft business of an overlapping kind (they share a
// facet value: what, setting, where, insurance or channel) has a window that stops at the
// same instant and resumes the same way; or, for a business of no shared kind, a window read
// from the same sentence (its suspend quote) that stops and resumes the same way (the same instant when gold gives one, else the same
// mode: gradual, tbd or unstated). Compared on the built model, so that notice-level
// resumptions are applied on both sides alike.
import type { Business, KnowledgeBase, Window } from '../src/knowledge/model.ts';

export interface WindowScore {
  gold: number;
  found: number;
  draft: number;
  right: number;
  misses: string[];
  extras: string[];
}

const FACETS = ['what', 'setting', 'where', 'insurance', 'channel'];

const sameKind = (a: Business, b: Business) => FACETS.some((f) => (a.facets[f] ?? []).some((v) => (b.facets[f] ?? []).includes(v)));

function sameWindow(a: Window, b: Window): boolean {
  if (+a.suspend !== +b.suspend) return false;
  if (a.resume || b.resume) return !!a.resume && !!b.resume && +a.resume === +b.resume;
  return a.resumeMode === b.resumeMode;
}

const key = (s: string) => s.replace(/[\s*|#。；;，,]/g, '');
const sameQuote = (a: Window, b: Window) => key(a.suspendQuote).includes(key(b.suspendQuote)) || key(b.suspendQuote).includes(key(a.suspendQuote));

const windowsOf = (kb: KnowledgeBase) => kb.notices.flatMap((n) => n.businesses.flatMap((b) => b.windows.map((w) => ({ b, w }))));

const describe = (b: Business, w: Window) =>
  `${b.name} [${Object.values(b.facets).flat().join(',')}] ${w.suspendAsWritten} → ${w.resumeAsWritten ?? w.resumeMode}`;

export function scoreWindows(gold: KnowledgeBase, draft: KnowledgeBase): WindowScore {
  const g = windowsOf(gold);
  const d = windowsOf(draft);
  const matches = (x: { b: Business; w: Window }, y: { b: Business; w: Window }) => (sameKind(x.b, y.b) || sameQuote(x.w, y.w)) && sameWindow(x.w, y.w);
  const missed = g.filter((x) => !d.some((y) => matches(x, y)));
  const extra = d.filter((y) => !g.some((x) => matches(x, y)));
  return {
    gold: g.length,
    found: g.length - missed.length,
    draft: d.length,
    right: d.length - extra.length,
    misses: missed.map((x) => describe(x.b, x.w)),
    extras: extra.map((y) => describe(y.b, y.w)),
  };
}
