// The one token guard (handlers/token-guard.ts) behind the console (CONSOLE_TOKEN)
// and the admin routes (ADMIN_TOKEN): each refuses a missing or wrong token, or the
// other's token, and lets the right one in, each with its own refusal (the console
// a 401 with a Basic login prompt, the admin 401 when missing and 403 when wrong).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/helpers.ts';
import { copyKnowledge, post, startOps, type OpsServer } from '../support/ops-support.ts';

const CONSOLE_TOKEN = 'console-guard-token-3f9a';
const ADMIN_TOKEN = 'admin-guard-token-81c2';
type Headers = Record<string, string>;
const basic = (password: string) => `Basic ${Buffer.from(`agent:${password}`).toString('base64')}`;

let s: OpsServer;
beforeAll(async () => {
  s = await startOps({ KNOWLEDGE_DIR: copyKnowledge(), ADMIN_TOKEN, CONSOLE_TOKEN, MISSED_LOG: 'off' });
});
afterAll(async () => {
  await s?.close();
  removeTempDirs();
});

const console_ = async (headers: Headers) => {
  const res = await s.get('/console/api/status?at=2021-12-20T10:00', headers);
  await res.arrayBuffer();
  return { status: res.status, challenge: res.headers.get('www-authenticate'), cache: res.headers.get('cache-control') };
};
const admin = async (headers: Headers) => {
  const res = await post(`${s.url}/admin/reload`, headers);
  await res.arrayBuffer();
  return { status: res.status, challenge: res.headers.get('www-authenticate') };
};

describe('the console', () => {
  it('refuses no token, a wrong one, a part of the right one and the admin token with 401 and a login prompt', async () => {
    for (const headers of <Headers[]>[
      {},
      { Authorization: 'Bearer nope' },
      { 'X-Console-Token': CONSOLE_TOKEN.slice(0, -1) },
      { Authorization: basic(`${CONSOLE_TOKEN}x`) },
      { Authorization: `Bearer ${ADMIN_TOKEN}` },
    ]) {
      const r = await console_(headers);
      expect(r, JSON.stringify(headers)).toEqual({ status: 401, challenge: 'Basic realm="cutover-assistant console", charset="UTF-8"', cache: 'no-store' });
    }
  });

  it('lets the right token in, as a Bearer token, in its own header or as the Basic password', async () => {
    for (const headers of <Headers[]>[
      { Authorization: `Bearer ${CONSOLE_TOKEN}` },
      { 'X-Console-Token': CONSOLE_TOKEN },
      { Authorization: basic(CONSOLE_TOKEN) },
    ]) {
      expect((await console_(headers)).status, JSON.stringify(headers)).toBe(200);
    }
  });
});

describe('the admin routes', () => {
  it('refuse no token with 401 and a Bearer challenge', async () => {
    expect(await admin({})).toEqual({ status: 401, challenge: 'Bearer realm="cutover-assistant admin"' });
  });

  it('refuse a wrong token, a part of the right one and the console token with 403', async () => {
    for (const headers of <Headers[]>[
      { Authorization: 'Bearer nope' },
      { 'X-Admin-Token': ADMIN_TOKEN.slice(0, -1) },
      { Authorization: `Bearer ${CONSOLE_TOKEN}` },
    ]) {
      expect((await admin(headers)).status, JSON.stringify(headers)).toBe(403);
    }
  });

  it('take no Basic login (no browser logs in there)', async () => {
    expect((await admin({ Authorization: basic(ADMIN_TOKEN) })).status).toBe(401);
  });

  it('let the right token in, as a Bearer token or in their own header; /healthz shows the admin its details', async () => {
    expect((await admin({ Authorization: `Bearer ${ADMIN_TOKEN}` })).status).toBe(200);
    expect((await admin({ 'X-Admin-Token': ADMIN_TOKEN })).status).toBe(200);
    const health = async (headers: Record<string, string>) => (await (await s.get('/healthz', headers)).json()) as { notices?: number };
    expect((await health({ 'X-Admin-Token': ADMIN_TOKEN })).notices).toBeGreaterThan(0);
    expect((await health({ 'X-Admin-Token': CONSOLE_TOKEN })).notices).toBeUndefined();
  });
});
