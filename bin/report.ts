// `npm run report [-- --since 7d] [--file data/missed.jsonl] [--top 20] [--json]`:
// the questions the bot could not answer outright, most frequent first, grouped
// by similar wording — what to add to the knowledge next.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { DEFAULT_MISSED_LOG } from '../handlers/ops/config.ts';
import { groupMissed, parseDuration, parseMissed, type MissedGroup } from '../handlers/ops/missed-report.ts';

const ZONE = 'Asia/Shanghai';
const USAGE = 'usage: npm run report [-- --since 7d|24h|2021-12-20] [--file data/missed.jsonl] [--top 20] [--json]';

let args;
try {
  args = parseArgs({
    options: {
      since: { type: 'string' },
      file: { type: 'string', multiple: true },
      top: { type: 'string', default: '20' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const files = args.file?.length ? args.file : [process.env.MISSED_LOG?.trim() || DEFAULT_MISSED_LOG];
const top = Number(args.top);
if (!Number.isInteger(top) || top < 1) fail(`--top must be a whole number ≥ 1, got "${args.top}"`);

let since: DateTime | undefined;
if (args.since) {
  const ms = parseDuration(args.since);
  since = ms !== undefined ? DateTime.now().minus(ms) : DateTime.fromISO(args.since, { zone: ZONE });
  if (!since.isValid) fail(`--since must be a duration such as 7d, 24h, 30m, 2w or a date such as 2021-12-20, got "${args.since}"`);
}

const entries = [];
let skipped = 0;
for (const file of files) {
  if (!existsSync(file)) fail(`no missed-question log at ${file} (nothing missed yet, or MISSED_LOG points elsewhere: pass --file)`);
  const parsed = parseMissed(readFileSync(file, 'utf8'));
  skipped += parsed.skipped;
  entries.push(...parsed.entries);
}
const cutoff = since?.toUTC().toISO();
const recent = cutoff ? entries.filter((e) => new Date(e.time).toISOString() >= cutoff) : entries;
const groups = groupMissed(recent);

if (args.json) {
  console.log(JSON.stringify({ files, since: cutoff ?? null, entries: recent.length, skipped, groups: groups.slice(0, top) }, null, 2));
} else {
  const span = since ? ` since ${since.setZone(ZONE).toFormat('yyyy-MM-dd HH:mm')}` : '';
  console.log(`Missed questions in ${files.join(', ')}${span}: ${recent.length} in ${groups.length} groups${skipped ? ` (${skipped} unreadable lines skipped)` : ''}`);
  if (!groups.length) console.log('Nothing missed in that period.');
  groups.slice(0, top).forEach((g, i) => console.log(describe(g, i + 1)));
  if (groups.length > top) console.log(`\n… ${groups.length - top} more groups (--top ${groups.length} to see all)`);
}

function describe(g: MissedGroup, n: number): string {
  const shown = g.variants.slice(0, 5).map((v) => (v.count > 1 ? `${v.question} (×${v.count})` : v.question));
  const more = g.variants.length > 5 ? ` … +${g.variants.length - 5}` : '';
  const list = (r: Record<string, number>) => Object.entries(r).map(([k, v]) => `${k} ${v}`).join(', ');
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
