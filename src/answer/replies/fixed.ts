// The replies that are not about one business or one city's timetable: the greeting (and
// every channel's welcome), small talk, the fallbacks, a question back, and what a number
// picks when nothing was numbered.
import type { KnowledgeBase } from '../../knowledge/model.ts';
import { shortName } from '../format.ts';
import { numbered, type ReplyLine } from '../../contract/lines.ts';
import * as W from '../wording/index.ts';

/**
 * One line per covered city: the notice and the month of its first suspension.
 * No dates or numbers beyond that: a fallback must not look like an answer for another city.
 */
export function coverageLines(kb: KnowledgeBase): string[] {
  let lines = coverageMade.get(kb);
  if (!lines) coverageMade.set(kb, (lines = coverageOf(kb)));
  return [...lines];
}

/** what a knowledge load covers, and its examples: the same for every fallback and greeting of that load */
const coverageMade = new WeakMap<KnowledgeBase, readonly string[]>();
const examplesMade = new WeakMap<KnowledgeBase, readonly string[]>();

function coverageOf(kb: KnowledgeBase): string[] {
  return kb.cities.map((city) => {
    const first = city.notices.flatMap((n) => n.businesses.flatMap((b) => b.windows.map((w) => w.suspend))).sort((a, b) => a.toMillis() - b.toMillis())[0];
    return W.timetable.coverageLine(
      city.name,
      first,
      city.notices.map((n) => n.title),
    );
  });
}

/** Cities a greeting lists with their notices; with more, it names a few and counts the rest, so that its examples fit one message. */
const GREETING_CITIES = 9;

/** The greeting, and every channel's welcome: who answers, the notices covered, examples to pick by number. */
export function greetingLines(kb: KnowledgeBase): ReplyLine[] {
  const names = kb.cities.map((c) => c.name);
  const coverage = names.length <= GREETING_CITIES ? coverageLines(kb) : [W.someCities(names.slice(0, GREETING_CITIES), names.length)];
  return [W.GREETING_HEAD, W.COVERAGE_HEAD, ...coverage, W.EXAMPLES_HEAD, ...numbered(exampleQuestions(kb))];
}

/** Three example questions drawn from the knowledge (one per city first). */
export function exampleQuestions(kb: KnowledgeBase): string[] {
  let examples = examplesMade.get(kb);
  if (!examples) examplesMade.set(kb, (examples = examplesOf(kb)));
  return [...examples];
}

function examplesOf(kb: KnowledgeBase): string[] {
  const out: string[] = [];
  for (const city of kb.cities) {
    const b = city.notices.flatMap((n) => n.businesses).find((x) => x.windows.some((w) => w.resumeMode === 'date'));
    if (b) out.push(W.exampleResume(city.name, shortName(b)));
  }
  for (const city of kb.cities) {
    const p = city.notices.flatMap((n) => n.procedures)[0];
    if (p && out.length < 3) out.push(p.questions[0]!.includes(city.name) ? p.questions[0]! : `${city.name}${p.questions[0]}`);
  }
  for (const city of kb.cities) {
    const c = city.notices.flatMap((n) => n.contacts).find((x) => x.level === 'district' && x.phones.length);
    if (c && out.length < 3) out.push(W.examplePhone(c.unit, c.label));
  }
  return out.slice(0, 3);
}

/** A bare "2" when the last reply numbered nothing: say so (never answer the last question again), and offer examples to pick. */
export function nothingToPickLines(kb: KnowledgeBase): ReplyLine[] {
  return [W.NOTHING_TO_PICK, ...numbered(exampleQuestions(kb))];
}

/** A "5" when the last reply numbered only 1…shown. */
export function pickOutOfRangeLines(shown: number): string[] {
  return [W.pickOutOfRange(shown)];
}

export function goodbyeLines(): string[] {
  return [W.GOODBYE];
}

export function thanksLines(): string[] {
  return [W.THANKS];
}

/** unknown-place: a city not covered; off-topic: not about 医保/社保 at all. */
export type FallbackReason = 'unknown-place' | 'off-topic';

export function fallbackLines(kb: KnowledgeBase, reason: FallbackReason, place?: string): string[] {
  const head = reason === 'unknown-place' ? W.unknownPlace(place) : W.OFF_TOPIC;
  return [head, W.COVERED_NOTICES, ...coverageLines(kb), W.examplesInline(exampleQuestions(kb))];
}

export function clarifyLines(suggestions: string[]): ReplyLine[] {
  return [W.CLARIFY_HEAD, ...numbered(suggestions)];
}
