// The missed-question log under a flood: its disk is bounded (rotation at
// MISSED_LOG_MAX_BYTES, MISSED_LOG_FILES kept), one source's flood is sampled with the
// skipped lines still counted, and `npm run report` streams any size of log.
import { existsSync, openSync, readFileSync, statSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_WECHAT_TOKEN } from '../../server/config.ts';
import type { MissedEntry } from '../../server/missed-log.ts';
import { FloodSampler } from '../../server/missed-sampler.ts';
import { ChatClient } from '../../bin/lib/chat-client.ts';
import { removeTempDirs, run, tempDir } from '../support/helpers.ts';
import { startOps } from '../support/ops-support.ts';

afterAll(removeTempDirs);

const MISSED = '长沙的那个东西'; // a fallback: logged
const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as MissedEntry);

describe('missed-question log under a flood', () => {
  it('rotates before MISSED_LOG_MAX_BYTES and keeps MISSED_LOG_FILES old files: the disk it takes is bounded', async () => {
    const file = join(tempDir(), 'missed.jsonl');
    const s = await startOps({ MISSED_LOG: file, MISSED_SALT: 's', MISSED_LOG_MAX_BYTES: '4096', MISSED_LOG_FILES: '2', MISSED_LOG_PER_MINUTE: '0' });
    try {
      // one loopback client, as fast as it can: ~220 bytes a line, 150 lines ≈ 8 cap-fulls
      for (let i = 0; i < 150; i++) expect((await s.ask(`广州医保什么时候恢复（编码${i}）`)).band).toBe('fallback');
      await s.running.flush();
    } finally {
      await s.close();
    }
    const files = [file, `${file}.1`, `${file}.2`];
    for (const f of files) {
      expect(existsSync(f)).toBe(true);
      expect(statSync(f).size).toBeLessThanOrEqual(4096);
    }
    expect(existsSync(`${file}.3`)).toBe(false);
    // whole lines only, oldest in .2, the newest question last in the live file
    const kept = [...lines(`${file}.2`), ...lines(`${file}.1`), ...lines(file)].map((e) => Number(/编码(\d+)/.exec(e.question)![1]));
    expect(kept.at(-1)).toBe(149);
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    expect(kept.length).toBeLessThan(150); // the oldest went
    expect(s.logs().filter((l) => l.msg === 'missed-question log full: started a new one').length).toBeGreaterThanOrEqual(5);
  });

  it('samples one client flooding under new sessions, still counts every question, and leaves other senders alone', async () => {
    const file = join(tempDir(), 'missed.jsonl');
    const s = await startOps({ MISSED_LOG: file, MISSED_SALT: 's', MISSED_LOG_PER_MINUTE: '5' });
    try {
      // a fresh session per request must not make each line a new source
      for (let i = 0; i < 300; i++) await s.ask(MISSED, { session: `flood-${i}` });
      const citizen = new ChatClient({ url: s.url, channel: 'wechat', token: DEMO_WECHAT_TOKEN, mode: 'plain', user: 'oCitizen-1' });
      for (let i = 0; i < 3; i++) await citizen.ask('医保的那个东西');
    } finally {
      await s.close(); // writes the line standing for what was skipped since the last written one
    }
    const entries = lines(file);
    const flood = entries.filter((e) => e.channel === 'api');
    const weight = (e: MissedEntry) => e.sampled ?? 1;
    // 5 in full, then 1 in 50 (5 lines of 50), then the last 45 in one line
    expect(flood.length).toBe(11);
    expect(flood.map((e) => e.sampled)).toEqual([undefined, undefined, undefined, undefined, undefined, 50, 50, 50, 50, 50, 45]);
    expect(flood.reduce((n, e) => n + weight(e), 0)).toBe(300);
    expect(entries.filter((e) => e.channel === 'wechat').map(weight)).toEqual([1, 1, 1]);

    const report = run(process.execPath, ['--import', 'tsx', 'bin/report.ts', '--file', file, '--json']);
    expect(report.status).toBe(0);
    const json = JSON.parse(report.stdout) as { entries: number; groups: { question: string; count: number }[] };
    expect(json.entries).toBe(303);
    expect(json.groups.find((g) => g.question === MISSED)?.count).toBe(300);
  });

  it('samples per source and per minute: a new minute starts in full again, and the skipped tail closes the old one', () => {
    const sampler = new FloodSampler<number>(2, 3);
    const admit = (n: number, at: number, source = 'a') => sampler.admit(source, n, at).map((x) => [x.entry, x.sampled ?? 1]);
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => admit(n, 1000 + n))).toEqual([[[1, 1]], [[2, 1]], [], [], [[5, 3]], [], []]);
    expect(admit(1, 2000, 'b')).toEqual([[1, 1]]); // another source is not limited by a's flood
    // a's minute is over: its last two skipped lines, carried by the last of them, then the new line in full
    expect(admit(8, 61_001)).toEqual([
      [7, 2],
      [8, 1],
    ]);
    expect(sampler.expire(200_000).map((x) => x.entry)).toEqual([]); // nothing skipped left over
  });
});

describe('npm run report on a large log', () => {
  it('streams the log and its rotated file within a heap smaller than the log', () => {
    const dir = tempDir();
    const file = join(dir, 'missed.jsonl');
    const line = (i: number) =>
      JSON.stringify({
        time: '2021-12-20T02:00:00.000Z',
        channel: 'api',
        city: '长沙',
        question: `长沙医保第${i % 7}个问题怎么办理呀`,
        band: 'clarify',
        top: { title: '社保卡补办', score: 3.2 },
        user: String(i % 50).padStart(16, '0'),
        knowledge: 'abc123abc123',
        uncovered: null,
      });
    const block = Buffer.from(Array.from({ length: 1000 }, (_, i) => line(i)).join('\n') + '\n');
    // 20 MB in each file: read as one string (two bytes a character), either is beyond the 32 MB heap
    const blocks = Math.ceil((20 * 1024 * 1024) / block.length);
    for (const f of [`${file}.1`, file]) {
      const fd = openSync(f, 'w');
      for (let b = 0; b < blocks; b++) writeSync(fd, block);
      closeSync(fd);
    }
    const r = run(process.execPath, ['--max-old-space-size=32', '--import', 'tsx', 'bin/report.ts', '--file', file, '--json', '--top', '1']);
    expect(r.stderr).not.toMatch(/heap|Error/);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { files: string[]; entries: number };
    expect(json.files).toEqual([`${file}.1`, file]);
    expect(json.entries).toBe(2 * blocks * 1000);
  });

  it('reads the rotated files of MISSED_LOG too', () => {
    const file = join(tempDir(), 'missed.jsonl');
    const entry = (q: string) =>
      JSON.stringify({
        time: new Date().toISOString(),
        channel: 'api',
        city: null,
        question: q,
        band: 'fallback',
        top: null,
        user: null,
        knowledge: 'k',
        uncovered: null,
      }) + '\n';
    writeFileSync(`${file}.2`, entry('最老的问题是什么'));
    writeFileSync(`${file}.1`, entry('较老的问题是什么'));
    writeFileSync(file, entry('最新的问题是什么'));
    const r = run(process.execPath, ['--import', 'tsx', 'bin/report.ts'], { MISSED_LOG: file });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Missed questions in ${file}.2, ${file}.1, ${file}: 3`);
  });
});
