// Claims for care paid out of pocket during a stop (补结算 at the hospital, 零星报销 at the
// agency): asked by when ("垫付的钱最晚哪天要报") or how ("先垫了钱，之后怎么报销"), the reply
// is the notice's dated deadlines for them, wherever the draft keeps them (a dated piece of
// general advice, an event, or an `after` step whose words hold the date); with none, it says
// the notice gives no date and shows the notice's claim steps, inventing none.
import type { DateTime } from 'luxon';
import type { City, Step } from '../../knowledge/model.ts';
import type { Lexicon } from '../../text/tokenize.ts';
import { statedMoments } from '../../time/when.ts';
import { fmtDay } from '../format.ts';
import type { SourceList } from '../sources.ts';
import * as W from '../wording/index.ts';
import { ASKS_DEADLINE, type Deadline, deadlinesOf, written } from './deadlines.ts';

/** a settlement made up later ("补办医保结算"), which the concept of 报销/补结算 does not hold as one word */
const MADE_UP = /补办?(?:医保)?结算/;
/** the notice's moment is a deadline ("4月30日前") */
const BEFORE = /^(?:之|以)?前/;
/** deadlines shown: a hospital's and the agency's, at most */
const MAX_SHOWN = 3;

/** What the question asks of claims: by when, how, or nothing of claims. */
export function asksOfClaims(topic: string, topicTokens: string[]): 'by-when' | 'how' | undefined {
  const claim = topicTokens.includes('@claim');
  const cash = topicTokens.includes('@cash');
  if ((claim || cash) && ASKS_DEADLINE.test(topic)) return 'by-when';
  return claim && cash ? 'how' : undefined;
}

function isClaim(text: string, lexicon: Lexicon): boolean {
  const tokens = lexicon.tokenize(text);
  return tokens.includes('@claim') || MADE_UP.test(text);
}

/** `dayInWords`: a date the step's words hold, which is the deadline ("…前") */
type ClaimDeadline = Deadline & { dayInWords?: true };

/** A step that writes its deadline in its words ("请于4月30日前…补办医保结算") but holds no moment. */
function datedStep(s: Step, notice: City['notices'][number]): ClaimDeadline | undefined {
  const said = statedMoments(s.quote).find((m) => BEFORE.test(s.quote.slice(s.quote.indexOf(m.words) + m.words.length)));
  const year = said?.year ?? notice.published?.year;
  if (!said || !year || !notice.published) return undefined;
  const at = notice.published.setZone(notice.zone).set({ year, month: said.month, day: said.day }).startOf('day');
  return { at, title: s.text ?? s.quote, quote: s.quote, notice, dayInWords: true };
}

/** each city's claim deadlines, found once per lexicon (so per knowledge load) */
const claimsFound = new WeakMap<Lexicon, WeakMap<City, ClaimDeadline[]>>();

/** The city's dated deadlines for claims, earliest first, each once. */
function claimDeadlines(city: City, lexicon: Lexicon): ClaimDeadline[] {
  let byCity = claimsFound.get(lexicon);
  if (!byCity) claimsFound.set(lexicon, (byCity = new WeakMap()));
  let found = byCity.get(city);
  if (!found) byCity.set(city, (found = findClaimDeadlines(city, lexicon)));
  return found;
}

function findClaimDeadlines(city: City, lexicon: Lexicon): ClaimDeadline[] {
  const steps = city.notices.flatMap((n) => n.businesses.flatMap((b) => [...b.during, ...b.after].filter((s) => !s.at)).flatMap((s) => datedStep(s, n) ?? []));
  // care paid during a stop is claimed after it: a deadline before the notice's last stop (出院结算 before it) is none
  const stopped = (n: City['notices'][number]) => Math.max(...n.businesses.flatMap((b) => b.windows.map((w) => w.suspend.toMillis())));
  const found: ClaimDeadline[] = [];
  for (const d of [...deadlinesOf(city), ...steps].filter((d) => d.at.toMillis() > stopped(d.notice) && isClaim(`${d.title} ${d.quote}`, lexicon))) {
    const same = (o: ClaimDeadline) => o.quote.includes(d.quote) || d.quote.includes(o.quote) || o.title === d.title;
    if (!found.some(same)) found.push(d);
  }
  return found.sort((a, b) => a.at.toMillis() - b.at.toMillis()).slice(0, MAX_SHOWN);
}

/** The reply to a question about claims' deadlines, or undefined when the question asks none. */
export function claimLines(topic: string, topicTokens: string[], city: City, lexicon: Lexicon, at: DateTime, sources: SourceList): string[] | undefined {
  const asks = asksOfClaims(topic, topicTokens);
  if (!asks) return undefined;
  const deadlines = claimDeadlines(city, lexicon);
  if (deadlines.length) {
    const lines = [W.status.claimDeadlinesHead(city.name)];
    for (const d of deadlines) {
      sources.add(d.notice, d.quote);
      const { when, dateOnly } = d.dayInWords ? { when: W.status.deadlineMoment(fmtDay(d.at, at), true), dateOnly: true } : written(d, at);
      const passed = dateOnly ? at.startOf('day') > d.at.startOf('day') : at >= d.at;
      lines.push(W.status.claimDeadline(when, passed, d.title));
    }
    return lines;
  }
  // "how" with no date: the business's own steps answer it
  if (asks === 'how') return undefined;
  const steps = city.notices.flatMap((n) =>
    [...n.businesses.flatMap((b) => [...b.during, ...b.after]), ...n.generalAdvice].filter((s) => isClaim(s.quote, lexicon)).map((s) => ({ s, n })),
  );
  const shown: string[] = [];
  const lines = [W.status.noClaimDeadline(city.name)];
  for (const { s, n } of steps) {
    const text = s.text ?? s.quote;
    if (shown.some((t) => t.includes(text) || text.includes(t)) || shown.length >= MAX_SHOWN) continue;
    shown.push(text);
    sources.add(n, s.quote);
    lines.push(`${shown.length}. ${text}`);
  }
  return lines;
}
