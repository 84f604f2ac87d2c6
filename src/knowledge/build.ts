// Turns validated facts (read.ts) into the runtime model (model.ts): times become
// instants in the notice's zone, procedures get their phase, notices are grouped
// by city. Kept lean, because it is what stays in memory while serving.
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { amend } from './amend.ts';
import type { Business, City, Contact, Event, KnowledgeBase, Notice, Place, Procedure, Step, Window } from './model.ts';
import type { ReadKnowledge } from './read.ts';
import { KnowledgeLoadError, type Problem } from './problems.ts';
import type { BusinessFacts, NoticeFacts, ResumptionFacts, StepFacts, WindowFacts } from './schema.ts';
import { localInstant } from './times.ts';
import { valueList } from './facet-values.ts';
import { buildDomain, type Facets } from './facets.ts';

export function buildKnowledge(read: ReadKnowledge): KnowledgeBase {
  const text = interner();
  const problems: Problem[] = [];
  const time = timeKeeper(problems);
  const domain = buildDomain(read.domain);
  // the facets a business's name states, read once per distinct name (many notices name their businesses alike); never changed, so shared
  const stated = new Map<string, Facets>();
  const facetsOf = (name: string) => stated.get(name) ?? stated.set(name, domain.read(name)).get(name)!;
  const notices = read.notices.map(({ dir, facts }) => toModel(internStrings(facts, text), dir, time, facetsOf));
  amend(
    read.notices.map((n) => n.facts),
    notices,
    time,
  );
  if (problems.length) throw new KnowledgeLoadError(problems, read.warnings);
  return { notices, cities: groupByCity(notices), domain, version: read.version, loadedAt: DateTime.now() };
}

/**
 * Keeps one copy of each wording. Notices repeat themselves (a quote under every
 * business it covers) and each other (a province's cities publish one template with
 * the names changed; synonyms such as 参保登记 recur everywhere). Measured: −34 % of
 * the seed knowledge's characters; on the synthetic 300 cities, copies of two
 * templates, −87 % (BENCHMARKS.md says which figure is which).
 */
function interner(): (s: string) => string {
  const pool = new Map<string, string>();
  return (s) => {
    const kept = pool.get(s);
    if (kept !== undefined) return kept;
    pool.set(s, s);
    return s;
  };
}

/** Replaces every string inside `value` by its kept copy, in place. */
function internStrings<T>(value: T, intern: (s: string) => string): T {
  if (Array.isArray(value)) value.forEach((v, i) => (value[i] = typeof v === 'string' ? intern(v) : internStrings(v, intern)));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const v = record[key];
      record[key] = typeof v === 'string' ? intern(v) : internStrings(v, intern);
    }
  }
  return value;
}

/** Turns a notice's local time into an instant, once per distinct (zone, time). */
type TimeOf = (s: string, zone: string, where: { file: string; field: string }) => DateTime;

/**
 * localInstant, with one DateTime per distinct time: a notice names a handful of
 * moments many times over (every business stops at the cutover), and a DateTime
 * weighs ~700 bytes. They are immutable, so sharing is safe. A time that is no
 * instant (the reader refuses those; this is the last guard) becomes a problem,
 * never a DateTime that would print as "NaN年NaN月".
 */
function timeKeeper(problems: Problem[]): TimeOf {
  const seen = new Map<string, DateTime>();
  return (s, zone, where) => {
    const key = `${zone} ${s}`;
    let t = seen.get(key);
    if (!t) seen.set(key, (t = localInstant(s, zone)));
    if (!t.isValid) problems.push({ ...where, message: `not a time: "${s}" (${t.invalidExplanation ?? t.invalidReason})` });
    return t;
  };
}

// Every object of a kind is built with the same properties in the same order, so
// that V8 gives them one hidden class. Spreading the validated objects instead
// ({ ...b, noticeId }) left ~27,000 objects of 300 cities with a hidden class
// each, ~7 MB (measured with a heap snapshot).
/** A notice whose items do not point to it yet. */
type Unlinked = Omit<Notice, 'businesses' | 'procedures' | 'contacts' | 'events'> & {
  businesses: Omit<Business, 'notice'>[];
  procedures: Omit<Procedure, 'notice'>[];
  contacts: Omit<Contact, 'notice'>[];
  events: Omit<Event, 'notice'>[];
};

function toModel(f: NoticeFacts, dir: string, timeOf: TimeOf, facetsOf: (name: string) => Facets): Notice {
  const notice = noticeModel(f, dir, timeOf, facetsOf);
  // what a notice lists points back to it, so a reply cites the notice of what it answers; a link,
  // not data: not enumerable, so JSON and deep comparisons of the knowledge never walk the cycle
  for (const x of [...notice.businesses, ...notice.procedures, ...notice.contacts, ...notice.events]) {
    Object.defineProperty(x, 'notice', { value: notice, enumerable: false });
  }
  return notice as unknown as Notice; // every item now has its notice
}

function noticeModel(f: NoticeFacts, dir: string, timeOf: TimeOf, facetsOf: (name: string) => Facets): Unlinked {
  const zone = f.timezone;
  const time = (s: string, field: string) => timeOf(s, zone, { file: join(dir, 'facts.yaml'), field });
  const step =
    (field: string) =>
    (s: StepFacts, i: number): Step => ({ text: s.text, quote: s.quote, at: s.at ? time(s.at, `${field}[${i}].at`) : undefined });
  const place = (p: { name: string; aliases: string[] }): Place => ({ name: p.name, aliases: p.aliases });
  return {
    id: f.id,
    dir,
    title: f.title,
    issuers: f.issuers ?? [],
    published: f.published ? time(`${f.published}T00:00`, 'published') : undefined,
    zone,
    city: { name: f.city.name, aliases: f.city.aliases, province: f.city.province },
    districts: f.districts.map(place),
    businesses: f.businesses.map((b, bi) => ({
      id: b.id,
      name: b.name,
      domain: b.domain,
      synonyms: b.synonyms,
      questions: b.questions,
      audience: b.audience,
      channels: b.channels,
      // declared, or read from what the notice calls it
      facets: b.facets ? Object.fromEntries(Object.entries(b.facets).map(([k, v]) => [k, valueList(v)])) : facetsOf(`${b.name} ${b.synonyms.join(' ')}`),
      unaffected: b.unaffected,
      noticeId: f.id,
      windows: b.windows
        .map((facts, wi): Window => {
          const w = withBlanketResumption(facts, b, f.resumptions);
          return {
            scope: w.scope,
            suspend: time(w.suspend, `businesses[${bi}].windows[${wi}].suspend`),
            suspendAsWritten: w.suspend,
            suspendQuote: w.suspend_quote,
            resume: w.resume ? time(w.resume, `businesses[${bi}].windows[${wi}].resume`) : undefined,
            resumeAsWritten: w.resume,
            resumeMode: w.resume_mode ?? 'unstated',
            resumeNote: w.resume_note,
            resumeQuote: w.resume_quote,
            resumeInferred: w.resume_inferred ?? false,
            amendedBy: undefined,
            was: undefined,
          };
        })
        .sort((a, b) => a.suspend.toMillis() - b.suspend.toMillis()),
      before: b.before.map(step(`businesses[${bi}].before`)),
      during: b.during.map(step(`businesses[${bi}].during`)),
      after: b.after.map(step(`businesses[${bi}].after`)),
      noInstructions: b.no_instructions,
    })),
    procedures: f.procedures.map((p) => ({
      id: p.id,
      business: p.business,
      title: p.title,
      phase: p.phase ?? inferPhase(p.title),
      audience: p.audience,
      questions: p.questions,
      answer: p.answer,
      quote: p.quote,
      noticeId: f.id,
    })),
    // a column covering several businesses (参保登记及缴费) is that line under each of them
    contacts: f.contacts.flatMap((c) =>
      (typeof c.topic === 'string' ? [c.topic] : c.topic).map((topic) => ({
        unit: c.unit,
        level: c.level,
        topic,
        label: c.label,
        phones: c.phones.map((ph) => ({ number: ph.number, note: ph.note })),
        area_code: c.area_code,
        quote: c.quote,
        noticeId: f.id,
      })),
    ),
    generalAdvice: f.general_advice.map(step('general_advice')),
    contactHours: f.contact_hours.map((h) => ({ text: h.text, quote: h.quote })),
    events: f.events
      .map((e, i) => ({ at: time(e.at, `events[${i}].at`), atAsWritten: e.at, title: e.title, quote: e.quote, noticeId: f.id }))
      .sort((a, b) => a.at.toMillis() - b.at.toMillis()),
    reason: f.reason ? { text: f.reason.text, quote: f.reason.quote } : undefined,
    amends: f.amends,
  };
}

/**
 * A window whose resumption the business itself leaves open (no resume_mode, or `unstated`
 * without a quote), filled in from the first notice-level resumption that covers the business
 * and comes after the window's start. A business's own stated resumption wins.
 */
function withBlanketResumption(w: WindowFacts, b: BusinessFacts, resumptions: ResumptionFacts[]): WindowFacts {
  const open = w.resume_mode === undefined || (w.resume_mode === 'unstated' && !w.resume_quote && !w.resume);
  if (!open) return w;
  const covers = (r: ResumptionFacts) =>
    !r.except.includes(b.id) && (typeof r.covers === 'string' ? r.covers === b.domain || r.covers === b.id : r.covers.includes(b.id));
  const r = resumptions.find((x) => covers(x) && (!x.at || x.at > w.suspend));
  if (!r) return w;
  return { ...w, resume: r.at, resume_mode: r.mode, resume_quote: r.quote, resume_inferred: r.inferred, resume_note: w.resume_note };
}

/** A procedure's phase from its title, when the file does not say. */
function inferPhase(title: string): 'before' | 'during' | 'after' | undefined {
  if (/停机前|之前|提前/.test(title)) return 'before';
  if (/期间|停机时/.test(title)) return 'during';
  if (/上线后|恢复后|补办|补发|追溯|延办|顺延/.test(title)) return 'after';
  return undefined;
}

function groupByCity(notices: Notice[]): City[] {
  const byName = new Map<string, City>();
  for (const n of notices) {
    const city = byName.get(n.city.name) ?? { name: n.city.name, aliases: [], province: n.city.province, districts: [], notices: [] };
    city.notices.push(n);
    city.aliases = [...new Set([...city.aliases, ...n.city.aliases])];
    for (const d of n.districts) if (!city.districts.some((x) => x.name === d.name)) city.districts.push(d);
    byName.set(n.city.name, city);
  }
  return [...byName.values()];
}
