// A person's situation during the stop, on a notice of its own (writes a temp folder): a birth
// (孕检, 剖腹产, 怀孕) is about the care's settlement in its setting and the notice's 生育 item,
// never the enrolment business whose name merely says "含生育保险"; a chronic patient gets the
// settlement's steps and, while the stop is still ahead, the advice to get medicine in advance.
import { centreContactYaml, windowYaml } from '../support/facts-yaml.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant, type Assistant } from '../../src/assistant.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { firstLine, removeTempDirs, tempDir } from '../support/helpers.ts';

const NOTICE = `# 青川市医疗保障局关于医保信息系统停机的公告

一、2025年6月6日18:00起暂停职工医保（含生育保险）参保登记、变更，预计2025年6月16日9:00起恢复。

二、2025年6月8日0:00起暂停定点医院门诊、住院和定点药店医保结算，预计2025年6月16日9:00起恢复。停机前，慢性病患者可提前开具一个月用量的药品。暂停期间门诊和药店费用由个人现金支付；住院费用由个人先行垫付，恢复后回医院补录结算。

三、2025年6月8日0:00起暂停工伤医疗门诊、住院结算，预计2025年6月16日9:00起恢复。

四、停机期间发生的生育医疗费用，恢复后可到医保经办机构申请追溯报销。

咨询电话：0839-6000001（市医保中心）
`;

const window = (suspend: string, quote: string) => windowYaml(suspend, quote, '2025-06-16T09:00', '预计2025年6月16日9:00起恢复');

const FACTS = `id: qingchuan-2025-06
title: 青川市医疗保障局关于医保信息系统停机的公告
issuers: [青川市医疗保障局]
published: "2025-06-01"
city:
  name: 青川
  aliases: [青川市]
businesses:
  - id: enrolment
    name: 职工医保（含生育保险）参保登记、变更
    domain: 医保
${window('2025-06-06T18:00', '2025年6月6日18:00起暂停职工医保（含生育保险）参保登记、变更')}  - id: settlement
    name: 定点医院门诊、住院和定点药店医保结算
    domain: 医保
${window('2025-06-08T00:00', '2025年6月8日0:00起暂停定点医院门诊、住院和定点药店医保结算')}    before:
      - text: 慢性病患者可提前开具一个月用量的药品
        quote: 停机前，慢性病患者可提前开具一个月用量的药品
    during:
      - text: 门诊和药店费用由个人现金支付
        quote: 暂停期间门诊和药店费用由个人现金支付
      - text: 住院费用由个人先行垫付，恢复后回医院补录结算
        quote: 住院费用由个人先行垫付，恢复后回医院补录结算
  - id: injury
    name: 工伤医疗门诊、住院结算
    domain: 社保
${window('2025-06-08T00:00', '2025年6月8日0:00起暂停工伤医疗门诊、住院结算')}procedures:
  - id: birth-claims
    title: 停机期间生育医疗费用恢复后追溯报销
    questions: [停机期间生育的费用怎么报销]
    answer: 停机期间发生的生育医疗费用，恢复后可到医保经办机构申请追溯报销。
    quote: 停机期间发生的生育医疗费用，恢复后可到医保经办机构申请追溯报销
  - id: cash-during
    business: settlement
    title: 停机期间门诊看病和药店买药现金支付
    questions: [停机期间买药怎么付钱]
    answer: 暂停期间门诊和药店费用由个人现金支付。
    quote: 暂停期间门诊和药店费用由个人现金支付
  - id: chronic-advance
    business: settlement
    title: 慢性病患者停机前提前开药
    questions: [慢性病停机前能多开药吗]
    answer: 慢性病患者可提前开具一个月用量的药品。
    quote: 停机前，慢性病患者可提前开具一个月用量的药品
${centreContactYaml('0839-6000001')}`;

/** before every stop; during the settlement's */
const BEFORE = '2025-06-05T10:00';
const DURING = '2025-06-10T10:00';

afterAll(removeTempDirs);

let bot: Assistant;
async function ask(q: string, at: string): Promise<string> {
  if (!bot) {
    const dir = tempDir('cutover-situation-');
    mkdirSync(join(dir, 'qingchuan-2025-06'));
    writeFileSync(join(dir, 'qingchuan-2025-06', 'notice.md'), NOTICE);
    writeFileSync(join(dir, 'qingchuan-2025-06', 'facts.yaml'), FACTS);
    bot = await createAssistant({ knowledge: loadKnowledge(dir) });
  }
  return (await bot.ask({ text: q, at })).text;
}

describe('a birth during the stop', () => {
  it('in hospital: the settlement with its 垫付 and 补录 steps, and the 生育 claim; not the enrolment', async () => {
    const reply = await ask('青川 我媳妇下礼拜剖腹产 停机了住院费咋弄', DURING);
    expect(firstLine(reply)).toMatch(/^青川·定点医院门诊、住院和定点药店医保结算：/);
    expect(reply).toContain('先行垫付，恢复后回医院补录结算');
    expect(reply).toContain('追溯报销');
    expect(reply).not.toContain('参保登记');
  });

  it('its costs claimed: the care’s own settlement, not one for another insurance (工伤) that also settles hospital stays', async () => {
    const reply = await ask('青川生小孩的花费停机时候咋报销', DURING);
    expect(firstLine(reply)).toMatch(/^青川·定点医院门诊、住院和定点药店医保结算：/);
    expect(reply).not.toContain('工伤');
    expect(reply).toContain('追溯报销');
  });

  it('a check-up: the outpatient steps and the 生育 claim', async () => {
    const reply = await ask('青川停机那几天孕检医保还能用不', DURING);
    expect(reply).toContain('现金支付');
    expect(reply).toContain('追溯报销');
    expect(reply).not.toContain('参保登记');
  });

  it('a pregnancy asked before any stop is about its care, not the enrolment "含生育保险"', async () => {
    const reply = await ask('青川市怀孕七个月了 停机对我有啥影响', BEFORE);
    expect(firstLine(reply)).toMatch(/^青川·定点医院门诊、住院和定点药店医保结算：/);
    expect(reply).toContain('追溯报销');
  });
});

describe('a chronic patient', () => {
  it('before the stop: the advice to get medicine in advance, with the steps for during it', async () => {
    const reply = await ask('青川 老伴有冠心病 停机期间咋拿药', BEFORE);
    expect(reply).toContain('提前开具一个月用量的药品');
    expect(reply).toContain('现金支付');
    expect(reply.split('提前开具一个月用量').length).toBe(2);
  });

  it('once the stop has begun: the steps, not advice that is too late', async () => {
    const reply = await ask('青川 老伴有冠心病 停机期间咋拿药', DURING);
    expect(reply).toContain('现金支付');
    expect(reply).not.toContain('提前开具');
  });
});
