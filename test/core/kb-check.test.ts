// kb:check catches an operator's mistakes with times, all of them in one run:
// times that are not on the calendar, times that contradict their own quote, and
// schema mistakes reported beside quote mistakes instead of hiding them. A model
// holding an impossible time is refused, so no reply can say "自NaN年NaN月NaN日".
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import { KnowledgeLoadError, loadKnowledge } from '../../src/knowledge/load.ts';
import { readKnowledge } from '../../src/knowledge/read.ts';
import { quotedTimeMistakes } from '../../src/knowledge/times.ts';
import { KNOWLEDGE_DIR, copyNotices, lineOf, loadError, removeTempDirs, run, tempDir } from '../support/helpers.ts';

afterAll(removeTempDirs);

const WUHAN = 'wuhan-2021-12';
/** "2021-12-14T17:30", quoted "2021年12月14日17:30起，暂停办理全市城乡居民医疗保险…" */
const SUSPEND = ['businesses', 0, 'windows', 0, 'suspend'];
const SUSPEND_FIELD = 'businesses[0].windows[0].suspend';

/** A copy of the Wuhan notice with `edits` (path → value) applied to facts.yaml; the knowledge dir and the new text. */
function editedWuhan(edits: [(string | number)[], unknown][]): { dir: string; yaml: string } {
  const dir = tempDir();
  copyNotices(dir, WUHAN);
  const file = join(dir, WUHAN, 'facts.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  for (const [path, value] of edits) doc.setIn(path, value);
  const yaml = doc.toString({ lineWidth: 0 });
  writeFileSync(file, yaml);
  return { dir, yaml };
}

describe('a time that is not on the calendar is refused', () => {
  it.each([
    ['2021-13-14T17:30', 'no month 13'],
    ['2021-12-32T17:30', 'no day 32'],
    ['2021-02-30T17:30', 'no day 30'],
    ['2021-12-14T25:30', 'no 25:30'],
    ['2021-12-14T24:30', 'no 24:30'],
    ['2021-12-14T17:60', 'no minute 60'],
  ])('%s (%s)', (value, reason) => {
    const { dir, yaml } = editedWuhan([[SUSPEND, value]]);
    const err = loadError(dir);
    expect(err.problems).toHaveLength(1);
    expect(err.message).toContain(`facts.yaml:${lineOf(yaml, value)} ${SUSPEND_FIELD}: "${value}" is not on the calendar`);
    expect(err.message).toContain(reason);
  });

  it('24:00, as the notices write the end of a day, is accepted and means 0:00 of the next day', () => {
    const kb = loadKnowledge(KNOWLEDGE_DIR);
    const collection = kb.notices.find((n) => n.id === WUHAN)!.businesses.find((b) => b.id === 'medical-insurance-collection')!;
    expect(collection.windows[0]!.suspend.toISO()).toBe('2021-12-15T00:00:00.000+08:00');
  });

  it('a publication date that is not on the calendar', () => {
    const { dir } = editedWuhan([[['published'], '2021-02-29']]);
    expect(loadError(dir).message).toMatch(/facts\.yaml:\d+ published: "2021-02-29" is not on the calendar: 2021-02 has no day 29/);
  });
});

describe('a time must agree with the moment its quote states', () => {
  it('a suspension a day off its quote ("12月14日17:30起") names the file, field, line, value and quote', () => {
    const { dir, yaml } = editedWuhan([[SUSPEND, '2021-12-15T17:30']]);
    const err = loadError(dir);
    expect(err.problems).toEqual([
      {
        file: expect.stringContaining(join(WUHAN, 'facts.yaml')),
        field: SUSPEND_FIELD,
        line: lineOf(yaml, '2021-12-15T17:30'),
        message: '"2021-12-15T17:30" disagrees with suspend_quote, which says 2021年12月14日17:30',
      },
    ]);
  });

  it('a clock time off its quote, on the right day', () => {
    const { dir } = editedWuhan([[SUSPEND, '2021-12-14T18:30']]);
    expect(loadError(dir).message).toContain('"2021-12-14T18:30" disagrees with suspend_quote, which says 2021年12月14日17:30');
  });

  it("a step's deadline (at) off its quote", () => {
    const { dir } = editedWuhan([[['businesses', 4, 'before', 0, 'at'], '2021-12-22T18:00']]);
    expect(loadError(dir).message).toContain('businesses[4].before[0].at: "2021-12-22T18:00" disagrees with quote, which says 2021年12月22日17:00');
  });

  it('a resume time off its quote', () => {
    const { dir } = editedWuhan([[['businesses', 4, 'windows', 0, 'resume'], '2021-12-30T23:00']]);
    expect(loadError(dir).message).toContain('businesses[4].windows[0].resume: "2021-12-30T23:00" disagrees with resume_quote, which says 2021年12月31日23:00');
  });

  it('a day the quote names by the date before it ("…完成验证后，次日上午8时30分起恢复") is read as that day', () => {
    const quote = '新系统7月25日完成验证后，次日上午8时30分起，门诊结算恢复。';
    const facts = (resume: string) => ({ businesses: [{ windows: [{ resume, resume_quote: quote }] }] });
    expect(quotedTimeMistakes(facts('2022-07-26T08:30'))).toEqual([]);
    expect(quotedTimeMistakes(facts('2022-07-27T08:30'))[0]?.message).toContain('7月26日上午8时30分');
    const newYear = { businesses: [{ windows: [{ resume: '2022-01-01T00:00', resume_quote: '2021年12月31日完成切换，次日零时起恢复。' }] }] };
    expect(quotedTimeMistakes(newYear)).toEqual([]);
  });

  it('every window of both seeds is checked: each suspension moved by a day is reported', () => {
    for (const folder of ['wuhan-2021-12', 'changsha-2021-10']) {
      const dir = tempDir();
      copyNotices(dir, folder);
      const file = join(dir, folder, 'facts.yaml');
      const yaml = readFileSync(file, 'utf8');
      const suspends = [...yaml.matchAll(/suspend: "(\d{4}-\d{2}-)(\d{2})(T[\d:]+)"/g)];
      expect(suspends.length).toBeGreaterThan(4);
      writeFileSync(
        file,
        yaml.replace(
          /suspend: "(\d{4}-\d{2}-)(\d{2})(T[\d:]+)"/g,
          (_, ym: string, d: string, t: string) => `suspend: "${ym}${String(+d - 1).padStart(2, '0')}${t}"`,
        ),
      );
      const err = loadError(dir);
      expect(err.problems.filter((p) => /windows\[\d+\]\.suspend$/.test(p.field ?? '') && p.message.includes('disagrees with suspend_quote'))).toHaveLength(
        suspends.length,
      );
    }
  });
});

describe('the ways a quote writes a moment', () => {
  // the synthetic-style check through the reader: a one-window notice whose quote says `said`
  const notice = (said: string, suspend: string) => {
    const dir = tempDir();
    copyNotices(dir, WUHAN);
    const folder = join(dir, WUHAN);
    const quote = `${said}起，暂停办理全市城乡居民医疗保险（含大学生）参保登记、变更、核定业务。`;
    writeFileSync(join(folder, 'notice.md'), `${readFileSync(join(folder, 'notice.md'), 'utf8')}\n${quote}\n`);
    const doc = parseDocument(readFileSync(join(folder, 'facts.yaml'), 'utf8'));
    doc.setIn(SUSPEND, suspend);
    doc.setIn([...SUSPEND.slice(0, -1), 'suspend_quote'], quote);
    writeFileSync(join(folder, 'facts.yaml'), doc.toString({ lineWidth: 0 }));
    return dir;
  };
  const agrees = (dir: string) => {
    try {
      loadKnowledge(dir);
      return true;
    } catch (e) {
      if (!(e instanceof KnowledgeLoadError)) throw e;
      expect(e.problems.map((p) => p.field)).toEqual([SUSPEND_FIELD]);
      return false;
    }
  };

  it.each([
    ['2021年12月14日17时30分', '2021-12-14T17:30', '2021-12-14T17:00'],
    ['12月14日下午5点半', '2021-12-14T17:30', '2021-12-14T05:30'],
    ['十二月十四日17:30', '2021-12-14T17:30', '2021-12-15T17:30'],
    ['2021年12月14日（星期二）18时', '2021-12-14T18:00', '2021-12-14T08:00'],
    ['2021年12月14日24时', '2021-12-14T24:00', '2021-12-14T00:00'],
    ['2021年12月14日24:00', '2021-12-15T00:00', '2021-12-15T24:00'],
    ['2021年12月15日0时', '2021-12-14T24:00', '2021-12-15T12:00'],
    ['12月14日中午12点', '2021-12-14T12:00', '2021-12-14T24:00'],
    ['2021年12月14日', '2021-12-14T09:00', '2021-12-16T09:00'],
    ['2022年12月14日', '2022-12-14T09:00', '2021-12-14T09:00'],
  ])('%s: %s agrees, %s does not', (said, good, bad) => {
    expect(agrees(notice(said, good))).toBe(true);
    expect(agrees(notice(said, bad))).toBe(false);
  });

  it('a quote that states no date says nothing either way', () => {
    expect(agrees(notice('停机后', '2021-12-20T09:00'))).toBe(true);
  });
});

describe('every problem of a file in one run', () => {
  it('a schema error does not hide quote problems, nor one item another', () => {
    const { dir, yaml } = editedWuhan([
      [['businesses', 1, 'windows', 0, 'resume_mode'], 'later'], // schema
      [['businesses', 2, 'windows', 0, 'suspend'], '2021-12-15T25:30'], // not on the calendar
      [SUSPEND, '2021-12-15T17:30'], // contradicts its quote
      [['businesses', 3, 'during', 0, 'quote'], '停机期间一切照常办理'], // not in the notice
      [['procedures', 0, 'business'], 'no-such-business'], // a cross-reference
    ]);
    const err = loadError(dir);
    expect(err.problems.map((p) => p.field)).toEqual([
      SUSPEND_FIELD,
      'businesses[1].windows[0].resume_mode',
      'businesses[2].windows[0].suspend',
      'businesses[3].during[0].quote',
      'procedures[0].business',
    ]);
    expect(err.problems.map((p) => p.line)).toEqual(err.problems.map((p) => p.line).sort((a, b) => a! - b!));
    expect(err.problems[0]!.line).toBe(lineOf(yaml, '2021-12-15T17:30'));
  });
});

describe('the model refuses a time that is none', () => {
  it('the service does not start on "2021-12-32T17:30", so it can never say "自NaN年NaN月NaN日"', async () => {
    const { dir } = editedWuhan([[SUSPEND, '2021-12-32T17:30']]);
    const { createAssistant } = await import('../../src/assistant.ts');
    const started = await createAssistant({ knowledgeDir: dir }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(started).toBeInstanceOf(KnowledgeLoadError);
    expect((started as KnowledgeLoadError).problems.map((p) => p.field)).toEqual([SUSPEND_FIELD]);
  });

  it('knowledge read without the reader\'s checks still cannot hold "2021-13-14T17:30"', () => {
    const read = readKnowledge(KNOWLEDGE_DIR);
    const wuhan = read.notices.find((n) => n.facts.id === WUHAN)!;
    wuhan.facts.businesses[0]!.windows[0]!.suspend = '2021-13-14T17:30';
    let err: unknown;
    try {
      buildKnowledge(read);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(KnowledgeLoadError);
    expect((err as KnowledgeLoadError).problems).toEqual([
      { file: join(wuhan.dir, 'facts.yaml'), field: SUSPEND_FIELD, message: expect.stringContaining('2021-13-14T17:30') },
    ]);
  });
});

describe('npm run kb:check', () => {
  it('lists errors of every kind in one run, marked as errors, and exits 1', () => {
    const { dir } = editedWuhan([
      [['businesses', 1, 'windows', 0, 'resume_mode'], 'later'],
      [['businesses', 2, 'windows', 0, 'suspend'], '2021-12-32T17:30'],
      [SUSPEND, '2021-12-15T17:30'],
    ]);
    const r = run('npm', ['run', '-s', 'kb:check', '--', dir]);
    expect(r.status).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(errors).toHaveLength(3);
    expect(errors[0]).toContain(`${SUSPEND_FIELD}: "2021-12-15T17:30" disagrees with suspend_quote, which says 2021年12月14日17:30`);
    expect(errors[1]).toContain('businesses[1].windows[0].resume_mode');
    expect(errors[2]).toContain('businesses[2].windows[0].suspend: "2021-12-32T17:30" is not on the calendar');
    expect(r.stderr).toContain('kb:check: 3 errors, 0 warnings');
    expect(r.stdout).not.toContain('ok ');
  }, 60_000);

  it('prints a warning (a year far from the publication) but passes', () => {
    // the quote of this step names no date, so only its distance from the publication is suspect
    const { dir } = editedWuhan([[['businesses', 0, 'before', 0, 'at'], '2012-12-14T17:30']]);
    const r = run('npm', ['run', '-s', 'kb:check', '--', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /^warning: .*facts\.yaml:\d+ businesses\[0\]\.before\[0\]\.at: "2012-12-14T17:30" is \d+ days before the notice's publication \(2021-12-11\)/m,
    );
    expect(r.stderr).not.toContain('error: ');
    expect(r.stdout).toContain('1 warning');
  }, 60_000);

  it('warns when a folder is not named after its id (a copied folder that kept the old id)', () => {
    const dir = tempDir();
    copyNotices(dir, WUHAN);
    renameSync(join(dir, WUHAN), join(dir, 'wuhan-copy'));
    const r = run('npm', ['run', '-s', 'kb:check', '--', dir, '--no-smoke']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^warning: .*wuhan-copy.*facts\.yaml:\d+ id: id "wuhan-2021-12" is not the folder's name "wuhan-copy"/m);
  }, 60_000);

  it('passes on the real knowledge with neither errors nor warnings from the reader', () => {
    const r = run('npm', ['run', '-s', 'kb:check', '--', KNOWLEDGE_DIR]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/ok {2}.*wuhan-2021-12/);
    expect(r.stdout).toMatch(/ok {2}.*changsha-2021-10/);
  }, 60_000);

  it('checks one notice folder on its own, as the README shows (npm run kb:check -- knowledge/<folder>)', () => {
    const r = run('npm', ['run', '-s', 'kb:check', '--', join(KNOWLEDGE_DIR, 'changsha-2021-10'), '--no-smoke']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/ok {2}.*changsha-2021-10/);
    expect(r.stdout).not.toContain('wuhan-2021-12');
    expect(r.stdout).toContain('1 notice(s), 1 city(ies)');
  }, 60_000);
});
