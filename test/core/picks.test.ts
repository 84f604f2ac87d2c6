// "1", "2", "3" pick exactly the option the last reply showed under that number —
// after the greeting, a "which one?" question or an answer's "您可能还想问" — and
// nothing else: with no numbered options shown, the reply says so instead of
// answering the last question again.
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { linkSuggestions } from '../../handlers/wechat/render.ts';
import { isChoice } from '../../src/contract/reply-text.ts';
import type { AskReply } from '../../src/contract/types.ts';
import { KNOWLEDGE_DIR } from '../support/helpers.ts';

const bot = await createAssistant({ knowledgeDir: KNOWLEDGE_DIR });
const NOTHING_SHOWN = '上一条回复没有编号选项，请直接输入您的问题';
const AT = '2021-12-20T09:30';
let sessions = 0;

/** A conversation: each call asks the next message in the same session. */
function conversation(at = AT) {
  const session = `pick-${++sessions}`;
  return (text: string) => bot.ask({ text, at, session });
}
/** The reply to a question asked afresh, in a conversation of its own. */
const afresh = (text: string, at = AT) => bot.ask({ text, at, session: `fresh-${++sessions}` });
/** Whether the reply shows numbered choices (replying a number picks one). */
const choicesShown = (r: AskReply) => r.lines.some(isChoice);
/** The text of the option shown as `n.` */
const shownOption = (text: string, n: number) =>
  [...text.split('\n')]
    .reverse()
    .find((l) => l.startsWith(`${n}. `))
    ?.slice(`${n}. `.length);

describe('numbered picks', () => {
  it('after the greeting, 2 asks the second example question shown', async () => {
    const say = conversation();
    const hello = await say('你好');
    expect(choicesShown(hello)).toBe(true);
    const second = shownOption(hello.text, 2)!;
    expect(second).toBe(hello.suggestions[1]);
    const picked = await say('2');
    expect(picked.text).toBe((await afresh(second)).text);
  });

  it("the greeting's numbered examples are tappable on the official account", async () => {
    const hello = await afresh('您好');
    const linked = linkSuggestions(hello);
    expect(linked.match(/weixin:\/\/bizmsgmenu/g)).toHaveLength(hello.suggestions.length);
  });

  it('after "which city?", a number picks that city for the question asked', async () => {
    const say = conversation();
    const which = await say('医保哪天恢复');
    expect(which.band).toBe('clarify');
    const second = shownOption(which.text, 2)!;
    const city = second.replace(/^\d\.\s*/, '').split('：')[0]!;
    const picked = await say('2');
    expect(picked.city).toBe(city);
    expect(picked.text).toBe((await afresh(which.suggestions[1]!)).text);
  });

  it('after an answer offering 您可能还想问, 1 asks the first offered question', async () => {
    const say = conversation();
    const answer = await say('武汉新住院的病人停机以后怎么办');
    expect(answer.text).toContain('您可能还想问');
    const offered = shownOption(answer.text, 1)!;
    expect(offered).toBe(answer.suggestions[0]);
    const picked = await say('1');
    expect(picked.text).toBe((await afresh(offered)).text);
    expect(picked.text).not.toBe(answer.text);
  });

  it('with no numbered options shown, a number is told so, not answered with the last question again', async () => {
    const say = conversation();
    const answer = await say('武汉社保费啥时候不能交了');
    expect(choicesShown(answer)).toBe(false);
    const pick = await say('1');
    expect(pick.text.startsWith(NOTHING_SHOWN)).toBe(true);
    expect(pick.text).not.toContain('社保费');
    // the examples it then shows can be picked in turn
    const example = shownOption(pick.text, 1)!;
    expect((await say('1')).text).toBe((await afresh(example)).text);
  });

  it('options shown two replies ago are no longer picked', async () => {
    const say = conversation();
    await say('医保哪天恢复'); // which city? 1. … 2. …
    await say('长沙参保登记什么时候恢复'); // an answer with no numbers
    const pick = await say('2');
    expect(pick.text.startsWith(NOTHING_SHOWN)).toBe(true);
  });

  it('a number past the options shown says how many there are, and the options still hold', async () => {
    const say = conversation();
    const which = await say('医保哪天恢复');
    const n = which.suggestions.length;
    const tooFar = await say(String(n + 1));
    expect(tooFar.text).toContain(`只有${n}个编号选项`);
    expect((await say('1')).text).toBe((await afresh(which.suggestions[0]!)).text);
  });

  it('a follow-up naming another subject answers that subject, whatever was offered before', async () => {
    const say = conversation();
    const answer = await say('武汉新住院的病人停机以后怎么办');
    expect(choicesShown(answer)).toBe(true);
    const other = await say('那医保费缴纳呢');
    expect(other.text.split('\n')[0]).toMatch(/^武汉·.*缴/);
    expect(other.text).not.toBe(answer.text);
  });

  it('in a reply to several questions, the numbers run on across the parts and pick what they show', async () => {
    const say = conversation();
    const reply = await say('医保哪天恢复？武汉新住院的病人停机以后怎么办');
    // 1. 2. are the cities of the first part, 3. 4. the questions the second part offers
    expect(reply.suggestions).toHaveLength(4);
    expect(shownOption(reply.text, 1)).toMatch(/^长沙：/);
    expect([shownOption(reply.text, 3), shownOption(reply.text, 4)]).toEqual(reply.suggestions.slice(2));
    // on the official account, 3. and 4. are the links that send those questions
    const linked = linkSuggestions(reply);
    expect(linked).toContain(`msgmenucontent=${reply.suggestions[2]}&msgmenuid=3`);
    expect(linked).toContain(`msgmenucontent=${reply.suggestions[3]}&msgmenuid=4`);
    expect((await say('4')).text).toBe((await afresh(reply.suggestions[3]!)).text);
  });
});
