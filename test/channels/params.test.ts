// The query parameters every route shares (handlers/params.ts), read one way: a
// malformed `at` is a 400 naming `at` on every route that takes one (never
// silently "now"), and a question over the one length limit is the same 400 on
// every route that takes one, as JSON for programs and as a page for people.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUESTION_CHARS } from '../../handlers/http/params.ts';
import { KNOWLEDGE_DIR, ROOT, run, runTsx, sh, startServer, type TestServer } from '../support/helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

const Q = '医保卡什么时候能用';
/** Every route that takes ?at=, and whether it answers with a page (HTML) or JSON. */
const AT_ROUTES = [
  { path: '/api/ask', page: false, q: true },
  { path: '/console/api/ask', page: false, q: true },
  { path: '/console/api/status', page: false, q: false },
  { path: '/api/faq', page: false, q: false },
  { path: '/faq', page: true, q: false },
  { path: '/', page: true, q: false },
];

/** What the client reads of a refusal: the JSON error, or the page's alert. */
async function refusal(path: string, params: Record<string, string>): Promise<{ status: number; message: string }> {
  const res = await fetch(`${server.base}${path}?${new URLSearchParams(params)}`);
  const text = await res.text();
  const json = (res.headers.get('content-type') ?? '').includes('json');
  const message = json ? (JSON.parse(text) as { error: string }).error : (/<p class="error" role="alert">([^<]*)<\/p>/.exec(text)?.[1] ?? text);
  return { status: res.status, message };
}

describe('a malformed at', () => {
  for (const at of ['2021-13-45T99:00', 'banana', '1900-01-01T10:00'])
    for (const route of AT_ROUTES)
      it(`is a 400 naming at on ${route.path} (at=${at})`, async () => {
        const r = await refusal(route.path, { ...(route.q ? { q: Q } : {}), at });
        expect(r.status).toBe(400);
        expect(r.message).toMatch(/\bat\b/);
        if (!route.page) expect(r.message).toContain('ISO 8601');
      });

  it('a well-formed at is answered on every route', async () => {
    for (const route of AT_ROUTES) {
      const res = await fetch(`${server.base}${route.path}?${new URLSearchParams({ ...(route.q ? { q: Q } : {}), at: '2021-12-20T10:00' })}`);
      expect(res.status, route.path).toBe(200);
      await res.arrayBuffer();
    }
  });

  it('is refused by the ask CLI too, for --at and for BOT_NOW', () => {
    const flag = runTsx('bin/ask.ts', '--at', 'banana', Q);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain('--at must be an ISO 8601 date-time');
    const pinned = run(join(ROOT, 'node_modules', '.bin', 'tsx'), ['bin/ask.ts', Q], { BOT_NOW: 'banana' });
    expect(pinned.status).toBe(2);
    expect(pinned.stderr).toContain('BOT_NOW must be an ISO 8601 date-time');
  });
});

describe(`a question over ${MAX_QUESTION_CHARS} characters`, () => {
  const routes = AT_ROUTES.filter((r) => r.q);
  it('is the same 400, naming q and the limit, on every route that takes a question', async () => {
    const answers = await Promise.all(routes.map((r) => refusal(r.path, { q: '医'.repeat(MAX_QUESTION_CHARS + 1), at: '2021-12-20T10:00' })));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]!.status).toBe(400);
    expect(answers[0]!.message).toMatch(new RegExp(`^q .*${MAX_QUESTION_CHARS}`));
  });

  it(`while ${MAX_QUESTION_CHARS} characters are answered, and the console's text box takes no more`, async () => {
    for (const r of routes) {
      const res = await fetch(`${server.base}${r.path}?${new URLSearchParams({ q: '医'.repeat(MAX_QUESTION_CHARS), at: '2021-12-20T10:00' })}`);
      expect(res.status, r.path).toBe(200);
      await res.arrayBuffer();
    }
    const page = await (await fetch(`${server.base}/`)).text();
    expect(page).toContain(`maxlength="${MAX_QUESTION_CHARS}"`);
  });
});

describe("a WeChat message's CreateTime", () => {
  it('far from the clock is the moment asked, and outside the years a question may be asked in it is now, never an error', async () => {
    const { createAssistant } = await import('../../src/assistant.ts');
    const { replyText } = await import('../../handlers/wechat/messages.ts');
    const assistant = await createAssistant({ knowledgeDir: KNOWLEDGE_DIR, now: sh('2021-12-20T10:00') });
    const nowMs = Date.parse('2030-01-01T00:00:00Z'); // the real clock: every CreateTime below is far from it
    const reply = (CreateTime: string) =>
      replyText(
        { MsgType: 'text', Content: '武汉医保结算什么时候恢复', FromUserName: 'o-params', CreateTime },
        { assistant, channel: 'wecom', menu: {}, nowMs },
      );
    const pinned = await reply('0'); // no CreateTime: the assistant's clock
    expect(await reply('5')).toBe(pinned); // 1970
    expect(await reply(String(Date.parse('2101-06-01T00:00:00Z') / 1000))).toBe(pinned);
    expect(await reply(String(Date.parse('2021-12-30T02:00:00Z') / 1000))).not.toBe(pinned); // a moment asked
  });
});
