// The log as a log shipper and an auditor see it: JSON lines, one per request,
// no tokens, keys, signatures or questions (questions only with LOG_BODIES=1).
import { describe, expect, it } from 'vitest';
import { ChatClient } from '../../bin/lib/chat-client.ts';
import { post, startOps, type OpsServer } from '../support/ops-support.ts';
import { KEYS } from '../support/wechat-support.ts';

const ADMIN_TOKEN = 'admin-token-never-logged-5d1e';
const CONSOLE_TOKEN = 'console-token-never-logged-77aa';
const OPENID = 'oOpenid-never-logged-Qw3';
const WECOM_USER = 'wecom-user-never-logged';
const QUESTIONS = ['武汉医保结算什么时候恢复', '长沙异地就医备案电话', '医保卡丢了怎么补办', '长沙社保停机期间怎么缴费'];
const SECRETS = [ADMIN_TOKEN, CONSOLE_TOKEN, OPENID, WECOM_USER, ...Object.values(KEYS.wechat), ...Object.values(KEYS.wecom)];

/** The same traffic every time: each channel, a refusal, the admin route, a scrape. */
async function traffic(env: Record<string, string> = {}): Promise<{ s: OpsServer; requests: number; signatures: string[] }> {
  const s = await startOps({ ...KEYS.wechat, ...KEYS.wecom, ADMIN_TOKEN, CONSOLE_TOKEN, MISSED_LOG: 'off', ...env });
  const signatures: string[] = [];
  let requests = 0;
  try {
    await s.ask(QUESTIONS[0]!, { session: 'api-session-never-logged' });
    requests++;
    const wechat = new ChatClient({
      url: s.url,
      channel: 'wechat',
      token: KEYS.wechat.WECHAT_TOKEN,
      aesKey: KEYS.wechat.WECHAT_ENCODING_AES_KEY,
      receiverId: KEYS.wechat.WECHAT_APPID,
      mode: 'safe',
      user: OPENID,
    });
    const sealed = wechat.prepare({ MsgType: 'text', Content: QUESTIONS[1]! });
    signatures.push(sealed.query.signature!, sealed.query.msg_signature!);
    expect((await wechat.post(sealed)).text).toBeTruthy();
    requests++;
    const wecom = new ChatClient({
      url: s.url,
      channel: 'wecom',
      token: KEYS.wecom.WECOM_TOKEN,
      aesKey: KEYS.wecom.WECOM_ENCODING_AES_KEY,
      receiverId: KEYS.wecom.WECOM_CORPID,
      user: WECOM_USER,
    });
    await wecom.ask(QUESTIONS[2]!);
    requests++;
    const agent = await s.get(`/console/api/ask?${new URLSearchParams({ q: QUESTIONS[3]! })}`, { Authorization: `Bearer ${CONSOLE_TOKEN}` });
    expect(agent.status).toBe(200);
    requests++;
    expect((await s.get('/console/api/ask?q=x', { 'X-Console-Token': 'wrong-console-token' })).status).toBe(401);
    requests++;
    expect((await post(`${s.url}/admin/reload`, { Authorization: `Bearer ${ADMIN_TOKEN}` })).status).toBe(200);
    requests++;
    expect((await post(`${s.url}/admin/reload`, { Authorization: 'Bearer wrong-admin-token' })).status).toBe(403);
    requests++;
    await s.get('/metrics');
    await s.get('/healthz');
    requests += 2;
  } finally {
    await s.close();
  }
  return { s, requests, signatures };
}

describe('request log', () => {
  it('is JSON, one line per request with method, route, status, ms and channel; probes at debug', async () => {
    const { s } = await traffic();
    const lines = s.logs(); // throws if any line is not JSON
    for (const l of lines) expect(l).toMatchObject({ level: expect.any(String), time: expect.any(String), pid: process.pid, msg: expect.any(String) });
    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests.map((l) => [l.method, l.route, l.status, l.channel])).toEqual([
      ['GET', '/api/ask', 200, 'api'],
      ['POST', '/wechat', 200, 'wechat'],
      ['POST', '/wecom', 200, 'wecom'],
      ['GET', '/console/api/ask', 200, 'console'],
      ['GET', '/console/api/ask', 401, 'console'],
      ['POST', '/admin/reload', 200, 'ops'],
      ['POST', '/admin/reload', 403, 'ops'],
      // /metrics and /healthz are at debug level
    ]);
    for (const l of requests) expect(typeof l.ms).toBe('number');
    expect(requests.slice(0, 4).map((l) => l.band)).toEqual(['answer', 'answer', expect.any(String), expect.any(String)]);
  });

  it('never holds a token, key, signature, user id or question', async () => {
    const { s, signatures } = await traffic({ LOG_LEVEL: 'debug' });
    const raw = s.rawLogs();
    expect(s.logs().filter((l) => l.msg === 'request')).toHaveLength(9); // debug: the probes too
    for (const secret of [...SECRETS, ...signatures, 'api-session-never-logged', 'wrong-console-token', 'wrong-admin-token']) expect(raw).not.toContain(secret);
    for (const q of QUESTIONS) expect(raw).not.toContain(q);
  });

  it('with LOG_BODIES=1 adds the question to request lines, and still no secret', async () => {
    const { s, signatures } = await traffic({ LOG_BODIES: '1' });
    const asked = s.logs().filter((l) => l.msg === 'request' && l.question !== undefined);
    expect(asked.map((l) => [l.channel, l.question])).toEqual([
      ['api', QUESTIONS[0]],
      ['wechat', QUESTIONS[1]],
      ['wecom', QUESTIONS[2]],
      ['console', QUESTIONS[3]],
    ]);
    const raw = s.rawLogs();
    for (const secret of [...SECRETS, ...signatures, 'api-session-never-logged']) expect(raw).not.toContain(secret);
  });

  it('LOG_LEVEL=warn keeps request lines out', async () => {
    const { s } = await traffic({ LOG_LEVEL: 'warn' });
    expect(s.logs().filter((l) => l.msg === 'request')).toEqual([]);
  });
});
