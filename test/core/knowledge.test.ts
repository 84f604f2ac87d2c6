// The knowledge base: both real notices load, every fact is grounded in its
// notice's text, schema mistakes are reported where an operator can fix them,
// the Changsha contacts table is encoded cell by cell, and adding a city is
// adding a folder.
import { DOMAIN_FILES, DOMAIN_FOLDER, isNoticeFolderName } from '../../src/knowledge/files.ts';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { parse, parseDocument } from 'yaml';
import { collectQuotes, groundingKey } from '../../src/knowledge/grounding.ts';
import { KnowledgeLoadError, loadKnowledge } from '../../src/knowledge/load.ts';
import { loadKnowledgeInChild } from '../../src/knowledge/load-in-child.ts';
import { KNOWLEDGE_DIR, ROOT, SYNTHETIC, copyNotices, lineOf, loadError, removeTempDirs, run, tempDir, writeSyntheticNotice } from '../support/helpers.ts';

afterAll(removeTempDirs);

const FOLDERS = readdirSync(KNOWLEDGE_DIR)
  .filter((n) => !n.startsWith('.') && !n.startsWith('_'))
  .sort();
const readIn = (folder: string, file: string) => readFileSync(join(KNOWLEDGE_DIR, folder, file), 'utf8');

/** businesses[0].windows[0].suspend_quote, as the loader names fields. */
const fieldPath = (path: (string | number)[]) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');

describe('the real knowledge', () => {
  it('loads both notices: 武汉 and 长沙', () => {
    const kb = loadKnowledge(KNOWLEDGE_DIR);
    expect(FOLDERS).toEqual(expect.arrayContaining(['changsha-2021-10', 'wuhan-2021-12']));
    expect(kb.notices.map((n) => n.id).sort()).toEqual(expect.arrayContaining(['changsha-2021-10', 'wuhan-2021-12']));
    expect(kb.cities.map((c) => c.name)).toEqual(expect.arrayContaining(['武汉', '长沙']));
    expect(kb.notices).toHaveLength(FOLDERS.length);
    expect(kb.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it.each(FOLDERS)('%s: every quote of every fact is in notice.md', (folder) => {
    const haystack = groundingKey(readIn(folder, 'notice.md'));
    const quotes = collectQuotes(parse(readIn(folder, 'facts.yaml')));
    expect(quotes.length).toBeGreaterThan(20);
    const missing = quotes.filter((q) => !haystack.includes(groundingKey(q.quote))).map((q) => `${fieldPath(q.path)}: ${q.quote}`);
    expect(missing).toEqual([]);
  });

  it('collectQuotes sees every kind of quoted field', () => {
    const keys = new Set(FOLDERS.flatMap((f) => collectQuotes(parse(readIn(f, 'facts.yaml')))).map((q) => String(q.path[q.path.length - 1])));
    expect([...keys].sort()).toEqual(expect.arrayContaining(['quote', 'resume_quote', 'suspend_quote', 'unaffected']));
  });
});

describe('the two YAML parsers', () => {
  // read.ts reads with js-yaml (fast) and asks yaml for line numbers only when something is wrong
  it('read every knowledge file, and the synthetic one, alike', () => {
    const dir = tempDir();
    const notices = readdirSync(KNOWLEDGE_DIR).filter(isNoticeFolderName);
    const domain = Object.values(DOMAIN_FILES).map((f) => join(KNOWLEDGE_DIR, DOMAIN_FOLDER, f));
    const files = [...notices.map((n) => join(KNOWLEDGE_DIR, n, 'facts.yaml')), ...domain, join(writeSyntheticNotice(dir), 'facts.yaml')];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(loadYaml(text, { schema: CORE_SCHEMA }), file).toEqual(parse(text));
    }
  });
});

describe('a quote that is not in the notice fails loading', () => {
  // One altered quote per kind of field (window, step, procedure, contact, unaffected …) of each notice.
  const cases = FOLDERS.flatMap((folder) => {
    const seen = new Set<string>();
    return collectQuotes(parse(readIn(folder, 'facts.yaml')))
      .filter(({ path }) => {
        const shape = path.map((p) => (typeof p === 'number' ? '#' : p)).join('.');
        return !seen.has(shape) && seen.add(shape);
      })
      .map(({ path, quote }) => [`${folder} ${fieldPath(path)}`, folder, path, quote] as const);
  });

  it('covers window, step, procedure and contact quotes', () => {
    const fields = cases.map(([, , path]) => fieldPath(path));
    for (const re of [
      /windows\[\d+\]\.suspend_quote$/,
      /windows\[\d+\]\.resume_quote$/,
      /during\[\d+\]\.quote$/,
      /^procedures\[\d+\]\.quote$/,
      /^contacts\[\d+\]\.quote$/,
    ]) {
      expect(
        fields.some((f) => re.test(f)),
        String(re),
      ).toBe(true);
    }
  });

  it.each(cases)('%s', (_, folder, path, quote) => {
    const dir = tempDir();
    copyNotices(dir, folder);
    const facts = join(dir, folder, 'facts.yaml');
    const doc = parseDocument(readFileSync(facts, 'utf8'));
    const chars = [...quote];
    const mid = Math.floor(chars.length / 2);
    const altered = [...chars.slice(0, mid), '※', ...chars.slice(mid + 1)].join('');
    doc.setIn(path, altered);
    const text = doc.toString({ lineWidth: 0 });
    writeFileSync(facts, text);

    const err = loadError(dir);
    expect(err.problems).toHaveLength(1);
    // '※' occurs nowhere else in the file: its line is the altered quote's line
    expect(err.message).toContain(`facts.yaml:${lineOf(text, '※')} ${fieldPath(path)}`);
    expect(err.message).toContain('quote not found');
  });

  it('names businesses[0].windows[0].suspend_quote of the Wuhan notice', () => {
    const dir = tempDir();
    copyNotices(dir, 'wuhan-2021-12');
    const facts = join(dir, 'wuhan-2021-12', 'facts.yaml');
    const doc = parseDocument(readFileSync(facts, 'utf8'));
    const path = ['businesses', 0, 'windows', 0, 'suspend_quote'];
    doc.setIn(path, String(doc.getIn(path)).replace('17:30', '16:30'));
    writeFileSync(facts, doc.toString({ lineWidth: 0 }));
    const err = loadError(dir);
    expect(err.message).toMatch(/facts\.yaml:\d+ businesses\[0\]\.windows\[0\]\.suspend_quote: quote not found/);
  });
});

/** The synthetic notice with facts.yaml edited; returns the knowledge dir and the edited text. */
function brokenSynthetic(edit: (yaml: string) => string): { dir: string; yaml: string } {
  const dir = tempDir();
  const folder = writeSyntheticNotice(dir);
  const yaml = edit(readFileSync(join(folder, 'facts.yaml'), 'utf8'));
  writeFileSync(join(folder, 'facts.yaml'), yaml);
  return { dir, yaml };
}

describe('schema errors name the file, the field and the line', () => {
  it('the synthetic notice itself is valid (so each edit below is the only fault)', () => {
    const dir = tempDir();
    writeSyntheticNotice(dir);
    expect(loadKnowledge(dir).cities.map((c) => c.name)).toEqual([SYNTHETIC.city]);
  });

  it('a time written "2021-12-22 18:00"', () => {
    const { dir, yaml } = brokenSynthetic((y) => y.replace('suspend: "2022-03-01T20:00"', 'suspend: "2022-03-01 20:00"'));
    const err = loadError(dir);
    expect(err.problems).toHaveLength(1);
    expect(err.message).toContain(`facts.yaml:${lineOf(yaml, '2022-03-01 20:00')} businesses[0].windows[0].suspend`);
    expect(err.message).toContain('YYYY-MM-DDTHH:mm');
  });

  it('an unknown resume_mode', () => {
    const { dir, yaml } = brokenSynthetic((y) => y.replace('resume_mode: date', 'resume_mode: soon'));
    expect(loadError(dir).message).toContain(`facts.yaml:${lineOf(yaml, 'resume_mode: soon')} businesses[0].windows[0].resume_mode`);
  });

  it('an empty issuers list (an unsigned notice leaves issuers out)', () => {
    const { dir } = brokenSynthetic((y) => y.replace(/^issuers:.*\n/m, 'issuers: []\n'));
    const err = loadError(dir);
    expect(err.problems.map((p) => p.field)).toEqual(['issuers']);
    expect(err.message).toMatch(/facts\.yaml(:\d+)? issuers: /);
  });

  it('a contact for a business that does not exist', () => {
    const { dir, yaml } = brokenSynthetic((y) => y.replace('topic: settlement', 'topic: settlment'));
    expect(loadError(dir).message).toContain(`facts.yaml:${lineOf(yaml, 'topic: settlment')} contacts[0].topic: unknown business "settlment"`);
  });

  it('broken YAML (a tab used as indentation) names the line', () => {
    const { dir, yaml } = brokenSynthetic((y) => y.replace('districts:', '\tdistricts:'));
    const err = loadError(dir);
    expect(err.message).toContain('facts.yaml');
    expect(err.message).toContain('YAML');
    expect(err.message).toContain(`facts.yaml:${lineOf(yaml, '\tdistricts:')}: YAML`);
  });

  it('a folder without notice.md', () => {
    const dir = tempDir();
    const folder = writeSyntheticNotice(dir);
    rmSync(join(folder, 'notice.md'));
    const err = loadError(dir);
    expect(err.message).toContain(join(SYNTHETIC.folder, 'notice.md'));
    expect(err.message).toContain('missing');
  });

  it('problems in several folders are all listed, and nothing is half-loaded', () => {
    const dir = tempDir();
    copyNotices(dir, 'wuhan-2021-12');
    const folder = writeSyntheticNotice(dir);
    rmSync(join(folder, 'notice.md'));
    const wuhan = join(dir, 'wuhan-2021-12', 'facts.yaml');
    writeFileSync(wuhan, readFileSync(wuhan, 'utf8').replace('resume: "2021-12-31T23:00"', 'resume: "2021-12-31"'));
    const err = loadError(dir);
    expect(err.problems.length).toBeGreaterThanOrEqual(2);
    expect(err.message).toContain(join('wuhan-2021-12', 'facts.yaml'));
    expect(err.message).toContain(join(SYNTHETIC.folder, 'notice.md'));
  });
});

describe('loading in a process of its own, as the service does', () => {
  it('gives the same knowledge, version and times as loading here', async () => {
    const here = loadKnowledge(KNOWLEDGE_DIR);
    const apart = await loadKnowledgeInChild(KNOWLEDGE_DIR);
    expect(apart.version).toBe(here.version);
    expect(apart.cities.map((c) => c.name)).toEqual(here.cities.map((c) => c.name));
    expect(JSON.stringify(apart.notices)).toBe(JSON.stringify(here.notices)); // DateTimes print as ISO instants
  });

  it('reports the same problems, with file, field and line', async () => {
    const { dir } = brokenSynthetic((y) => y.replace('topic: settlement', 'topic: settlment'));
    const here = loadError(dir);
    const apart = await loadKnowledgeInChild(dir).then(
      () => null,
      (e: unknown) => e,
    );
    expect(apart).toBeInstanceOf(KnowledgeLoadError);
    expect((apart as KnowledgeLoadError).message).toBe(here.message);
    expect((apart as KnowledgeLoadError).problems).toEqual(here.problems);
  });
});

describe('the Changsha contacts table, cell by cell', () => {
  const kb = loadKnowledge(KNOWLEDGE_DIR);
  const changsha = kb.notices.find((n) => n.id === 'changsha-2021-10')!;
  const text = readFileSync(join(changsha.dir, 'notice.md'), 'utf8');
  const PHONE = /0731-\d{8}/g;

  // | 单位 | 医疗异地备案 | 费用结算 | 参保登记 | 特门特药 |
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
  const tableLines = text.split('\n').filter((l) => l.trim().startsWith('|') && !/^\|\s*-/.test(l.trim()));
  const [header, ...rows] = tableLines.map(cells);

  it('the notice has the table (11 units × 4 columns)', () => {
    expect(header).toEqual(['单位', '医疗异地备案', '费用结算', '参保登记', '特门特药']);
    expect(rows).toHaveLength(11);
  });

  it('every phone number printed in the notice is in some contact', () => {
    const encoded = new Set(changsha.contacts.flatMap((c) => c.phones.map((p) => p.number)));
    const printed = [...new Set(text.match(PHONE) ?? [])];
    expect(printed.length).toBeGreaterThan(40);
    expect(printed.filter((n) => !encoded.has(n))).toEqual([]);
  });

  it('each contact holds exactly the numbers (and notes) of its cell', () => {
    for (const row of rows) {
      const unit = row[0]!;
      header!.slice(1).forEach((label, i) => {
        const cell = row[i + 1] ?? '';
        const expected = [...cell.matchAll(/(0731-\d{8})(?:\s*\(([^)]+)\))?/g)].map((m) => (m[2] ? { number: m[1], note: m[2] } : { number: m[1] }));
        const contact = changsha.contacts.find((c) => c.unit === unit && c.label === label);
        expect(contact, `${unit} × ${label}`).toBeDefined();
        expect(contact!.phones, `${unit} × ${label}`).toEqual(expected);
      });
    }
  });

  it('the blank cells of 高新区 (费用结算, 特门特药) stay blank', () => {
    const gaoxin = (label: string) => changsha.contacts.find((c) => c.unit === '高新区' && c.label === label);
    expect(gaoxin('费用结算')?.phones).toEqual([]);
    expect(gaoxin('特门特药')?.phones).toEqual([]);
    expect(gaoxin('医疗异地备案')?.phones.map((p) => p.number)).toEqual(['0731-88995625']);
  });
});

describe('adding a city is adding a folder', () => {
  it('a synthetic 示例市 notice is answered with its own dates and number', async () => {
    const dir = tempDir();
    writeSyntheticNotice(dir);
    const { createAssistant } = await import('../../src/assistant.ts');
    const bot = await createAssistant({ knowledgeDir: dir });
    expect(bot.cityNames()).toEqual([SYNTHETIC.city]);

    const during = await bot.ask({ text: '示例市医保结算什么时候恢复', at: '2022-03-02T10:00' });
    expect(during.city).toBe(SYNTHETIC.city);
    expect(during.band).toBe('answer');
    expect(during.text).toContain('3月1日20:00');
    expect(during.text).toContain('3月5日8:00');
    expect(during.text).toContain('暂停');
    expect(during.sources.map((s) => s.title)).toContain(SYNTHETIC.title);

    const before = await bot.ask({ text: '示例市现在能刷医保卡吗', at: '2022-02-25T10:00' });
    expect(before.text.split('\n')[0]).toContain('可以');

    const phone = await bot.ask({ text: `${SYNTHETIC.district}医保结算电话`, at: '2022-03-02T10:00' });
    expect(phone.city).toBe(SYNTHETIC.city);
    expect(phone.text).toContain(SYNTHETIC.phone);
  });

  it('the real folders plus the synthetic one make three cities, each answered from its own notice', async () => {
    const dir = tempDir();
    copyNotices(dir, 'changsha-2021-10', 'wuhan-2021-12');
    writeSyntheticNotice(dir);
    expect(
      loadKnowledge(dir)
        .cities.map((c) => c.name)
        .sort(),
    ).toEqual([SYNTHETIC.city, '武汉', '长沙'].sort());

    const { createAssistant } = await import('../../src/assistant.ts');
    const bot = await createAssistant({ knowledgeDir: dir });
    const shili = await bot.ask({ text: '示例市医保结算什么时候恢复', at: '2022-03-02T10:00' });
    expect(shili.city).toBe(SYNTHETIC.city);
    expect(shili.text).toContain('3月5日8:00');
    const wuhan = await bot.ask({ text: '武汉医保结算什么时候恢复', at: '2021-12-25T10:00' });
    expect(wuhan.city).toBe('武汉');
    expect(wuhan.text).toContain('12月31日23:00');
    expect(wuhan.text).not.toContain(SYNTHETIC.phone);
  });
});

describe('npm run kb:check', () => {
  it('passes on the real knowledge', () => {
    const r = run('npm', ['run', '-s', 'kb:check', '--', KNOWLEDGE_DIR]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${FOLDERS.length} notice(s)`);
    expect(r.stderr).not.toMatch(/problem/);
  }, 60_000);

  it('exits non-zero on a broken folder and names the file and the field', () => {
    const dir = tempDir();
    const folder = writeSyntheticNotice(dir);
    const facts = join(folder, 'facts.yaml');
    writeFileSync(facts, readFileSync(facts, 'utf8').replace('suspend: "2022-03-01T20:00"', 'suspend: "2022-03-01 20:00"'));
    const r = run('npm', ['run', '-s', 'kb:check', '--', dir]);
    expect(r.status).not.toBe(0);
    expect(r.status).not.toBeNull();
    expect(r.stderr).toContain(join(SYNTHETIC.folder, 'facts.yaml'));
    expect(r.stderr).toContain('businesses[0].windows[0].suspend');
    expect(r.stdout).not.toContain('ok ');
  }, 60_000);

  it('the script is the one the README points operators to', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['kb:check']).toContain('bin/kb-check.ts');
  });
});
