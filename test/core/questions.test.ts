// Scores the project's own question sets (test/questions/cases.ts and cases-2…5.ts,
// written independently of each other) against the core answer function. Fails below 95% overall, printing every failing case and the
// per-category scores; also checks every reply fits the 2000-byte budget.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cases as firstSet } from '../questions/cases.ts';
import { cases as secondSet } from '../questions/cases-2.ts';
import { cases as thirdSet } from '../questions/cases-3.ts';
import { cases as fourthSet } from '../questions/cases-4.ts';
import { cases as fifthSet } from '../questions/cases-5.ts';
import { check } from '../questions/lib.ts';

const cases = [...firstSet, ...secondSet, ...thirdSet, ...fourthSet, ...fifthSet];
const PASS_RATE = 0.95;
const MAX_BYTES = 2000;
const MIN_PER_CAT: Record<string, number> = {
  schedule: 30,
  time: 40,
  procedure: 30,
  contact: 25,
  oos: 12,
  chat: 4,
  context: 10,
  wording: 12,
};

type Result = { id: string; cat: string; q: string; at: string; session?: string; reply: string; fails: string[] };

describe('question set is well formed', () => {
  it('has unique ids, valid moments and at least one check per case', () => {
    const ids = new Set<string>();
    for (const c of cases) {
      expect(ids.has(c.id), `duplicate id ${c.id}`).toBe(false);
      ids.add(c.id);
      expect(c.at, `${c.id}: at must be ISO 8601 with +08:00`).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?\+08:00$/);
      expect(Number.isNaN(Date.parse(c.at)), `${c.id}: unparseable at`).toBe(false);
      expect(c.q.trim().length, `${c.id}: empty question`).toBeGreaterThan(0);
      expect((c.must?.length ?? 0) + (c.not?.length ?? 0), `${c.id}: no checks`).toBeGreaterThan(0);
    }
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });

  it('covers every category with enough questions', () => {
    const n: Record<string, number> = {};
    for (const c of cases) n[c.cat] = (n[c.cat] ?? 0) + 1;
    for (const [cat, min] of Object.entries(MIN_PER_CAT)) {
      expect(n[cat] ?? 0, `category ${cat}`).toBeGreaterThanOrEqual(min);
    }
  });
});

describe('assistant answers the question set', () => {
  const results: Result[] = [];

  beforeAll(async () => {
    const { createAssistant } = await import('../../src/assistant.ts');
    const knowledgeDir = fileURLToPath(new URL('../../knowledge', import.meta.url));
    const bot = await createAssistant({ knowledgeDir });
    // One run-unique prefix so sessions never leak between runs of a long-lived bot.
    const run = `qs-${Date.now().toString(36)}`;
    // Cases are asked strictly in order: follow-ups rely on the earlier turns of their session.
    for (const c of cases) {
      let reply = '';
      let fails: string[];
      try {
        const res = await bot.ask({ text: c.q, at: c.at, session: c.session ? `${run}-${c.session}` : undefined });
        reply = String(res?.text ?? '');
        fails = check(c, reply);
      } catch (err) {
        fails = [`threw ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`];
      }
      results.push({ id: c.id, cat: c.cat, q: c.q, at: c.at, session: c.session, reply, fails });
    }
  }, 300_000);

  it(`passes at least ${PASS_RATE * 100}% of the cases`, () => {
    const byCat = new Map<string, { pass: number; total: number }>();
    for (const r of results) {
      const s = byCat.get(r.cat) ?? { pass: 0, total: 0 };
      s.total++;
      if (r.fails.length === 0) s.pass++;
      byCat.set(r.cat, s);
    }
    const failing = results.filter((r) => r.fails.length > 0);
    const passed = results.length - failing.length;
    const rate = results.length ? passed / results.length : 0;

    const lines: string[] = [];
    for (const r of failing) {
      lines.push(
        `✗ ${r.id} [${r.cat}] at ${r.at}${r.session ? ` session ${r.session}` : ''}`,
        `  Q: ${r.q}`,
        ...r.fails.map((f) => `  - ${f}`),
        `  A: ${r.reply.replace(/\n/g, '\n     ')}`,
      );
    }
    lines.push('', 'per category:');
    for (const [cat, s] of [...byCat.entries()].sort()) {
      lines.push(`  ${cat.padEnd(10)} ${String(s.pass).padStart(3)}/${String(s.total).padEnd(3)} ${((100 * s.pass) / s.total).toFixed(1)}%`);
    }
    lines.push(`  ${'total'.padEnd(10)} ${String(passed).padStart(3)}/${String(results.length).padEnd(3)} ${(100 * rate).toFixed(1)}%`);
    console.log(lines.join('\n'));

    expect(results.length).toBe(cases.length);
    expect(rate, `pass rate ${(100 * rate).toFixed(1)}% < ${PASS_RATE * 100}%`).toBeGreaterThanOrEqual(PASS_RATE);
  });

  it(`keeps every reply within ${MAX_BYTES} bytes of UTF-8`, () => {
    const over = results.map((r) => ({ id: r.id, bytes: Buffer.byteLength(r.reply, 'utf8') })).filter((x) => x.bytes > MAX_BYTES);
    expect(over, `replies over ${MAX_BYTES} bytes: ${over.map((x) => `${x.id}=${x.bytes}`).join(', ')}`).toEqual([]);
  });
});
