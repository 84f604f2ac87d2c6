// Claims for care paid out of pocket during a stop, on unedited drafts (writes a temp folder):
// asked by when or how ("垫付的钱最晚哪天要报", "先垫了钱之后怎么报销"), the reply quotes the
// notice's dated deadlines for 补结算 and 零星报销, wherever the draft keeps them (dated general
// advice, or a step whose words hold the date); a notice with no date is said to give none.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant, type Assistant } from '../../src/assistant.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { centreContactYaml, noticeHeadYaml, stepYaml, windowYaml } from '../support/facts-yaml.ts';
import { removeTempDirs, tempDir } from '../support/helpers.ts';

const STOP = '2025年6月6日18:00至6月9日8:00，全市定点医药机构医保结算暂停。';
const IN_PATIENT = '停机前已住院的，可在6月6日12:00前办理中途结算。';
const ELSEWHERE = '停机期间在异地急诊就医的，先行垫付，回参保地按规定报销。';
const CARE = '停机期间门诊、急诊就医的，费用先由个人垫付，急诊照常接诊。';
const HOSPITAL = '系统恢复后，请于6月20日前回原就诊的定点医药机构补办医保结算。';
const AGENCY = '无法补结算的，可于7月15日前向参保地医保经办机构申请零星报销。';
const UNDATED = '系统恢复后，持票据回原就诊的定点医药机构补办医保结算。';

const notice = (city: string, items: string[]) =>
  `# ${city}市医疗保障局关于医保系统升级的公告\n\n${STOP}\n\n${items.join('\n\n')}\n\n咨询电话：0999-6200001（市医保中心）\n\n${city}市医疗保障局\n2025年6月1日\n`;

/** as the importer drafts it: one settlement business, the 补结算 step with its date only in its words, the 零星报销 deadline as dated advice */
const DATED = `${noticeHeadYaml('songhe-2025-06', '松禾', '松禾市医疗保障局关于医保系统升级的公告', '2025-06-01')}businesses:
  - id: settlement
    name: 定点医药机构医保结算
    domain: 医保
${windowYaml('2025-06-06T18:00', STOP.replace(/。$/, ''), '2025-06-09T08:00', STOP.replace(/。$/, ''))}    during:
${stepYaml(AGENCY)}${stepYaml(ELSEWHERE)}${stepYaml(CARE)}    after:
${stepYaml(HOSPITAL)}${stepYaml(IN_PATIENT)}general_advice:
  - at: "2025-07-15T00:00"
    quote: ${AGENCY}
${centreContactYaml('0999-6200001')}`;

/** the same notice with no date for the 补结算 */
const UNDATED_FACTS = DATED.replaceAll('songhe', 'lanxi')
  .replaceAll('松禾', '兰溪')
  .replace(/general_advice:[\s\S]*?(?=contacts:)/, '')
  .replace(stepYaml(AGENCY), '')
  .replace(stepYaml(HOSPITAL), stepYaml(UNDATED));

function knowledge(): string {
  const dir = tempDir('cutover-claims-');
  for (const [id, city, facts, items] of [
    ['songhe-2025-06', '松禾', DATED, [IN_PATIENT, CARE, HOSPITAL, AGENCY, ELSEWHERE]],
    ['lanxi-2025-06', '兰溪', UNDATED_FACTS, [IN_PATIENT, CARE, UNDATED, ELSEWHERE]],
  ] as const) {
    mkdirSync(join(dir, id));
    writeFileSync(join(dir, id, 'notice.md'), notice(city, [...items]));
    writeFileSync(join(dir, id, 'facts.yaml'), facts);
  }
  return dir;
}

afterAll(removeTempDirs);

describe('claims for care paid during a stop', () => {
  let bot: Assistant;
  const ask = async (q: string, at = '2025-06-07T10:00') => {
    bot ??= await createAssistant({ knowledge: loadKnowledge(knowledge()) });
    return (await bot.ask({ text: q, at })).text;
  };

  it('asked by when, the reply gives the notice’s dated deadlines for 补结算 and 零星报销', async () => {
    for (const q of ['松禾停机那几天自己垫的医药费，报销截至哪天', '松禾最迟几号要回医院补结算', '松禾垫付的钱最晚什么时候去报']) {
      const reply = await ask(q);
      expect(reply, q).toMatch(/6月20日前/);
      expect(reply, q).toMatch(/7月15日前/);
      expect(reply, q).not.toMatch(/中途结算|异地急诊/);
    }
  });

  it('a deadline already passed is said to be', async () => {
    expect(await ask('松禾补结算最晚哪天', '2025-06-25T10:00')).toMatch(/6月20日前（该时间已过）/);
  });

  it('asked how to claim after paying, the reply is the 补结算 step with its deadline, not an unrelated one', async () => {
    const reply = await ask('松禾看病先垫了钱，之后怎么报销');
    expect(reply).toMatch(/补办医保结算/);
    expect(reply).toMatch(/6月20日前/);
    expect(reply).not.toMatch(/异地急诊/);
  });

  it('a notice with no date for claims: says so, shows its claim step, and invents no date', async () => {
    const reply = await ask('兰溪垫付的医药费报销截止到什么时候');
    expect(reply).toMatch(/没有写明.*截止日期/);
    expect(reply).toMatch(/补办医保结算/);
    expect(reply.split('来源')[0]).not.toMatch(/\d+月\d+日前/);
  });
});
