// Loads every notice folder under a knowledge directory, validates it against the
// schema and the notice text, and builds the runtime model. Nothing half-loaded
// escapes: any problem in any folder throws one KnowledgeLoadError listing them all.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DateTime } from 'luxon';
import { LineCounter, parseDocument } from 'yaml';
import { collectQuotes, groundingKey } from './grounding.ts';
import type { City, KnowledgeBase, Notice, Place, Step } from './model.ts';
import { Notice as NoticeSchema, type NoticeFacts, type StepFacts } from './schema.ts';

export interface Problem {
  file: string;
  /** field path such as businesses[2].windows[0].suspend */
  field?: string;
  line?: number;
  message: string;
}

export class KnowledgeLoadError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'KnowledgeLoadError';
  }
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}${p.field ? ` ${p.field}` : ''}: ${p.message}`;
}

const FACTS = 'facts.yaml';
const TEXTS = ['notice.md', 'notice.txt'];

export function loadKnowledge(dir: string): KnowledgeBase {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new KnowledgeLoadError([{ file: dir, message: 'knowledge directory not found' }]);
  const folders = readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !name.startsWith('_'))
    .map((name) => join(dir, name))
    .filter((p) => statSync(p).isDirectory())
    .sort();
  const problems: Problem[] = [];
  const notices: Notice[] = [];
  const hash = createHash('sha256');
  const pool: Pool = { text: interner(), time: timeKeeper() };
  for (const folder of folders) {
    const result = loadNoticeFolder(folder, relative(process.cwd(), folder) || folder, pool);
    problems.push(...result.problems);
    if (result.notice) notices.push(result.notice);
    hash.update(result.raw);
  }
  if (folders.length === 0) problems.push({ file: dir, message: 'no notice folders (each needs facts.yaml and notice.md)' });
  const seen = new Map<string, string>();
  for (const n of notices) {
    if (seen.has(n.id)) problems.push({ file: n.dir, field: 'id', message: `duplicate notice id "${n.id}" (also in ${seen.get(n.id)})` });
    seen.set(n.id, n.dir);
  }
  if (problems.length) throw new KnowledgeLoadError(problems);
  return { notices, cities: groupByCity(notices), version: hash.digest('hex').slice(0, 12), loadedAt: DateTime.now() };
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

/** What every notice of one load shares, so that each wording and each moment is kept once. */
interface Pool {
  text: (s: string) => string;
  time: (s: string, zone: string) => DateTime;
}

function loadNoticeFolder(folder: string, shown: string, pool: Pool): { notice?: Notice; problems: Problem[]; raw: string } {
  const factsFile = join(shown, FACTS);
  const textName = TEXTS.find((t) => existsSync(join(folder, t)));
  const problems: Problem[] = [];
  if (!existsSync(join(folder, FACTS))) problems.push({ file: factsFile, message: 'missing (every notice folder needs facts.yaml)' });
  if (!textName) problems.push({ file: join(shown, TEXTS[0]!), message: 'missing: the notice text as published' });
  if (problems.length) return { problems, raw: '' };

  const yamlText = readFileSync(join(folder, FACTS), 'utf8');
  const text = readFileSync(join(folder, textName!), 'utf8');
  const raw = yamlText + '\0' + text;
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    return { raw, problems: doc.errors.map((e) => ({ file: factsFile, line: lines.linePos(e.pos[0]).line, message: `YAML: ${e.message.split('\n')[0]}` })) };
  }
  // the line of the field, or of the nearest enclosing map/list when the field is missing
  const lineOf = (path: (string | number)[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = (n ? doc.getIn(path.slice(0, n), true) : doc.contents) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
  // a JSON round trip gives plain strings: values cut from the YAML source would keep each whole file alive
  const data = JSON.parse(JSON.stringify(doc.toJS()), (_key, value: unknown) => (typeof value === 'string' ? pool.text(value) : value)) as unknown;
  const parsed = NoticeSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path as (string | number)[];
      problems.push({ file: factsFile, field: fieldPath(path), line: lineOf(path), message: issue.message });
    }
    return { raw, problems };
  }
  const haystack = groundingKey(text);
  for (const { path, quote } of collectQuotes(data)) {
    if (!haystack.includes(groundingKey(quote)))
      problems.push({ file: factsFile, field: fieldPath(path), line: lineOf(path), message: `quote not found in ${textName}: "${quote.slice(0, 40)}…"` });
  }
  const facts = parsed.data;
  if (!DateTime.now().setZone(facts.timezone).isValid) problems.push({ file: factsFile, field: 'timezone', message: `unknown time zone "${facts.timezone}"` });
  if (problems.length) return { raw, problems };
  return { raw, problems, notice: toModel(facts, shown, pool.time) };
}

function fieldPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('') || '(root)';
}

/** Parses a notice's local wall-clock time ("2021-12-14T24:00" is 12-15 00:00). */
export function localTime(s: string, zone: string): DateTime {
  return DateTime.fromISO(s, { zone });
}

/**
 * localTime, with one DateTime per distinct time: a notice names a handful of
 * moments many times over (every business stops at the cutover), and a DateTime
 * weighs ~700 bytes. They are immutable, so sharing is safe.
 */
function timeKeeper(): (s: string, zone: string) => DateTime {
  const seen = new Map<string, DateTime>();
  return (s, zone) => {
    const key = `${zone} ${s}`;
    let t = seen.get(key);
    if (!t) seen.set(key, (t = localTime(s, zone)));
    return t;
  };
}

// Every object of a kind is built with the same properties in the same order, so
// that V8 gives them one hidden class. Spreading the validated objects instead
// ({ ...b, noticeId }) left ~27,000 objects of 300 cities with a hidden class
// each, ~7 MB (measured with a heap snapshot).
function toModel(f: NoticeFacts, dir: string, localTime: (s: string, zone: string) => DateTime): Notice {
  const zone = f.timezone;
  const step = (s: StepFacts): Step => ({ text: s.text, quote: s.quote, at: s.at ? localTime(s.at, zone) : undefined });
  const place = (p: { name: string; aliases: string[] }): Place => ({ name: p.name, aliases: p.aliases });
  return {
    id: f.id,
    dir,
    title: f.title,
    issuers: f.issuers,
    published: f.published ? localTime(`${f.published}T00:00`, zone) : undefined,
    zone,
    city: { name: f.city.name, aliases: f.city.aliases, province: f.city.province },
    districts: f.districts.map(place),
    businesses: f.businesses.map((b) => ({
      id: b.id,
      name: b.name,
      domain: b.domain,
      synonyms: b.synonyms,
      questions: b.questions,
      audience: b.audience,
      channels: b.channels,
      unaffected: b.unaffected,
      noticeId: f.id,
      windows: b.windows
        .map((w) => ({
          scope: w.scope,
          suspend: localTime(w.suspend, zone),
          suspendQuote: w.suspend_quote,
          resume: w.resume ? localTime(w.resume, zone) : undefined,
          resumeMode: w.resume_mode,
          resumeNote: w.resume_note,
          resumeQuote: w.resume_quote,
        }))
        .sort((a, b) => a.suspend.toMillis() - b.suspend.toMillis()),
      before: b.before.map(step),
      during: b.during.map(step),
      after: b.after.map(step),
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
    contacts: f.contacts.map((c) => ({
      unit: c.unit,
      level: c.level,
      topic: c.topic,
      label: c.label,
      phones: c.phones.map((ph) => ({ number: ph.number, note: ph.note })),
      area_code: c.area_code,
      quote: c.quote,
      noticeId: f.id,
    })),
    generalAdvice: f.general_advice.map(step),
  };
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
