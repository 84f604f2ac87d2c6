// The service as production runs it (bin/build.mjs, then `npm run serve`'s node arguments), started
// from a tree on a free loopback port: what the benchmarks that load it (realistic.ts,
// api-profile.ts, api-replies.ts) measure, so that each measures the same thing.
import { spawn, spawnSync } from 'node:child_process';
import { SERVICE } from '../test/support/service-command.ts';
import { waitReady } from './memory.ts';
import { freePort } from './startup.ts';

/** `node bin/build.mjs` in the tree; throws with the build's own error. */
export function buildTree(tree: string): void {
  const built = spawnSync(process.execPath, ['bin/build.mjs'], { cwd: tree, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build failed in ${tree}: ${built.stderr}`);
}

export interface BuiltService {
  url: string;
  pid: number;
}

/**
 * Runs `run` against the tree's built service (built beforehand: see buildTree), started with
 * the production environment plus `env`, and `nodeArgs` before the serve script's own (e.g.
 * --cpu-prof); stops it afterwards, whatever `run` did.
 */
export async function withBuiltService<T>(
  tree: string,
  env: Record<string, string>,
  run: (s: BuiltService) => Promise<T>,
  nodeArgs: string[] = [],
): Promise<T> {
  const port = await freePort();
  const child = spawn(SERVICE.command, [...nodeArgs, ...SERVICE.args], {
    cwd: tree,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      MISSED_LOG: 'off',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitReady(url, child, () => err);
    return await run({ url, pid: child.pid! });
  } finally {
    child.kill('SIGTERM');
    if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
  }
}
