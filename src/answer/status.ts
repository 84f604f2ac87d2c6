// The time-aware verdict for one business: can it be done at the moment asked
// (or on the day the question names), since/until when, and what to do meanwhile.
import type { DateTime } from 'luxon';
import type { Business, City, Notice, Step, Window } from '../knowledge/model.ts';
import type { Understanding } from '../understand/index.ts';
import type { TimeRef } from '../time/when.ts';
import { daysFromDayStart, plusDays, sameDay } from '../time/zone.ts';
import { conceptsOf, isInstitutionDuty, showsInstitutionDuty, speaksOfAsked, type Asked } from './audience.ts';
import { countdown, fmtChosenMoment, fmtDay, fmtDayWithWeekday, fmtNoticeClock, fmtNoticeMoment, shortName } from './format.ts';
import { nextBoundary, phaseAt, type NoticeMoment, resumeWords, suspendWords } from './phase.ts';
import type { SourceList } from './sources.ts';
import { OUTDATED_NOTE, resumeText, resumingText, standingAt, unknownAhead, unknownAheadText } from './standing.ts';
import { citeWindow, qualifierLines } from './notes.ts';
import { status as W } from './wording/index.ts';

/** Short scope line, e.g. "暂停范围：城乡居民：参保登记、个人信息修改等业务". */
function scopeOf(b: Business, w: Window | undefined): string {
  const scopes = scopesOf(b);
  if (scopes.length > 1) return W.scope(scopes.join('；'));
  return w?.scope ? W.scope(w.scope) : '';
}

/** each business's distinct scopes, once per knowledge load */
const businessScopes = new WeakMap<Business, readonly string[]>();
function scopesOf(b: Business): readonly string[] {
  let scopes = businessScopes.get(b);
  if (!scopes) businessScopes.set(b, (scopes = [...new Set(b.windows.map((x) => x.scope).filter((s): s is string => !!s))]));
  return scopes;
}

/** What the question asks first (Understanding.asksFirst): "几点恢复" wants the resumption first, "什么时候停" the stop. */
export type Lead = Understanding['asksFirst'];

/** The verdict sentence for the period asked about: the standing (standing.ts) at its start, in the chat's words. */
export function verdict(city: City, b: Business, when: TimeRef, at: DateTime, lead?: Lead): string {
  const subject = `${city.name}·${b.name}`;
  const { state, window: w } = standingAt(b, when.from);
  if (state === 'unaffected') return W.unaffected(subject);
  if (!w) return W.unscheduled(subject);
  const ref = at;
  const S = suspendWords(w, ref);
  const label = when.explicit ? periodLabel(when, at) : W.NOW;
  // a boundary inside the asked period (e.g. "今天" on the day it stops)
  const change = nextBoundary(b, when.from);
  const within = when.to > when.from && change && change.at < when.to ? change : undefined;
  // a boundary inside the asked period: the clock time is enough within one day
  const at_ = (t: NoticeMoment) => (sameDay(t.at, when.from) ? fmtNoticeClock(t.at, t.written) : fmtNoticeMoment(t.at, t.written, ref));

  switch (state) {
    case 'before': {
      if (within) {
        const count = countdown(at, within.at);
        // "今晚就不能用了吧" asked before the stop: how it is now, then the change
        const head = when.sinceNow ? W.worksNowUntil(at_(within)) : W.worksUntil(label, at_(within));
        return W.stopsWithin(subject, head, S, count, resumeText(w, ref));
      }
      const count = when.explicit ? '' : countdown(at, w.suspend);
      const stop = W.willStop(S, count);
      if (lead === 'resume') return W.beforeResumeFirst(subject, resumeText(w, ref), stop, label);
      if (lead === 'stop') return W.beforeStopFirst(subject, stop, resumeText(w, ref), label);
      return W.before(subject, label, stop, resumeText(w, ref));
    }
    case 'suspended':
    case 'open-ended': {
      // "这周五晚上来得及吗", the stop at 18:00 that day: too late then, but still possible earlier that day
      const earlier = when.explicit && !when.sinceNow && when.to > when.from && w.suspend > at && w.suspend <= when.from && sameDay(w.suspend, when.from);
      if (earlier && lead !== 'resume') return W.stoppedEarlierThatDay(subject, label, S, fmtNoticeClock(w.suspend, w.suspendAsWritten), resumeText(w, ref));
      // a day still to come, after a stop with no stated end: the notice does not know
      if (unknownAhead(state, w, when.from, at)) return W.unknownAheadVerdict(subject, label, unknownAheadText(w, ref));
      const resume = resumeWords(w, ref);
      if (within && resume && within.at.toMillis() === w.resume?.toMillis()) {
        const then = w.resumeMode === 'gradual' ? W.gradualFrom(resume) : W.backFrom(resume);
        const head = when.sinceNow ? W.stillStoppedNow(at_(within)) : W.stillStopped(label, at_(within));
        return W.resumesWithin(subject, head, S, then);
      }
      const count = !when.explicit && resume ? countdown(at, w.resume!) : '';
      const now = when.explicit ? W.SUSPENDED_ON_DAY : W.SUSPENDED_NOW;
      if (lead === 'resume') return W.suspendedResumeFirst(subject, resumeText(w, ref), count, label, now, S);
      return W.suspended(subject, label, now, S, resumeText(w, ref), count);
    }
    case 'outdated':
      // the notice set no date and much time has passed: say what it said, not what is true now
      return W.outdatedVerdict(subject, S, resumeText(w, ref), OUTDATED_NOTE);
    case 'resuming':
      return W.resumingVerdict(subject, when.explicit ? label : undefined, resumingText(w, ref), S);
    case 'resumed': {
      const R = resumeWords(w, ref)!;
      const head = when.explicit ? W.resumedOnDay(label) : W.resumedSince(R);
      return W.resumedVerdict(subject, head, S, when.explicit ? R : undefined);
    }
    default:
      return W.unscheduled(subject);
  }
}

/** "12月25日（周六）", "明天（12月13日，周一）", "下周（12月27日至1月2日）", or a moment. */
function periodLabel(when: TimeRef, at: DateTime): string {
  if (when.from.toMillis() === when.to.toMillis()) return fmtChosenMoment(when.from, at);
  const word = when.name ?? when.matched.find((m) => /[今明后昨前]|周|星期|礼拜|月/.test(m) && !/\d月\d/.test(m));
  const days = Math.round(daysFromDayStart(when.from, when.to));
  if (days > 1) return W.spanLabel(word ?? '', fmtDay(when.from, at), fmtDay(plusDays(when.to, -1), at));
  const day = fmtDayWithWeekday(when.from, at);
  // "这周五晚上（10月22日，周五）", "10月22日（周五）晚上"
  const part = when.part && !word?.includes(when.part) ? when.part : '';
  return word ? `${word}${part}（${day.replace('（', '，').replace('）', '')}）` : `${day}${part}`;
}

const stepText = (s: Step) => s.text ?? s.quote;

/** care elsewhere (异地, 外地): another business's step on it answers only a question about it */
const REMOTE = '@remote';
/** what every settlement and its steps speak of (刷卡, 医保): no reason to show another business's step */
const SAID_OF_EVERY = new Set(['@settle', '@medins', '@socins', '@sicard']);
const isElsewhere = (text: string, asked: Asked | undefined) => !!asked && conceptsOf(text, asked.tokenize).has(REMOTE);

/** Stopped and resumed at the same moments. */
function sameWindows(a: Business, b: Business): boolean {
  return a.windows.length > 0 && windowsKey(a) === windowsKey(b);
}

/** each business's stop and resume moments as one string, made once per knowledge load */
const windowKeys = new WeakMap<Business, string>();

function windowsKey(b: Business): string {
  let key = windowKeys.get(b);
  if (key === undefined) windowKeys.set(b, (key = b.windows.map((w) => `${w.suspend.toMillis()}-${w.resume?.toMillis()}`).join()));
  return key;
}

/** Instructions shown under one verdict: a reply fits one phone screen; the rest is a question away. */
const MAX_STEPS = 3;
/** …and under one that answers "when": the time is the answer, the instructions come second. */
const MAX_STEPS_WHEN = 2;

/**
 * What to do, in the order a citizen meets it: before the stop (deadlines still
 * ahead), during it, and after it returns (claims, 补办 within a deadline).
 */
export function stepsFor(b: Business, t: DateTime): { title: string; steps: Step[] }[] {
  const state = phaseAt(b, t).state;
  // "恢复后" alone does not say what came back
  const after = W.afterResume(shortName(b));
  const upcoming = b.before.filter((s) => !s.at || s.at > t);
  const groups =
    state === 'before'
      ? [
          { title: W.BEFORE_STOP, steps: upcoming.slice(0, 2) },
          { title: W.DURING_STOP, steps: b.during.slice(0, 2) },
          { title: after, steps: b.after.slice(0, 2) },
        ]
      : state === 'during'
        ? [
            { title: W.DURING_STOP, steps: b.during.slice(0, 3) },
            { title: after, steps: b.after.slice(0, 2) },
          ]
        : state === 'after'
          ? [{ title: after, steps: b.after.slice(0, 3) }]
          : [];
  return groups.filter((g) => g.steps.length);
}

/**
 * Full status reply body for one business (without contacts and source line). With the question
 * (`asked`), the first line leads with what it asks, and hospitals' duties are left to hospitals.
 */
export function statusLines(
  city: City,
  notice: Notice,
  b: Business,
  when: TimeRef,
  at: DateTime,
  sources: SourceList,
  asked?: Asked & { asksFirst?: Lead },
): string[] {
  const lines = [verdict(city, b, when, at, asked?.asksFirst)];
  const phase = phaseAt(b, when.from);
  if (b.unaffected) sources.add(notice, b.unaffected);
  if (phase.window) citeWindow(sources, city, notice, phase.window);
  const scope = scopeOf(b, phase.window);
  if (scope && phase.state !== 'after') lines.push(scope);
  // where it stops: online and counter channels, as the notice lists them
  // (unless the verdict's name of the business lists them already)
  if (b.channels.length && phase.state !== 'after' && !b.channels.every((c) => lines[0]!.includes(c))) lines.push(W.channels(b.channels));
  lines.push(...qualifierLines(city, b, phase.state, phase.window, lines[0]!, at));
  // the notice repeats itself across phases: never show a step twice; hospitals' duties only to those asking
  const shown: string[] = [];
  const onAsked = (text: string, o: Business) => speaksOfAsked(text, o.name, asked);
  // another business's step is shown only on what is asked beyond what every settlement speaks of
  const beyondEvery = asked && { ...asked, topicTokens: asked.topicTokens.filter((t) => !SAID_OF_EVERY.has(t)) };
  const afterThis = W.afterResume(shortName(b));
  const stepsOf = (o: Business) =>
    stepsFor(o, when.from).flatMap(({ title, steps }) =>
      steps
        .filter((s) => {
          const text = stepText(s);
          if (shown.some((t) => t.includes(text) || text.includes(t))) return false;
          if (isInstitutionDuty(text) && !showsInstitutionDuty(text, o.name, asked)) return false;
          // another business's step: on what is asked beyond its name, and not of care elsewhere unless asked
          if (o !== b && (!speaksOfAsked(text, o.name, beyondEvery!) || (isElsewhere(text, asked) && !asked?.topicTokens.includes(REMOTE)))) return false;
          shown.push(text);
          return true;
        })
        // under this business's headings, whichever business the step is of
        .map((step) => ({ title: title === W.BEFORE_STOP || title === W.DURING_STOP ? title : afterThis, step, of: o })),
    );
  const phaseOrder = (title: string) => (title === W.BEFORE_STOP ? 0 : title === W.DURING_STOP ? 1 : 2);
  const own = stepsOf(b);
  // none of its steps on what is asked ("看急诊", "还在住院"): a draft may have split one settlement in two, and a
  // business stopped at the same moments may hold the notice's words on it (not for a question of when)
  const borrow = !!asked && !asked.asksFirst && !own.some((c) => onAsked(stepText(c.step), b));
  const candidates = [...own, ...(borrow ? notice.businesses.filter((o) => o !== b && sameWindows(o, b)).flatMap(stepsOf) : [])];
  // too many for one screen: what the question speaks of first, then the notice's order
  const asks = candidates.filter((c) => onAsked(stepText(c.step), c.of));
  const chosen = new Set([...asks, ...own].slice(0, asked?.asksFirst ? MAX_STEPS_WHEN : MAX_STEPS));
  let n = 0;
  let title = '';
  for (const c of candidates.filter((x) => chosen.has(x)).sort((x, y) => phaseOrder(x.title) - phaseOrder(y.title))) {
    if (c.title !== title) lines.push(`${(title = c.title)}：`);
    lines.push(`${++n}. ${stepText(c.step)}`);
    sources.add(notice, c.step.quote);
  }
  return lines;
}
