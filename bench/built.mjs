// Runs an in-process bench on the code as production runs it: bundled by esbuild the way
// bin/build.mjs bundles the service (no tsx, so no `__name` wrapper around each named closure,
// no source-map hook), then started with plain node. Under tsx the same benches measure code the
// service never runs; the gap is largest on a first-seen answer (BENCHMARKS.md, session 9).
//
//   node bench/built.mjs [--as-served] [node flags…] bench/answer.ts [bench args…]
//   e.g. node bench/built.mjs --as-served bench/answer.ts --samples 3000
//   --as-served: with the node flags of package.json's `serve` script (what `npm start` runs: the
//   young generation's size and V8's helper threads change the tail of the latencies several-fold)
//
// The bundle is written to node_modules/.cache/built-bench/TREE/ (beside the packages it imports,
// which stay external as in dist/). Plain JavaScript, so that it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
if (args[0] === '--as-served') args.splice(0, 1, ...servedFlags());
const at = args.findIndex((a) => a.endsWith('.ts'));
if (at < 0) {
  console.error('usage: node bench/built.mjs [node flags…] bench/NAME.ts [args…]');
  process.exit(2);
}
const entry = args[at];
// one folder per tree: a base worktree often shares its node_modules (a symlink) with the tree it is compared with
const tree = createHash('sha1').update(root).digest('hex').slice(0, 8);
const outfile = join(root, 'node_modules/.cache/built-bench', tree, `${basename(entry, '.ts')}.mjs`);
await build({
  absWorkingDir: root,
  entryPoints: [entry],
  outfile,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  define: { __BUILT__: 'true' },
  logLevel: 'warning',
});
/** The node flags of `npm run serve` (node FLAGS… dist/start.mjs). */
function servedFlags() {
  const serve = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.serve.split(/\s+/);
  return serve.slice(1).filter((word) => word.startsWith('--'));
}

const run = spawnSync(process.execPath, [...args.slice(0, at), outfile, ...args.slice(at + 1)], { stdio: 'inherit', cwd: process.cwd() });
process.exit(run.status ?? 1);
