// The same question at the same moment reads the same on every channel: the API, the agents'
// console, WeCom and the official account (whose choices are links that display as the same
// lines). Real server, real core, seed knowledge; the moment travels as `at` or as CreateTime.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, keyedClient, startApp, type Running } from '../support/wechat-support.ts';

const TOKEN = 'agree-console-token';
let server: Running;
beforeAll(async () => {
  server = await startApp({ ...KEYS.wechat, ...KEYS.wecom, CONSOLE_TOKEN: TOKEN });
});
afterAll(() => server.close());

const client = (channel: 'wechat' | 'wecom') => keyedClient(server.url, channel);

async function json(path: string, params: Record<string, string>, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const r = await fetch(`${server.url}${path}?${new URLSearchParams(params)}`, { headers });
  expect(r.status, path).toBe(200);
  return (await r.json()) as Record<string, unknown>;
}

// a moment far from the clock, so the webhooks read CreateTime as the moment asked
const CASES: [string, string][] = [
  ['武汉现在还能刷医保卡吗', '2021-12-20T10:00'],
  ['武汉现在还能刷医保卡吗', '2021-12-25T10:00'],
  ['长沙医保什么时候恢复', '2021-11-05T10:00'],
  ['医保什么时候恢复', '2021-12-25T10:00'],
  ['芙蓉区异地备案电话', '2021-11-01T09:00'],
  ['停机期间住院怎么办', '2021-12-25T10:00'],
];

describe('every channel gives the same reply to the same question at the same moment', () => {
  it.each(CASES)('%s at %s', async (q, at) => {
    const api = (await json('/api/ask', { q, at })).answer as string;
    const desk = (await json('/console/api/ask', { q, at }, { authorization: `Bearer ${TOKEN}` })).answer;
    const sent = new Date(`${at}:00+08:00`);
    const wecom = await client('wecom').ask(q, { at: sent });
    const wechat = await client('wechat').ask(q, { at: sent });
    expect(api.length).toBeGreaterThan(10);
    expect(desk).toBe(api);
    expect(wecom.content).toBe(api);
    expect(wechat.text).toBe(api); // its links display as the plain numbered lines
  });
});
