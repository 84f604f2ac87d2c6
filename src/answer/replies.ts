// The replies that are not one business's status: a city's whole timetable, a
// procedure, the greeting, the clarifying question and the polite fallback.
import type { DateTime } from 'luxon';
import type { Business, City, KnowledgeBase, Procedure } from '../knowledge/model.ts';
import { numbered, type ReplyLine } from './lines.ts';
import type { TimeRef } from '../time/when.ts';
import { cityLevelContacts, formatPhones } from './contacts.ts';
import { countdown, fmtChosenMoment, fmtNoticeMoment, shortLabel } from './format.ts';
import { AMENDED_MARK, amendedFooter, citeWindow, eventLine, INFERRED_MARK } from './notes.ts';
import { phaseAt, resumesAt, resumeWords, suspendWords } from './phase.ts';
import type { SourceList } from './sources.ts';
import { isSuspended, standingAt, UNKNOWN_AHEAD_NOTE, unknownAhead } from './standing.ts';
import { type Lead, verdict } from './status.ts';
import { timetableLead, type TimetableRow } from './timetable-lead.ts';

/** A business's name without its bracketed detail. */
export const shortName = (b: Business): string => shortLabel(b.name);

/**
 * One line per covered city: the notice and the month of its first suspension.
 * No dates or numbers beyond that: a fallback must not look like an answer for another city.
 */
export function coverageLines(kb: KnowledgeBase): string[] {
  return kb.cities.map((city) => {
    const first = city.notices
      .flatMap((n) => n.businesses.flatMap((b) => b.windows.map((w) => w.suspend)))
      .sort((a, b) => a.toMillis() - b.toMillis())[0];
    return `· ${city.name}${first ? `（${first.year}年${first.month}月起）` : ''}：${city.notices.map((n) => `《${n.title}》`).join('；')}`;
  });
}

/** Hotlines of one covered city (cited in `sources`), for questions it could not match and requests for a person. */
export function hotlineLines(city: City, sources?: SourceList): string[] {
  const list = cityLevelContacts(city).slice(0, 4);
  for (const c of list) sources?.add(city.notices.find((n) => n.id === c.noticeId)!, c.quote);
  return list.map((c) => `${c.unit}${c.topic === 'general' ? '' : `（${c.label}）`}：${formatPhones(c)}`);
}

/** A city's timetable grouped by moment, with where things stand at the period asked. */
export function overviewLines(city: City, when: TimeRef, at: DateTime, sources: SourceList, lead?: Lead): string[] {
  const rows = new Map<number, TimetableRow>();
  const open = new Map<string, string[]>(); // what the notice says of the resumption → businesses
  const row = (t: DateTime, written?: string) =>
    rows.get(t.toMillis()) ?? rows.set(t.toMillis(), { moment: t, written, stops: [], resumes: [], events: [] }).get(t.toMillis())!;
  let suspended = 0;
  let stale = 0; // open-ended suspensions long past: the notice cannot say whether they ended
  let unknown = 0; // open-ended suspensions on a later day asked: the notice cannot say either
  let resuming = 0; // gradual resumptions under way: not "已恢复"
  let total = 0;
  const amending = new Set<string>(); // notices that changed an entry shown
  for (const notice of city.notices) {
    for (const e of notice.events) {
      sources.add(notice, e.quote);
      row(e.at).events.push(e.title);
    }
    for (const b of notice.businesses) {
      if (!b.windows.length) continue;
      total++;
      const { state, window: now } = standingAt(b, when.from);
      if (now && unknownAhead(state, now, when.from, at)) unknown++;
      else if (isSuspended(state)) suspended++;
      else if (state === 'outdated') stale++;
      else if (state === 'resuming') resuming++;
      for (const w of uniqueWindows(b)) {
        citeWindow(sources, city, notice, w);
        if (w.amendedBy) amending.add(w.amendedBy);
        const name = `${shortName(b)}${w.amendedBy ? AMENDED_MARK : ''}`;
        row(w.suspend, w.suspendAsWritten).stops.push(name);
        const r = resumesAt(w);
        if (r) row(r, w.resumeAsWritten).resumes.push(`${name}${w.resumeMode === 'gradual' ? '（逐步恢复）' : ''}${w.resumeInferred ? INFERRED_MARK : ''}`);
        else {
          const how = w.resumeMode === 'tbd' ? '另行通知' : w.resumeMode === 'gradual' ? '视实际情况逐步恢复' : (w.resumeNote ?? '公告未给出');
          open.set(how, [...(open.get(how) ?? []), name]);
        }
      }
    }
  }
  const label = when.explicit ? fmtChosenMoment(when.from, at) : `目前（${fmtChosenMoment(at, at)}）`;
  const back = resuming ? '均已恢复或正在逐步恢复（逐步恢复的业务，办理前请咨询）' : '均已恢复';
  const undated = unknown ? `${unknown}项业务公告未给出恢复日期，${UNKNOWN_AHEAD_NOTE}` : '';
  const state =
    suspended === 0 && unknown
      ? `${label}有${undated}（共${total}项）。`
      : suspended === 0
      ? [...rows.values()].some((r) => r.moment > when.from && r.stops.length + r.resumes.length > 0)
        ? `${label}各项业务可以正常办理，尚未暂停。`
        : stale
          ? `${label}有日期的业务${back}；另有${stale}项公告未给出恢复日期，请以当地最新通知为准。`
          : `${label}各项业务${back}。`
      : `${label}有${suspended}项业务处于暂停期间${undated ? `，另有${undated}` : ''}（共${total}项）。`;
  // "几点恢复": the resumptions first; then the next change is said already
  const asked = timetableLead(city.name, [...rows.values()], [...open.values()].reduce((n, names) => n + new Set(names).size, 0), when, at, lead);
  const lines = [...(asked ? [asked] : []), `${city.name}医保/社保系统切换停机安排：`, state];
  // what changes next, and how soon ("还有多久停机")
  const next = [...rows.values()].sort((a, b) => a.moment.toMillis() - b.moment.toMillis()).find((r) => r.moment > when.from);
  if (next && !asked) {
    const what = [next.stops.length ? `暂停${[...new Set(next.stops)].join('；')}` : '', next.resumes.length ? `恢复${[...new Set(next.resumes)].join('；')}` : '']
      .filter(Boolean)
      .join('，');
    const soon = when.explicit ? '' : countdown(at, next.moment);
    const events = next.events.join('；');
    lines.push(`下一步：${fmtNoticeMoment(next.moment, next.written, at)}${what ? `起${what}` : ''}${what && events ? '，' : ''}${events}${soon ? `（${soon}）` : ''}。`);
  }
  // asked when things come back: the stops are not the answer (the standing line counts them)
  lines.push(lead === 'resume' ? '各项恢复安排：' : '全部安排：');
  for (const r of [...rows.values()].sort((a, b) => a.moment.toMillis() - b.moment.toMillis())) {
    if (r.stops.length && lead !== 'resume') lines.push(`· ${fmtNoticeMoment(r.moment, r.written, at)}起暂停：${[...new Set(r.stops)].join('；')}`);
    if (r.resumes.length) lines.push(`· ${fmtNoticeMoment(r.moment, r.written, at)}起恢复：${[...new Set(r.resumes)].join('；')}`);
    for (const title of r.events) lines.push(eventLine({ at: r.moment, title }, at));
  }
  for (const [how, names] of open) lines.push(`· ${how}：${[...new Set(names)].join('；')}`);
  const footer = amendedFooter(city, [...amending]);
  if (footer) lines.push(footer);
  return lines;
}

/** Windows of a business that differ in time (some notices list one window per audience). */
function uniqueWindows(b: Business) {
  const seen = new Set<string>();
  return b.windows.filter((w) => {
    const key = `${w.suspend.toMillis()}-${w.resume?.toMillis()}-${w.resumeMode}`;
    return !seen.has(key) && seen.add(key);
  });
}

export function procedureLines(city: City, p: Procedure, business: Business | undefined, when: TimeRef, at: DateTime, sources: SourceList): string[] {
  const notice = city.notices.find((n) => n.id === p.noticeId)!;
  sources.add(notice, p.quote);
  const lines = [`${city.name}·${p.title}${p.audience ? `（${p.audience}）` : ''}：`, p.answer];
  if (business?.windows.length || business?.unaffected) {
    lines.push(`时间：${verdict(city, business, when, at).replace(/^[^：]*：/, `${shortName(business)}`)}`);
    const w = phaseAt(business, when.from).window;
    if (w) citeWindow(sources, city, notice, w);
  }
  return lines;
}

export function greetingLines(kb: KnowledgeBase, at: DateTime): ReplyLine[] {
  const examples = exampleQuestions(kb);
  return [
    '您好！我是停机切换问答助手，可以回答这些城市医保/社保系统切换停机期间的问题（按您提问的时间作答）：',
    ...coverageLines(kb),
    '您可以这样问：',
    ...numbered(examples),
  ];
}

/** Three example questions drawn from the knowledge (one per city first). */
export function exampleQuestions(kb: KnowledgeBase): string[] {
  const out: string[] = [];
  for (const city of kb.cities) {
    const b = city.notices.flatMap((n) => n.businesses).find((x) => x.windows.some((w) => w.resumeMode === 'date'));
    if (b) out.push(`${city.name}${shortName(b)}什么时候恢复`);
  }
  for (const city of kb.cities) {
    const p = city.notices.flatMap((n) => n.procedures)[0];
    if (p && out.length < 3) out.push(p.questions[0]!.includes(city.name) ? p.questions[0]! : `${city.name}${p.questions[0]}`);
  }
  for (const city of kb.cities) {
    const c = city.notices.flatMap((n) => n.contacts).find((x) => x.level === 'district' && x.phones.length);
    if (c && out.length < 3) out.push(`${c.unit}${c.label}电话`);
  }
  return out.slice(0, 3);
}

/** A bare "2" when the last reply numbered nothing: say so (never answer the last question again), and offer examples to pick. */
export function nothingToPickLines(kb: KnowledgeBase): ReplyLine[] {
  return ['上一条回复没有编号选项，请直接输入您的问题。例如：', ...numbered(exampleQuestions(kb))];
}

/** A "5" when the last reply numbered only 1…shown. */
export function pickOutOfRangeLines(shown: number): string[] {
  return [`上一条回复只有${shown}个编号选项，请回复1～${shown}中的数字，或直接输入您的问题。`];
}

export function goodbyeLines(): string[] {
  return ['再见！如还有医保/社保停机切换的问题，随时来问。'];
}

/** The cities' hotlines, city by city (none when no notice gives one). */
function hotlinesByCity(cities: City[], sources: SourceList): string[] {
  return cities.flatMap((city) => {
    const hotlines = hotlineLines(city, sources);
    return hotlines.length ? [`${city.name}：`, ...hotlines] : [];
  });
}

/** "转人工": the hotlines, city by city, where a person answers. */
export function humanLines(kb: KnowledgeBase, sources: SourceList): string[] {
  const lines = hotlinesByCity(kb.cities, sources);
  return lines.length ? ['我是自动答复助手。如需人工咨询，请拨打：', ...lines] : ['我是自动答复助手，暂无人工咨询电话可提供，请直接输入您的问题。'];
}

/** Someone venting: an apology, and the hotlines, where a person can take the complaint. */
export function complaintLines(kb: KnowledgeBase, sources: SourceList): string[] {
  const lines = hotlinesByCity(kb.cities, sources);
  const head = '抱歉，系统切换给您带来了不便。我是自动答复助手，可以告诉您哪些业务暂停、何时恢复、暂停期间怎么办；';
  return lines.length ? [`${head}如需反映意见或人工服务，请拨打：`, ...lines] : [`${head}请直接输入您想问的业务。`];
}

export function thanksLines(): string[] {
  return ['不客气！还有其他关于医保/社保停机切换的问题，随时问我。'];
}

/** unknown-place: a city not covered; off-topic: not about 医保/社保 at all. */
export type FallbackReason = 'unknown-place' | 'off-topic';

export function fallbackLines(kb: KnowledgeBase, reason: FallbackReason, place?: string): string[] {
  const head = {
    'unknown-place': `抱歉，我暂未收录${place ?? '该地'}的停机切换公告，无法回答那里的问题。请咨询当地医保经办机构，或关注当地医保部门发布的公告。`,
    'off-topic': '抱歉，这个问题不在我能回答的范围内：我只回答医保/社保系统切换停机期间的问题。',
  }[reason];
  return [head, '目前收录的公告：', ...coverageLines(kb), `例如可以问：${exampleQuestions(kb).join('；')}`];
}

/** In a covered city, but nothing in its notices matches: say so, then the city's timetable and hotlines. */
/** A subject no cutover notice covers: say so, and where to ask (the 医保/社保 hotlines only for a policy figure; 公积金 is not theirs). */
export function outsideLines(outside: { subject: string; kind: 'service' | 'figure' }, cities: City[], sources: SourceList): string[] {
  const head = `抱歉，停机切换公告只说明哪些业务暂停、何时恢复、暂停期间怎么办，没有涉及“${outside.subject}”，我无法回答。`;
  if (outside.kind === 'service') return [`${head}请向负责该业务的部门咨询。`];
  const lines = hotlinesByCity(cities, sources);
  return lines.length ? [`${head}可拨打以下电话咨询：`, ...lines] : [head];
}

export function notFoundLines(city: City, sources: SourceList): string[] {
  const hotlines = hotlineLines(city, sources);
  return [
    `抱歉，${city.name}的公告中没有找到与您的问题直接相关的内容。以下是${city.name}的停机安排，也可拨打咨询电话转人工咨询。`,
    ...(hotlines.length ? ['咨询电话：', ...hotlines] : []),
  ];
}

export function clarifyLines(suggestions: string[]): ReplyLine[] {
  return ['您想问的是哪一项？请回复数字：', ...numbered(suggestions)];
}

/** Per city: when things stop and which come back when (for "which city?" replies). */
export function headlineLines(cities: City[], at: DateTime): string[] {
  return cities.map((city) => {
    const businesses = city.notices.flatMap((n) => n.businesses);
    const windows = businesses.flatMap((b) => b.windows.map((w) => ({ b, w })));
    const first = windows.map((x) => x.w).sort((a, b) => a.suspend.toMillis() - b.suspend.toMillis())[0];
    const resumes = new Map<number, { t: DateTime; words: string; names: string[] }>();
    for (const { b, w } of windows) {
      const r = resumesAt(w);
      if (r) resumes.set(r.toMillis(), { t: r, words: resumeWords(w, at)!, names: [...new Set([...(resumes.get(r.toMillis())?.names ?? []), shortName(b)])] });
    }
    const back = [...resumes.values()].sort((a, b) => a.t.toMillis() - b.t.toMillis()).map((r) => `${r.words}起恢复${r.names.slice(0, 2).join('；')}${r.names.length > 2 ? '等' : ''}`);
    return `· ${city.name}：${first ? `${suspendWords(first, at)}起陆续暂停` : ''}${back.length ? `；${back.join('；')}` : ''}`;
  });
}

/** How many cities a "which city?" reply lists (and numbers); more would not fit one message. */
export const MAX_LISTED_CITIES = 9;

/** "Which city?", listing the candidate cities (every covered city by default); choice n asks `question(city n)`. */
export function askCityLines(cities: City[], at: DateTime, question: (city: City) => string): ReplyLine[] {
  const listed = cities.slice(0, MAX_LISTED_CITIES);
  const choices = headlineLines(listed, at).map((line, i) => ({ n: i + 1, text: line.replace(/^· /, ''), question: question(listed[i]!) }));
  const names = cities.length <= MAX_LISTED_CITIES ? cities.map((c) => c.name).join('、') : `${cities.length}个城市`;
  const more = cities.length > listed.length ? [`……另有${cities.length - listed.length}个城市，请直接回复城市名。`] : [];
  return [`请问您问的是哪个城市？目前收录${names}（回复数字或城市名）：`, ...choices, ...more];
}
