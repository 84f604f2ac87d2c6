// What reaches the phone: at most 2000 bytes on the official account (counted after
// the suggestion links are added) and 2048 on WeCom, and text containing "]]>"
// arrives intact instead of breaking the XML.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numbered, replyOfLines } from '../../src/contract/reply-text.ts';
import type { AskReply, ReplyLine } from '../../src/contract/types.ts';
import type { Mode } from '../../bin/lib/chat-client.ts';
import { linkSuggestions } from '../../handlers/wechat/render.ts';
import { KEYS, keyedClient, startApp, wrappedAssistant, type Running } from '../support/wechat-support.ts';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const SUGGESTIONS = ['武汉医保实时联网结算什么时候暂停、恢复', '武汉医保费缴纳什么时候暂停、恢复', '武汉城乡居民医保什么时候暂停、恢复'];
const clarifyLines: ReplyLine[] = ['您想问的是哪一项？请回复数字：', ...numbered(SUGGESTIONS)];

/** A reply of about `size` bytes: filler lines, then the suggestion lines. */
function reply(size: number, head = ''): AskReply {
  const fillerLine = '停机期间参保人员门诊就医和购药由个人现金支付。';
  const lines: ReplyLine[] = head ? [head] : [];
  while (bytes(replyOfLines([...lines, fillerLine, ...clarifyLines]).text) <= size) lines.push(fillerLine);
  return { ...replyOfLines([...lines, ...clarifyLines], 'clarify'), city: '武汉' };
}

const CANNED: Record<string, AskReply> = {
  short: reply(400, '注意：公告原文写作 <![CDATA[x]]> 的地方]]>照抄'),
  full: reply(1990, '含有 ]]> 的一行'),
  more: { ...replyOfLines(['第一部分……', '（内容较长，回复“更多”查看其余部分）']), city: '武汉' },
  huge: { ...replyOfLines(['长'.repeat(800)]), city: '武汉' }, // 2400 bytes: beyond the core's contract
  wecomFit: { ...replyOfLines([`${'长'.repeat(680)}ab`]), city: '武汉' }, // 2042 bytes
};

let server: Running;
beforeAll(async () => {
  const { assistant } = await wrappedAssistant({ answer: (req) => CANNED[req.text] });
  server = await startApp({ ...KEYS.wechat, WECHAT_MODE: 'compatible', ...KEYS.wecom }, assistant);
});
afterAll(() => server.close());

const wechat = (mode: Mode) => keyedClient(server.url, 'wechat', { mode });
const wecom = () => keyedClient(server.url, 'wecom');

describe('"]]>" in a reply', () => {
  it('arrives intact in plain mode, written as two CDATA sections on the wire', async () => {
    const r = await wechat('plain').ask('short');
    expect(r.text).toContain('<![CDATA[x]]> 的地方]]>照抄');
    expect(r.raw).toContain(']]]]><![CDATA[>');
    expect(r.links).toHaveLength(3);
  });

  it('arrives intact inside a sealed reply (safe mode and WeCom)', async () => {
    expect((await wechat('safe').ask('short')).text).toContain('的地方]]>照抄');
    expect((await wecom().ask('short')).text).toContain('的地方]]>照抄');
  });
});

describe('byte limits', () => {
  it('official account: links are added only while the reply stays within 2000 bytes', async () => {
    const roomy = await wechat('safe').ask('short');
    expect(roomy.links.map((l) => l.content)).toEqual(SUGGESTIONS);
    expect(bytes(roomy.content!)).toBeLessThanOrEqual(2000);

    const full = await wechat('safe').ask('full');
    expect(bytes(CANNED.full!.text)).toBeGreaterThan(1900);
    expect(bytes(full.content!)).toBeLessThanOrEqual(2000);
    expect(full.links.length).toBeLessThan(3);
    expect(full.text).toBe(CANNED.full!.text); // nothing lost: unlinked lines still read "1. …"
  });

  it('passes the core\'s "更多" hint through', async () => {
    expect((await wechat('plain').ask('more')).text).toMatch(/回复“更多”/);
  });

  it('cuts an over-long reply at the limit and says so (2000 official account, 2048 WeCom)', async () => {
    const a = await wechat('plain').ask('huge');
    expect(bytes(a.content!)).toBeLessThanOrEqual(2000);
    expect(a.text).toMatch(/已截断/);
    const b = await wecom().ask('huge');
    expect(bytes(b.content!)).toBeLessThanOrEqual(2048);
    expect(b.text).toMatch(/已截断/);
  });

  it('WeCom keeps a 2042-byte reply whole (its limit is 2048)', async () => {
    const r = await wecom().ask('wecomFit');
    expect(r.text).toBe(CANNED.wecomFit!.text);
  });
});

describe('suggestion links', () => {
  it('link only lines that show a suggestion, never numbered steps of an answer', () => {
    const { lines, text } = replyOfLines([
      '停机前请注意：',
      '1. 提前开具药品',
      '2. 办理出院结算',
      '您可能还想问：',
      ...numbered(['武汉医保费缴纳什么时候暂停、恢复']),
    ]);
    const out = linkSuggestions({ lines });
    expect(out.split('\n').slice(0, 4)).toEqual(text.split('\n').slice(0, 4));
    expect(out.split('\n')[4]).toMatch(/^1\. <a href="weixin:\/\/bizmsgmenu\?msgmenucontent=武汉医保费缴纳什么时候暂停、恢复&msgmenuid=1">/);
    // suggestions the text does not show are not linked anywhere
    expect(linkSuggestions({ lines: ['1. 提前开具药品'] })).toBe('1. 提前开具药品');
  });

  it('keeps characters that would break the link out of the href', () => {
    const out = linkSuggestions({ lines: numbered(['a&b="c"<d>#%']) });
    expect(out).toBe('1. <a href="weixin://bizmsgmenu?msgmenucontent=a＆b＝＂c＂＜d＞＃％&msgmenuid=1">a＆b＝＂c＂＜d＞＃％</a>');
  });
});
