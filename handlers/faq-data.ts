// Turns the knowledge model into the FAQ content — per city: the suspension
// timetable with each business's status at a moment, what to do during the
// suspension, the notice's procedures, and the contacts table (unit × business).
// Used by the FAQ page, GET /api/faq and the console's status strip.
// Where a business stands, its label and sentence, and time wording come from the core
// (src/answer/standing.ts, the one decision the chat also reads); nothing here re-decides them.
import type { DateTime } from 'luxon';
import { fmtChosenMoment, fmtDay, fmtNoticeMoment, shortLabel } from '../src/answer/format.ts';
import { resumesAt, resumeWords, suspendWords } from '../src/answer/phase.ts';
import { resumeText, standingSummary, type StandingSummary } from '../src/answer/standing.ts';
import { changeLine, noInstructionsLine } from '../src/answer/notes.ts';
import { noticeById } from '../src/knowledge/lookup.ts';
import type { Business, City, Contact, KnowledgeBase, Notice, Window } from '../src/knowledge/model.ts';

/** state, label (正常 / 暂停中 / 逐步恢复中 / 已恢复 / 以最新通知为准 …) and sentence, as the chat decides them */
export type BusinessStatus = StandingSummary;

export interface FaqWindow {
  scope?: string;
  /** ISO 8601 with offset */
  suspend: string;
  /** "12月22日18:00" */
  suspendText: string;
  resume?: string;
  resumeText?: string;
  resumeMode: Window['resumeMode'];
  /** how the notice describes the end: "预计12月31日23:00起恢复", "恢复时间另行通知（…）" */
  resumeDescription: string;
  quotes: string[];
  /** the resumption is the operator's inference, not the notice's words (resumeDescription says so) */
  inferred: boolean;
  /** when a later notice changed this window: "根据《…》，原定…，现调整为…。" */
  changed?: string;
  /** the id of that later notice */
  amendedBy?: string;
}

export interface FaqBusiness {
  id: string;
  name: string;
  /** the name without its bracketed detail, for tight spaces */
  short: string;
  domain: string;
  audience?: string;
  /** the notice's words when it says the business is not affected */
  unaffected?: string;
  windows: FaqWindow[];
  status: BusinessStatus;
  before: string[];
  during: string[];
  after: string[];
  /** "公告未说明暂停期间如何办理，…" when the notice gives no instructions for a phase */
  noInstructions?: string;
}

/** A one-off moment on the timetable (新系统上线, 在途业务清零). */
export interface FaqEvent {
  /** ISO 8601 with offset */
  at: string;
  atText: string;
  title: string;
  quote: string;
}

export interface FaqProcedure {
  id: string;
  business?: string;
  title: string;
  audience?: string;
  answer: string;
  quote: string;
}

export interface FaqPhone {
  number: string;
  note?: string;
}

export interface FaqContactColumn {
  /** business id, or "general" */
  topic: string;
  label: string;
  /** the business's name, when the column is one business */
  business?: string;
}

export interface FaqContactRow {
  unit: string;
  level: Contact['level'];
  /** one cell per column, in column order: null where the notice has no such cell; phones [] where its cell is blank */
  cells: ({ label: string; phones: FaqPhone[] } | null)[];
}

export interface FaqNotice {
  id: string;
  title: string;
  issuers: string[];
  /** YYYY-MM-DD */
  published?: string;
  publishedText?: string;
  businesses: FaqBusiness[];
  procedures: FaqProcedure[];
  contacts: { columns: FaqContactColumn[]; rows: FaqContactRow[] };
  advice: string[];
  events: FaqEvent[];
  /** the earlier notice this one changes */
  amends?: { id: string; title: string };
}

export interface FaqCity {
  name: string;
  aliases: string[];
  province?: string;
  districts: string[];
  notices: FaqNotice[];
}

export interface FaqData {
  /** the moment the statuses refer to (ISO 8601 with offset) */
  asOf: string;
  asOfText: string;
  knowledgeVersion: string;
  cities: FaqCity[];
}

const iso = (t: DateTime) => t.toISO({ suppressMilliseconds: true })!;

/** The moment a notice's dates are written against: its publication date, else its first suspension. */
export function noticeRef(n: Notice, fallback: DateTime): DateTime {
  const first = n.businesses.flatMap((b) => b.windows.map((w) => w.suspend)).sort((a, b) => a.toMillis() - b.toMillis())[0];
  return n.published ?? first ?? fallback;
}

const stepText = (s: { text?: string; quote: string }) => s.text ?? s.quote;

function faqWindows(b: Business, ref: DateTime, city: City): FaqWindow[] {
  // windows with the same times are one row; their scopes are listed together
  const out: FaqWindow[] = [];
  for (const w of b.windows) {
    const resume = resumesAt(w);
    const same = out.find((o) => o.suspend === iso(w.suspend) && o.resume === (resume ? iso(resume) : undefined) && o.resumeMode === w.resumeMode);
    const quotes = [w.suspendQuote, w.resumeQuote].filter((q): q is string => !!q);
    if (same) {
      if (w.scope && same.scope !== w.scope) same.scope = same.scope ? `${same.scope}；${w.scope}` : w.scope;
      for (const q of quotes) if (!same.quotes.includes(q)) same.quotes.push(q);
      continue;
    }
    out.push({
      scope: w.scope,
      suspend: iso(w.suspend),
      suspendText: suspendWords(w, ref),
      resume: resume ? iso(resume) : undefined,
      resumeText: resumeWords(w, ref),
      resumeMode: w.resumeMode,
      resumeDescription: resumeText(w, ref),
      quotes,
      inferred: w.resumeInferred,
      changed: changeLine(city, w, ref),
      amendedBy: w.amendedBy,
    });
  }
  return out;
}

function contactsTable(n: Notice): FaqNotice['contacts'] {
  const columns: FaqContactColumn[] = [];
  for (const c of n.contacts) {
    if (columns.some((col) => col.topic === c.topic)) continue;
    const business = n.businesses.find((b) => b.id === c.topic);
    columns.push({ topic: c.topic, label: c.topic === 'general' ? '咨询电话' : c.label, business: business ? shortLabel(business.name) : undefined });
  }
  const rows: FaqContactRow[] = [];
  for (const c of n.contacts) {
    let row = rows.find((r) => r.unit === c.unit);
    if (!row) {
      row = { unit: c.unit, level: c.level, cells: columns.map(() => null) };
      rows.push(row);
    }
    const i = columns.findIndex((col) => col.topic === c.topic);
    const phones = c.phones.map((p) => ({ number: p.number, note: p.note }));
    const cell = row.cells[i];
    if (cell) cell.phones.push(...phones);
    else row.cells[i] = { label: c.label, phones };
  }
  return { columns, rows };
}

function faqNotice(n: Notice, at: DateTime, city: City): FaqNotice {
  const ref = noticeRef(n, at);
  return {
    id: n.id,
    title: n.title,
    issuers: n.issuers,
    published: n.published?.toISODate() ?? undefined,
    publishedText: n.published ? fmtDay(n.published) : undefined,
    businesses: n.businesses.map((b) => ({
      id: b.id,
      name: b.name,
      short: shortLabel(b.name),
      domain: b.domain,
      audience: b.audience,
      unaffected: b.unaffected,
      windows: faqWindows(b, ref, city),
      status: standingSummary(b, at, ref), // times relative to the notice (year shown only when it differs)
      before: b.before.map(stepText),
      during: b.during.map(stepText),
      after: b.after.map(stepText),
      noInstructions: noInstructionsLine(b, b.noInstructions, n.contacts.length > 0),
    })),
    procedures: n.procedures.map((p) => ({ id: p.id, business: p.business, title: p.title, audience: p.audience, answer: p.answer, quote: p.quote })),
    contacts: contactsTable(n),
    advice: n.generalAdvice.map(stepText),
    events: n.events.map((e) => ({ at: iso(e.at), atText: fmtNoticeMoment(e.at, e.atAsWritten, ref), title: e.title, quote: e.quote })),
    amends: amended(n, city),
  };
}

function amended(n: Notice, city: City): FaqNotice['amends'] {
  const earlier = noticeById(city.notices, n.amends);
  return earlier ? { id: earlier.id, title: earlier.title } : undefined;
}

export function faqCity(c: City, at: DateTime): FaqCity {
  return {
    name: c.name,
    aliases: c.aliases,
    province: c.province,
    districts: c.districts.map((d) => d.name),
    notices: c.notices.map((n) => faqNotice(n, at, c)),
  };
}

/** The whole FAQ (or one city's) with statuses as of `at`. */
export function buildFaq(kb: KnowledgeBase, at: DateTime, city?: City): FaqData {
  return {
    asOf: iso(at),
    asOfText: fmtChosenMoment(at),
    knowledgeVersion: kb.version,
    cities: (city ? [city] : kb.cities).map((c) => faqCity(c, at)),
  };
}

export interface StatusStrip {
  at: string;
  atText: string;
  cities: {
    name: string;
    notices: { id: string; title: string }[];
    businesses: ({ id: string; noticeId: string; name: string; short: string; domain: string } & BusinessStatus)[];
  }[];
}

/** Each business's phase at `at`, per city: the console's status strip. Times are written relative to `at`. */
export function statusStrip(kb: KnowledgeBase, at: DateTime, city?: City): StatusStrip {
  return {
    at: iso(at),
    atText: fmtChosenMoment(at),
    cities: (city ? [city] : kb.cities).map((c) => ({
      name: c.name,
      notices: c.notices.map((n) => ({ id: n.id, title: n.title })),
      businesses: c.notices.flatMap((n) =>
        n.businesses.map((b) => ({ id: b.id, noticeId: n.id, name: b.name, short: shortLabel(b.name), domain: b.domain, ...standingSummary(b, at) })),
      ),
    })),
  };
}
