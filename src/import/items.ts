// The object of a stop sentence ("门诊、特门、特药、住院结算业务") → the businesses it names.
// Items are cut at 、 and 及/以及; an item without a kind of its own borrows the shared
// head of the list ("门诊" + "结算业务"), and the qualifier of the first item is shared
// by the rest ("城乡居民医疗保险（含大学生）" + "核定业务"). Neighbouring items of the same
// kind stay one business; items of different kinds become several, each with the quote.
import type { Domain, Facets } from '../knowledge/facets.ts';
import { OWN_HEAD } from './words.ts';

export interface Item {
  /** the business's name, in the notice's words */
  name: string;
  /** the words of the list it was made from (synonyms) */
  words: string[];
  facets: Facets;
  /** read out of a bracket of another item ("（含…）") */
  lent?: boolean;
}

const OPEN = '（(“《【';
const CLOSE = '）)”》】';
const KIND_FACETS = ['what', 'setting', 'where'] as const;

const kindKey = (f: Facets) => JSON.stringify(KIND_FACETS.map((k) => [...(f[k] ?? [])].sort()));
const hasKind = (f: Facets) => KIND_FACETS.some((k) => f[k]?.length);

/** Parts of a list outside brackets. */
export function listParts(text: string, at: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const m = at.exec(text.slice(i));
      if (m && m.index === 0) {
        parts.push(text.slice(start, i));
        start = i + m[0].length;
        i = start - 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Every bracket opened is closed (and none closed before it opens). */
export function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c) && --depth < 0) return false;
  }
  return depth === 0;
}

/** A name without the closing brackets that open nowhere in it, nor an opening one left unclosed at its end. */
export function balancedName(name: string): string {
  const open: number[] = [];
  let out = '';
  for (const c of name) {
    if (CLOSE.includes(c) && !open.length) continue;
    if (OPEN.includes(c)) open.push(out.length);
    else if (CLOSE.includes(c)) open.pop();
    out += c;
  }
  return open.length && open[0]! >= 2 ? out.slice(0, open[0]) : out;
}

/** The shortest end of `text` that states the same facets of `keys`. */
function core(domain: Domain, text: string, keys: readonly string[]): string {
  const want = JSON.stringify(keys.map((k) => [...(domain.read(text)[k] ?? [])].sort()));
  for (let i = text.length - 1; i > 0; i--) {
    const tail = text.slice(i);
    if (!balanced(text.slice(0, i))) continue; // never start a name inside brackets
    if (JSON.stringify(keys.map((k) => [...(domain.read(tail)[k] ?? [])].sort())) === want) return tail;
  }
  return text;
}

/** A text without its bracketed parts (what an item includes is its own, never the list's). */
export const unbracketed = (text: string) => text.replace(/[（(][^（()）]*[）)]/g, '').trim() || text;

/** "住院结算和异地就医备案": 和/与 joins two items when each names a kind of its own (not "省内和跨省…"). */
function splitAnd(domain: Domain, part: string): string[] {
  const halves = listParts(part, /^(和|与)/);
  return halves.length > 1 && halves.every((h) => hasKind(domain.read(h))) ? halves : [part];
}

/** An item that borrows the list's head: it names where or for whom ("门诊", "城乡居民") but no business
 * word; an item of no known facet ("人员增减") is a business in its own words, never "人员增减申领业务". */
const borrows = (domain: Domain, part: string) => {
  const f = domain.read(part);
  return !f.what && !OWN_HEAD.test(part) && Object.keys(f).length > 0;
};

export function itemsOf(domain: Domain, object: string): Item[] {
  const cleaned = object
    .replace(/^(包括|包含|涵盖)/, '') // "包括A、B在内的各项业务": A and B
    .replace(/在内的.*$/, '')
    .replace(/等(?=业务|$)/g, '')
    .replace(/等$/, '')
    .trim();
  const items: Item[] = [];
  const segments = qualifiersJoined(domain, listParts(cleaned, /^(以及|及)/)).map((segment) => {
    const parts = listParts(segment, /^、/).flatMap((p) => splitAnd(domain, p));
    // the shared head: from the last item's `what` word on ("结算业务"), when it has one, read
    // without its brackets: "住院结算（含入院登记、出院结算）" lends 门诊 "结算", not its bracket
    const last = unbracketed(parts[parts.length - 1]!);
    return { parts, head: domain.read(last).what ? core(domain, last, ['what']) : '' };
  });
  for (const [at, { parts, head: own }] of segments.entries()) {
    // "门诊、住院及药店医保结算": a segment of no business word takes the head of the one after it
    const head = own || (segments.slice(at + 1).find((x) => x.head)?.head ?? '');
    const first = parts[0]!;
    const cut = parts.length > 1 ? first.slice(0, first.length - core(domain, first, KIND_FACETS).length) : '';
    // shared only when it names whom or what insurance, not a kind of business of its own ("生育津贴（…）申领")
    const qualifier = balanced(cut) && !hasKind(domain.read(cut)) ? cut : '';
    const expanded = parts.map((p, i) => {
      let full = p;
      if (i > 0 && qualifier && core(domain, p, KIND_FACETS) === p) full = qualifier + full;
      if (head && borrows(domain, p)) full = full + head;
      return { part: p, full, facets: domain.read(full) };
    });
    // neighbours of the same kind (or of none) stay together
    const groups: (typeof expanded)[] = [];
    for (const e of expanded) {
      const prev = groups[groups.length - 1];
      const kin = scrap(domain, e.part) ? [...groups].reverse().find((g) => g.some((x) => kindKey(x.facets) === kindKey(e.facets))) : undefined;
      if (kin)
        kin.push(e); // "参保登记、缴费基数申报、停保": 停保 names no business alone, it goes with its kind
      else if (prev && (!hasKind(e.facets) || kindKey(prev[prev.length - 1]!.facets) === kindKey(e.facets) || !hasKind(prev[0]!.facets))) prev.push(e);
      else groups.push([e]);
    }
    for (const g of groups) {
      const lastPart = g[g.length - 1]!;
      const borrowed = head && borrows(domain, lastPart.part);
      const firstIndex = expanded.indexOf(g[0]!);
      const prefix = firstIndex > 0 && g[0]!.full.startsWith(qualifier) && qualifier && !g[0]!.part.startsWith(qualifier) ? qualifier : '';
      const name = prefix + g.map((e) => e.part).join('、') + (borrowed ? head : '');
      items.push({ name, words: g.map((e) => e.part), facets: mergeFacets(g.map((e) => e.facets)) });
    }
  }
  return items;
}

/** A part of a list that names no business on its own: a bare business word ("变更", "停保"), never a setting ("门诊"). */
export const scrap = (domain: Domain, part: string) => part.replace(/业务$/, '').length <= 2 && Object.keys(domain.read(part)).every((k) => k === 'what');

/** "跨省及省内异地就医直接结算": a segment that only says where or for whom qualifies the one after it, it is no item. */
function qualifiersJoined(domain: Domain, segments: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const f = domain.read(segments[i]!);
    const qualifier = !f.what && !f.setting && !!(f.where || f.insurance) && segments[i]!.length <= 6 && i + 1 < segments.length;
    if (qualifier) segments[i + 1] = `${segments[i]}及${segments[i + 1]}`;
    else out.push(segments[i]!);
  }
  return out;
}

export function mergeFacets(list: Facets[]): Facets {
  const out: Facets = {};
  for (const f of list) for (const [k, vs] of Object.entries(f)) out[k] = [...new Set([...(out[k] ?? []), ...vs])];
  return out;
}

/**
 * "住院医保联网结算（含跨省异地就医直接结算）": care elsewhere included in a bracket of a local
 * setting's settlement is a business of its own, which the notice may stop or resume apart; the
 * item keeps its own name and kinds, without the bracket. "（不含跨省…）" leaves it out: the item
 * is never about care elsewhere.
 */
export function withInclusions(domain: Domain, items: Item[]): Item[] {
  return items.flatMap((item) => {
    const m = /[（(](不含|不包括|除|含|包含|包括)([^（()）]{2,40}?)外?[）)]/.exec(item.name);
    if (!m) return [item];
    const outer = item.name.replace(m[0], '').trim();
    const own = domain.read(outer);
    const inner = domain.read(m[2]!);
    if (!inner.where || own.where?.some((v) => inner.where!.includes(v)) || !(own.setting || own.what)) return [item];
    const kept = { ...item, name: outer, words: item.words.map((w) => w.replace(m[0], '')), facets: own };
    if (/^(不含|不包括|除)$/.test(m[1]!)) return [kept];
    if (!inner.what) return [item]; // "（含异地急诊）" names no business
    return [kept, ...itemsOf(domain, m[2]!).map((i) => ({ ...i, lent: true }))];
  });
}
