// A draft may split one settlement stop into two businesses with the same window, the notice's
// words on in-patients kept under the other (writes a temp folder): a question about a hospital
// stay across the stop still gets them, and a question of when borrows nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant, type Assistant } from '../../src/assistant.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { centreContactYaml, noticeHeadYaml, stepYaml, windowYaml } from '../support/facts-yaml.ts';
import { removeTempDirs, tempDir } from '../support/helpers.ts';

const STOP = '2025年8月8日20:00至8月11日8:00，定点医疗机构门诊、住院医保结算和定点药店购药结算暂停。';
const CLAIM = '确实无法补结算的，携带发票原件到参保地医保经办机构申请零星报销。';
const STAY = '在院患者由医院于8月8日18:00前办理中途结算；停机期间入院的，系统恢复后由医院补办入院登记。';
const CARE = '停机期间看门诊的，费用先由个人垫付，请保存好票据。';

const NOTICE = `# 石屏市医疗保障局关于医保结算暂停的公告\n\n${STOP}\n\n${STAY}\n\n${CARE}\n\n${CLAIM}\n\n咨询电话：0999-6300001（市医保中心）\n\n石屏市医疗保障局\n2025年8月1日\n`;
const window = windowYaml('2025-08-08T20:00', STOP.replace(/。$/, ''), '2025-08-11T08:00', STOP.replace(/。$/, ''));

const FACTS = `${noticeHeadYaml('shiping-2025-08', '石屏', '石屏市医疗保障局关于医保结算暂停的公告', '2025-08-01')}businesses:
  - id: outpatient
    name: 定点医疗机构门诊医保结算
    domain: 医保
${window}    during:
${stepYaml(STAY)}${stepYaml(CARE)}  - id: inpatient
    name: 定点住院医保结算；定点药店购药结算
    domain: 医保
${window}    during:
${stepYaml(CLAIM)}${centreContactYaml('0999-6300001')}`;

afterAll(removeTempDirs);

describe('steps of a settlement a draft split in two', () => {
  let bot: Assistant;
  const ask = async (q: string, at = '2025-08-09T10:00') => {
    if (!bot) {
      const dir = tempDir('cutover-split-');
      mkdirSync(join(dir, 'shiping-2025-08'));
      writeFileSync(join(dir, 'shiping-2025-08', 'notice.md'), NOTICE);
      writeFileSync(join(dir, 'shiping-2025-08', 'facts.yaml'), FACTS);
      bot = await createAssistant({ knowledge: loadKnowledge(dir) });
    }
    return (await bot.ask({ text: q, at })).text;
  };

  it('a stay in hospital across the stop gets the notice’s in-patient guidance', async () => {
    for (const q of ['石屏停机那几天我还住着院，怎么办', '石屏我爸住院中，停机了出院结算怎么弄']) {
      expect(await ask(q), q).toMatch(/中途结算|补办入院登记/);
    }
  });

  it('a question of when borrows no other business’s steps', async () => {
    expect(await ask('石屏住院结算什么时候恢复')).not.toMatch(/中途结算/);
  });
});
