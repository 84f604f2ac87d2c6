// A later notice that amends an earlier one of the same city (延期, 提前, 另行通知 → a
// date): `amends: <id>` and `changes:` per business. The reader checks that what it names
// exists (amendmentProblems); the build applies it to the earlier notice's windows, keeping
// what they were (`was`) and which notice changed them (`amendedBy`), so that replies can
// say "原定…，现调整为…" and cite the later notice.
import type { DateTime } from 'luxon';
import type { Notice, Window } from './model.ts';
import type { Problem } from './problems.ts';
import type { ChangeFacts, NoticeFacts } from './schema.ts';

/** What `amends` and `changes` name that is not there: an unknown notice, another city, an unknown business, a loop. */
export function amendmentProblems(notices: { dir: string; facts: NoticeFacts }[]): Problem[] {
  const byId = new Map(notices.map((n) => [n.facts.id, n.facts]));
  const problems: Problem[] = [];
  for (const { dir, facts } of notices) {
    const file = `${dir}/facts.yaml`;
    if (!facts.amends) {
      if (facts.changes.length) problems.push({ file, field: 'changes', message: 'changes need amends: <the id of the notice they change>' });
      continue;
    }
    const target = byId.get(facts.amends);
    if (!target) {
      problems.push({ file, field: 'amends', message: `no notice "${facts.amends}" to amend` });
      continue;
    }
    if (target.city.name !== facts.city.name)
      problems.push({ file, field: 'amends', message: `"${facts.amends}" is about ${target.city.name}, not ${facts.city.name}` });
    if (target.amends === facts.id || target.id === facts.id)
      problems.push({ file, field: 'amends', message: `"${facts.amends}" cannot amend the notice that amends it` });
    facts.changes.forEach((c, i) => {
      if (!target.businesses.some((b) => b.id === c.business))
        problems.push({ file, field: `changes[${i}].business`, message: `"${facts.amends}" has no business "${c.business}"` });
    });
  }
  return problems;
}

type TimeOf = (s: string, zone: string, where: { file: string; field: string }) => DateTime;

/** Applies every amending notice's changes to the windows of the notice it amends, in place. */
export function amend(facts: NoticeFacts[], notices: Notice[], timeOf: TimeOf): void {
  const byId = new Map(notices.map((n) => [n.id, n]));
  facts.forEach((f, ni) => {
    const target = f.amends ? byId.get(f.amends) : undefined;
    if (!target) return;
    const notice = notices[ni]!;
    f.changes.forEach((c, ci) => {
      const b = target.businesses.find((x) => x.id === c.business);
      if (!b) return;
      const time = (s: string, field: string) => timeOf(s, f.timezone, { file: `${notice.dir}/facts.yaml`, field: `changes[${ci}].${field}` });
      b.windows = b.windows.map((w) => changed(w, c, notice.id, time)).sort((x, y) => x.suspend.toMillis() - y.suspend.toMillis());
    });
  });
}

/** The window as the change has it: what the change gives replaces what the window had; a new resumption replaces the old one whole. */
function changed(w: Window, c: ChangeFacts, by: string, time: (s: string, field: string) => DateTime): Window {
  const newResume = c.resume !== undefined || c.resume_mode !== undefined;
  return {
    scope: w.scope,
    suspend: c.suspend ? time(c.suspend, 'suspend') : w.suspend,
    suspendAsWritten: c.suspend ?? w.suspendAsWritten,
    suspendQuote: c.suspend_quote ?? w.suspendQuote,
    resume: newResume ? (c.resume ? time(c.resume, 'resume') : undefined) : w.resume,
    resumeAsWritten: newResume ? c.resume : w.resumeAsWritten,
    resumeMode: newResume ? (c.resume_mode ?? 'date') : w.resumeMode,
    resumeNote: newResume ? undefined : w.resumeNote,
    resumeQuote: newResume ? c.resume_quote : w.resumeQuote,
    resumeInferred: newResume ? (c.resume_inferred ?? false) : w.resumeInferred,
    amendedBy: by,
    was: w,
  };
}
