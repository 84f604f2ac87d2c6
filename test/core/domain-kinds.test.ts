// A city written from the README alone (test/fixtures/bare-city: bare business names, no
// synonyms, no question phrasings) answers the usual citizen wordings through the shared
// kinds of knowledge/_domain, and the kinds keep apart the businesses that share words:
// 缴费核定 and 征收 (缴费), 刷卡购药 and 住院结算 (刷卡), 住院 and 异地就医备案.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant, type Assistant } from '../../src/assistant.ts';
import { DOMAIN_FOLDER } from '../../src/knowledge/files.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { loadKnowledgeInChild } from '../../src/knowledge/load-in-child.ts';
import { firstLine, KNOWLEDGE_DIR, removeTempDirs, ROOT, tempDir } from '../support/helpers.ts';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'bare-city');
/** 核定 stopped 5-15, 备案 5-16, 住院 5-17, 药店 5-18; 征收 still open until 5-20 */
const AT = '2023-05-19T10:00';

function bareCity(withDomain = false): string {
  const dir = tempDir('cutover-bare-');
  cpSync(FIXTURE, join(dir, 'yangban-2023-05'), { recursive: true });
  if (withDomain) cpSync(join(KNOWLEDGE_DIR, DOMAIN_FOLDER), join(dir, DOMAIN_FOLDER), { recursive: true });
  return dir;
}

afterAll(removeTempDirs);

describe('a notice with bare business names answers through the kinds', () => {
  let bot: Assistant;
  const ask = async (q: string) => firstLine((await bot.ask({ text: q, at: AT })).text);

  it.each([
    ['样板市现在还能交医保吗', '医保费征收'],
    ['样板交保险费截止到哪天', '医保费征收'],
    ['样板市社保费还能缴纳吗', '医保费征收'],
    ['样板市医保缴费核定什么时候恢复', '缴费核定'],
    ['样板市药店买药能刷医保卡吗', '刷卡购药'],
    ['样板市去药房拿药还能刷卡吗', '刷卡购药'],
    ['样板市住院能刷卡吗', '住院结算'],
    ['样板市出院怎么结算', '住院结算'],
    ['样板市在外地看病要备案吗', '异地就医备案'],
    ['样板市去外省住院要报备吗', '异地就医备案'],
  ])('%s → %s', async (q, business) => {
    bot ??= await createAssistant({ knowledge: loadKnowledge(bareCity()) });
    expect(await ask(q)).toMatch(new RegExp(`^样板·${business}：`));
  });

  it('paying the premium gets the open collection, not the suspended assessment (缴费核定 shares 缴费)', async () => {
    bot ??= await createAssistant({ knowledge: loadKnowledge(bareCity()) });
    for (const q of ['样板市现在还能缴费吗', '样板市缴费停了吗', '样板市医保费现在还能交吗']) {
      const reply = await ask(q);
      expect(reply, q).toMatch(/^样板·医保费征收：目前可以正常办理/);
      expect(reply, q).not.toMatch(/缴费核定|暂停中/);
    }
  });

  it('刷卡购药 and 住院结算 (both 刷卡 / 结算) each get their own questions', async () => {
    bot ??= await createAssistant({ knowledge: loadKnowledge(bareCity()) });
    for (const q of ['样板市出院怎么结算', '样板市转院结算', '样板市住院能刷卡吗']) expect(await ask(q), q).toMatch(/^样板·住院结算：.*5月23日8:00起恢复/);
    for (const q of ['样板市刷卡购药什么时候恢复', '样板市拿药结算什么时候恢复', '样板市药店还能刷卡吗'])
      expect(await ask(q), q).toMatch(/^样板·刷卡购药：.*5月22日8:00起恢复/);
  });

  it('care at home is not answered with the filing for care elsewhere', async () => {
    bot ??= await createAssistant({ knowledge: loadKnowledge(bareCity()) });
    expect(await ask('样板市看病能刷卡吗')).not.toMatch(/异地/);
    expect(await ask('样板市去外地看病要备案吗')).toMatch(/^样板·异地就医备案：/);
  });
});

describe('a follow-up keeps its own kind', () => {
  it('"那缴费呢" after a question about 刷卡 in hospital is about paying, not about 刷卡 (the last question lends its form only)', async () => {
    const bot = await createAssistant({ knowledge: loadKnowledge(bareCity()) });
    await bot.ask({ text: '样板市住院现在能直接刷医保卡了吗', at: AT, session: 'follow' });
    const reply = (await bot.ask({ text: '那缴费呢', at: AT, session: 'follow' })).text;
    // answered, or asked back with paying offered first
    expect(reply).toMatch(/^(?:样板·医保费征收：|您想问的是哪一项？请回复数字：\n1\. 样板医保费征收)/);
  });
});

describe('a business declares its facets', () => {
  it('a name that says nothing is found by its declared facets', async () => {
    const dir = bareCity();
    const facts = join(dir, 'yangban-2023-05', 'facts.yaml');
    // the collection renamed to what no word reads, then declared
    writeFileSync(
      facts,
      readFileSync(facts, 'utf8').replace(
        'name: 医保费征收\n    domain: 征收\n',
        'name: 第二项业务\n    domain: 征收\n    facets: { what: 缴费, channel: [税务银行] }\n',
      ),
    );
    const bot = await createAssistant({ knowledge: loadKnowledge(dir) });
    expect(firstLine((await bot.ask({ text: '样板市现在还能交医保吗', at: AT })).text)).toMatch(/^样板·第二项业务：目前可以正常办理/);
  });
});

describe('the vocabulary is checked like the notices', () => {
  const problemsOf = (dir: string) => {
    try {
      loadKnowledge(dir);
      return [];
    } catch (e) {
      return (e as { problems: { file: string; field?: string; line?: number; message: string }[] }).problems;
    }
  };

  it('names file, field and line of an unknown facet value in a notice and in a kind', () => {
    const dir = bareCity(true);
    const facts = join(dir, 'yangban-2023-05', 'facts.yaml');
    writeFileSync(facts, readFileSync(facts, 'utf8').replace('name: 缴费核定\n', 'name: 缴费核定\n    facets: { what: 核准 }\n'));
    const kinds = join(dir, DOMAIN_FOLDER, 'kinds.yaml');
    writeFileSync(kinds, readFileSync(kinds, 'utf8').replace('facets: { what: 核定 }', 'facets: { wat: 核定 }'));
    const problems = problemsOf(dir);
    const factsLine =
      readFileSync(facts, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('what: 核准')) + 1;
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/yangban-2023-05\/facts\.yaml$/),
        field: 'businesses[0].facets.what',
        line: factsLine,
        message: expect.stringContaining('unknown what "核准"'),
      }),
    );
    const kindLine =
      readFileSync(kinds, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('wat: 核定')) + 1;
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/_domain\/kinds\.yaml$/),
        field: 'kinds[1].facets.wat',
        line: kindLine,
        message: expect.stringContaining('unknown facet "wat"'),
      }),
    );
  });

  it('names a concept the code needs that concepts.yaml lacks', () => {
    const dir = bareCity(true);
    const concepts = join(dir, DOMAIN_FOLDER, 'concepts.yaml');
    writeFileSync(concepts, readFileSync(concepts, 'utf8').replace(/^ {2}settle: .*\n/m, ''));
    expect(problemsOf(dir)).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/_domain\/concepts\.yaml$/),
        field: 'concepts',
        message: 'concept "settle" is missing (the code refers to it)',
      }),
    );
  });

  it('names an unknown value in what a facet implies', () => {
    const dir = bareCity(true);
    const facets = join(dir, DOMAIN_FOLDER, 'facets.yaml');
    writeFileSync(facets, readFileSync(facets, 'utf8').replace(/^( {2}setting: \{ what: )结算/m, '$1结账'));
    expect(problemsOf(dir)).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/_domain\/facets\.yaml$/),
        field: 'implied.setting.what',
        message: expect.stringContaining('unknown what "结账"'),
      }),
    );
  });

  it('names the line of a facet value without words', () => {
    const dir = bareCity(true);
    const facets = join(dir, DOMAIN_FOLDER, 'facets.yaml');
    const text = readFileSync(facets, 'utf8').replace(/^( {4}查询: )\[.*\]$/m, '$1[]');
    writeFileSync(facets, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('    查询: []')) + 1;
    expect(problemsOf(dir)).toContainEqual(expect.objectContaining({ field: 'facets.what.查询', line, message: expect.stringContaining('at least one word') }));
  });
});

describe('the vocabulary travels with the knowledge', () => {
  it('a concept word added to concepts.yaml is read as its concept by the knowledge that holds it', () => {
    const dir = bareCity(true);
    const concepts = join(dir, DOMAIN_FOLDER, 'concepts.yaml');
    expect(loadKnowledge(dir).domain.lexicon.tokenize('嘀卡')).not.toContain('@settle');
    writeFileSync(concepts, readFileSync(concepts, 'utf8').replace(/^( {2}settle: \[)/m, '$1嘀卡, '));
    expect(loadKnowledge(dir).domain.lexicon.tokenize('嘀卡')).toContain('@settle');
    expect(loadKnowledge(bareCity()).domain.lexicon.tokenize('嘀卡')).not.toContain('@settle'); // the shipped one is untouched
  });

  it('a reload in the child process picks up an edited vocabulary', async () => {
    const dir = bareCity(true);
    const question = { text: '样板市的医保豆子还能买吗', at: AT };
    const before = await createAssistant({ knowledge: await loadKnowledgeInChild(dir) });
    expect(firstLine((await before.ask(question)).text)).not.toMatch(/^样板·医保费征收/);
    const kinds = join(dir, DOMAIN_FOLDER, 'kinds.yaml');
    writeFileSync(kinds, readFileSync(kinds, 'utf8').replace('synonyms: [缴费, 征收,', 'synonyms: [医保豆子, 缴费, 征收,'));
    const after = await createAssistant({ knowledge: await loadKnowledgeInChild(dir) });
    expect(firstLine((await after.ask(question)).text)).toMatch(/^样板·医保费征收/);
  });
});
