// A city's whole timetable, grouped by moment, with where things stand at the period asked.
import type { DateTime } from 'luxon';
import type { Business, City, Notice } from '../../knowledge/model.ts';
import type { TimeRef } from '../../time/when.ts';
import { countdown, fmtChosenMoment, fmtNoticeMoment, shortName } from '../format.ts';
import { AMENDED_MARK, amendedFooter, citeWindow, eventLine, INFERRED_MARK } from '../notes.ts';
import { resumesAt } from '../phase.ts';
import type { SourceList } from '../sources.ts';
import { isSuspended, resumeText, standingAt, UNKNOWN_AHEAD_NOTE, unknownAhead } from '../standing.ts';
import type { Lead } from '../status.ts';
import { timetableLead, type TimetableRow } from '../timetable-lead.ts';
import * as W from '../wording/index.ts';

/** What a city's timetable shows whatever the moment asked: made once per knowledge load. */
interface Layout {
  /** the moments, in order, and what happens at each */
  rows: TimetableRow[];
  /** what the notices say of resumptions they give no moment for → the businesses */
  open: Map<string, string[]>;
  /** how many businesses that is */
  undated: number;
  /** the notices' quotes the timetable cites, in the order cited */
  cites: { notice: Notice; quotes: (string | undefined)[] }[];
  /** the businesses with windows, in the notices' order */
  dated: Business[];
  /** "标注“已调整”的安排以《…》为准。" when an entry was changed by a later notice */
  footer?: string;
}

const layouts = new WeakMap<City, Layout>();

function layoutOf(city: City): Layout {
  let made = layouts.get(city);
  if (made) return made;
  const rows = new Map<number, TimetableRow>();
  const open = new Map<string, string[]>();
  const cites: Layout['cites'] = [];
  const cite = { add: (notice: Notice, ...quotes: (string | undefined)[]) => void cites.push({ notice, quotes }) };
  const row = (t: DateTime, written?: string) =>
    rows.get(t.toMillis()) ?? rows.set(t.toMillis(), { moment: t, written, stops: [], resumes: [], events: [] }).get(t.toMillis())!;
  const amending = new Set<string>(); // notices that changed an entry shown
  const dated: Business[] = [];
  for (const notice of city.notices) {
    for (const e of notice.events) {
      cite.add(notice, e.quote);
      row(e.at, e.atAsWritten).events.push(e.title);
    }
    for (const b of notice.businesses) {
      if (!b.windows.length) continue;
      dated.push(b);
      for (const w of uniqueWindows(b)) {
        citeWindow(cite, city, notice, w);
        if (w.amendedBy) amending.add(w.amendedBy);
        const name = `${shortName(b)}${w.amendedBy ? AMENDED_MARK : ''}`;
        row(w.suspend, w.suspendAsWritten).stops.push(name);
        const r = resumesAt(w);
        if (r)
          row(r, w.resumeAsWritten).resumes.push(
            `${name}${w.resumeMode === 'gradual' ? W.timetable.GRADUAL_MARK : ''}${w.resumeInferred ? INFERRED_MARK : ''}`,
          );
        else {
          const how =
            w.resumeMode === 'tbd' ? W.timetable.TBD_ROW : w.resumeMode === 'gradual' ? W.timetable.GRADUAL_ROW : (w.resumeNote ?? W.timetable.NO_RESUME_ROW);
          open.set(how, [...(open.get(how) ?? []), name]);
        }
      }
    }
  }
  made = {
    rows: [...rows.values()].sort((a, b) => a.moment.toMillis() - b.moment.toMillis()),
    open,
    undated: [...open.values()].reduce((n, names) => n + new Set(names).size, 0),
    cites,
    dated,
    footer: amendedFooter(city, [...amending]),
  };
  layouts.set(city, made);
  return made;
}

/** A city's timetable grouped by moment, with where things stand at the period asked. */
export function overviewLines(city: City, when: TimeRef, at: DateTime, sources: SourceList, lead?: Lead): string[] {
  const { rows, open, undated: openCount, cites, dated, footer } = layoutOf(city);
  for (const { notice, quotes } of cites) sources.add(notice, ...quotes);
  let suspended = 0;
  let stale = 0; // open-ended suspensions long past: the notice cannot say whether they ended
  let unknown = 0; // open-ended suspensions on a later day asked: the notice cannot say either
  let resuming = 0; // gradual resumptions under way: not "已恢复"
  const total = dated.length;
  const partly: PartlyBack = { back: new Map(), still: [] }; // what is back already and what is not, at the moment asked
  for (const b of dated) {
    const { state, window: now } = standingAt(b, when.from);
    if (now && unknownAhead(state, now, when.from, at)) unknown++;
    else if (isSuspended(state)) {
      suspended++;
      partly.still.push({ name: shortName(b), resume: resumeText(now!, at) });
    } else if (state === 'outdated') stale++;
    else if (state === 'resuming') resuming++;
    const backAt = (state === 'resumed' || state === 'resuming') && now ? resumesAt(now) : undefined;
    if (backAt) {
      const moment = fmtNoticeMoment(backAt, now!.resumeAsWritten, at);
      partly.back.set(moment, [...(partly.back.get(moment) ?? []), `${shortName(b)}${state === 'resuming' ? W.timetable.GRADUAL_MARK : ''}`]);
    }
  }
  const label = when.explicit ? fmtChosenMoment(when.from, at) : W.timetable.nowLabel(fmtChosenMoment(at, at));
  const back = resuming ? W.timetable.ALL_BACK_OR_RESUMING : W.timetable.ALL_BACK;
  const undated = unknown ? W.timetable.undatedCount(unknown, UNKNOWN_AHEAD_NOTE) : '';
  const someBack = suspended > 0 && partly.back.size > 0 ? partlyBackText(partly) : undefined;
  const state = someBack
    ? W.timetable.partlyBackNow(label, someBack)
    : suspended === 0 && unknown
      ? W.timetable.onlyUndated(label, undated, total)
      : suspended === 0
        ? rows.some((r) => r.moment > when.from && r.stops.length + r.resumes.length > 0)
          ? W.timetable.notYetStopped(label)
          : stale
            ? W.timetable.backWithStale(label, back, stale)
            : W.timetable.allBack(label, back)
        : W.timetable.suspendedCount(label, suspended, undated, total);
  // "恢复了没" when some are back: what is back and what is not comes first, and is the standing line
  const leadsWithBack = someBack && lead === 'resume' && !(when.explicit && when.to > when.from);
  // "几点恢复": the resumptions first; then the next change is said already
  const asked = leadsWithBack ? W.timetable.partlyBackLead(city.name, someBack) : timetableLead(city.name, rows, openCount, when, at, lead);
  const lines = [...(asked ? [asked] : []), W.timetable.timetableTitle(city.name), ...(leadsWithBack ? [] : [state])];
  // what changes next, and how soon ("还有多久停机")
  const next = rows.find((r) => r.moment > when.from);
  if (next && !asked) {
    const what = [
      next.stops.length ? W.timetable.stopping([...new Set(next.stops)].join('；')) : '',
      next.resumes.length ? W.timetable.resuming([...new Set(next.resumes)].join('；')) : '',
    ]
      .filter(Boolean)
      .join('，');
    const soon = when.explicit ? '' : countdown(at, next.moment);
    const events = next.events.join('；');
    lines.push(W.timetable.nextStep(fmtNoticeMoment(next.moment, next.written, at), what, events, soon));
  }
  // asked when things come back: the stops are not the answer (the standing line counts them)
  lines.push(lead === 'resume' ? W.timetable.RESUMPTIONS_HEAD : W.timetable.ALL_HEAD);
  for (const r of rows) {
    if (r.stops.length && lead !== 'resume') lines.push(W.timetable.stopsRow(fmtNoticeMoment(r.moment, r.written, at), [...new Set(r.stops)].join('；')));
    if (r.resumes.length)
      lines.push(W.timetable.resumesRow(fmtNoticeMoment(r.moment, r.written, at), [...new Set(r.resumes)].join('；'), r.moment <= when.from));
    for (const title of r.events) lines.push(eventLine({ at: r.moment, atAsWritten: r.written, title }, at));
  }
  for (const [how, names] of open) lines.push(W.timetable.openRow(how, [...new Set(names)].join('；')));
  if (footer) lines.push(footer);
  return lines;
}

/** At the moment asked: the businesses back, by the moment they came back, and those still suspended with their resumption. */
interface PartlyBack {
  back: Map<string, string[]>;
  still: { name: string; resume: string }[];
}

/** "已于11月12日8:00起恢复A；B等5项；仍暂停：C（预计11月22日8:00起恢复）": the full lists are in the timetable below. */
function partlyBackText({ back, still }: PartlyBack): string {
  const resumed = [...back].map(([moment, names]) => W.timetable.backSince(moment, W.timetable.leadNames([...new Set(names)])));
  // one still suspended: with its resumption; several: their resumptions are the timetable's rows
  const names = [...new Set(still.map((s) => s.name))];
  const stillText = names.length === 1 ? W.timetable.stillOne(names[0]!, still[0]!.resume) : W.timetable.stillSeveral(W.timetable.leadNames(names));
  return W.timetable.backAndStill(resumed, stillText);
}

/** Windows of a business that differ in time (some notices list one window per audience). */
function uniqueWindows(b: Business) {
  const seen = new Set<string>();
  return b.windows.filter((w) => {
    const key = `${w.suspend.toMillis()}-${w.resume?.toMillis()}-${w.resumeMode}`;
    return !seen.has(key) && seen.add(key);
  });
}
