// Which business a question about care is about, on a notice of its own (writes a temp folder):
// the setting asked (住院, 药店) wins over a business that merely names 就医; getting medicine is
// settlement, not a benefit recognition; paying out of pocket reaches the steps that say 垫付;
// an unaffected pension is found from "停机期间…" in a question naming no city; a homophone
// typo of 医保卡 is heard.
import { centreContactYaml, windowYaml } from '../support/facts-yaml.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant, type Assistant } from '../../src/assistant.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { copyNotices, firstLine, removeTempDirs, tempDir } from '../support/helpers.ts';

const NOTICE = `# 临川市医疗保障局关于医保系统停机升级的通知

一、2024年3月8日18:00起，暂停医保经办业务（参保登记、关系转移、门诊慢特病资格认定、零星报销），预计2024年3月14日9:00起恢复。暂停期间窗口收件登记，恢复后补办。

二、2024年3月8日18:00起，暂停异地就医备案和异地就医直接结算，预计2024年3月14日9:00起恢复。暂停期间确需外出就医的，费用先行垫付，回来后报销。

三、2024年3月10日0:00起，暂停定点医院门诊和定点药店医保结算，预计2024年3月14日9:00起恢复。停机前，慢特病患者可一次开具不超过2个月的药量。暂停期间门诊看病和药店买药由本人先行垫付，保存好票据。

四、2024年3月10日0:00起，暂停住院医保结算，预计2024年3月14日9:00起恢复。暂停期间办理住院的，先按自费登记，恢复后补办医保登记。

五、停机期间退休人员养老金照常发放，不受影响。

咨询电话：0794-7000001（市医保中心）

临川市医疗保障局
2024年3月1日
`;

const W = (suspend: string, quote: string) => windowYaml(suspend, quote, '2024-03-14T09:00', '预计2024年3月14日9:00起恢复');

const FACTS = `id: linchuan-2024-03
title: 临川市医疗保障局关于医保系统停机升级的通知
issuers: [临川市医疗保障局]
published: "2024-03-01"
city:
  name: 临川
  aliases: [临川市]
businesses:
  - id: agency
    name: 医保经办业务（参保登记、关系转移、门诊慢特病资格认定、零星报销）
    domain: 医保
${W('2024-03-08T18:00', '2024年3月8日18:00起，暂停医保经办业务')}    during:
      - text: 暂停期间窗口收件登记，恢复后补办
        quote: 暂停期间窗口收件登记，恢复后补办
  - id: remote-filing
    name: 异地就医备案
    domain: 医保
${W('2024-03-08T18:00', '2024年3月8日18:00起，暂停异地就医备案和异地就医直接结算')}  - id: remote-settlement
    name: 异地就医直接结算
    domain: 医保
${W('2024-03-08T18:00', '2024年3月8日18:00起，暂停异地就医备案和异地就医直接结算')}    during:
      - text: 暂停期间确需外出就医的，费用先行垫付，回来后报销
        quote: 暂停期间确需外出就医的，费用先行垫付，回来后报销
  - id: outpatient
    name: 门诊和药店医保结算
    domain: 医保
${W('2024-03-10T00:00', '2024年3月10日0:00起，暂停定点医院门诊和定点药店医保结算')}    before:
      - text: 慢特病患者可一次开具不超过2个月的药量
        quote: 停机前，慢特病患者可一次开具不超过2个月的药量
    during:
      - text: 门诊看病和药店买药由本人先行垫付，保存好票据
        quote: 暂停期间门诊看病和药店买药由本人先行垫付，保存好票据
  - id: inpatient
    name: 住院医保结算
    domain: 医保
${W('2024-03-10T00:00', '2024年3月10日0:00起，暂停住院医保结算')}    during:
      - text: 暂停期间办理住院的，先按自费登记，恢复后补办医保登记
        quote: 暂停期间办理住院的，先按自费登记，恢复后补办医保登记
  - id: pension
    name: 养老金发放
    domain: 社保
    unaffected: 停机期间退休人员养老金照常发放，不受影响
${centreContactYaml('0794-7000001')}`;

/** during both windows */
const AT = '2024-03-11T10:00';

function knowledge(withSeeds: boolean): string {
  const dir = tempDir('cutover-care-');
  mkdirSync(join(dir, 'linchuan-2024-03'));
  writeFileSync(join(dir, 'linchuan-2024-03', 'notice.md'), NOTICE);
  writeFileSync(join(dir, 'linchuan-2024-03', 'facts.yaml'), FACTS);
  if (withSeeds) copyNotices(dir, 'wuhan-2021-12', 'changsha-2021-10');
  return dir;
}

afterAll(removeTempDirs);

describe('the business of the care asked about', () => {
  let bot: Assistant;
  const ask = async (q: string, at = AT) => {
    bot ??= await createAssistant({ knowledge: loadKnowledge(knowledge(false)) });
    return (await bot.ask({ text: q, at })).text;
  };

  it('a hospital stay asked (住院, 入院) is the 住院 business, not the one of care elsewhere whose name says 就医', async () => {
    for (const q of ['临川停机期间要住院怎么办理', '临川停机期间入院怎么办', '临川市停机时候住院咋整']) {
      const reply = await ask(q);
      expect(firstLine(reply), q).toMatch(/^临川·住院医保结算：/);
      expect(reply, q).toMatch(/先按自费登记/);
    }
  });

  it('getting medicine (开药, 拿药) is settlement at the pharmacy or clinic, not the recognition of a chronic illness', async () => {
    for (const q of ['临川慢性病人停机前可以多拿点药不', '临川的慢病患者能提前多开药吗']) {
      const reply = await ask(q, '2024-03-07T10:00');
      expect(firstLine(reply), q).toMatch(/^临川·门诊和药店医保结算：/);
      expect(reply, q).toMatch(/不超过2个月/);
    }
  });

  it('paying out of one’s own pocket reaches the business whose steps say 垫付', async () => {
    for (const q of ['临川停机期间去医院瞧病是不是得自己掏钱', '临川这两天看门诊要自己先出钱吗']) {
      const reply = await ask(q);
      expect(reply, q).toMatch(/^临川·门诊和药店医保结算：/);
      expect(reply, q).toMatch(/先行垫付/);
    }
  });

  it('a homophone typo of 医保卡 is heard as 医保卡', async () => {
    for (const [typed, meant] of [
      ['临川的医宝卡这两天还能刷不', '临川的医保卡这两天还能刷不'],
      ['临川医宝卡看门诊能用吗', '临川医保卡看门诊能用吗'],
    ] as const)
      expect(await ask(typed), typed).toBe(await ask(meant));
    expect(firstLine(await ask('临川医宝卡看门诊能用吗'))).toMatch(/^临川·门诊和药店医保结算：目前暂停中/);
  });
});

describe('an unaffected business asked of "停机期间" with no city named', () => {
  it('every city whose notice has it answers, though another city’s item also holds 期间', async () => {
    const bot = await createAssistant({ knowledge: loadKnowledge(knowledge(true)) });
    const reply = (await bot.ask({ text: '医保停机期间退休金还照常发吗', at: AT })).text;
    expect(reply).toMatch(/临川·养老金发放：不受此次系统切换影响/);
    expect(reply).toMatch(/武汉·[^\n]*养老/);
  });
});
