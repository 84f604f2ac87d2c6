// Conversations as an attacker of the public /api/ask meets them: sending a WeChat
// openid (or `wecom:<userid>`) as `session` neither reads nor steers that user's
// conversation, a flood of new API session ids does not evict the webhook users'
// conversations, and in Redis one API caller can keep only a few short-lived keys.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatClient } from '../../bin/lib/chat-client.ts';
import { SESSION_MEMORY_LIMITS } from '../../src/conversation/sessions.ts';
import { MemoryStore } from '../../src/stores/store.ts';
import { startOps, type OpsServer } from '../support/ops-support.ts';
import { startRedis, type RedisServer } from '../support/redis-support.ts';
import { KEYS } from '../support/wechat-support.ts';

const AT = '2021-12-20T10:00';
const WUHAN_DAY = new Date('2021-12-20T10:00:00+08:00');
const FOLLOW_UP = '那结算什么时候恢复';
const WUHAN_RESUME = '12月31日23:00';

/** The follow-up continued the Wuhan conversation (without it, the reply lists every city, 长沙 included). */
function expectWuhanContinued(text: string | undefined) {
  expect(text).toContain(WUHAN_RESUME);
  expect(text).not.toContain('长沙');
}

const wechatUser = (url: string, user: string) =>
  new ChatClient({
    url,
    channel: 'wechat',
    token: KEYS.wechat.WECHAT_TOKEN,
    aesKey: KEYS.wechat.WECHAT_ENCODING_AES_KEY,
    receiverId: KEYS.wechat.WECHAT_APPID,
    mode: 'safe',
    user,
  });
const wecomUser = (url: string, user: string) =>
  new ChatClient({
    url,
    channel: 'wecom',
    token: KEYS.wecom.WECOM_TOKEN,
    aesKey: KEYS.wecom.WECOM_ENCODING_AES_KEY,
    receiverId: KEYS.wecom.WECOM_CORPID,
    user,
  });

async function apiAsk(s: OpsServer, q: string, session: string) {
  const res = await s.get(`/api/ask?${new URLSearchParams({ q, session, at: AT })}`);
  expect(res.status).toBe(200);
  return (await res.json()) as { answer: string; band: string; city: string | null };
}

describe('an /api/ask caller and a webhook user with the same session id', () => {
  let s: OpsServer;
  beforeAll(async () => {
    s = await startOps({ ...KEYS.wechat, ...KEYS.wecom, MISSED_LOG: 'off', LOG_LEVEL: 'silent' });
  });
  afterAll(() => s?.close());

  for (const [channel, user, session] of [
    ['WeChat', wechatUser, 'oVictimOpenid0000000000000001'],
    ['WeCom', wecomUser, 'wecom:victim-userid'],
  ] as const) {
    it(`cannot read or steer a ${channel} user's conversation`, async () => {
      const victim = user(s.url, session.replace(/^wecom:/, ''));
      expect((await victim.ask('武汉医保电话', { at: WUHAN_DAY })).text).toContain('武汉');

      // the attacker's follow-up does not continue the victim's conversation (it does not know the city)
      expect((await apiAsk(s, FOLLOW_UP, session)).city).not.toBe('武汉');
      // and naming another city there does not move the victim's next answer
      await apiAsk(s, '长沙', session);
      expectWuhanContinued((await victim.ask(FOLLOW_UP, { at: WUHAN_DAY })).text);
    });
  }

  it('an API conversation still carries over within the API', async () => {
    expect((await apiAsk(s, '武汉医保电话', 'eval-s1')).city).toBe('武汉');
    expectWuhanContinued((await apiAsk(s, FOLLOW_UP, 'eval-s1')).answer);
  });
});

describe('a flood of new /api/ask session ids', () => {
  it("does not evict a WeChat user's conversation from memory, and the API's share stays bounded", async () => {
    const store = new MemoryStore(100); // a small store, so a small flood shows what 52,000 requests did to the default one
    const s = await startOps({ ...KEYS.wechat, MISSED_LOG: 'off', LOG_LEVEL: 'silent', API_RATE_LIMIT_PER_MINUTE: '0' }, { store });
    try {
      const victim = wechatUser(s.url, 'oFloodVictim000000000000001');
      await victim.ask('武汉医保电话', { at: WUHAN_DAY });
      for (let i = 0; i < 150; i++) await apiAsk(s, '医保什么时候恢复', `flood-${i}`);
      expect(store.sizeOf('session:api')).toBeLessThanOrEqual(100);
      expectWuhanContinued((await victim.ask(FOLLOW_UP, { at: WUHAN_DAY })).text);
    } finally {
      await s.close();
    }
  });

  it('the default in-memory store keeps far fewer API conversations than webhook ones', async () => {
    const store = new MemoryStore(50_000, SESSION_MEMORY_LIMITS);
    await store.set('session:wechat:oOld', { city: '武汉' }, 60);
    for (let i = 0; i < 6_000; i++) await store.set(`session:api:flood-${i}`, { city: '长沙' }, 60);
    expect(store.sizeOf('session:api')).toBe(SESSION_MEMORY_LIMITS['session:api']);
    expect(await store.get('session:wechat:oOld')).toEqual({ city: '武汉' });
  });
});

describe('API conversations in Redis', () => {
  let redis: RedisServer;
  let raw: Redis;
  beforeAll(async () => {
    redis = await startRedis();
    raw = new Redis(redis.url);
  });
  afterAll(async () => {
    raw?.disconnect();
    await redis?.stop();
  });

  it('one caller creates at most its rate limit of keys, each living 10 minutes; WeChat users keep 30', async () => {
    const prefix = 'sessions-test:';
    const s = await startOps({
      ...KEYS.wechat,
      MISSED_LOG: 'off',
      LOG_LEVEL: 'silent',
      REDIS_URL: redis.url,
      REDIS_PREFIX: prefix,
      API_RATE_LIMIT_PER_MINUTE: '5',
    });
    try {
      for (let i = 0; i < 20; i++) await apiAsk(s, '医保什么时候恢复', `new-id-${i}`);
      const apiKeys = await raw.keys(`${prefix}session:api:*`);
      expect(apiKeys).toHaveLength(5);
      for (const key of apiKeys) expect(await raw.ttl(key)).toBeLessThanOrEqual(600);

      await wechatUser(s.url, 'oRedisUser0000000000000001').ask('武汉医保电话', { at: WUHAN_DAY });
      const [wechatKey] = await raw.keys(`${prefix}session:wechat:*`);
      expect(await raw.ttl(wechatKey!)).toBeGreaterThan(1700);
    } finally {
      await s.close();
    }
  });
});
