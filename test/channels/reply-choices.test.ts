// A reply's numbered choices travel apart from its text, and each channel renders them: the
// official account as tappable links (never a numbered step of the answer itself), WeCom and
// the API as plain numbers. Each channel passes its byte limit, and the core pages to it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, MORE_HINT } from '../../src/assistant.ts';
import { isChoice, replyOfLines } from '../../src/contract/reply-text.ts';
import type { AskReply } from '../../src/contract/types.ts';
import { KNOWLEDGE_DIR, utf8Bytes } from '../support/helpers.ts';
import { KEYS, keyedClient, startApp, wrappedAssistant, type Running } from '../support/wechat-support.ts';

const Q1 = '武汉医保费缴纳什么时候暂停、恢复';
const Q2 = '武汉城乡居民医保什么时候暂停、恢复';
/** Two choices, then (as a reply to two questions can have) an answer whose own steps are numbered "1. 2." with the same words. */
const STEPS: AskReply = {
  ...replyOfLines([
    '您想问的是哪一项？请回复数字：',
    { n: 1, text: Q1, question: Q1 },
    { n: 2, text: Q2, question: Q2 },
    '',
    '停机前请注意：',
    `1. ${Q1}，以公告为准`,
    `2. ${Q2}`,
  ]),
  city: '武汉',
};
const PLAIN = `您想问的是哪一项？请回复数字：\n1. ${Q1}\n2. ${Q2}\n\n停机前请注意：\n1. ${Q1}，以公告为准\n2. ${Q2}`;

let server: Running;
let calls: Parameters<Awaited<ReturnType<typeof wrappedAssistant>>['assistant']['ask']>[0][];
beforeAll(async () => {
  const wrapped = await wrappedAssistant({ answer: (req) => (req.text === 'steps' ? STEPS : undefined) });
  calls = wrapped.calls;
  server = await startApp({ ...KEYS.wechat, WECHAT_MODE: 'compatible', ...KEYS.wecom }, wrapped.assistant);
});
afterAll(() => server.close());

const wechat = () => keyedClient(server.url, 'wechat');
const wecom = () => keyedClient(server.url, 'wecom');
const api = async (q: string) =>
  (await (await fetch(`${server.url}/api/ask?${new URLSearchParams({ q })}`)).json()) as { answer: string; suggestions: string[] };

describe('one reply, three channels', () => {
  it('the official account links the two choices and no step of the answer, though the steps read "1. …" with the same words', async () => {
    const r = await wechat().ask('steps');
    expect(r.links.map((l) => [l.id, l.content])).toEqual([
      ['1', Q1],
      ['2', Q2],
    ]);
    const content = r.content!.split('\n');
    expect(content[1]).toMatch(/^1\. <a href="weixin:\/\/bizmsgmenu\?msgmenucontent=/);
    expect(content[2]).toMatch(/^2\. <a href="weixin:\/\/bizmsgmenu\?msgmenucontent=/);
    expect(content.slice(3)).toEqual(PLAIN.split('\n').slice(3));
    expect(r.text).toBe(PLAIN); // as displayed, the links read like the plain lines
  });

  it('WeCom and the API show the same reply with plain numbers', async () => {
    const w = await wecom().ask('steps');
    expect(w.links).toEqual([]);
    expect(w.content).toBe(PLAIN);
    const a = await api('steps');
    expect(a.answer).toBe(PLAIN);
    expect(a.suggestions).toEqual([Q1, Q2]);
  });

  it('each channel passes its byte limit in the ask call', async () => {
    calls.length = 0;
    await wechat().ask('steps');
    await wecom().ask('steps');
    await api('steps');
    expect(calls.map((c) => [c.channel, c.maxBytes])).toEqual([
      ['wechat', 2000],
      ['wecom', 2000],
      ['api', 2000],
    ]);
  });
});

const bot = await createAssistant({ knowledgeDir: KNOWLEDGE_DIR });
const AT = '2021-12-20T09:30';

describe('the core', () => {
  it('returns the choices as choices: their questions are the suggestions, and the text numbers them', async () => {
    const hello = await bot.ask({ text: '你好', at: AT });
    const choices = hello.lines.filter(isChoice);
    expect(choices.map((c) => c.n)).toEqual(hello.suggestions.map((_, i) => i + 1));
    expect(choices.map((c) => c.question)).toEqual(hello.suggestions);
    for (const c of choices) expect(hello.text.split('\n')).toContain(`${c.n}. ${c.text}`);
    // an answer's own lines are never choices
    const answer = await bot.ask({ text: '武汉社保费啥时候不能交了', at: AT });
    expect(answer.lines.some(isChoice)).toBe(false);
  });

  it('"which city?" choices show a city\'s timetable and ask the question for that city', async () => {
    const which = await bot.ask({ text: '医保哪天恢复', at: AT });
    const choices = which.lines.filter(isChoice);
    expect(choices.length).toBeGreaterThan(1);
    for (const c of choices) expect(c.question).toBe(`${c.text.split('：')[0]}医保哪天恢复`);
  });

  it('pages to the byte limit the caller passes, and "更多" brings the rest at the same limit', async () => {
    const session = 'limit-600';
    const ask = (text: string) => bot.ask({ text, at: AT, session, maxBytes: 600 });
    const whole = (await bot.ask({ text: '武汉和长沙医保什么时候恢复', at: AT, maxBytes: 100_000 })).text;
    expect(utf8Bytes(whole)).toBeGreaterThan(600);
    const pages = [(await ask('武汉和长沙医保什么时候恢复')).text];
    while (pages.at(-1)!.endsWith(MORE_HINT) && pages.length < 20) pages.push((await ask('更多')).text);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(utf8Bytes(p)).toBeLessThanOrEqual(600);
    expect(pages.map((p) => p.replace(`\n${MORE_HINT}`, '')).join('\n')).toBe(whole);
  });
});
