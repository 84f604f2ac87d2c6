// A message that asks two or three things gets every one of them answered, in one reply
// that repeats no source or phone line, cut for WeChat with "更多" bringing the rest; a
// message that asks one thing is read exactly as before.
import { describe, expect, it } from 'vitest';
import { MAX_REPLY_BYTES, MORE_HINT, createAssistant } from '../../src/assistant.ts';
import { splitQuestions } from '../../src/understand/parts.ts';
import { KNOWLEDGE_DIR, utf8Bytes } from '../support/helpers.ts';

const bot = await createAssistant({ knowledgeDir: KNOWLEDGE_DIR });
let sessions = 0;
const ask = (text: string, at: string, session = `mp-${++sessions}`) => bot.ask({ text, at, session });
const WUHAN_SOURCE = /^来源：武汉市医疗保障局等/;
const count = (text: string, re: RegExp) => text.split('\n').filter((l) => re.test(l)).length;

describe('splitting a message into its questions', () => {
  it('cuts at question marks, semicolons, line breaks and words that start another question', () => {
    expect(splitQuestions('医保卡哪天不能刷了？哪天能再刷？还想问下异地备案找谁')).toEqual(['医保卡哪天不能刷了', '哪天能再刷', '还想问下异地备案找谁']);
    expect(splitQuestions('住院费怎么结；门诊呢')).toEqual(['住院费怎么结', '门诊呢']);
    expect(splitQuestions('社保费几号停交\n医保电话多少')).toEqual(['社保费几号停交', '医保电话多少']);
    expect(splitQuestions('药店什么时候停，还有异地就医电话')).toEqual(['药店什么时候停', '还有异地就医电话']);
    expect(splitQuestions('药店什么时候停顺便问一下住院怎么办')).toEqual(['药店什么时候停', '顺便问一下住院怎么办']);
  });

  it('cuts a message typed by voice, without punctuation: at a space between two questions, at a second "when"', () => {
    expect(splitQuestions('长沙住院结算几号停几号能恢复 要咨询的话打什么电话')).toEqual(['长沙住院结算几号停', '几号能恢复', '要咨询的话打什么电话']);
    expect(splitQuestions('武汉社保费啥时候停交 工伤结算啥时候停')).toEqual(['武汉社保费啥时候停交', '工伤结算啥时候停']);
    // no space at all: asking for a number after a question of its own
    expect(splitQuestions('长沙特门几号能恢复不清楚的话打哪个电话')).toEqual(['长沙特门几号能恢复', '不清楚的话打哪个电话']);
  });

  it('asks a question put to two subjects "分别/各自" of each of them', () => {
    expect(splitQuestions('长沙参保登记跟特门各自哪天恢复')).toEqual(['长沙参保登记哪天恢复', '特门哪天恢复']);
    expect(splitQuestions('武汉工伤结算以及医保费缴纳分别几号停')).toEqual(['武汉工伤结算几号停', '医保费缴纳几号停']);
    // what the second subject's 的 names belongs to the first as well
    expect(splitQuestions('长沙和武汉的住院结算分别几号能恢复')).toEqual(['长沙的住院结算几号能恢复', '武汉的住院结算几号能恢复']);
  });

  it('cuts after a comma where the question is asked again of something else with 又', () => {
    expect(splitQuestions('门诊停了怎么办，拿药又怎么办')).toEqual(['门诊停了怎么办', '拿药又怎么办']);
    expect(splitQuestions('异地备案哪天暂停，又哪天能办')).toEqual(['异地备案哪天暂停', '又哪天能办']);
    // 又 in a question that asks once is no second question
    for (const one of ['停机期间，又要住院怎么办', '我又住院了，怎么结算']) expect(splitQuestions(one)).toEqual([one]);
  });

  it('leaves a message that asks one thing whole, exactly as typed', () => {
    for (const one of [
      '武汉医保卡哪天能再刷？',
      '离停机还有多久，还有几天',
      '现在还有哪些业务能办',
      '您好？长沙参保登记几号恢复',
      '长沙\n参保登记几号恢复',
      '另外再问一下武汉医保电话',
      '长沙异地备案电话是多少',
      '武汉医保热线几点能打通',
      '住院以后需要联系医院吗',
      '长沙 参保登记几号恢复',
      '从几号停到几号',
      '哪天几点能恢复',
      '医保卡丢了怎么办 急急急',
      'wuhan yibao shenme shihou huifu',
    ]) {
      expect(splitQuestions(one)).toEqual([one]);
    }
  });
});

describe('a message with several questions', () => {
  it('answers two questions about two businesses of one city, citing the notice once', async () => {
    const r = await ask('武汉医院里哪天开始不能刷卡；医保费最晚交到哪天', '2021-12-18T09:00');
    expect(r.text).toContain('医保实时联网结算');
    expect(r.text).toContain('医保费缴纳');
    expect(count(r.text, WUHAN_SOURCE)).toBe(1);
    expect(r.text.trimEnd().split('\n').at(-1)).toMatch(WUHAN_SOURCE);
    expect(utf8Bytes(r.text)).toBeLessThanOrEqual(MAX_REPLY_BYTES);
  });

  it('answers stop, resume and a phone number: the later parts borrow the city and topic, the same answer is not shown twice', async () => {
    const r = await ask('武汉刷卡结算哪天停?哪天恢复?另外咨询电话是多少', '2021-12-18T09:00');
    expect(r.text).toContain('12月22日18:00起暂停');
    expect(r.text).toContain('12月31日23:00起恢复');
    expect(r.text).toContain('武汉咨询电话');
    // the settlement status answers both the stop and the resume part: once
    expect(count(r.text, /^武汉·医保实时联网结算/)).toBe(1);
    // its contact line's number is in the contacts part already
    expect(r.text.match(/027-87812393/g)).toHaveLength(1);
    expect(count(r.text, WUHAN_SOURCE)).toBe(1);
  });

  it('answers three questions across businesses and a district contact in another city, the rest behind 更多', async () => {
    const at = '2021-11-03T15:00';
    const session = 'mp-three';
    const first = await ask('长沙药店买药还能用医保吗？特门特药呢？另外天心区异地就医电话多少', at, session);
    expect(utf8Bytes(first.text)).toBeLessThanOrEqual(MAX_REPLY_BYTES);
    let all = first.text;
    for (let last = first.text; last.endsWith(MORE_HINT); ) {
      last = (await ask('更多', at, session)).text;
      expect(utf8Bytes(last)).toBeLessThanOrEqual(MAX_REPLY_BYTES);
      all += `\n${last}`;
    }
    expect(count(all, /^长沙·定点医药机构医保结算/)).toBe(1);
    expect(count(all, /^长沙·特门、特药/)).toBe(1);
    expect(all).toContain('天心区');
    expect(all).toContain('0731-85899385');
    expect(count(all, /^来源：长沙市医疗保障局/)).toBe(1);
  });

  it('answers stop, resume and phone asked without punctuation, within the byte limit', async () => {
    const r = await ask('长沙住院结算几号停几号能恢复 要咨询的话打什么电话', '2021-10-28T10:00');
    expect(r.text).toContain('10月31日18:00起暂停');
    expect(r.text).toContain('11月12日8:00起恢复');
    expect(r.text).toContain('0731-82116238');
    expect(utf8Bytes(r.text)).toBeLessThanOrEqual(MAX_REPLY_BYTES);
  });

  it('answers a question put to two businesses 各自 with each one’s own date', async () => {
    const r = await ask('长沙参保登记跟特门各自哪天恢复', '2021-11-01T10:00');
    expect(r.text).toMatch(/^长沙·医保参保登记[^\n]*11月22日8:00起恢复/m);
    expect(r.text).toMatch(/^长沙·特门、特药[^\n]*11月12日8:00起恢复/m);
    expect(utf8Bytes(r.text)).toBeLessThanOrEqual(MAX_REPLY_BYTES);
  });

  it('a part that is only a date asks the earlier part again for that day', async () => {
    const r = await ask('武汉今天药店能刷医保卡吗\n12月27号', '2021-12-19T11:00');
    const verdicts = r.text.split('\n').filter((l) => l.startsWith('武汉·医保实时联网结算'));
    expect(verdicts).toHaveLength(2);
    expect(verdicts[0]).toContain('可以正常办理');
    expect(verdicts[1]).toMatch(/12月27日.*暂停期间，不能办理/);
  });

  it('cuts a long joined reply at 2000 bytes and 更多 brings the rest, each city answered and cited once', async () => {
    const at = '2021-11-01T10:00';
    const session = 'mp-long';
    const first = await ask('武汉医院能刷医保卡吗？长沙呢？长沙参保登记停了吗', at, session);
    expect(first.text.endsWith(MORE_HINT)).toBe(true);
    expect(utf8Bytes(first.text)).toBeLessThanOrEqual(MAX_REPLY_BYTES);
    const second = await ask('更多', at, session);
    expect(utf8Bytes(second.text)).toBeLessThanOrEqual(MAX_REPLY_BYTES);
    expect(second.text.endsWith(MORE_HINT)).toBe(false);
    const all = `${first.text.slice(0, -MORE_HINT.length)}${second.text}`;
    expect(count(all, /^武汉·医保实时联网结算/)).toBe(1);
    expect(count(all, /^长沙·医保参保登记/)).toBe(1);
    expect(count(all, WUHAN_SOURCE)).toBe(1);
    expect(count(all, /^来源：长沙市医疗保障局/)).toBe(1);
  });

  it('declines a part it does not answer in one line that names it, and answers the other part', async () => {
    const r = await ask('明天会下雨吗？武汉药店哪天恢复刷卡', '2021-12-24T08:00');
    expect(r.band).toBe('answer');
    expect(r.text.split('\n')[0]).toMatch(/^“明天会下雨吗”：抱歉/);
    expect(r.text).not.toContain('目前收录的公告');
    expect(r.text).toContain('12月31日23:00起恢复');
  });

  it('replies to a one-question message as to the same question without its question mark', async () => {
    const at = '2021-12-25T09:00';
    for (const q of ['长沙参保登记几号恢复', '武汉医保电话多少', '武汉社保费啥时候能交']) {
      expect((await ask(`${q}？`, at)).text).toBe((await ask(q, at)).text);
    }
  });
});
