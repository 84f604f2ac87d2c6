import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// The HTTP API on a real loopback port, as other systems and the evaluation use
// it, and the ask CLI as an operator runs it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR, firstLine, runTsx, startServer, utf8Bytes, type TestServer } from '../support/helpers.ts';

const MAX_REPLY_BYTES = 2000;
const kb = loadKnowledge(KNOWLEDGE_DIR);

interface AskBody {
  answer: string;
  band: 'answer' | 'clarify' | 'fallback';
  city: string | null;
  sources: { noticeId: string; title: string; issuers: string[]; published?: string; quotes: string[] }[];
  suggestions: string[];
}

let server: TestServer;
/** every answer the API returned in this file, for the size check */
const answers: { q: string; answer: string }[] = [];

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

async function get(path: string): Promise<{ status: number; type: string; body: unknown; text: string }> {
  const res = await fetch(server.base + path);
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, type, text, body: type.includes('json') ? JSON.parse(text) : undefined };
}

/** GET /api/ask with the given parameters (URL-encoded); expects 200. */
async function ask(params: Record<string, string>): Promise<AskBody> {
  const r = await get(`/api/ask?${new URLSearchParams(params)}`);
  expect(r.status, r.text).toBe(200);
  const body = r.body as AskBody;
  answers.push({ q: params.q ?? '', answer: body.answer });
  return body;
}

async function expectBadRequest(path: string, mentions?: RegExp) {
  const r = await get(path);
  expect(r.status, path).toBe(400);
  expect(r.type).toContain('application/json');
  const error = (r.body as { error?: unknown }).error;
  expect(typeof error).toBe('string');
  expect((error as string).length).toBeGreaterThan(5);
  if (mentions) expect(error).toMatch(mentions);
}

const CARD = '武汉现在还能刷医保卡吗';

describe('GET /healthz', () => {
  it('is 200 with the loaded knowledge version', async () => {
    const r = await get('/healthz');
    expect(r.status).toBe(200);
    expect((r.body as { knowledge: string }).knowledge).toBe(kb.version);
  });
});

describe('GET /api/ask', () => {
  it('answers with { answer, band, city, sources, suggestions } from the right notice', async () => {
    const body = await ask({ q: '长沙医保什么时候恢复', at: '2021-11-05T10:00' });
    expect(Object.keys(body).sort()).toEqual(['answer', 'band', 'city', 'sources', 'suggestions']);
    expect(body.band).toBe('answer');
    expect(body.city).toBe('长沙');
    expect(body.answer).toMatch(/11月12日8:00|11月22日8:00/);
    expect(body.answer).not.toContain('12月31日');
    expect(Array.isArray(body.suggestions)).toBe(true);

    const changsha = kb.notices.find((n) => n.id === 'changsha-2021-10')!;
    expect(body.sources.length).toBeGreaterThan(0);
    for (const s of body.sources) {
      expect(s.title).toBe(changsha.title);
      expect(s.quotes.length).toBeGreaterThan(0);
      for (const quote of s.quotes)
        expect(readFileSync(join(changsha.dir, 'notice.md'), 'utf8').replace(/[\s|*#]/g, '')).toContain(quote.replace(/[\s|*#]/g, ''));
    }
  });

  it('reads `at` without an offset as Shanghai time: 17:59 works, 18:00 is suspended', async () => {
    const before = firstLine((await ask({ q: CARD, at: '2021-12-22T17:59' })).answer);
    const after = firstLine((await ask({ q: CARD, at: '2021-12-22T18:00' })).answer);
    expect(before).toContain('可以');
    expect(before).not.toMatch(/暂停中|不能/);
    expect(after).toContain('暂停');
    expect(after).not.toContain('可以正常办理');
  });

  it('honours an explicit offset: 10:00Z is 18:00 in Shanghai', async () => {
    expect(firstLine((await ask({ q: CARD, at: '2021-12-22T09:59Z' })).answer)).toContain('可以');
    expect(firstLine((await ask({ q: CARD, at: '2021-12-22T10:00Z' })).answer)).not.toContain('可以正常办理');
  });

  it('accepts a raw, unencoded +08:00 (it arrives as a space)', async () => {
    const q = encodeURIComponent(CARD);
    const raw = await get(`/api/ask?q=${q}&at=2021-12-22T17:59+08:00`);
    const encoded = await get(`/api/ask?q=${q}&at=2021-12-22T17:59%2B08:00`);
    const later = await get(`/api/ask?q=${q}&at=2021-12-22T18:00+08:00`);
    expect(raw.status, raw.text).toBe(200);
    expect(later.status, later.text).toBe(200);
    expect((raw.body as AskBody).answer).toBe((encoded.body as AskBody).answer);
    expect(firstLine((raw.body as AskBody).answer)).toContain('可以');
    expect(firstLine((later.body as AskBody).answer)).not.toContain('可以正常办理');
  });

  it('rejects bad input with 400 and a JSON error', async () => {
    await expectBadRequest('/api/ask', /q/);
    await expectBadRequest('/api/ask?q=', /q/);
    await expectBadRequest('/api/ask?q=%20%20%20', /q/);
    await expectBadRequest(`/api/ask?${new URLSearchParams({ q: '医'.repeat(501) })}`, /500/);
    await expectBadRequest(`/api/ask?${new URLSearchParams({ q: CARD, at: 'nonsense' })}`, /at/);
    await expectBadRequest(`/api/ask?${new URLSearchParams({ q: CARD, at: '2021-13-45T10:00' })}`, /at/);
    await expectBadRequest(`/api/ask?${new URLSearchParams({ q: '医保什么时候恢复', city: '北京' })}`, /北京/);
  });

  it('accepts a question of exactly 500 characters', async () => {
    const body = await ask({ q: '医'.repeat(500), at: '2021-12-20T10:00' });
    expect(typeof body.answer).toBe('string');
  });

  it('a 404 for an unknown path does not take the server down', async () => {
    const r = await get('/no/such/path');
    expect(r.status).toBe(404);
    expect((await get('/healthz')).status).toBe(200);
    expect((await ask({ q: CARD, at: '2021-12-25T10:00' })).city).toBe('武汉');
  });

  it('a session carries the city to a follow-up question', async () => {
    const session = `api-test-${Date.now()}`;
    const first = await ask({ q: '武汉医保电话', session, at: '2021-12-25T10:00' });
    expect(first.city).toBe('武汉');
    expect(first.answer).toContain('87812393');
    const next = await ask({ q: '那结算什么时候恢复', session, at: '2021-12-25T10:00' });
    expect(next.city).toBe('武汉');
    expect(next.answer).toContain('12月31日23:00');
    // the same follow-up in another conversation knows no city
    const other = await ask({ q: '那结算什么时候恢复', session: `${session}-other`, at: '2021-12-25T10:00' });
    expect(other.city).not.toBe('武汉');
  });

  it('the city parameter restricts the answer to that city', async () => {
    const body = await ask({ q: '医保电话', city: '长沙', at: '2021-11-05T10:00' });
    expect(body.city).toBe('长沙');
    expect(body.answer).toContain('0731-');
    expect(body.answer).not.toContain('027-');
  });

  it('every answer fits one WeChat message (≤ 2000 bytes UTF-8)', async () => {
    const moments = ['2021-10-20T10:00', '2021-11-05T10:00', '2021-12-20T10:00', '2021-12-25T10:00', '2022-01-05T10:00'];
    const questions = [
      '武汉医保社保停机安排',
      '长沙医保什么时候恢复',
      '医保什么时候恢复',
      '武汉医保电话',
      '长沙各区医保电话',
      '武汉停机期间怎么办',
      CARD,
      '今天天气怎么样',
    ];
    for (const at of moments) for (const q of questions) await ask({ q, at });
    expect(answers.length).toBeGreaterThan(40);
    const tooLong = answers.filter((a) => utf8Bytes(a.answer) > MAX_REPLY_BYTES).map((a) => `${a.q}: ${utf8Bytes(a.answer)} bytes`);
    expect(tooLong).toEqual([]);
  });
});

describe('the ask CLI', () => {
  it('prints a reply and exits 0', () => {
    const r = runTsx('bin/ask.ts', '长沙医保什么时候恢复', '--at', '2021-11-05T10:00');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('长沙');
    expect(r.stdout).toMatch(/11月12日8:00|11月22日8:00/);
  }, 60_000);

  it('exits non-zero on an unparseable --at', () => {
    const r = runTsx('bin/ask.ts', '长沙医保什么时候恢复', '--at', 'nonsense');
    expect(r.status).not.toBe(0);
    expect(r.status).not.toBeNull();
    expect(r.stderr).toContain('--at');
    expect(r.stdout).not.toContain('长沙');
  }, 60_000);
});
