// The service's log goes to stdout as each line is logged: a process killed at once (OOM killer,
// SIGKILL) has written every line it logged, and none waits in a buffer (pino's default would
// write stdout asynchronously, each line queued behind the last write).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers.ts';

const LINES = 300; // ≈ 45 KB: within a pipe's buffer, so the writes never wait for the reader

describe('the log on stdout', () => {
  it('holds every line logged before the process was killed', () => {
    const code = `import { createLogger } from './server/logger.ts';
const log = createLogger({ level: 'info' });
for (let i = 0; i < ${LINES}; i++) log.info({ i, route: '/api/ask', channel: 'api' }, 'request');
process.kill(process.pid, 'SIGKILL');`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
    expect(run.signal).toBe('SIGKILL');
    const lines = run.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(LINES);
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ level: 'info', i: LINES - 1, route: '/api/ask', msg: 'request' });
  });
});
