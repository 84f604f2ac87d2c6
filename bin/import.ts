// `npm run import -- FILE [--out DIR] [--id ID] [--city 城市] [--force] [--no-smoke]`: a published
// notice (.html, .docx, .md, .txt) → a draft knowledge folder DIR/ID/ (notice.md, facts.yaml)
// to review. Prints the counts, every item to check (with its quote), then kb:check's result
// and its smoke test for the draft. Exits 0 when a draft was written, even with warnings;
// bad input gets one line and exit 1, a bad command line the usage and exit 2.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readArgs } from './lib/cli-args.ts';
import { smokeTest } from '../src/check/smoke.ts';
import { buildKnowledge } from '../src/knowledge/build.ts';
import { formatProblem, KnowledgeLoadError } from '../src/knowledge/problems.ts';
import { readDomain } from '../src/knowledge/read-domain.ts';
import { readKnowledge } from '../src/knowledge/read.ts';
import { ImportError, importNotice, type ImportResult } from '../src/import/index.ts';

const USAGE = `usage: npm run import -- FILE [--out DIR] [--id ID] [--city 城市] [--force] [--no-smoke]
  FILE        the notice: .html (a saved page), .docx, .md or .txt (PDF and scanned images: not supported)
  --out       where the notice folders are (default knowledge/)
  --id        the folder's id, lowercase ascii words joined by - (default from FILE's name)
  --city      the city, when the notice does not name it
  --force     replace a folder that is already there
  --no-smoke  skip the smoke test of the draft
  -h, --help  this text`;

const args = readArgs(
  {
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      id: { type: 'string' },
      city: { type: 'string' },
      force: { type: 'boolean' },
      'no-smoke': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  },
  USAGE,
);
if (args.positionals.length !== 1) {
  console.error(`${args.positionals.length ? 'one notice at a time' : 'no notice file given'}\n${USAGE}`);
  process.exit(2);
}

const fail = (message: string): never => {
  console.error(`import: ${message}`);
  process.exit(1);
};

const file = args.positionals[0]!;
const out = args.values.out ?? 'knowledge';
let bytes: Buffer;
try {
  if (statSync(file).isDirectory()) fail(`${file} is a folder, not a notice file`);
  bytes = readFileSync(file);
} catch (e) {
  fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : e instanceof Error ? e.message : String(e)}`);
}

let draft: ImportResult;
try {
  draft = await importNotice({ content: bytes!, name: file }, { domain: readDomain(out, (p) => p).domain, id: args.values.id, city: args.values.city });
} catch (e) {
  fail(e instanceof ImportError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`);
}

const folder = join(out, draft!.id);
if (existsSync(join(folder, 'facts.yaml')) && !args.values.force) fail(`${folder} already has a facts.yaml: give another --id, or --force to replace it`);
try {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'notice.md'), draft!.noticeMd);
  writeFileSync(join(folder, 'facts.yaml'), draft!.factsYaml);
} catch (e) {
  fail(`cannot write ${folder}: ${e instanceof Error ? e.message : String(e)}`);
}
const shown = relative(process.cwd(), folder) || folder;
const s = draft!.summary;
console.log(`wrote ${shown}/notice.md and ${shown}/facts.yaml (a draft: review it before publishing)`);
console.log(
  `  ${s.businesses} businesses, ${s.windows} windows, ${s.steps} steps, ${s.procedures} procedures, ${s.contacts} contacts, ${s.uncertain} to check`,
);
for (const u of draft!.uncertain)
  console.log(`  请核对 ${u.path}: ${u.why}${u.quote ? `\n      「${u.quote.length > 60 ? u.quote.slice(0, 60) + '…' : u.quote}」` : ''}`);

// kb:check of the draft alone, then its smoke test; its verdict last, counting the smoke test's errors
try {
  const read = readKnowledge(folder);
  const kb = buildKnowledge(read);
  read.warnings.forEach((w) => console.log(`warning: ${formatProblem(w)}`));
  const failing: string[] = [];
  if (!args.values['no-smoke'])
    for await (const city of smokeTest(kb)) {
      const names = city.businesses.filter((b) => b.failing).map((b) => b.business.name);
      failing.push(...names);
      console.log(
        `smoke: ${city.asked} questions about ${city.businesses.length} businesses, ${city.missed} missed${names.length ? `; more than half missed for ${names.join('、')}` : ''}`,
      );
    }
  for (const name of failing) console.log(`error: smoke ${name}: more than half of its questions missed (give it the words citizens use: name, synonyms)`);
  const warned = read.warnings.length ? `, ${read.warnings.length} warning(s)` : '';
  if (failing.length) console.log(`kb:check: ${failing.length} error(s) in the draft${warned}: fix them, then run npm run kb:check -- ${shown}`);
  else console.log(`kb:check: ok${warned}`);
} catch (e) {
  if (!(e instanceof KnowledgeLoadError)) throw e;
  e.problems.forEach((p) => console.log(`error: ${formatProblem(p)}`));
  console.log(`kb:check: ${e.problems.length} error(s) in the draft: fix them, then run npm run kb:check -- ${shown}`);
}
process.exit(0);
