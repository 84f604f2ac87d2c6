// Start-up configuration of the webhooks: mistakes stop the process with a message
// naming the variable (and never echoing a key); nothing at all means demo mode.
import { describe, expect, it } from 'vitest';
import { ConfigError, DEMO_WECHAT_TOKEN, readConfig } from '../../server/config.ts';
import { channelSummary } from '../../server/channel-summary.ts';
import { KEYS } from '../support/wechat-support.ts';

const failure = (env: Record<string, string>) => {
  try {
    readConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  return 'accepted';
};

describe('webhook configuration', () => {
  it('runs /wechat in plain demo mode with nothing configured, and says so at start', () => {
    const c = readConfig({}).channels!;
    expect(c.wechat).toEqual({ token: DEMO_WECHAT_TOKEN, mode: 'plain', demo: true });
    expect(c.wecom).toBeUndefined();
    expect(channelSummary(c).join('\n')).toContain(DEMO_WECHAT_TOKEN);
  });

  it('never prints a real token or key at start', () => {
    const c = readConfig({ ...KEYS.wechat, ...KEYS.wecom }).channels!;
    const said = channelSummary(c).join('\n');
    for (const secret of [KEYS.wechat.WECHAT_TOKEN, KEYS.wechat.WECHAT_ENCODING_AES_KEY, KEYS.wecom.WECOM_TOKEN, KEYS.wecom.WECOM_ENCODING_AES_KEY]) {
      expect(said).not.toContain(secret);
    }
    expect(said).toContain('/wechat');
    expect(said).toContain('/wecom');
  });

  it('names the missing token', () => {
    expect(failure({ WECHAT_APPID: 'wx1' })).toMatch(/WECHAT_TOKEN/);
    expect(failure({ WECOM_CORPID: 'ww1', WECOM_ENCODING_AES_KEY: KEYS.wecom.WECOM_ENCODING_AES_KEY })).toMatch(/WECOM_TOKEN/);
  });

  it('refuses an EncodingAESKey that is not 43 characters decoding to 32 bytes, without echoing it', () => {
    const short = KEYS.wechat.WECHAT_ENCODING_AES_KEY.slice(0, 42);
    const message = failure({ ...KEYS.wechat, WECHAT_ENCODING_AES_KEY: short });
    expect(message).toMatch(/WECHAT_ENCODING_AES_KEY/);
    expect(message).not.toContain(short);
    expect(failure({ ...KEYS.wecom, WECOM_ENCODING_AES_KEY: `${KEYS.wecom.WECOM_ENCODING_AES_KEY.slice(0, 42)}=` })).toMatch(/WECOM_ENCODING_AES_KEY/);
  });

  it('requires the appid with a key, and the corpid and key for WeCom', () => {
    expect(failure({ WECHAT_TOKEN: 't', WECHAT_ENCODING_AES_KEY: KEYS.wechat.WECHAT_ENCODING_AES_KEY })).toMatch(/WECHAT_APPID/);
    expect(failure({ WECOM_TOKEN: 't', WECOM_ENCODING_AES_KEY: KEYS.wecom.WECOM_ENCODING_AES_KEY })).toMatch(/WECOM_CORPID/);
    expect(failure({ WECOM_TOKEN: 't', WECOM_CORPID: 'ww1' })).toMatch(/WECOM_ENCODING_AES_KEY/);
  });

  it('a key means safe mode unless WECHAT_MODE=compatible; a mode that contradicts the key is refused', () => {
    expect(readConfig(KEYS.wechat).channels!.wechat!.mode).toBe('safe');
    expect(readConfig({ ...KEYS.wechat, WECHAT_MODE: 'compatible' }).channels!.wechat!.mode).toBe('compatible');
    expect(readConfig({ ...KEYS.wechat, WECHAT_MODE: 'SAFE' }).channels!.wechat!.mode).toBe('safe');
    expect(failure({ ...KEYS.wechat, WECHAT_MODE: 'plain' })).toMatch(/WECHAT_MODE=plain/);
    expect(failure({ WECHAT_TOKEN: 't', WECHAT_MODE: 'compatible' })).toMatch(/WECHAT_MODE=compatible needs WECHAT_ENCODING_AES_KEY/);
    expect(failure({ ...KEYS.wechat, WECHAT_MODE: 'mixed' })).toMatch(/WECHAT_MODE must be one of plain, compatible, safe, got "mixed"/);
    expect(failure({ WECHAT_MODE: 'safe' })).toMatch(/WECHAT_MODE needs WECHAT_TOKEN/);
    expect(channelSummary(readConfig(KEYS.wechat).channels).join('\n')).toContain('safe mode (encrypted messages only)');
  });

  it('plain mode needs only the token; WeCom alone turns the demo off', () => {
    expect(readConfig({ WECHAT_TOKEN: 't' }).channels!.wechat).toEqual({ token: 't', appId: undefined, aesKey: undefined, mode: 'plain', demo: false });
    expect(readConfig(KEYS.wecom).channels!.wechat).toBeUndefined();
  });

  it('reads the signature age, body limit and menu questions, refusing nonsense', () => {
    const c = readConfig({ SIGNATURE_MAX_AGE_SECONDS: '0', MAX_BODY_BYTES: '8192', MENU_QUESTIONS: '{"K":" 武汉医保结算什么时候恢复 "}' }).channels!;
    expect(c).toMatchObject({ signatureMaxAgeSeconds: 0, maxBodyBytes: 8192, menuQuestions: { K: '武汉医保结算什么时候恢复' } });
    expect(readConfig({}).channels).toMatchObject({ signatureMaxAgeSeconds: 300, maxBodyBytes: 65536, menuQuestions: {} });
    expect(failure({ SIGNATURE_MAX_AGE_SECONDS: '-1' })).toMatch(/SIGNATURE_MAX_AGE_SECONDS/);
    expect(failure({ MAX_BODY_BYTES: 'lots' })).toMatch(/MAX_BODY_BYTES/);
    expect(failure({ MENU_QUESTIONS: '{oops' })).toMatch(/MENU_QUESTIONS/);
    expect(failure({ MENU_QUESTIONS: '{"K":3}' })).toMatch(/MENU_QUESTIONS/);
  });
});
