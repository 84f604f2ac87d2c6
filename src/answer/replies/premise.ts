// Replies to what a message claims or orders rather than asks: a claim checked
// against the notice ("不是这样：公告说…"), an instruction to the bot (politely
// declined), a "why" question (the notice's own reason, quoted), and a question
// whose subject the notice does not cover ("公告没有说明这一点", and where to ask).
import type { DateTime } from 'luxon';
import type { Business, City, KnowledgeBase } from '../../knowledge/model.ts';
import type { Understanding } from '../../understand/index.ts';
import { fmtNoticeMoment } from '../format.ts';
import { resumesAt } from '../phase.ts';
import { headlineLines } from './cities.ts';
import { coverageLines, exampleQuestions } from './fixed.ts';
import { hotlineLines } from './hotlines.ts';
import type { SourceList } from '../sources.ts';
import { numbered, type ReplyLine } from '../../contract/lines.ts';
import * as W from '../wording/index.ts';

/** A message that only tries to instruct the bot: decline, and say what it answers. */
export function instructionLines(kb: KnowledgeBase): ReplyLine[] {
  return [W.INSTRUCTION_DECLINED, W.COVERED_NOTICES, ...coverageLines(kb), W.EXAMPLES_HEAD, ...numbered(exampleQuestions(kb))];
}

/** "为什么停机": the reason the city's notices give, quoted; or that they give none, and where to ask. */
export function reasonLines(city: City, sources: SourceList): string[] {
  const given = city.notices.filter((n) => n.reason);
  if (!given.length) return notCoveredLines(city, sources, W.noReasonGiven(city.name));
  return given.flatMap((n) => {
    sources.add(n, n.reason!.quote);
    return [W.timetable.reason(city.name, n.reason!.text ?? n.reason!.quote), W.timetable.quoted(n.reason!.quote)];
  });
}

/** What the notice does not say: say so plainly, then the city's hotlines (never a menu of other items). */
export function notCoveredLines(city: City, sources: SourceList, what = W.notSaid(city.name)): string[] {
  const hotlines = hotlineLines(city, sources);
  return [W.notCovered(what), ...(hotlines.length ? [W.ASK_BY_PHONE, ...hotlines] : [W.ASK_LOCAL_OFFICE])];
}

type Verdict = 'wrong' | 'right' | 'unknown';

/**
 * A claim heard elsewhere, checked against one city's notices: how long things stop
 * ("停半年"), or what happens on the day named ("下周一就全停了", "明天就恢复了").
 * The first line says whether it holds; the facts (the city's timetable) follow it.
 */
export function claimLine(city: City, u: Understanding, at: DateTime): string {
  const { verdict, detail } = judge(
    city.notices.flatMap((n) => n.businesses),
    u,
    at,
  );
  const facts = headlineLines([city], at)[0]!.replace(/^· ([^：]*)：/, '$1');
  return W.timetable.claim(W.timetable.CLAIM_HEAD[verdict], facts, detail);
}

/** A claim about one business ("武汉医保结算12月20号就恢复"): whether it holds, before that business's answer. */
export function businessClaimLines(business: Business, u: Understanding, at: DateTime): string[] {
  if (!u.premise.claim || !business.windows.length) return [];
  const { verdict, detail } = judge([business], u, at);
  // dictated by a message that asks its own question: the answer comes first, this after it
  if (u.premise.claim.said) return [W.timetable.DICTATED_CLAIM[verdict]];
  return [W.timetable.businessClaim(W.timetable.BUSINESS_CLAIM_HEAD[verdict], detail)];
}

function judge(businesses: Business[], u: Understanding, at: DateTime): { verdict: Verdict; detail?: string } {
  const windows = businesses.flatMap((b) => b.windows.map((w) => ({ b, w })));
  const claim = u.premise.claim!;
  if (claim.days !== undefined) {
    const dated = windows.filter(({ w }) => resumesAt(w)).map(({ w }) => ({ w, days: resumesAt(w)!.diff(w.suspend, 'days').days }));
    const open = windows.filter(({ w }) => !resumesAt(w)).length;
    const longest = dated.sort((a, b) => b.days - a.days)[0];
    if (!longest) return { verdict: 'unknown' };
    const span = W.timetable.longestStop(
      Math.ceil(longest.days),
      fmtNoticeMoment(longest.w.suspend, longest.w.suspendAsWritten, at),
      fmtNoticeMoment(resumesAt(longest.w)!, longest.w.resumeAsWritten, at),
      open,
    );
    const fits = dated.some(({ days }) => Math.abs(days - claim.days!) <= Math.max(2, days * 0.25));
    if (fits) return { verdict: 'right', detail: span };
    return { verdict: claim.days > longest.days && open ? 'unknown' : 'wrong', detail: span };
  }
  // a dictated claim is judged by what it says, not by what the message then asks
  const { when, asksStop, asksResume } = claim.said ? { when: claim.said.when, asksStop: claim.said.stop, asksResume: claim.said.resume } : u;
  if (!(asksStop || asksResume)) return { verdict: 'unknown' };
  // the day named, or now ("已经全部恢复了"): is what was claimed true of some (or, with 全/都, of every) business?
  const from = when.explicit ? when.from : at;
  const end = when.explicit && when.to > when.from ? when.to.minus(1) : from;
  const holds = ({ w }: (typeof windows)[number]) => {
    const back = resumesAt(w);
    // resuming on the day named (or by now); stopped at some point of it
    if (asksResume) return !!back && back <= end && (!when.explicit || back >= from.minus({ days: 1 }));
    return w.suspend <= end && (!back || back > from);
  };
  const count = windows.filter(holds).length;
  if (!count || (claim.all && count < windows.length)) return { verdict: 'wrong' };
  return { verdict: 'right' };
}
