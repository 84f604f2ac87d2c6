// `npm run report [-- --since 7d] [--file data/missed.jsonl] [--top 20] [--json]`:
// the questions the bot could not answer outright — first those about cities no
// notice covers, by city, then the rest grouped by similar wording, most frequent
// first: what to add to the knowledge next. The log is read as a stream, rotated
// files included (bin/lib/missed-read.ts).
import '../server/env-file.ts'; // first: .env fills in what the environment leaves unset
import { readArgs } from './lib/cli-args.ts';
import { DateTime } from 'luxon';
import { DEFAULT_MISSED_LOG } from '../server/ops-config.ts';
import { readMissed, withRotated } from './lib/missed-read.ts';
import { MissedTally, parseDuration, type MissedGroup, type UncoveredGroup } from './lib/missed-report.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import type { KnowledgeBase } from '../src/knowledge/model.ts';
import { buildPlaceIndex } from '../src/understand/places.ts';
import { normalize } from '../src/understand/normalize.ts';
import { ZONE } from '../src/time/zone.ts';

const USAGE = 'usage: npm run report [-- --since 7d|24h|2021-12-20] [--file data/missed.jsonl] [--top 20] [--json]';

const args = readArgs(
  {
    options: {
      since: { type: 'string' },
      file: { type: 'string', multiple: true },
      top: { type: 'string', default: '20' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  },
  USAGE,
).values;

// each log is read with the older files rotation renamed (FILE.1, FILE.2 …)
const logs = args.file?.length ? args.file : [process.env.MISSED_LOG?.trim() || DEFAULT_MISSED_LOG];
const top = Number(args.top);
if (!Number.isInteger(top) || top < 1) fail(`--top must be a whole number ≥ 1, got "${args.top}"`);

let since: DateTime | undefined;
if (args.since) {
  const ms = parseDuration(args.since);
  since = ms !== undefined ? DateTime.now().minus(ms) : DateTime.fromISO(args.since, { zone: ZONE });
  if (!since.isValid) fail(`--since must be a duration such as 7d, 24h, 30m, 2w or a date such as 2021-12-20, got "${args.since}"`);
}

const files = logs.flatMap((file) => {
  const found = withRotated(file);
  if (!found.length) fail(`no missed-question log at ${file} (nothing missed yet, or MISSED_LOG points elsewhere: pass --file)`);
  return found;
});
const cutoff = since?.toUTC().toMillis();
const knowledge = readKnowledgeForReport();
const tally = new MissedTally(knowledge && recogniser(knowledge), knowledge?.domain.lexicon.filler);
let skipped = 0;
for (const file of files) {
  const read = await readMissed(file, (e) => {
    const t = Date.parse(e.time);
    if (Number.isNaN(t)) skipped++;
    else if (cutoff === undefined || t >= cutoff) tally.add(e);
  });
  skipped += read.skipped;
}
const uncovered = tally.uncovered();
const groups = tally.groups();
const sinceIso = since?.toUTC().toISO() ?? null;

if (args.json) {
  console.log(JSON.stringify({ files, since: sinceIso, entries: tally.questions, skipped, uncovered, groups: groups.slice(0, top) }, null, 2));
} else {
  const span = since ? ` since ${since.setZone(ZONE).toFormat('yyyy-MM-dd HH:mm')}` : '';
  console.log(`Missed questions in ${files.join(', ')}${span}: ${tally.questions}${skipped ? ` (${skipped} unreadable lines skipped)` : ''}`);
  if (!tally.questions) console.log('Nothing missed in that period.');
  if (uncovered.length) {
    console.log(`\nCities no notice covers (${uncovered.reduce((n, u) => n + u.count, 0)} questions) — the clearest sign of what to add:`);
    uncovered.slice(0, top).forEach((u) => console.log(describePlace(u)));
    if (uncovered.length > top) console.log(`  … ${uncovered.length - top} more places`);
  }
  if (groups.length) console.log(`\nOther questions: ${groups.reduce((n, g) => n + g.count, 0)} in ${groups.length} groups`);
  groups.slice(0, top).forEach((g, i) => console.log(describe(g, i + 1)));
  if (groups.length > top) console.log(`\n… ${groups.length - top} more groups (--top ${groups.length} to see all)`);
}

/** The knowledge the service reads, for its places and filler words; none when it cannot be read. */
function readKnowledgeForReport(): KnowledgeBase | undefined {
  const dir = process.env.KNOWLEDGE_DIR?.trim() || 'knowledge';
  try {
    return loadKnowledge(dir);
  } catch (e) {
    console.error(
      `cannot read the knowledge in ${dir} (${(e as Error).message.split('\n')[0]}): older lines without "uncovered" are grouped by wording only, and filler words are kept`,
    );
    return undefined;
  }
}

/** A place elsewhere in China named in a question, as the service recognises it. */
function recogniser(kb: KnowledgeBase): (question: string) => string | undefined {
  const places = buildPlaceIndex(kb.cities);
  return (question) => {
    const found = places.find(normalize(question));
    return found.known.length ? undefined : found.unknown;
  };
}

function describePlace(u: UncoveredGroup): string {
  const shown = u.questions.slice(0, 5).map((q) => (q.count > 1 ? `${q.question} (×${q.count})` : q.question));
  const more = u.questions.length > 5 ? ` … +${u.questions.length - 5}` : '';
  const seen = `last seen ${DateTime.fromISO(u.lastSeen).setZone(ZONE).toFormat('yyyy-MM-dd HH:mm')}${u.users ? ` · ${u.users} user${u.users === 1 ? '' : 's'}` : ''}`;
  return `  ${u.place} ×${u.count}  ${shown.join(' · ')}${more}\n     ${seen}`;
}

function describe(g: MissedGroup, n: number): string {
  const shown = g.variants.slice(0, 5).map((v) => (v.count > 1 ? `${v.question} (×${v.count})` : v.question));
  const more = g.variants.length > 5 ? ` … +${g.variants.length - 5}` : '';
  const list = (r: Record<string, number>) =>
    Object.entries(r)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  const cities = Object.fromEntries(Object.entries(g.cities).filter(([c]) => c !== '—')); // '—': no city understood
  const lines = [
    `\n${String(n).padStart(3)}. ×${g.count}  ${g.question}`,
    shown.length ? `     variants: ${shown.join(' · ')}${more}` : '',
    `     last seen ${DateTime.fromISO(g.lastSeen).setZone(ZONE).toFormat('yyyy-MM-dd HH:mm')}${g.users ? ` · ${g.users} user${g.users === 1 ? '' : 's'}` : ''} · ${list(g.bands)} · via ${list(g.channels)}${Object.keys(cities).length ? ` · city ${list(cities)}` : ''}`,
    `     top candidate: ${g.top ? `${g.top.title} (score ${g.top.score})` : 'none (nothing in the knowledge came close)'}`,
  ];
  return lines.filter(Boolean).join('\n');
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
