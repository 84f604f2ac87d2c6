// A notice's one-off deadlines that belong to no business window (events: 在途业务清零; advice
// with a date: 请于…前办好异地备案), found by what a question asks about and answered with the
// deadline as the notice writes it: a date alone stays a date, no time is invented.
import type { DateTime } from 'luxon';
import type { City, Notice } from '../../knowledge/model.ts';
import type { Lexicon } from '../../text/tokenize.ts';
import { statedMoments } from '../../time/when.ts';
import { fmtDay, fmtMoment } from '../format.ts';
import type { SourceList } from '../sources.ts';
import * as W from '../wording/index.ts';

export interface Deadline {
  at: DateTime;
  title: string;
  quote: string;
  notice: Notice;
}

/** Asks by when something must be done, or until when it can ("截止到什么时候", "最晚哪天", "几号前要办完"). */
export const ASKS_DEADLINE = /截止|截至|最晚|最迟|期限|之前|以前|[哪几]天前|几号前|[号日]前|到什么时候|到哪天|到几号|什么时候前/;

/** the notice's moment is a deadline ("…16:00前完成") */
const BEFORE = /^(?:之|以)?前/;

/** How much of a question's content a deadline's words cover (concepts weigh double, as in the bands) for it to be the one asked about: asked by when, or not. */
const MIN_COVERAGE = { asksDeadline: 0.5, otherwise: 0.8 };

/** each city's deadlines, made once per knowledge load */
const cityDeadlines = new WeakMap<City, readonly Deadline[]>();

export function deadlinesOf(city: City): readonly Deadline[] {
  let made = cityDeadlines.get(city);
  if (!made)
    cityDeadlines.set(
      city,
      (made = city.notices.flatMap((n) => [
        ...n.events.map((e) => ({ at: e.at, title: e.title, quote: e.quote, notice: n })),
        ...n.generalAdvice.filter((s) => s.at).map((s) => ({ at: s.at!, title: s.text ?? s.quote, quote: s.quote, notice: n })),
      ])),
    );
  return made;
}

/** A deadline's words as the question is matched with them: its title's and quote's terms, its title's content terms. */
interface DeadlineWords {
  own: Set<string>;
  title: string[];
}

/** each deadline's words, read once per lexicon (so per knowledge load): a quote is longer than the tokenizer's cache takes */
const wordsRead = new WeakMap<Lexicon, WeakMap<Deadline, DeadlineWords>>();

function wordsOf(d: Deadline, lexicon: Lexicon): DeadlineWords {
  let byDeadline = wordsRead.get(lexicon);
  if (!byDeadline) wordsRead.set(lexicon, (byDeadline = new WeakMap()));
  let words = byDeadline.get(d);
  if (!words) {
    const own = new Set(lexicon.tokenize(`${d.title} ${d.quote}`));
    const title = [...new Set(lexicon.tokenize(d.title))].filter((t) => t.startsWith('@') || t.length > 1);
    byDeadline.set(d, (words = { own, title }));
  }
  return words;
}

/** the words that ask by when, cut from a question's subject */
const DEADLINE_CUES = new RegExp(ASKS_DEADLINE.source, 'g');

/** The deadline a question asks about in this city: one whose words hold most of what it asks, or whose title the question holds (nearly all, unless it asks by when); `byWhenOnly`: only a question that asks by when (before the businesses are searched). */
export function askedDeadline(topic: string, topicTokens: string[], city: City, lexicon: Lexicon, byWhenOnly: boolean): Deadline | undefined {
  // the words that ask by when are no subject of the question ("截止到" is not in the notice's sentence)
  const subject = new Set(lexicon.tokenize(topic.replace(DEADLINE_CUES, ' ')));
  const asked = topicTokens.filter((t) => subject.has(t));
  if (!asked.length) return undefined;
  const byWhen = ASKS_DEADLINE.test(topic);
  if (byWhenOnly && !byWhen) return undefined;
  const min = byWhen ? MIN_COVERAGE.asksDeadline : MIN_COVERAGE.otherwise;
  const weight = (t: string) => (t.startsWith('@') ? 2 : 1);
  const share = (part: string[], of: string[]) => part.reduce((n, t) => n + weight(t), 0) / (of.reduce((n, t) => n + weight(t), 0) || 1);
  let best: { d: Deadline; coverage: number } | undefined;
  for (const d of deadlinesOf(city)) {
    const { own, title } = wordsOf(d, lexicon);
    // one word asked ("异地呢") is too little to say a deadline is what it asks about
    const coverage = Math.max(
      asked.length > 1
        ? share(
            asked.filter((t) => own.has(t)),
            asked,
          )
        : 0,
      title.length > 1
        ? share(
            title.filter((t) => asked.includes(t)),
            title,
          )
        : 0,
    );
    if (coverage >= min && coverage > (best?.coverage ?? 0)) best = { d, coverage };
  }
  return best?.d;
}

/** The deadline as the notice states it ("6月3日16:00前"): the date alone when its quote gives no time of day. */
export function written(d: Deadline, ref: DateTime): { when: string; dateOnly: boolean } {
  const said = statedMoments(d.quote)[0];
  const dateOnly = !!said && said.hour === undefined;
  const moment = dateOnly ? fmtDay(d.at.set({ year: said.year ?? d.at.year, month: said.month, day: said.day }), ref) : fmtMoment(d.at, ref);
  const before = !!said && BEFORE.test(d.quote.slice(d.quote.indexOf(said.words) + said.words.length));
  return { when: W.status.deadlineMoment(moment, before), dateOnly };
}

/** "河川·在途业务清零：6月3日16:00前", whether that moment has passed, and the notice's words. */
export function deadlineLines(city: City, d: Deadline, at: DateTime, sources: SourceList): string[] {
  sources.add(d.notice, d.quote);
  const { when, dateOnly } = written(d, at);
  // a date alone has passed only once that whole day has
  const passed = dateOnly ? at.startOf('day') > d.at.startOf('day') : at >= d.at;
  return [W.status.deadline(city.name, d.title, when, passed), W.status.deadlineQuote(d.quote)];
}
