// CPU and allocation of one GET /api/ask answered from the answer cache, in process: each tree's
// built service (dist/start.mjs, as `npm run serve` runs it) driven through its request listener
// with IncomingMessage/ServerResponse on unconnected sockets, so no socket I/O counts
// (bench/api-hits-child.mjs). The mix's first 40,000 messages and the window after them warm the
// cache; the window asked again is what is measured (nearly all hits).
//   npx tsx bench/api-hits.ts --trees A,B [--rounds 3] [--amount 10000]
// Trees alternate by round, each in a child of its own; HITS_PROFILE=F also writes F.cpuprofile
// and F.heapprofile (sampled allocations, collected ones included) of the window.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildTree } from './built-service.ts';
import { apiPaths, messages } from './load-mix.ts';

const { values } = parseArgs({
  options: {
    trees: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    amount: { type: 'string', default: '10000' },
    /** the trees' dist/ as they are (not built again) */
    'no-build': { type: 'boolean', default: false },
  },
});

const WARM = 40_000;
const trees = (values.trees ?? '').split(',').filter(Boolean);
const file = join(mkdtempSync(join(tmpdir(), 'api-hits-')), 'paths.json');
writeFileSync(file, JSON.stringify(apiPaths(messages(WARM + Number(values.amount)))));
if (!values['no-build']) for (const tree of trees) buildTree(tree);
const script = fileURLToPath(new URL('api-hits-child.mjs', import.meta.url));
for (let round = 0; round < Number(values.rounds); round++)
  for (const tree of trees) {
    const r = spawnSync(process.execPath, ['--expose-gc', script, tree, file, String(WARM)], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const line = r.stderr.split('\n').find((l) => l.startsWith('{"tree"'));
    console.log(`round ${round + 1} ${line ?? r.stderr.slice(-2000)} load ${loadavg()[0]!.toFixed(1)}`);
  }
