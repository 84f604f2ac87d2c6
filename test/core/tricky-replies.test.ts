// What a citizen reads in a few situations that are easy to get wrong: midnight,
// a lone verb, "how long until", a suspension the notice left open long ago, and
// a question about something a city's notice never mentions.
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { resolveWhen } from '../../src/time/when.ts';
import { KNOWLEDGE_DIR, sh } from '../support/helpers.ts';

/** the tokenizer of the shipped vocabulary (knowledge/_domain/concepts.yaml) */
const { tokenize } = loadKnowledge(KNOWLEDGE_DIR).domain.lexicon;

const bot = await createAssistant({ knowledgeDir: KNOWLEDGE_DIR });
const ask = async (text: string, at: string) => bot.ask({ text, at });

describe('replies', () => {
  it('晚上12点 and 今晚12点 are midnight, not noon', () => {
    const at = sh('2021-12-14T22:00');
    expect(resolveWhen('今晚12点', at).from.toISO()).toBe(sh('2021-12-15T00:00').toISO());
    expect(resolveWhen('12月14日晚上12点', at).from.toISO()).toBe(sh('2021-12-15T00:00').toISO());
  });

  it('a payment asked for after 今晚12点 is already suspended (征收 stops 12月14日24:00)', async () => {
    const r = await ask('武汉今晚12点以后还能交医保吗', '2021-12-14T22:00');
    expect(r.text).toMatch(/医保费缴纳/);
    expect(r.text.split('\n')[0]).toMatch(/暂停期间/);
  });

  it('a lone verb next to 医保 (刷, 交) names the business', async () => {
    const r = await ask('武汉医保明天能刷了吗', '2021-12-30T10:00');
    expect(r.band).toBe('answer');
    expect(r.text).toMatch(/实时联网结算/);
    expect(r.text).toMatch(/12月31日23:00起恢复/);
    const pay = await ask('武汉医保12月14号晚上还能交吗', '2021-12-12T09:00');
    expect(pay.text).toMatch(/医保费缴纳/);
    expect(pay.text).toMatch(/12月14日24:00/);
  });

  it('a timetable says what changes next and how soon', async () => {
    const r = await ask('长沙还有多久停机', '2021-10-31T17:00');
    expect(r.text).toMatch(/下一步：10月31日18:00起暂停/);
    expect(r.text).toContain('还有1小时');
  });

  it('a suspension the notice left open is not called "still suspended" years later', async () => {
    const r = await ask('武汉居民医保参保登记现在能办吗', '2026-11-24T10:00');
    expect(r.text).toContain('公告称自2021年12月14日17:30起暂停');
    expect(r.text).toMatch(/以当地医保\/社保部门的最新通知为准/);
    expect(r.text).not.toMatch(/目前暂停中|尚未恢复/);
  });

  it('a question about something the city\'s notice never mentions gets "not found" with its hotlines, not another city\'s facts', async () => {
    const r = await ask('长沙停机期间能办退休吗', '2021-10-20T09:00');
    expect(r.band).toBe('fallback');
    expect(r.text).toContain('长沙的公告中没有找到');
    expect(r.text).toContain('0731-');
    expect(r.text).not.toMatch(/武汉|027-/);
  });

  it('a question naming two cities is answered for each', async () => {
    const r = await ask('武汉和长沙医保结算什么时候恢复', '2021-10-20T09:00');
    expect(r.text).toMatch(/武汉.*12月31日23:00/);
    expect(r.text).toMatch(/长沙.*11月12日8:00/);
    expect(r.text).toContain('来源：长沙市医疗保障局');
  });

  it('a stop question about districts gets the city timetable, naming every district asked about', async () => {
    const r = await ask('芙蓉区和雨花区的医保也会一起停吗', '2021-10-20T09:00');
    expect(r.band).toBe('answer');
    expect(r.text.split('\n')[0]).toContain('芙蓉区、雨花区属长沙');
    expect(r.text).toMatch(/10月22日18:00起暂停/);
  });

  it('a covered city with a stop word but an unrelated subject is out of scope, not a 医保 timetable', async () => {
    const r = await ask('长沙地铁停运了吗', '2021-10-20T09:00');
    expect(r.band).toBe('fallback');
    expect(r.text).not.toMatch(/10月22日18:00/);
  });

  it('words that begin with a particle-like character keep it (个人, 地铁, 及时)', () => {
    expect(tokenize('个人账户划拨')).toContain('个人');
    expect(tokenize('地铁')).toContain('地铁');
    expect(tokenize('及时缴纳')).toContain('及时');
  });

  it("small talk: goodbye, and a request for a person gets every city's hotlines with their source", async () => {
    expect((await ask('再见', '2021-10-20T09:00')).text).toContain('再见');
    expect((await ask('好的，谢谢，再见', '2021-10-20T09:00')).text).toContain('再见');
    const human = await ask('转人工', '2021-10-20T09:00');
    expect(human.text).toContain('人工咨询');
    expect(human.text).toContain('0731-82116238');
    expect(human.text).toContain('027-87812393');
    expect(human.text).toMatch(/来源：长沙市医疗保障局/);
  });

  it('a when-question answered by a procedure without dates still gets the timetable first', async () => {
    const r = await ask('长沙新系统哪天上线', '2021-11-05T10:00');
    // the first line answers 哪天: the resumptions, then the timetable
    expect(r.text.split('\n')[0]).toMatch(/^长沙：11月12日8:00起恢复/);
    expect(r.text.split('\n')[1]).toContain('停机安排');
    expect(r.text).toContain('湖南省医疗保障信息平台');
  });

  it('a follow-up keeps the district of the conversation (芙蓉区 …, then 特门特药的呢)', async () => {
    const at = '2021-10-20T09:00';
    await bot.ask({ text: '雨花区参保登记电话', at, session: 'district-follow-up' });
    const next = await bot.ask({ text: '特门特药的呢', at, session: 'district-follow-up' });
    expect(next.text).toContain('雨花区·特门特药');
    expect(next.text).toContain('0731-85880511');
  });

  it('医保卡 is the card: a lost card is answered by the city whose notice covers cards, not with settlement elsewhere', async () => {
    const r = await ask('医保卡丢了怎么办', '2021-10-20T09:00');
    expect(r.text).toContain('补卡、挂失');
    expect(r.text).not.toMatch(/长沙·定点医药机构医保结算/);
  });

  it("a district's 医保中心 is that district, 市医保中心 the city centre", async () => {
    const district = await ask('天心区医保中心电话', '2021-10-20T09:00');
    expect(district.text).toContain('天心区·费用结算：0731-85899381');
    const centre = await ask('长沙市医保中心费用结算电话', '2021-10-20T09:00');
    expect(centre.text).toContain('0731-82116238');
    expect(centre.text).not.toContain('天心区');
  });
});

describe('replies to the way people actually write', () => {
  it('someone venting gets an apology and the hotlines, not "which city?"', async () => {
    const r = await ask('医保这破系统真是垃圾，天天停', '2021-10-20T10:00');
    expect(r.text.split('\n')[0]).toContain('抱歉');
    expect(r.text).toMatch(/0731-\d{8}/);
    expect(r.text).toMatch(/027-87812393/);
    expect(r.text).not.toContain('哪个城市');
  });

  it('"是星期几" gets the weekday of each date in the verdict', async () => {
    const r = await ask('武汉医保卡哪天开始不能刷，那天星期几', '2021-12-12T10:00');
    expect(r.text.split('\n')[0]).toContain('12月22日（周三）18:00');
  });

  it('"我想咨询一下" starts a question; it does not ask for a phone number', async () => {
    const r = await ask('我想咨询一下，武汉医保卡哪天开始不能刷', '2021-12-12T10:00');
    expect(r.text.split('\n')[0]).toContain('12月22日18:00');
  });

  it('a follow-up that leans on the last question ("那她…") is answered about it', async () => {
    const session = `follow-${Date.now()}`;
    await bot.ask({ text: '武汉停机前住院的病人到停机还没出院，医保怎么算', at: '2021-12-21T10:00', session });
    const r = await bot.ask({ text: '那她出院的时候还要再交一次起付线吗', at: '2021-12-21T10:01', session });
    expect(r.band).toBe('answer');
    expect(r.text).toContain('起付线');
  });

  it('a place elsewhere in a question that is not about insurance does not make it 异地就医', async () => {
    const r = await ask('长沙到北京的火车几点发车', '2021-10-20T10:00');
    expect(r.band).toBe('fallback');
    expect(r.text).not.toContain('异地就医');
  });

  it('a subject no cutover notice covers is said to be not covered: 报销比例 with the 医保 hotlines, 公积金 without them', async () => {
    const figure = await ask('长沙职工医保门诊报销比例是多少', '2021-10-20T10:00');
    expect(figure.band).toBe('fallback');
    expect(figure.text.split('\n')[0]).toContain('没有涉及“报销比例”');
    expect(figure.text).toMatch(/0731-\d{8}/);
    const service = await ask('武汉的住房公积金这几天还能取吗', '2021-12-12T10:00');
    expect(service.band).toBe('fallback');
    expect(service.text).toContain('没有涉及“住房公积金”');
    expect(service.text).not.toMatch(/027-87812393|12333/);
  });

  it('another service named beside a business of the notice does not hide the business', async () => {
    const r = await ask('武汉社保卡和身份证都丢了怎么办', '2021-12-12T10:00');
    expect(r.band).toBe('answer');
    expect(r.text).toContain('银行网点');
  });

  it('a concept is not found across the edge of a word read whole (费用医保 is not 用医保)', () => {
    expect(tokenize('生孩子的费用医保怎么报')).not.toContain('@settle');
    expect(tokenize('住院能用医保吗')).toContain('@settle');
  });

  it('an off-topic question in the middle of a conversation is not answered with the last topic', async () => {
    const session = `offtopic-${Date.now()}`;
    await bot.ask({ text: '武汉医保卡什么时候不能刷', at: '2021-12-12T10:00', session });
    const r = await bot.ask({ text: '今天天气怎么样', at: '2021-12-12T10:01', session });
    expect(r.band).toBe('fallback');
    expect(r.text.split('\n')[0]).toContain('不在我能回答的范围内');
  });

  it('a day the citizen names is written as that day from 0:00, not the day before at 24:00', async () => {
    const r = await ask('武汉12月25号', '2021-12-20T10:00');
    expect(r.text.split('\n')[1]).toMatch(/^12月25日0:00有\d+项业务处于暂停期间/);
    expect(r.text).not.toContain('12月24日24:00');
  });
});
