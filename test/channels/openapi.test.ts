// openapi.json describes what the JSON routes really answer: it is generated from
// the zod schemas of handlers/api-schemas.ts (and must be regenerated when they
// change), and every response of a real loopback server, good or refused, is
// checked against the schema the document names for its route and status.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { apiSchemas } from '../../handlers/api-schemas.ts';
import { openApiText } from '../../handlers/openapi.ts';
import { ROOT, removeTempDirs } from '../support/helpers.ts';
import { breakWuhanFacts, copyKnowledge, post, startOps, WUHAN, type OpsServer } from '../support/ops-support.ts';

const TOKEN = 'openapi-test-admin-token';
const CONSOLE_TOKEN = 'openapi-test-console-token';
const COMMITTED = readFileSync(join(ROOT, 'openapi.json'), 'utf8');
const DOC = JSON.parse(COMMITTED) as {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> }>>;
};

/** The zod schema openapi.json names for this route and status. */
function schemaFor(path: string, method: string, status: number): z.ZodType {
  const response = DOC.paths[path]?.[method]?.responses[String(status)];
  expect(response, `openapi.json describes ${method.toUpperCase()} ${path} → ${status}`).toBeDefined();
  const id = response!.content?.['application/json']?.schema?.$ref?.replace('#/components/schemas/', '');
  const schema = apiSchemas.get(id ?? '');
  expect(schema, `a schema for ${method.toUpperCase()} ${path} → ${status}`).toBeDefined();
  return schema!;
}

/** The response, checked against the document; its body. */
async function described(res: Response, path: string, method = 'get'): Promise<Record<string, unknown>> {
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = await res.json();
  const parsed = schemaFor(path, method, res.status).safeParse(body);
  expect(parsed.error?.issues ?? [], `${method.toUpperCase()} ${path} → ${res.status}: ${JSON.stringify(body).slice(0, 300)}`).toEqual([]);
  return body as Record<string, unknown>;
}

describe('openapi.json', () => {
  it('is what `npm run gen:openapi` writes from the schemas now (regenerate it when they change)', () => {
    expect(COMMITTED).toBe(openApiText());
  });

  it('is OpenAPI 3.1 and describes each JSON route', () => {
    expect(JSON.parse(COMMITTED).openapi).toBe('3.1.0');
    expect(Object.keys(DOC.paths).sort()).toEqual([
      '/admin/reload',
      '/api/ask',
      '/api/faq',
      '/console/api/ask',
      '/console/api/status',
      '/healthz',
      '/openapi.json',
    ]);
  });
});

describe('live answers match openapi.json', () => {
  let s: OpsServer;
  let dir: string;
  beforeAll(async () => {
    dir = copyKnowledge();
    s = await startOps({ KNOWLEDGE_DIR: dir, ADMIN_TOKEN: TOKEN, CONSOLE_TOKEN, MISSED_LOG: 'off' });
  });
  afterAll(async () => {
    await s?.close();
    removeTempDirs();
  });
  const admin = { Authorization: `Bearer ${TOKEN}` };

  it('GET /openapi.json serves the committed document', async () => {
    const res = await s.get('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.text()).toBe(COMMITTED);
  });

  it('GET /api/ask: an answer, a clarifying question, a fallback, and refusals', async () => {
    const answer = await described(await s.get(`/api/ask?q=${encodeURIComponent('武汉现在还能刷医保卡吗')}&at=2021-12-25T10:00`), '/api/ask');
    expect(answer.band).toBe('answer');
    expect((answer.sources as unknown[]).length).toBeGreaterThan(0);
    for (const q of ['医保', '今天天气怎么样', '广州医保什么时候恢复'])
      await described(await s.get(`/api/ask?q=${encodeURIComponent(q)}&session=s1`), '/api/ask');
    for (const bad of ['q=', `q=${'问'.repeat(501)}`, 'q=x&at=tomorrow', 'q=x&city=Atlantis', 'q=a&q=b']) {
      const res = await s.get(`/api/ask?${bad}`);
      expect(res.status).toBe(400);
      await described(res, '/api/ask');
    }
  });

  it('GET /api/faq: every city, one city, filtered, refused', async () => {
    const all = await described(await s.get('/api/faq?at=2021-12-25T10:00'), '/api/faq');
    expect((all.cities as unknown[]).length).toBe(2);
    await described(await s.get(`/api/faq?city=${encodeURIComponent('武汉')}`), '/api/faq');
    const filtered = await described(await s.get(`/api/faq?filter=${encodeURIComponent('刷卡')}`), '/api/faq');
    expect(filtered.filter).toBeDefined();
    const bad = await s.get('/api/faq?at=yesterday-ish');
    expect(bad.status).toBe(400);
    await described(bad, '/api/faq');
  });

  it('GET /console/api/ask and /console/api/status: with the token, without it, refused', async () => {
    const agent = { 'X-Console-Token': CONSOLE_TOKEN };
    const answer = await described(
      await s.get(`/console/api/ask?q=${encodeURIComponent('武汉现在还能刷医保卡吗')}&at=2021-12-25T10:00`, agent),
      '/console/api/ask',
    );
    expect(answer.at).toBe('2021-12-25T10:00:00+08:00');
    await described(await s.get(`/console/api/ask?q=${encodeURIComponent('医保')}`, agent), '/console/api/ask');
    const all = await described(await s.get('/console/api/status?at=2021-12-25T10:00', agent), '/console/api/status');
    expect((all.cities as { timeline?: string }[]).every((c) => c.timeline?.startsWith('<svg'))).toBe(true);
    await described(await s.get(`/console/api/status?city=${encodeURIComponent('长沙')}`, agent), '/console/api/status');
    const bad = await s.get('/console/api/ask?q=', agent);
    expect(bad.status).toBe(400);
    await described(bad, '/console/api/ask');
    const locked = await s.get('/console/api/status');
    expect(locked.status).toBe(401);
    await described(locked, '/console/api/status');
  });

  it('GET /healthz and POST /admin/reload, for the public and for the admin, in every outcome', async () => {
    const open = await described(await s.get('/healthz'), '/healthz');
    expect(Object.keys(open).sort()).toEqual(['knowledge', 'ok', 'pid']);
    expect((await described(await s.get('/healthz', admin), '/healthz')).lastReload).toBeNull();

    expect((await post(`${s.url}/admin/reload`)).status).toBe(401);
    await described(await post(`${s.url}/admin/reload`), '/admin/reload', 'post');
    const wrong = await post(`${s.url}/admin/reload`, { Authorization: 'Bearer nope' });
    expect(wrong.status).toBe(403);
    await described(wrong, '/admin/reload', 'post');

    const loaded = await post(`${s.url}/admin/reload`, admin);
    expect(loaded.status).toBe(200);
    await described(loaded, '/admin/reload', 'post');

    breakWuhanFacts(dir);
    const broken = await post(`${s.url}/admin/reload`, admin);
    expect(broken.status).toBe(422);
    expect((await described(broken, '/admin/reload', 'post')).problems).toBeDefined();

    rmSync(join(dir, WUHAN), { recursive: true });
    const dropping = await post(`${s.url}/admin/reload`, admin);
    expect(dropping.status).toBe(409);
    expect((await described(dropping, '/admin/reload', 'post')).refused).toBeDefined();

    const details = await described(await s.get('/healthz', admin), '/healthz');
    expect(details.lastReload).toMatchObject({ ok: false });
  });
});
