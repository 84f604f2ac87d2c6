// The sentences that qualify what a notice says: a resumption the operator inferred, a
// phase the notice gives no instructions for, a time a later notice changed, and a one-off
// event on the timetable. Their one home, used by the bot's replies and the FAQ.
import type { DateTime } from 'luxon';
import type { Business, City, Notice, PhaseName, Window } from '../knowledge/model.ts';
import { noticeById } from '../knowledge/lookup.ts';
import { cityLevelContacts } from './contacts.ts';
import { fmtNoticeMoment } from './format.ts';
import type { SourceList } from './sources.ts';
import { status as W } from './wording/index.ts';

/** Added to a resumption the notice does not state: "（公告未写明，系根据“…”推断）". */
export function inferredNote(w: Window): string {
  return w.resumeInferred ? W.inferred(w.resumeQuote) : '';
}

export { AMENDED_MARK, INFERRED_MARK } from './wording/status.ts';

/** "公告未说明暂停期间如何办理，请拨打下方电话咨询。" for the phases a reply is about. */
export function noInstructionsLine(b: Business, phases: PhaseName[], withHotline: boolean): string | undefined {
  const silent = phases.filter((p) => b.noInstructions.includes(p));
  if (!silent.length) return undefined;
  return W.noInstructions(
    silent.map((p) => W.PHASE_WORDS[p]),
    withHotline ? W.HOTLINE_BELOW : W.ASK_LOCAL,
  );
}

/** How a window's resumption reads, for "原定…，现调整为…". */
function resumePlan(w: Window, ref: DateTime): string {
  if (w.resume && (w.resumeMode === 'date' || w.resumeMode === 'gradual'))
    return W.plannedResume(fmtNoticeMoment(w.resume, w.resumeAsWritten, ref), w.resumeMode === 'gradual');
  return w.resumeMode === 'gradual' ? W.GRADUAL_PLAN : w.resumeMode === 'tbd' ? W.TBD_PLAN : W.NO_PLAN;
}

/** "根据《…》，原定5月20日18:00起暂停，现调整为5月21日18:00起暂停。" for a window a later notice changed: only what changed. */
export function changeLine(city: City, w: Window, ref: DateTime): string | undefined {
  const was = w.was;
  if (!w.amendedBy || !was) return undefined;
  const by = noticeById(city.notices, w.amendedBy);
  const parts: string[] = [];
  if (was.suspend.toMillis() !== w.suspend.toMillis())
    parts.push(W.stopMoved(fmtNoticeMoment(was.suspend, was.suspendAsWritten, ref), fmtNoticeMoment(w.suspend, w.suspendAsWritten, ref)));
  const [before, after] = [resumePlan(was, ref), resumePlan(w, ref)];
  // an open resumption was no plan: "原公告恢复时间另行通知，现定于…"
  if (before !== after) parts.push(was.resume ? W.resumeMoved(before, after) : W.resumeSet(before, after));
  if (!parts.length) return undefined;
  return W.changed(by?.title, parts);
}

/** "标注“已调整”的安排以《…》为准。" under a timetable with changed entries. */
export function amendedFooter(city: City, noticeIds: string[]): string | undefined {
  const titles = noticeIds.map((id) => noticeById(city.notices, id)?.title).filter((t): t is string => !!t);
  return titles.length ? W.amendedFooter(titles) : undefined;
}

/**
 * Cites a window's quotes under the notice each comes from: a window a later notice
 * changed holds quotes of both.
 */
export function citeWindow(sources: Pick<SourceList, 'add'>, city: City, notice: Notice, w: Window): void {
  const by = noticeById(city.notices, w.amendedBy);
  if (!by) {
    sources.add(notice, w.suspendQuote, w.resumeQuote);
    return;
  }
  const original = (q: string | undefined) => !!q && (q === w.was?.suspendQuote || q === w.was?.resumeQuote);
  for (const q of [w.suspendQuote, w.resumeQuote]) sources.add(original(q) ? notice : by, q);
}

/** "· 12月25日8:00：新系统上线" */
export function eventLine(e: { at: DateTime; atAsWritten?: string; title: string }, ref: DateTime): string {
  return W.eventLine(fmtNoticeMoment(e.at, e.atAsWritten, ref), e.title);
}

/** Which phases' instructions a reply covers, by where the business stands (as stepsFor groups them). */
const PHASES_SHOWN: Partial<Record<string, PhaseName[]>> = { before: ['before', 'during', 'after'], during: ['during', 'after'], after: ['after'] };

/**
 * The lines after a business's verdict: what a later notice changed, that its resumption is
 * inferred (when the verdict did not already say so), and the phases the notice is silent on.
 */
export function qualifierLines(city: City, b: Business, state: string, w: Window | undefined, verdictLine: string, ref: DateTime): string[] {
  const note = w ? inferredNote(w) : '';
  const phases = PHASES_SHOWN[state] ?? [];
  // the hotline is looked up only for a line that points to it
  const silent = phases.some((p) => b.noInstructions.includes(p));
  const hotline = silent && (cityLevelContacts(city, b.id).length > 0 || cityLevelContacts(city).length > 0);
  return [
    w && state !== 'unaffected' ? changeLine(city, w, ref) : undefined,
    note && !verdictLine.includes(note) ? note.replace(/^（(.*)）$/, '$1。') : undefined,
    noInstructionsLine(b, phases, hotline),
  ].filter((l): l is string => !!l);
}
