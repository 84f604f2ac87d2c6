// kb:check's smoke test: asks the generated questions (smoke-questions.ts) through the
// real core and judges each reply. Did it reach the business (its verdict comes first,
// or it is the top candidate), and does it state the phase of that moment? A miss says
// what answered instead and how the facts could be fixed.
//
// Each city gets an assistant of its own notices only: a city's answers never depend on
// another city's folders (test/core/city-isolation.test.ts), and a small index keeps the cost of a
// question flat, so 300 cities take 300 times one city.
import { createAssistant } from '../assistant.ts';
import type { Business, City, KnowledgeBase } from '../knowledge/model.ts';
import type { AskReply } from '../contract/types.ts';
import { resolveWhen } from '../time/when.ts';
import { smokeQuestions, type AskedPhase, type SmokeQuestion } from './smoke-questions.ts';

/** How each phase's verdict reads (src/answer/status.ts, verdict()). */
const PHASE_SAYS: Record<AskedPhase, RegExp> = {
  before: /可以正常办理。将于|前仍可以正常办理|将于[^。]+起暂停[^。]*可以正常办理/, // "几点恢复"/"几号停" lead with that time
  during: /暂停中|处于暂停期间|前仍暂停|公告称自|公告未给出恢复日期/,
  after: /已于.+恢复|已恢复|逐步恢复中/, // resumed, or resuming gradually (standing.ts)
};

/** A business whose questions miss more often than this share fails the check. */
export const FAILING_SHARE = 0.5;

export interface SmokeMiss {
  question: SmokeQuestion;
  /** the reply's first line */
  answered: string;
  hint: string;
}

export interface BusinessSmoke {
  business: Business;
  asked: number;
  misses: SmokeMiss[];
  /** more than FAILING_SHARE of its questions missed: an error, not a warning */
  failing: boolean;
}

export interface CitySmoke {
  city: City;
  businesses: BusinessSmoke[];
  asked: number;
  missed: number;
  ms: number;
}

/** The smoke test of every city of `kb`, one city at a time (so a caller can print as it goes). */
export async function* smokeTest(kb: KnowledgeBase): AsyncGenerator<CitySmoke> {
  for (const city of kb.cities) yield await smokeCity(kb, city);
}

export async function smokeCity(kb: KnowledgeBase, city: City): Promise<CitySmoke> {
  const started = performance.now();
  const assistant = await createAssistant({ knowledge: { ...kb, notices: city.notices, cities: [city] } });
  const all = city.notices.flatMap((n) => n.businesses);
  const businesses: BusinessSmoke[] = [];
  for (const business of all) {
    const questions = smokeQuestions(city, business);
    if (!questions.length) continue;
    const misses: SmokeMiss[] = [];
    for (const question of questions) {
      const reply = await assistant.ask({ text: question.text, at: question.at });
      const miss = judge(reply, city, business, question, all);
      if (miss) misses.push(miss);
    }
    businesses.push({ business, asked: questions.length, misses, failing: misses.length > questions.length * FAILING_SHARE });
  }
  const sum = (f: (b: BusinessSmoke) => number) => businesses.reduce((n, b) => n + f(b), 0);
  return { city, businesses, asked: sum((b) => b.asked), missed: sum((b) => b.misses.length), ms: performance.now() - started };
}

function judge(reply: AskReply, city: City, b: Business, q: SmokeQuestion, all: Business[]): SmokeMiss | undefined {
  const lines = reply.text.split('\n');
  const answered = lines[0] ?? '';
  const own = lines.find((l) => l.startsWith(`${city.name}·${b.name}：`));
  if (own !== undefined && (own === answered || reply.top?.title === b.name)) {
    const said = (Object.keys(PHASE_SAYS) as AskedPhase[]).find((p) => PHASE_SAYS[p].test(own));
    if (said === q.phase) return undefined;
    return { question: q, answered, hint: phaseHint(said, q) };
  }
  return { question: q, answered, hint: missHint(reply, city, b, q.words, all) };
}

/** Why a reply about the right business states another phase. */
function phaseHint(said: AskedPhase | undefined, q: SmokeQuestion): string {
  const stated = `reached, but it states ${said ?? 'no phase'} where ${q.phase} is due`;
  const time = resolveWhen(q.words, q.at);
  if (time.explicit) return `${stated}: “${q.words}” names a time (${time.matched.join('')}), which is read as the moment asked; name it without one`;
  return `${stated}: check the window's times against its quotes`;
}

const ADD_SYNONYM = 'add a synonym that names it the way citizens do';

/** Why a question did not reach its business, as far as the reply tells, and what to change. */
function missHint(reply: AskReply, city: City, b: Business, words: string, all: Business[]): string {
  const place = [city.name, ...city.aliases].find((name) => words.includes(name));
  if (place) return `“${words}” holds the city's name ${place}, which is read as the place, not as the business; ${ADD_SYNONYM}`;
  const named = reply.text.match(/^[^·：\n]+·(.+?)：/)?.[1];
  const other = all.find((x) => x !== b && (x.name === named || x.name === reply.top?.title));
  const shared = other ? sharedWords(words, other) : [];
  if (other && shared.length)
    return `two businesses share these words: ${shared.join('、')} (“${b.name}” and “${other.name}”); make its name or synonyms tell it apart`;
  if (other) return `answered as “${other.name}”; ${ADD_SYNONYM}`;
  if (reply.band === 'clarify') return `the bot asked back which one; ${ADD_SYNONYM}`;
  if (reply.band === 'answer' && !reply.top) return `“${words}” is too general to name one business (the reply is the city's whole timetable); ${ADD_SYNONYM}`;
  return ADD_SYNONYM;
}

/** The longest runs (2+ characters) of `words` that also occur in the other business's name or synonyms. */
export function sharedWords(words: string, other: Business): string[] {
  const theirs = [other.name, ...other.synonyms];
  const found: string[] = [];
  for (let i = 0; i < words.length - 1; ) {
    let end = i + 1;
    while (end < words.length && theirs.some((t) => t.includes(words.slice(i, end + 1)))) end++;
    if (end - i >= 2) found.push(words.slice(i, end));
    i = end - i >= 2 ? end : i + 1;
  }
  return found;
}
