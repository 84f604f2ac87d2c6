// Where a business stands at every boundary of every window of both notices,
// to the minute, and what a citizen is told at those boundaries.
import type { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { phaseAt, resumesAt } from '../../src/answer/phase.ts';
import type { Assistant } from '../../src/assistant.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Business, Window } from '../../src/knowledge/model.ts';
import { KNOWLEDGE_DIR, firstLine, sh } from '../support/helpers.ts';

const kb = loadKnowledge(KNOWLEDGE_DIR);

interface WindowCase {
  label: string;
  business: Business;
  window: Window;
}

const windowCases: WindowCase[] = kb.notices.flatMap((n) =>
  n.businesses.flatMap((b) =>
    b.windows.map((w, i) => ({ label: `${n.id} ${b.id} window ${i} (${w.suspend.toFormat('MM-dd HH:mm')})`, business: b, window: w })),
  ),
);
const resumingCases = windowCases.filter((c) => resumesAt(c.window));

const min = (t: DateTime, n: number) => t.plus({ minutes: n });
const state = (b: Business, t: DateTime) => phaseAt(b, t).state;

function business(noticeId: string, id: string): Business {
  const b = kb.notices.find((n) => n.id === noticeId)?.businesses.find((x) => x.id === id);
  if (!b) throw new Error(`no business ${noticeId}/${id}`);
  return b;
}

describe('phaseAt at every window boundary of both notices', () => {
  it('iterates the real windows of both notices', () => {
    const perNotice = (id: string) => windowCases.filter((c) => c.business.noticeId === id).length;
    expect(perNotice('wuhan-2021-12')).toBeGreaterThanOrEqual(9);
    expect(perNotice('changsha-2021-10')).toBeGreaterThanOrEqual(6);
    expect(resumingCases.length).toBeGreaterThanOrEqual(7);
  });

  it.each(windowCases.map((c) => [c.label, c] as const))(
    '%s: not suspended 1 min before, suspended at and 1 min after suspend',
    (_, { business: b, window: w }) => {
      expect(['before', 'after']).toContain(state(b, min(w.suspend, -1)));
      for (const t of [w.suspend, min(w.suspend, 1)]) {
        const p = phaseAt(b, t);
        expect(p.state).toBe('during');
        expect(p.window?.suspend.toMillis()).toBe(w.suspend.toMillis());
      }
    },
  );

  it.each(resumingCases.map((c) => [c.label, c] as const))('%s: suspended 1 min before resume, not at or after it', (_, { business: b, window: w }) => {
    const resume = resumesAt(w)!;
    expect(state(b, min(resume, -1))).toBe('during');
    expect(state(b, resume)).not.toBe('during');
    expect(state(b, min(resume, 1))).not.toBe('during');
  });
});

describe('the dates the notices state', () => {
  it('Wuhan real-time settlement: 2021-12-22 18:00 → 2021-12-31 23:00', () => {
    const b = business('wuhan-2021-12', 'medical-realtime-settlement');
    const w = b.windows[0]!;
    expect(w.suspend.toMillis()).toBe(sh('2021-12-22T18:00').toMillis());
    expect(resumesAt(w)?.toMillis()).toBe(sh('2021-12-31T23:00').toMillis());
    expect(state(b, sh('2021-12-22T17:59'))).toBe('before');
    expect(state(b, sh('2021-12-25T12:00'))).toBe('during');
    expect(state(b, sh('2022-01-05T12:00'))).toBe('after');
  });

  it('Changsha settlement: 2021-10-31 18:00 → 2021-11-12 08:00', () => {
    const w = business('changsha-2021-10', 'settlement').windows[0]!;
    expect(w.suspend.toMillis()).toBe(sh('2021-10-31T18:00').toMillis());
    expect(resumesAt(w)?.toMillis()).toBe(sh('2021-11-12T08:00').toMillis());
  });

  it('Changsha enrollment: 2021-10-22 18:00 → 2021-11-22 08:00', () => {
    const b = business('changsha-2021-10', 'enrollment');
    expect(b.windows.length).toBeGreaterThan(0);
    for (const w of b.windows) {
      expect(w.suspend.toMillis()).toBe(sh('2021-10-22T18:00').toMillis());
      expect(resumesAt(w)?.toMillis()).toBe(sh('2021-11-22T08:00').toMillis());
    }
    // between the two Changsha end times: settlement is back, enrollment is not
    expect(state(business('changsha-2021-10', 'settlement'), sh('2021-11-15T10:00'))).toBe('after');
    expect(state(b, sh('2021-11-15T10:00'))).toBe('during');
  });

  it('Wuhan collection: "12月14日24:00" is 12-15 00:00 and it never resumes (另行通知)', () => {
    for (const id of ['medical-insurance-collection', 'enterprise-social-collection']) {
      const b = business('wuhan-2021-12', id);
      const w = b.windows[0]!;
      expect(w.suspend.toMillis()).toBe(sh('2021-12-15T00:00').toMillis());
      expect(w.resumeMode).toBe('tbd');
      expect(resumesAt(w)).toBeUndefined();
      expect(state(b, sh('2021-12-14T23:59'))).toBe('before');
      expect(state(b, sh('2030-01-01T00:00'))).toBe('during');
    }
  });

  it('benefits the notice says are unaffected are never suspended', () => {
    const b = business('wuhan-2021-12', 'benefit-payments');
    for (const t of ['2021-12-01T00:00', '2021-12-25T12:00', '2022-02-01T00:00']) expect(state(b, sh(t))).toBe('unaffected');
  });
});

describe('replies at the boundaries', () => {
  let bot: Assistant;
  beforeAll(async () => {
    const { createAssistant } = await import('../../src/assistant.ts');
    bot = await createAssistant({ knowledgeDir: KNOWLEDGE_DIR });
  });
  const ask = async (text: string, at: string) => (await bot.ask({ text, at })).text;
  const Q = '武汉现在还能刷医保卡吗';
  const COUNTDOWN = /还有\d+(小时|分钟)/;

  it('17:59 on 12-22: still works, stops at 18:00', async () => {
    const verdict = firstLine(await ask(Q, '2021-12-22T17:59'));
    expect(verdict).toContain('可以');
    expect(verdict).toContain('12月22日18:00');
    expect(verdict).not.toMatch(/暂停中|不能/);
  });

  it('18:00 on 12-22: suspended', async () => {
    const verdict = firstLine(await ask(Q, '2021-12-22T18:00'));
    expect(verdict).toContain('暂停');
    expect(verdict).not.toContain('可以正常办理');
  });

  it('22:59 on 12-31: still suspended, back at 12月31日23:00', async () => {
    const verdict = firstLine(await ask(Q, '2021-12-31T22:59'));
    expect(verdict).toContain('暂停');
    expect(verdict).not.toContain('可以正常办理');
    expect(verdict).toContain('12月31日23:00');
  });

  it('23:00 on 12-31: resumed', async () => {
    const verdict = firstLine(await ask(Q, '2021-12-31T23:00'));
    expect(verdict).toMatch(/已.*恢复/);
    expect(verdict).toContain('12月31日23:00');
  });

  it('Changsha settlement flips at 10-31 18:00 and 11-12 08:00', async () => {
    const q = '长沙现在能刷医保卡吗';
    expect(firstLine(await ask(q, '2021-10-31T17:59'))).toContain('可以');
    expect(firstLine(await ask(q, '2021-10-31T18:00'))).toContain('暂停');
    expect(firstLine(await ask(q, '2021-11-12T07:59'))).toContain('暂停');
    expect(firstLine(await ask(q, '2021-11-12T08:00'))).toMatch(/已.*恢复/);
  });

  it('a countdown appears within a day of a boundary', async () => {
    expect(firstLine(await ask(Q, '2021-12-22T17:59'))).toContain('还有1分钟');
    expect(firstLine(await ask(Q, '2021-12-21T18:30'))).toMatch(/还有23小时/);
    expect(firstLine(await ask(Q, '2021-12-31T22:59'))).toContain('还有1分钟');
    expect(firstLine(await ask(Q, '2021-12-31T00:00'))).toMatch(/还有23小时/);
  });

  it('no countdown further than a day from a boundary, or after the last one', async () => {
    for (const at of ['2021-12-20T10:00', '2021-12-21T17:00', '2021-12-25T12:00', '2021-12-30T22:00', '2022-01-01T10:00']) {
      expect(await ask(Q, at), at).not.toMatch(COUNTDOWN);
    }
  });

  it('a question about 今晚8点 is answered for 20:00 (suspended on 12-22), not 08:00', async () => {
    const verdict = firstLine(await ask('武汉今晚8点还能刷医保卡吗', '2021-12-22T10:00'));
    expect(verdict).toContain('暂停');
    expect(verdict).not.toContain('可以正常办理');
  });
});
