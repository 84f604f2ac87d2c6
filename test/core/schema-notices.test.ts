// What notices say that the schema can now write down, each through the loader and the
// bot's reply (and the FAQ page where it shows): an unsigned notice, a resumption written
// once for many businesses, a resumption the operator inferred, a phase the notice gives no
// instructions for, a one-off event on the timetable, and a later notice that amends an
// earlier one. Each notice here is a small made-up one (样例市) in a temp folder.
import { centreContactYaml } from '../support/facts-yaml.ts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildFaq } from '../../handlers/faq-data.ts';
import { faqPage } from '../../handlers/faq.ts';
import { createAssistant } from '../../src/assistant.ts';
import { KnowledgeLoadError, loadKnowledge } from '../../src/knowledge/load.ts';
import type { KnowledgeBase } from '../../src/knowledge/model.ts';
import { Change, Event, Resumption } from '../../src/knowledge/schema.ts';
import { removeTempDirs, ROOT, sh, tempDir } from '../support/helpers.ts';

afterAll(removeTempDirs);

const TITLE = '样例市医疗保障局关于医保信息系统切换的公告';
const HEAD = `# ${TITLE}\n\n一、2022年5月20日18:00起，暂停医保联网结算、医保参保登记、异地就医备案业务。\n\n咨询电话：0000-7654321（市医保中心）\n`;
const SIGNED = '\n样例市医疗保障局\n2022年5月10日\n';
const STOP = '2022年5月20日18:00起，暂停医保联网结算、医保参保登记、异地就医备案业务';

/** One business stopping at the cutover, with `extra` YAML lines under it. */
const business = (id: string, name: string, synonyms: string, extra = '', window = '') => `
  - id: ${id}
    name: ${name}
    domain: 医保
    synonyms: [${synonyms}]${extra}
    windows:
      - suspend: "2022-05-20T18:00"
        suspend_quote: ${STOP}${window}`;

const CONTACTS = `
${centreContactYaml('0000-7654321')}`;

/** facts.yaml of a 样例 notice: `head` lines after the title, the businesses, then `tail`. */
const facts = (o: { id?: string; head?: string; businesses: string; tail?: string }) => `id: ${o.id ?? 'yangli-2022-05'}
title: ${TITLE}
${o.head ?? 'issuers: [样例市医疗保障局]\npublished: "2022-05-10"'}
city:
  name: 样例
  aliases: [样例市]
businesses:${o.businesses}
${o.tail ?? ''}${CONTACTS}`;

/** A knowledge folder with the given notices ({ folder: [notice.md, facts.yaml] }). */
function knowledge(notices: Record<string, [string, string]>): string {
  const dir = tempDir('cutover-schema-');
  for (const [folder, [text, yaml]] of Object.entries(notices)) {
    mkdirSync(join(dir, folder));
    writeFileSync(join(dir, folder, 'notice.md'), text);
    writeFileSync(join(dir, folder, 'facts.yaml'), yaml);
  }
  return dir;
}

async function ask(kb: KnowledgeBase, text: string, at: string): Promise<string> {
  const bot = await createAssistant({ knowledge: kb });
  return (await bot.ask({ text, at })).text;
}

function loadError(dir: string): string {
  try {
    loadKnowledge(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(KnowledgeLoadError);
    return (e as Error).message;
  }
  throw new Error('loaded without a problem');
}

const SETTLEMENT = business('settlement', '医保联网结算', '刷卡, 医保卡', '', '\n        resume_mode: tbd');

describe('an unsigned notice', () => {
  it('loads without issuers, and its source line names the notice only', async () => {
    const kb = loadKnowledge(knowledge({ 'yangli-2022-05': [HEAD, facts({ head: '', businesses: SETTLEMENT })] }));
    const reply = await ask(kb, '样例能刷医保卡吗', '2022-05-21T10:00');
    expect(reply).toContain('样例·医保联网结算：目前暂停中');
    expect(reply).toContain(`来源：《${TITLE}》`);
    expect(reply).not.toMatch(/来源：(undefined|等)/);
    expect(faqPage(buildFaq(kb, sh('2022-05-21T10:00'))).value).toContain('发布单位：公告未署名');
  });
});

describe('a resumption written once for many businesses', () => {
  const text = `${HEAD}\n三、医保联网结算于2022年5月22日8:00起恢复。\n\n四、2022年5月23日8:00起，恢复各项医保业务（异地就医备案除外）。\n${SIGNED}`;
  const yaml = facts({
    businesses:
      business(
        'settlement',
        '医保联网结算',
        '刷卡, 医保卡',
        '',
        '\n        resume: "2022-05-22T08:00"\n        resume_mode: date\n        resume_quote: 医保联网结算于2022年5月22日8:00起恢复',
      ) +
      business('enrollment', '医保参保登记', '参保, 参保登记') +
      business('remote', '异地就医备案', '异地备案, 异地就医'),
    tail: `resumptions:
  - at: "2022-05-23T08:00"
    quote: 2022年5月23日8:00起，恢复各项医保业务（异地就医备案除外）
    covers: 医保
    except: [remote]
`,
  });
  let kb: KnowledgeBase;
  beforeAll(() => {
    kb = loadKnowledge(knowledge({ 'yangli-2022-05': [text, yaml] }));
  });

  it('fills in each covered business, with its quote', async () => {
    const reply = await ask(kb, '样例参保登记什么时候恢复', '2022-05-21T10:00');
    // "什么时候恢复": the resumption first
    expect(reply.split('\n')[0]).toBe('样例·医保参保登记：预计5月23日8:00起恢复；目前暂停中，尚未恢复（自5月20日18:00起暂停）。');
    expect(reply).not.toContain('公告未给出恢复时间');
  });

  it("leaves a business's own stated resumption as it is", async () => {
    expect(await ask(kb, '样例能刷医保卡吗', '2022-05-21T10:00')).toContain('预计5月22日8:00起恢复');
  });

  it('leaves the excepted business suspended, with no date', async () => {
    const reply = await ask(kb, '样例异地就医备案什么时候恢复', '2022-05-24T10:00');
    expect(reply).toContain('样例·异地就医备案：公告未给出恢复时间；目前暂停中，尚未恢复');
    expect(reply).toContain('公告未给出恢复时间');
    expect(reply).not.toContain('5月23日8:00起恢复');
  });

  it('can be flagged as inferred, and is then worded so for every business it covers', async () => {
    const inferred = loadKnowledge(knowledge({ 'yangli-2022-05': [text, yaml.replace('except: [remote]', 'except: [remote]\n    inferred: true')] }));
    expect(await ask(inferred, '样例参保登记什么时候恢复', '2022-05-21T10:00')).toContain(
      '预计5月23日8:00起恢复（公告未写明恢复时间，系根据“2022年5月23日8:00起，恢复各项医保业务（异地就医备案除外）”推断）',
    );
  });

  it('refuses what names no business of the notice', () => {
    const wrong = (y: string) => loadError(knowledge({ 'yangli-2022-05': [text, y] }));
    expect(wrong(yaml.replace('covers: 医保', 'covers: 工伤'))).toContain('resumptions[0].covers: no business of domain "工伤"');
    expect(wrong(yaml.replace('except: [remote]', 'except: [remot]'))).toContain('resumptions[0].except[0]: unknown business "remot"');
  });
});

describe('a resumption the operator inferred', () => {
  const text = `${HEAD}\n二、新系统于2022年5月24日8:00上线。\n${SIGNED}`;
  const window =
    '\n        resume: "2022-05-24T08:00"\n        resume_mode: date\n        resume_quote: 新系统于2022年5月24日8:00上线\n        resume_inferred: true';
  let kb: KnowledgeBase;
  beforeAll(() => {
    kb = loadKnowledge(knowledge({ 'yangli-2022-05': [text, facts({ businesses: business('settlement', '医保联网结算', '刷卡, 医保卡', '', window) })] }));
  });

  it('is worded as an inference, naming what it was inferred from', async () => {
    const reply = await ask(kb, '样例能刷医保卡吗', '2022-05-21T10:00');
    expect(reply.split('\n')[0]).toBe(
      '样例·医保联网结算：目前暂停中，尚未恢复（自5月20日18:00起暂停），预计5月24日8:00起恢复（公告未写明恢复时间，系根据“新系统于2022年5月24日8:00上线”推断）。',
    );
  });

  it('stays flagged once it has passed, on the timetable and on the FAQ page', async () => {
    expect(await ask(kb, '样例能刷医保卡吗', '2022-05-25T10:00')).toContain('公告未写明恢复时间，系根据“新系统于2022年5月24日8:00上线”推断。');
    expect(await ask(kb, '样例停机安排', '2022-05-21T10:00')).toContain('· 5月24日8:00起恢复：医保联网结算（推断）');
    expect(faqPage(buildFaq(kb, sh('2022-05-21T10:00'))).value).toContain('公告未写明恢复时间');
  });
});

describe('a phase the notice gives no instructions for', () => {
  let kb: KnowledgeBase;
  beforeAll(() => {
    const enrollment = business('enrollment', '医保参保登记', '参保, 参保登记', '\n    no_instructions: [during]', '\n        resume_mode: tbd');
    kb = loadKnowledge(knowledge({ 'yangli-2022-05': [HEAD + SIGNED, facts({ businesses: enrollment })] }));
  });

  it('is said, with where to ask, instead of silence', async () => {
    const reply = await ask(kb, '样例参保登记停机期间怎么办', '2022-05-21T10:00');
    expect(reply).toContain('公告未说明暂停期间如何办理，请拨打下方电话咨询。');
    expect(reply).toContain('咨询电话：市医保中心 0000-7654321');
    expect(faqPage(buildFaq(kb, sh('2022-05-21T10:00'))).value).toContain('公告未说明暂停期间如何办理');
  });
});

describe('a one-off event', () => {
  const text = `${HEAD}\n二、2022年5月21日12:00前，在途业务清零。\n\n三、新系统于2022年5月24日8:00上线。\n${SIGNED}`;
  const tail = `events:
  - at: "2022-05-24T08:00"
    title: 新系统上线
    quote: 新系统于2022年5月24日8:00上线
  - at: "2022-05-21T12:00"
    title: 在途业务清零
    quote: 2022年5月21日12:00前，在途业务清零
`;
  let kb: KnowledgeBase;
  beforeAll(() => {
    kb = loadKnowledge(knowledge({ 'yangli-2022-05': [text, facts({ businesses: SETTLEMENT, tail })] }));
  });

  it("is on the bot's timetable, in time order, and can be what comes next", async () => {
    const reply = await ask(kb, '样例停机安排', '2022-05-21T10:00');
    expect(reply).toContain('下一步：5月21日12:00在途业务清零（还有2小时）。');
    const all = reply.split('全部安排：')[1]!;
    expect(all.indexOf('· 5月21日12:00：在途业务清零')).toBeGreaterThan(all.indexOf('5月20日18:00起暂停'));
    expect(all.indexOf('· 5月24日8:00：新系统上线')).toBeGreaterThan(all.indexOf('在途业务清零'));
  });

  it('is on the FAQ timetable', () => {
    const page = faqPage(buildFaq(kb, sh('2022-05-21T10:00'))).value;
    const table = /<table class="stack timetable">[\s\S]*?<\/table>/.exec(page)![0];
    expect(table).toMatch(/<th scope="row">在途业务清零<\/th>[\s\S]*?5月21日12:00/);
    expect(table).toContain('新系统上线');
  });

  it('must agree with its quote', () => {
    const dir = knowledge({ 'yangli-2022-05': [text, facts({ businesses: SETTLEMENT, tail: tail.replace('"2022-05-21T12:00"', '"2022-05-22T12:00"') })] });
    expect(loadError(dir)).toContain('events[1].at');
  });
});

describe('a later notice that amends an earlier one', () => {
  const first = `${HEAD}\n二、2022年5月23日8:00起，恢复各项医保业务（异地就医备案除外）。\n${SIGNED}`;
  const firstFacts = facts({
    businesses:
      business('enrollment', '医保参保登记', '参保, 参保登记') + business('remote', '异地就医备案', '异地备案, 异地就医', '', '\n        resume_mode: tbd'),
    tail: 'resumptions:\n  - at: "2022-05-23T08:00"\n    quote: 2022年5月23日8:00起，恢复各项医保业务（异地就医备案除外）\n    covers: [enrollment]\n',
  });
  const LATER = '样例市医疗保障局关于调整医保信息系统切换时间的补充公告';
  const later = `# ${LATER}\n\n原定于2022年5月20日18:00开始暂停的医保参保登记业务，调整为2022年5月21日18:00起暂停。\n\n异地就医备案业务定于2022年5月25日8:00起恢复。\n\n样例市医疗保障局\n2022年5月15日\n`;
  const laterFacts = `id: yangli-2022-05-adj
title: ${LATER}
issuers: [样例市医疗保障局]
published: "2022-05-15"
city:
  name: 样例
amends: yangli-2022-05
changes:
  - business: enrollment
    suspend: "2022-05-21T18:00"
    suspend_quote: 调整为2022年5月21日18:00起暂停
  - business: remote
    resume: "2022-05-25T08:00"
    resume_mode: date
    resume_quote: 异地就医备案业务定于2022年5月25日8:00起恢复
`;
  let kb: KnowledgeBase;
  beforeAll(() => {
    kb = loadKnowledge(knowledge({ 'yangli-2022-05': [first, firstFacts], 'yangli-2022-05-adj': [later, laterFacts] }));
  });

  it('wins for what it covers, and the reply says what changed and cites it', async () => {
    // the first notice stopped it on 5-20; the later one moved that to 5-21 18:00
    const reply = await ask(kb, '样例参保登记能办吗', '2022-05-21T10:00');
    expect(reply.split('\n')[0]).toContain('样例·医保参保登记：目前可以正常办理。将于5月21日18:00起暂停');
    expect(reply).toContain(`根据《${LATER}》，原定5月20日18:00起暂停，现调整为5月21日18:00起暂停。`);
    expect(reply).toContain(`来源：样例市医疗保障局《${LATER}》（2022年5月15日发布）`);
  });

  it('gives a date to what was 另行通知', async () => {
    const reply = await ask(kb, '样例异地就医备案什么时候恢复', '2022-05-22T10:00');
    expect(reply).toContain('预计5月25日8:00起恢复');
    expect(reply).toContain('原公告恢复时间另行通知，现定于5月25日8:00起恢复。');
  });

  it('shows the current plan on the timetable, with the amending notice as its source', async () => {
    const reply = await ask(kb, '样例停机安排', '2022-05-21T10:00');
    expect(reply).toContain('· 5月21日18:00起暂停：医保参保登记（已调整）');
    expect(reply).toContain('· 5月25日8:00起恢复：异地就医备案（已调整）');
    expect(reply).not.toContain('另行通知：');
    expect(reply).toContain(`标注“已调整”的安排以《${LATER}》为准。`);
    expect(reply).toContain(`《${LATER}》（2022年5月15日发布）`);
    const page = faqPage(buildFaq(kb, sh('2022-05-21T10:00'))).value;
    expect(page).toContain(`根据《${LATER}》，原定5月20日18:00起暂停，现调整为5月21日18:00起暂停。`);
    expect(page).toMatch(new RegExp(`<p class="amends" data-entry data-key="yangli-2022-05-adj/m">本公告调整了《${TITLE}》中的部分安排`));
  });

  it('must name a notice of the same city and a business it has', () => {
    const wrong = (y: string) => loadError(knowledge({ 'yangli-2022-05': [first, firstFacts], 'yangli-2022-05-adj': [later, y] }));
    expect(wrong(laterFacts.replace('amends: yangli-2022-05', 'amends: yangli-2022-06'))).toContain('amends: no notice "yangli-2022-06" to amend');
    expect(wrong(laterFacts.replace('business: remote', 'business: remot'))).toContain('changes[1].business: "yangli-2022-05" has no business "remot"');
    expect(wrong(laterFacts.replace(/^amends:.*\n/m, ''))).toContain('a notice needs at least one business');
  });
});

describe("the README's snippets of these fields", () => {
  it('are valid facts', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### What to know when writing facts.yaml'), readme.indexOf('## Operations'));
    const snippets = [...section.matchAll(/```yaml\n([\s\S]*?)\n\s*```/g)].map((m) => loadYaml(m[1]!.replace(/^ {2}/gm, '')) as Record<string, unknown>);
    const lists = { resumptions: z.array(Resumption), events: z.array(Event), changes: z.array(Change) };
    const checked = snippets.flatMap((s) =>
      Object.entries(lists)
        .filter(([key]) => key in s)
        .map(([key, schema]) => schema.parse(s[key])),
    );
    expect(checked).toHaveLength(3);
  });
});
