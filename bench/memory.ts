// Resident memory of the service as production runs it (`npm run serve`: the built
// dist/start.mjs under plain node), read from /proc/<pid>/status (Linux):
//   ready     — as soon as GET /healthz answers;
//   settled   — idle after loading, once RSS has stopped moving (V8's memory reducer
//               runs ~8 s after the last full GC and gives back the young generation);
//   serving   — right after a burst of questions (what has not been collected yet);
//   settled again, idle after that burst.
//
//   npx tsx bench/memory.ts [--knowledge <dir>]
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SERVICE } from '../test/support/service-command.ts';
import { freePort } from './startup.ts';
import { isMain } from './is-main.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface MemoryFigures {
  readyMB: number;
  settledMB: number;
  /** seconds from ready until RSS settled */
  settledAfterS: number;
  servingMB: number;
  settledAgainMB: number;
  questions: number;
}

/** questions with and without a city (half of them), so that every city's index is searched */
const QUESTIONS = [
  '武汉医保卡还能用吗',
  '长沙异地就医备案电话',
  '停机期间住院怎么结算',
  '医保什么时候恢复',
  '社保卡丢了怎么办',
  '武汉12月25号能报销吗',
  '长沙医保停机期间怎么看病',
  '退休手续能办吗',
];

export const rssMB = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Samples RSS each second for `seconds` (idle); the last sample, and the first second from which every sample was within 1 MB of it. */
export async function settle(pid: number, seconds = 30): Promise<{ mb: number; afterS: number }> {
  const series: number[] = [];
  for (let s = 1; s <= seconds; s++) {
    await sleep(1000);
    series.push(rssMB(pid));
  }
  const last = series.at(-1)!;
  let from = series.length;
  while (from > 0 && Math.abs(series[from - 1]! - last) <= 1) from--;
  return { mb: last, afterS: from + 1 };
}

/** Polls GET /healthz every 50 ms until the service answers; fails when it exits first or after 120 s. */
export async function waitReady(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  for (
    let t = 0;
    !(await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    ));
    t++
  ) {
    if (child.exitCode !== null) throw new Error(`the service exited before ready: ${stderr().slice(-2000)}`);
    if (t > 2400) throw new Error('the service was not ready after 120 s');
    await sleep(50);
  }
}

export async function measureMemory(knowledgeDir: string, questions = 400): Promise<MemoryFigures> {
  const port = await freePort();
  const child = spawn(SERVICE.command, SERVICE.args, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      KNOWLEDGE_DIR: knowledgeDir,
      MISSED_LOG: 'off',
      API_RATE_LIMIT_PER_MINUTE: '0',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitReady(url, child, () => err);
    const readyMB = rssMB(child.pid!);
    const settled = await settle(child.pid!);
    // ten at a time, as a few busy users would
    for (let i = 0; i < questions; i += 10) {
      await Promise.all(
        QUESTIONS.concat(QUESTIONS)
          .slice(0, 10)
          .map((q, k) => fetch(`${url}/api/ask?q=${encodeURIComponent(q)}&session=m${(i + k) % 50}`).then((r) => r.arrayBuffer())),
      );
    }
    const servingMB = rssMB(child.pid!);
    const again = await settle(child.pid!);
    return { readyMB, settledMB: settled.mb, settledAfterS: settled.afterS, servingMB, settledAgainMB: again.mb, questions };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

if (isMain('memory')) {
  const i = process.argv.indexOf('--knowledge');
  const dir = i >= 0 ? process.argv[i + 1]! : 'knowledge';
  const m = await measureMemory(dir);
  console.log(
    `RSS: ready ${m.readyMB.toFixed(0)} MB; settled ${m.settledMB.toFixed(0)} MB (${m.settledAfterS} s after ready); after ${m.questions} questions ${m.servingMB.toFixed(0)} MB; settled again ${m.settledAgainMB.toFixed(0)} MB`,
  );
}
