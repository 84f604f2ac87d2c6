// What to do when the best match is not confident (rank.ts, `confident`): answer the
// one candidate that clearly fits, give the answer the candidates share, or — only
// when their answers really differ — ask which one was meant. The one home of that
// decision; its thresholds are THRESHOLDS.clearLead and THRESHOLDS.namedChars.
import { facetFit } from '../knowledge/facets.ts';
import type { Business } from '../knowledge/model.ts';
import type { Understanding } from '../understand/index.ts';
import type { Candidate } from './index.ts';
import { asksTime, distinct, sameTopic, sameWindows } from './rank.ts';
import { THRESHOLDS } from './thresholds.ts';

/** How many candidates a "which one?" question offers. */
const MAX_OPTIONS = 3;
/** two subjects joined in one question: A和B, A与B, A跟B, A及B */
const JOINED = /\p{Script=Han}{2,}(?:和|与|跟|及|以及)\p{Script=Han}{2,}/u;

export type Settled =
  /** one candidate clearly fits, or every candidate is about the same business (then that business) */
  | { answer: Candidate }
  /** different businesses with the same suspension windows, asked when: one time answer naming them all */
  | { together: Candidate[] }
  /** their answers differ: ask which one */
  | { ask: Candidate[] };

/** `ranked`: rank()'s order for one city, best first. */
export function settle(u: Understanding, ranked: Candidate[]): Settled {
  // a candidate holding none of the question's words is no option
  // one option per business: a procedure of a business already offered leads to the same answer
  const options = distinct(ranked)
    .filter((c) => c.matched > 0)
    .filter((c, i, all) => !all.slice(0, i).some((o) => sameTopic(o, c)))
    .slice(0, MAX_OPTIONS);
  if (options.length <= 1) return { answer: options[0] ?? ranked[0]! };
  // how long a phrase of its own the question names, per option (each is compared with every other)
  const named = new Map(options.map((c) => [c, namedLength(c, options, u.text)]));
  const fits = options.filter((c, i) => clearlyFits(c, i, options, u, named));
  if (fits.length === 1) return { answer: fits[0]! };
  // "医保费和社保费哪天…": two subjects joined ask about both, which the two best options are
  const pool = fits.length ? fits : JOINED.test(u.topic) ? options.slice(0, 2) : options;
  const businesses = [...new Set(pool.map((c) => c.business))];
  if (businesses.every((b): b is Business => !!b)) {
    if (businesses.length === 1) return { answer: asBusiness(pool, businesses[0]!) };
    if (asksTime(u) && pool.every((c) => sameWindows(c, pool[0]!))) return { together: businesses.map((b) => asBusiness(pool, b)) };
  }
  return { ask: options };
}

/**
 * A candidate clearly fits when the question names it (by a phrase of its own, longer than
 * any other option's), when it alone holds every concept asked, when it holds
 * every word each other option holds and more, or when it leads the next by THRESHOLDS.clearLead.
 */
function clearlyFits(c: Candidate, i: number, options: Candidate[], u: Understanding, namedLengths: Map<Candidate, number>): boolean {
  const others = options.filter((o) => o !== c);
  const named = namedLengths.get(c)!;
  if (named >= THRESHOLDS.namedChars && others.every((o) => namedLengths.get(o)! < named)) return true;
  // the kind asked: it agrees on every facet the question states, and every other option contradicts one
  const kindOf = (x: Candidate) => (x.kind === 'business' ? facetFit(u.facets, x.business.facets) : undefined);
  if (kindOf(c)?.agreesOnAll && others.every((o) => (kindOf(o)?.contradicted.length ?? 0) > 0)) return true;
  const concepts = u.topicTokens.filter((t) => t.startsWith('@'));
  const holdsAll = (x: Candidate) => concepts.every((t) => x.terms.includes(t));
  if (concepts.length && holdsAll(c) && !others.some(holdsAll)) return true;
  if (others.every((o) => o.terms.every((t) => c.terms.includes(t)) && c.terms.length > o.terms.length)) return true;
  return i === 0 && c.score >= options[1]!.score * THRESHOLDS.clearLead;
}

/**
 * The longest of the candidate's own phrases (name, synonyms, listed questions) that the question
 * contains and no rival's phrase does (失业金 names both 失业金发放 and 失业金申领: neither), in characters.
 */
function namedLength(c: Candidate, options: Candidate[], question: string): number {
  const text = plain(question, c);
  const theirs = rivals(c, options).flatMap((o) => phrasesOf(o));
  let longest = 0;
  for (const phrase of phrasesOf(c)) {
    if (phrase.length > longest && text.includes(phrase) && !theirs.some((p) => p.includes(phrase))) longest = phrase.length;
  }
  return longest;
}

/** The other options about something else (a procedure of the same business is no rival). */
const rivals = (c: Candidate, options: Candidate[]) => options.filter((o) => o !== c && !sameTopic(o, c));

/** each item's phrases by city name, made once per knowledge load */
const phrases = new WeakMap<object, Map<string, string[]>>();

function phrasesOf(c: Candidate): string[] {
  const item = c.kind === 'business' ? c.business : c.procedure;
  let byCity = phrases.get(item);
  if (!byCity) phrases.set(item, (byCity = new Map()));
  let list = byCity.get(c.city.name);
  if (!list) byCity.set(c.city.name, (list = phrasesMade(c)));
  return list;
}

function phrasesMade(c: Candidate): string[] {
  // a business named "养老金、失业保险金…发放" is named by each of its parts too
  const own =
    c.kind === 'business'
      ? [c.business.name, ...c.business.name.split(/[（）()、，,]/).filter((p) => p.length >= 2), ...c.business.synonyms]
      : [c.procedure.title];
  return [...own, ...(c.kind === 'business' ? c.business : c.procedure).questions].map((p) => plain(p, c));
}

/** Without the city's name, spaces and punctuation: how a phrase is looked for in a question. */
const plain = (text: string, c: Candidate) =>
  text
    .split(c.city.name)
    .join('')
    .replace(/[\s\p{P}]/gu, '');

/** The pool's own candidate for a business, or one made for it (a procedure's business is answered as itself). */
function asBusiness(pool: Candidate[], business: Business): Candidate {
  const own = pool.find((c) => c.kind === 'business' && c.business === business);
  if (own) return own;
  const { city, score, coverage, matched, terms } = pool.find((c) => c.business === business)!;
  return { kind: 'business', city, business, score, coverage, matched, terms };
}
