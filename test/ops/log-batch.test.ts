// The service's stdout log writes its lines a few kilobytes at a time (server/log-batch.ts):
// none may be lost or reordered, whether the process ends by itself, by process.exit, or by a
// crash right after logging.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers.ts';

function linesOf(ending: string): { n: number; msg: string }[] {
  const script = `import { createLogger } from './server/logger.ts';
const log = createLogger();
for (let n = 0; n < 300; n++) log.info({ n }, 'line');
log.error({ n: 300 }, 'last');
${ending}`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  return run.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { n: number; msg: string });
}

describe('stdout log lines', () => {
  it.each([
    ['ending by itself', ''],
    ['process.exit', 'process.exit(2);'],
    ['a crash', "throw new Error('boom');"],
  ])('are all written, in order, %s', (_, ending) => {
    const lines = linesOf(ending);
    expect(lines.map((l) => l.n)).toEqual([...Array(301).keys()]);
    expect(lines.at(-1)!.msg).toBe('last');
  });
});
