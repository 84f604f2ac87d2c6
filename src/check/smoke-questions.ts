// The questions kb:check's smoke test asks about each business: a few plain forms a
// citizen uses, filled with the business's own words (its short name and its first
// synonyms), each asked at the moments around a suspension window where the answer changes.
import type { DateTime } from 'luxon';
import { phaseAt, resumesAt } from '../answer/phase.ts';
import { shortName } from '../answer/format.ts';
import type { Business, City } from '../knowledge/model.ts';

/**
 * The question forms. `{city}` is the city's name, `{x}` the business's words, and
 * `{do x}` the words as something one does: 刷卡 stays 刷卡, 参保登记 becomes 办参保登记.
 */
export const QUESTION_FORMS: readonly string[] = ['{city}{x}什么时候暂停', '{city}{x}什么时候恢复', '{city}现在还能{do x}吗'];

/** Words that already say what one does (刷卡, 办医保, 缴费, 报销…): `{do x}` adds no 办 before them. */
const DOING = /^(办|刷|缴|交|补|领|申|报|查|转|取|买|看|开|退|挂|登|备|续|参)/;

/** How many synonyms join the short name as `{x}`: the first ones, which the operator lists as the main ways of saying it. */
export const SYNONYMS_ASKED = 2;

export type AskedPhase = 'before' | 'during' | 'after';

export interface SmokeQuestion {
  text: string;
  /** the business's words the question uses */
  words: string;
  at: DateTime;
  /** the phase the business is in at that moment: what the reply must state */
  phase: AskedPhase;
}

const HOUR = { hours: 1 };

/** The words a business is asked by: its name without bracketed detail, then its first synonyms. */
export function askedWords(b: Business): string[] {
  return [...new Set([shortName(b), ...b.synonyms.slice(0, SYNONYMS_ASKED)])];
}

/**
 * An hour before each suspension, during it (an hour in, or halfway through a shorter
 * window), and an hour after the resumption when there is one. Windows with the same
 * times (one stop written per audience) count once.
 */
export function askedMoments(b: Business): { at: DateTime; phase: AskedPhase }[] {
  const seen = new Set<number>();
  const out: { at: DateTime; phase: AskedPhase }[] = [];
  for (const w of b.windows) {
    const resume = resumesAt(w);
    const inside = resume && resume.diff(w.suspend).as('hours') < 2 ? w.suspend.plus(resume.diff(w.suspend).toMillis() / 2) : w.suspend.plus(HOUR);
    for (const at of [w.suspend.minus(HOUR), inside, ...(resume ? [resume.plus(HOUR)] : [])]) {
      if (seen.has(at.toMillis())) continue;
      seen.add(at.toMillis());
      const { state } = phaseAt(b, at);
      if (state === 'before' || state === 'during' || state === 'after') out.push({ at, phase: state });
    }
  }
  return out;
}

export function fillForm(form: string, city: string, words: string): string {
  return form
    .replaceAll('{city}', city)
    .replaceAll('{x}', words)
    .replaceAll('{do x}', DOING.test(words) ? words : `办${words}`);
}

/** Every question about one business: forms × its words × its moments. None for a business without windows. */
export function smokeQuestions(city: City, b: Business): SmokeQuestion[] {
  const moments = askedMoments(b);
  return askedWords(b).flatMap((words) =>
    QUESTION_FORMS.flatMap((form) => moments.map(({ at, phase }) => ({ text: fillForm(form, city.name, words), words, at, phase }))),
  );
}
