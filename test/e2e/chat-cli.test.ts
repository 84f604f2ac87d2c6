// `npm run chat` end to end: the terminal client against a real server, as a newcomer
// would use it (demo token, nothing configured) and as staff would (WeCom keys).
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startApp, type Running } from '../support/wechat-support.ts';

function chat(args: string[], input: string, env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = execFile('node_modules/.bin/tsx', ['bin/chat.ts', ...args], { env: { PATH: process.env.PATH, ...env }, timeout: 20_000 }, (error, out, err) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out, err }),
    );
    child.stdin!.end(input);
  });
}

describe('npm run chat', () => {
  let demo: Running;
  let staff: Running;
  beforeAll(async () => {
    demo = await startApp({});
    staff = await startApp(KEYS.wecom);
  });
  afterAll(async () => {
    await demo.close();
    await staff.close();
  });

  it('talks to a server with nothing configured, at a chosen moment, keeping the conversation', async () => {
    const r = await chat(['--url', demo.url, '--at', '2021-12-20T10:00'], '长沙医保结算什么时候恢复\n那武汉呢\n/subscribe\n/quit\n');
    expect(r.err).toBe('');
    expect(r.out).toContain('plain 模式');
    expect(r.out).toContain('12月31日');
    expect(r.out).toContain('目前覆盖');
  }, 30_000);

  it('talks to the WeCom app with the configured keys', async () => {
    const r = await chat(['--channel', 'wecom', '--url', staff.url, '--at', '2021-12-20T10:00'], '武汉医保结算什么时候恢复\n', KEYS.wecom);
    expect(r.out).toContain('企业微信');
    expect(r.out).toContain('12月31日');
  }, 30_000);

  it('explains a token mismatch instead of failing obscurely', async () => {
    const r = await chat(['--url', demo.url], '', { WECHAT_TOKEN: 'not-the-demo-token' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/401/);
    expect(r.err).not.toContain('not-the-demo-token');
  }, 30_000);
});
