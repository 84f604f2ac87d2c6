// `npm run ask` as a newcomer or a script uses it: --json has the API's shape,
// --help prints the usage, a mistyped flag gets the usage instead of a stack trace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTsx, startServer, type TestServer } from '../support/helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

describe('npm run ask -- --json', () => {
  it('prints exactly what GET /api/ask answers for the same question and moment', async () => {
    for (const [q, at] of [
      ['武汉现在还能刷医保卡吗', '2021-12-25T10:00'],
      ['医保什么时候恢复', '2021-12-20T10:00'],
    ] as const) {
      const cli = runTsx('bin/ask.ts', q, '--at', at, '--json');
      expect(cli.status, cli.stderr).toBe(0);
      const res = await fetch(`${server.base}/api/ask?${new URLSearchParams({ q, at })}`);
      expect(res.status).toBe(200);
      const api = (await res.json()) as Record<string, unknown>;
      expect(Object.keys(api).sort()).toEqual(['answer', 'band', 'city', 'sources', 'suggestions']);
      expect(JSON.parse(cli.stdout)).toEqual(api);
    }
  }, 60_000);
});

describe('npm run ask usage', () => {
  it('--help and -h print the usage on stdout and exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const r = runTsx('bin/ask.ts', flag);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^usage: npm run ask -- "问题"/);
      expect(r.stdout).toContain('--json');
      expect(r.stderr).toBe('');
    }
  }, 60_000);

  it('an unknown flag prints the usage on stderr and exits 2, without a stack trace', () => {
    const r = runTsx('bin/ask.ts', '武汉医保什么时候恢复', '--jsno');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--jsno');
    expect(r.stderr).toContain('usage: npm run ask');
    expect(r.stderr).not.toMatch(STACK_TRACE);
  }, 60_000);

  it('a flag without its value prints the usage on stderr and exits 2', () => {
    const r = runTsx('bin/ask.ts', '武汉医保什么时候恢复', '--at');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: npm run ask');
    expect(r.stderr).not.toMatch(STACK_TRACE);
  }, 60_000);

  it('no question prints the usage on stderr and exits 2', () => {
    const r = runTsx('bin/ask.ts');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: npm run ask');
  }, 60_000);
});
