// kb:check's smoke test asks each business about itself, by its own words, around each
// window, through the real core. A business its own name cannot reach is reported with
// what answered instead and a hint; the seeds' real misses are pinned as figures.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { QUESTION_FORMS, smokeQuestions } from '../../src/check/smoke-questions.ts';
import { smokeTest, type CitySmoke } from '../../src/check/smoke.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR, removeTempDirs, ROOT, run, tempDir } from '../support/helpers.ts';

afterAll(removeTempDirs);

const OUTPATIENT = '医保联网结算（门诊）';
/** Two businesses of 示例市; the second's name is `second` (by default one a bracket away from the first's). */
function twinNotice(second = '医保联网结算（住院）', outpatientSynonyms: string[] = []): string {
  const dir = tempDir();
  const folder = join(dir, 'shili-2022-03');
  mkdirSync(folder);
  const first = `2022年3月18日18:00起，暂停全市${OUTPATIENT}业务`;
  const other = `2022年3月19日18:00起，暂停全市${second}业务`;
  writeFileSync(
    join(folder, 'notice.md'),
    `# 示例市医疗保障局关于医保信息系统切换停机的公告\n\n一、${first}，预计2022年3月21日8:00起恢复。\n\n二、${other}，恢复时间另行通知。\n\n咨询电话：0000-1234567（市医保中心）\n`,
  );
  writeFileSync(
    join(folder, 'facts.yaml'),
    `id: shili-2022-03
title: 示例市医疗保障局关于医保信息系统切换停机的公告
issuers: [示例市医疗保障局]
published: "2022-03-10"
city: { name: 示例, aliases: [示例市] }
businesses:
  - id: outpatient
    name: ${OUTPATIENT}
    domain: 医保
    synonyms: [${outpatientSynonyms.join(', ')}]
    windows:
      - { suspend: "2022-03-18T18:00", suspend_quote: "${first}", resume: "2022-03-21T08:00", resume_mode: date, resume_quote: 预计2022年3月21日8:00起恢复 }
  - id: inpatient
    name: ${second}
    domain: 医保
    windows:
      - { suspend: "2022-03-19T18:00", suspend_quote: "${other}", resume_mode: tbd, resume_quote: 恢复时间另行通知 }
contacts:
  - { unit: 市医保中心, level: city, topic: general, label: 咨询电话, phones: [{ number: "0000-1234567" }], quote: 咨询电话：0000-1234567（市医保中心） }
`,
  );
  return dir;
}

async function smoke(dir: string): Promise<CitySmoke[]> {
  const out: CitySmoke[] = [];
  for await (const city of smokeTest(loadKnowledge(dir))) out.push(city);
  return out;
}

describe('the questions', () => {
  it('each form with the short name, an hour before, during and an hour after; no "after" without a resumption', () => {
    const kb = loadKnowledge(twinNotice());
    const [outpatient, inpatient] = kb.notices[0]!.businesses;
    const asked = smokeQuestions(kb.cities[0]!, outpatient!);
    expect(asked.map((q) => `${q.text} ${q.at.toFormat('MM-dd HH:mm')} ${q.phase}`)).toEqual(
      ['示例医保联网结算什么时候暂停', '示例医保联网结算什么时候恢复', '示例现在还能办医保联网结算吗'].flatMap((text) => [
        `${text} 03-18 17:00 before`,
        `${text} 03-18 19:00 during`,
        `${text} 03-21 09:00 after`,
      ]),
    );
    expect(QUESTION_FORMS).toHaveLength(3);
    expect(smokeQuestions(kb.cities[0]!, inpatient!).map((q) => q.phase)).not.toContain('after');
  });
});

describe('a business its own name does not reach', () => {
  it('is reported with the question, the moment, what answered and the words the two share, and fails', async () => {
    const [city] = await smoke(twinNotice());
    const [outpatient, inpatient] = city!.businesses;
    expect(outpatient!.misses).toEqual([]);
    expect(inpatient!.failing).toBe(true);
    expect(inpatient!.misses).toHaveLength(inpatient!.asked);
    const miss = inpatient!.misses.find((m) => m.question.phase === 'during')!;
    expect(miss.question.text).toBe('示例医保联网结算什么时候暂停');
    expect(miss.question.at.toISO()).toBe('2022-03-19T19:00:00.000+08:00');
    expect(miss.answered).toMatch(/^示例·医保联网结算（门诊）：目前暂停中/);
    expect(miss.hint).toBe(
      'two businesses share these words: 医保联网结算 (“医保联网结算（住院）” and “医保联网结算（门诊）”); make its name or synonyms tell it apart',
    );
  });

  it('names that tell the two apart: nothing missed', async () => {
    const [city] = await smoke(twinNotice('住院病人出院结算'));
    expect(city!.businesses.map((b) => b.misses.map((m) => `${m.question.text} → ${m.answered}`))).toEqual([[], []]);
  });
});

describe('a reply about the right business that states the wrong phase', () => {
  it('a synonym holding a date is read as the moment asked: reported with that hint', async () => {
    const [city] = await smoke(twinNotice('住院病人出院结算', ['3月25日门诊结算']));
    const misses = city!.businesses[0]!.misses;
    expect(misses.map((m) => `${m.question.text} ${m.question.phase}`)).toEqual(
      ['示例3月25日门诊结算什么时候暂停', '示例3月25日门诊结算什么时候恢复', '示例现在还能办3月25日门诊结算吗'].flatMap((q) => [`${q} before`, `${q} during`]),
    );
    expect(misses[0]!.answered).toMatch(/^示例·医保联网结算（门诊）：3月25日（周五）已恢复/);
    expect(misses[0]!.hint).toBe(
      'reached, but it states after where before is due: “3月25日门诊结算” names a time (3月25日), which is read as the moment asked; name it without one',
    );
  });
});

describe('the seeds', () => {
  it('360 questions, 33 missed: five words that do not reach their business, none failing', async () => {
    const cities = await smoke(KNOWLEDGE_DIR);
    const figures = cities.map((c) => ({
      city: c.city.name,
      asked: c.asked,
      missed: Object.fromEntries(c.businesses.filter((b) => b.misses.length).map((b) => [b.business.id, [...new Set(b.misses.map((m) => m.question.words))]])),
      failing: c.businesses.filter((b) => b.failing).length,
    }));
    expect(figures).toEqual([
      { city: '长沙', asked: 162, missed: { 'agency-services': ['医保局'], 'online-query': ['我的长沙'] }, failing: 0 },
      {
        city: '武汉',
        asked: 198,
        missed: { 'medical-realtime-settlement': ['医保卡'], 'enterprise-social-collection': ['社会保险费'], 'enterprise-social-services': ['社保业务'] },
        failing: 0,
      },
    ]);
    const hints = cities.flatMap((c) => c.businesses.flatMap((b) => b.misses.map((m) => m.hint)));
    expect(new Set(hints)).toEqual(
      new Set([
        "“我的长沙” holds the city's name 长沙, which is read as the place, not as the business; add a synonym that names it the way citizens do",
        "“社保业务” is too general to name one business (the reply is the city's whole timetable); add a synonym that names it the way citizens do",
        "“医保局” is too general to name one business (the reply is the city's whole timetable); add a synonym that names it the way citizens do",
        "“社会保险费” is too general to name one business (the reply is the city's whole timetable); add a synonym that names it the way citizens do",
        expect.stringMatching(/^two businesses share these words: 保卡 \(“医保实时联网结算.*” and “社会保障卡补卡、挂失（银行网点，不受影响）”\)/),
      ]),
    );
  });
});

describe('npm run kb:check', () => {
  it('prints the smoke section after the folders, and passes on the seeds (misses are warnings)', () => {
    const r = run('npm', ['run', '-s', 'kb:check', '--', KNOWLEDGE_DIR]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^smoke 长沙 \(changsha-2021-10\): 162 questions about 6 businesses, 18 missed$/m);
    expect(r.stdout).toMatch(/^warning: smoke 武汉·医保实时联网结算.*: 3 of 27 questions missed$/m);
    expect(r.stdout).toContain(
      '  武汉现在还能办医保卡吗 at 2021-12-22T17:00 (before), 2021-12-22T19:00 (during), 2022-01-01T00:00 (after)\n    → 武汉·社会保障卡补卡、挂失（银行网点，不受影响）：',
    );
    expect(r.stdout).toMatch(/^smoke: 360 questions in [\d.]+ s, 33 missed$/m);
    expect(r.stdout.indexOf('ok  ')).toBeLessThan(r.stdout.indexOf('smoke '));
    // the sample in README's "Adding a city" is this output, line for line ("…" leaves lines out)
    const sample = /```\n {2}(smoke [\s\S]*?)\n\s*```/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))![1]!;
    const shown = sample
      .split('\n')
      .map((l) => l.replace(/^ {2}/, ''))
      .filter((l) => l.trim() !== '…');
    expect(shown.length).toBeGreaterThan(3);
    for (const line of shown) expect(r.stdout.split('\n')).toContain(line);
  }, 60_000);

  it('exits 1 when a business misses more than half its questions, and --no-smoke skips the test', () => {
    const dir = twinNotice();
    const r = run('npm', ['run', '-s', 'kb:check', '--', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^error: smoke 示例·医保联网结算（住院）: 6 of 6 questions missed \(more than 50%\)$/m);
    expect(r.stdout).toContain('  hint: two businesses share these words: 医保联网结算');
    const skipped = run('npm', ['run', '-s', 'kb:check', '--', dir, '--no-smoke']);
    expect(skipped.status, skipped.stderr).toBe(0);
    expect(skipped.stdout).toContain('ok  ');
    expect(skipped.stdout).not.toContain('smoke');
  }, 60_000);
});
