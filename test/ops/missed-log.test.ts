// The missed-question log as an operator reads it, and `npm run report` over it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_WECHAT_TOKEN } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { MissedLog, type MissedEntry } from '../../server/missed-log.ts';
import { groupMissed, wordingKeyer } from '../../bin/lib/missed-report.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { ChatClient } from '../../bin/lib/chat-client.ts';
import { KNOWLEDGE_DIR, removeTempDirs, runTsx, tempDir } from '../support/helpers.ts';
import { startOps } from '../support/ops-support.ts';

afterAll(removeTempDirs);

const OPENID = 'oCitizen-openid-7Hq2xYz';
const SESSION = 'api-session-4f1c9e';

describe('missed-question log', () => {
  it('records fallback and clarify replies from every channel, with the user only as a salted hash', async () => {
    const file = join(tempDir(), 'not-yet', 'missed.jsonl'); // the folder is created on the first line
    const s = await startOps({ MISSED_LOG: file, MISSED_SALT: 'pepper-for-tests' });
    const bands: string[] = [];
    try {
      const wechat = new ChatClient({ url: s.url, channel: 'wechat', token: DEMO_WECHAT_TOKEN, mode: 'plain', user: OPENID });
      await wechat.ask('长沙的那个东西'); // not understood
      await wechat.ask('医保怎么办'); // not understood, or a question back
      await wechat.ask('武汉医保结算什么时候恢复'); // answered: not logged
      bands.push((await s.ask('长沙的那个东西呢', { session: SESSION })).band);
      bands.push((await s.ask('帮我查下420106199001011234，手机13812345678')).band); // no session: no user
      bands.push((await s.ask('武汉医保结算什么时候恢复', { session: SESSION })).band);
      const agent = await s.get(`/console/api/ask?${new URLSearchParams({ q: '医保怎么办呀' })}`);
      bands.push(((await agent.json()) as { band: string }).band);
      await s.running.flush();
    } finally {
      await s.close();
    }
    expect(bands).toEqual(['fallback', 'fallback', 'answer', 'clarify']);

    const text = readFileSync(file, 'utf8');
    const entries = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as MissedEntry);
    expect(entries.map((e) => [e.channel, e.question])).toEqual([
      ['wechat', '长沙的那个东西'],
      ['wechat', '医保怎么办'],
      ['api', '长沙的那个东西呢'],
      ['api', '帮我查下##################，手机###########'], // personal numbers masked
      ['console', '医保怎么办呀'],
    ]);
    expect(entries.map((e) => e.band).slice(2)).toEqual(['fallback', 'fallback', 'clarify']);
    for (const e of entries.slice(0, 2)) expect(['fallback', 'clarify']).toContain(e.band);
    for (const e of entries) {
      expect(Object.keys(e).sort()).toEqual(['band', 'channel', 'city', 'knowledge', 'question', 'time', 'top', 'uncovered', 'user']);
      expect(Number.isNaN(Date.parse(e.time))).toBe(false);
      expect(e.knowledge).toMatch(/^[0-9a-f]{12}$/);
    }
    // one sender, one hash; a different sender, another; none without a session
    const [w1, w2, a1, a2] = entries;
    expect(w1!.user).toMatch(/^[0-9a-f]{16}$/);
    expect(w2!.user).toBe(w1!.user);
    expect(a1!.user).toMatch(/^[0-9a-f]{16}$/);
    expect(a1!.user).not.toBe(w1!.user);
    expect(a2!.user).toBeNull();
    // the raw ids appear nowhere in the file
    expect(text).not.toContain(OPENID);
    expect(text).not.toContain(SESSION);
    expect(text).not.toContain('13812345678');
    expect(text).not.toContain('420106');
  });

  it('hashes depend on MISSED_SALT; without one a random salt is used and a warning says so', async () => {
    const log = createLogger({ level: 'silent' });
    const a = new MissedLog('unused', 'salt-a', log).hashUser(OPENID);
    expect(new MissedLog('unused', 'salt-a', log).hashUser(OPENID)).toBe(a);
    expect(new MissedLog('unused', 'salt-b', log).hashUser(OPENID)).not.toBe(a);

    const file = join(tempDir(), 'missed.jsonl');
    const s = await startOps({ MISSED_LOG: file });
    await s.close();
    const warning = s.logs().find((l) => l.level === 'warn' && String(l.msg).startsWith('MISSED_SALT is not set'));
    expect(warning).toBeDefined();
  });
});

describe('npm run report', () => {
  const day = 86_400_000;
  const at = (daysAgo: number) => new Date(Date.now() - daysAgo * day).toISOString();
  const entry = (question: string, daysAgo: number, extra: Partial<MissedEntry> = {}): MissedEntry => ({
    time: at(daysAgo),
    channel: 'wechat',
    city: null,
    question,
    band: 'fallback',
    top: null,
    user: `u${question.length}`,
    knowledge: 'abc123abc123',
    uncovered: null,
    ...extra,
  });
  const ENTRIES = [
    entry('北京医保怎么报销', 1),
    entry('北京医保如何报销？', 2),
    entry('请问北京的医保怎么报销呢', 3, { channel: 'api' }),
    entry('北京医保怎么报销', 0.5),
    entry('长沙医保卡丢了怎么补办', 1, { band: 'clarify', city: '长沙', top: { title: '社保卡补办', score: 12.5 } }),
    entry('长沙医保卡丢了如何补办', 2, { band: 'clarify', city: '长沙', top: { title: '社保卡补办', score: 10 } }),
    entry('上海社保卡能用吗', 1),
    entry('深圳生育津贴怎么领', 30), // older than a week
  ];

  it('groups different wordings of one question and leaves different questions apart', () => {
    const filler = loadKnowledge(KNOWLEDGE_DIR).domain.lexicon.filler;
    const wordingKey = wordingKeyer(filler);
    expect(wordingKey('请问北京的医保怎么报销呢？')).toBe(wordingKey('北京医保如何报销'));
    const groups = groupMissed(ENTRIES, filler);
    expect(groups.map((g) => g.count)).toEqual([4, 2, 1, 1]);
    expect(groups[0]).toMatchObject({ question: '北京医保怎么报销', users: 3, bands: { fallback: 4 }, channels: { wechat: 3, api: 1 } });
    expect(groups[0]!.variants.map((v) => v.question).sort()).toEqual(['北京医保如何报销?', '请问北京的医保怎么报销呢'].sort());
    expect(groups[1]).toMatchObject({ count: 2, cities: { 长沙: 2 }, top: { title: '社保卡补办', score: 12.5, count: 2 } });
  });

  it('prints the most frequent first, with variants, last seen and top candidate; --since leaves older ones out', () => {
    const file = join(tempDir(), 'missed.jsonl');
    writeFileSync(file, ENTRIES.map((e) => JSON.stringify(e)).join('\n') + '\n{"torn line\n');
    const r = runTsx('bin/report.ts', '--since', '7d', '--file', file);
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(0);
    const out = r.stdout;
    expect(out).toContain(': 7 (1 unreadable lines skipped)');
    expect(out).toContain('Other questions: 7 in 3 groups');
    const first = out.indexOf('×4  北京医保怎么报销');
    const second = out.indexOf('×2  长沙医保卡丢了');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(out).toMatch(/variants: .*北京医保如何报销/);
    expect(out).toContain('top candidate: 社保卡补办 (score 12.5)');
    expect(out).toMatch(/last seen \d{4}-\d\d-\d\d \d\d:\d\d/);
    expect(out).not.toContain('深圳');

    const all = runTsx('bin/report.ts', '--file', file, '--json');
    const json = JSON.parse(all.stdout) as { entries: number; groups: { question: string }[] };
    expect(json.entries).toBe(8);
    expect(json.groups.some((g) => g.question.includes('深圳'))).toBe(true);

    const missing = runTsx('bin/report.ts', '--file', join(tempDir(), 'none.jsonl'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no missed-question log');
    const bad = runTsx('bin/report.ts', '--file', file, '--since', 'last week');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--since');
  });
});

describe('cities no notice covers', () => {
  it('the log names the city when the reply says no notice covers it (a district counts for its city)', async () => {
    const file = join(tempDir(), 'missed.jsonl');
    const s = await startOps({ MISSED_LOG: file, MISSED_SALT: 's' });
    try {
      for (const q of ['广州医保什么时候恢复', '天河区医保卡还能用吗', '长沙的那个东西']) expect((await s.ask(q)).band).toBe('fallback');
      await s.running.flush();
    } finally {
      await s.close();
    }
    const entries = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as MissedEntry);
    expect(entries.map((e) => e.uncovered)).toEqual(['广州', '广州', null]);
  });

  it('npm run report lists them first, by city, apart from the questions they resemble; older lines without the field too', () => {
    const time = new Date().toISOString();
    const line = (question: string, extra: Partial<MissedEntry> = {}) =>
      JSON.stringify({
        time,
        channel: 'wechat',
        city: null,
        question,
        band: 'fallback',
        top: null,
        user: `u-${question}`,
        knowledge: 'abc123abc123',
        uncovered: null,
        ...extra,
      });
    const { uncovered: _, ...old } = JSON.parse(line('广州医保什么时候恢复')) as MissedEntry; // written before the log had the field
    const file = join(tempDir(), 'missed.jsonl');
    writeFileSync(
      file,
      [
        line('广州医保什么时候恢复', { uncovered: '广州' }),
        line('广州市医保什么时候恢复啊', { uncovered: '广州' }),
        JSON.stringify(old),
        JSON.stringify({ ...old, question: '天河区医保卡还能用吗' }),
        line('医保什么时候恢复', { band: 'clarify' }),
        line('医保什么时候恢复呢', { band: 'clarify' }),
        line('请问医保什么时候恢复', { band: 'clarify' }),
        JSON.stringify({ ...old, question: '长沙的那个东西', city: '长沙' }), // an old line about a covered city stays with the others
      ].join('\n') + '\n',
    );
    const r = runTsx('bin/report.ts', '--file', file);
    expect(r.status).toBe(0);
    const out = r.stdout;
    const section = out.indexOf('Cities no notice covers');
    expect(section).toBeGreaterThan(0);
    expect(out.indexOf('Other questions')).toBeGreaterThan(section);
    expect(out).toMatch(/广州 ×4 {2}广州医保什么时候恢复 \(×2\)/);
    expect(out).toContain('天河区医保卡还能用吗');
    expect(out).toContain('×3  医保什么时候恢复'); // not ×7: 广州's questions are not its variants
    expect(out).toContain('×1  长沙的那个东西');

    const json = JSON.parse(runTsx('bin/report.ts', '--file', file, '--json').stdout) as { uncovered: { place: string; count: number; users: number }[] };
    expect(json.uncovered).toEqual([expect.objectContaining({ place: '广州', count: 4, users: 2 })]);
  });
});
