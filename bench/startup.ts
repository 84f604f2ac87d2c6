// Start-up to ready: spawn the service as `npm start` does (build, then serve) and
// poll /healthz until it answers 200; the time from spawn to that answer. Also the
// built service alone, the service run from source by tsx, and bare Node and tsx
// doing nothing, so that each part can be told apart.
//
//   npx tsx bench/startup.ts [--runs 5] [--knowledge <dir>]
import { spawn } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVE_SCRIPT, SERVICE } from '../test/support/service-command.ts';
import { percentile } from './stats.ts';
import { isMain } from './is-main.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface StartupRow {
  name: string;
  command: string;
  /** median, min, max in ms over the runs */
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** A loopback port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** ms from spawn until the process exits (for the do-nothing baselines). */
function timeToExit(cmd: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(cmd, args, { cwd: ROOT, stdio: 'ignore' });
    p.on('exit', (code) => (code === 0 ? resolve(performance.now() - t0) : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`))));
  });
}

/** ms from spawn until GET /healthz answers 200; the process is stopped after. */
async function timeToReady(cmd: string, args: string[], env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const t0 = performance.now();
  const p = spawn(cmd, args, {
    cwd: ROOT,
    // a clean environment: only what the service needs, as a first run would have
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: String(port), HOST: '127.0.0.1', MISSED_LOG: 'off', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true, // its own process group: npx and tsx start children of their own
  });
  let err = '';
  p.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  let exited = false;
  p.on('exit', () => (exited = true));
  try {
    for (;;) {
      if (exited) throw new Error(`${cmd} ${args.join(' ')} exited before ready:\n${err.slice(-2000)}`);
      if (performance.now() - t0 > 120_000) throw new Error(`${cmd} not ready after 120 s`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return performance.now() - t0;
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    if (!exited) {
      const gone = new Promise((r) => p.once('exit', r));
      process.kill(-p.pid!, 'SIGTERM');
      const t = setTimeout(() => process.kill(-p.pid!, 'SIGKILL'), 12_000);
      await gone;
      clearTimeout(t);
    }
  }
}

async function repeat(name: string, command: string, runs: number, once: () => Promise<number>): Promise<StartupRow> {
  await once(); // warm the file-system cache and tsx's transform cache
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) ms.push(await once());
  ms.sort((a, b) => a - b);
  return { name, command, median: percentile(ms, 50), min: ms[0]!, max: ms.at(-1)!, runs };
}

export async function measureStartup(opts: { runs?: number; bigKnowledge?: string; bigLabel?: string } = {}): Promise<StartupRow[]> {
  const runs = opts.runs ?? 5;
  const tmp = mkdtempSync(join(tmpdir(), 'cutover-startup-'));
  const empty = join(tmp, 'empty.ts');
  writeFileSync(empty, 'export {};\n');
  const node = process.execPath;
  const tsxBin = join(ROOT, 'node_modules/.bin/tsx');
  const rows: StartupRow[] = [];
  try {
    rows.push(await repeat('node, empty script', 'node -e ""', runs, () => timeToExit(node, ['-e', ''])));
    rows.push(await repeat('node --import tsx, empty .ts', 'node --import tsx empty.ts', runs, () => timeToExit(node, ['--import', 'tsx', empty])));
    // npm start: build dist/, then exec the service (as package.json says)
    rows.push(await repeat('service: npm start (build, then serve)', 'npm start', runs, () => timeToReady('npm', ['start', '--silent'], {})));
    rows.push(await repeat('service: built, npm run serve', SERVE_SCRIPT, runs, () => timeToReady(SERVICE.command, SERVICE.args, {})));
    rows.push(
      await repeat('service from source: tsx bin/start.ts', 'node_modules/.bin/tsx bin/start.ts', runs, () => timeToReady(tsxBin, ['bin/start.ts'], {})),
    );
    if (opts.bigKnowledge) {
      const dir = opts.bigKnowledge;
      rows.push(
        await repeat(`service: built, ${opts.bigLabel ?? 'big knowledge'}`, `KNOWLEDGE_DIR=… ${SERVE_SCRIPT}`, Math.min(runs, 3), () =>
          timeToReady(SERVICE.command, SERVICE.args, { KNOWLEDGE_DIR: dir }),
        ),
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return rows;
}

if (isMain('startup')) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  for (const r of await measureStartup({ runs: Number(flag('--runs') ?? 5), bigKnowledge: flag('--knowledge') })) {
    console.log(`${r.name.padEnd(58)} median ${r.median.toFixed(0).padStart(5)} ms  (min ${r.min.toFixed(0)}, max ${r.max.toFixed(0)}, ${r.runs} runs)`);
  }
}
