// Time without the Intl tax (src/time/zone.ts): the service reckons Asia/Shanghai as the
// fixed zone UTC+8. Every question of the question sets, at its own moment and at
// moments around each boundary of the knowledge, gets byte-identical replies with the
// fixed zone and with luxon's IANA zone. A notice's zone with DST keeps its IANA rules.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { KnowledgeBase } from '../../src/knowledge/model.ts';
import { IANAZone } from 'luxon';
import { constantOffset, dayOfMonth, KNOWN_FIXED_OFFSETS, parseMoment, useFixedOffsets, weekdayOf, ZONE, zoneOf } from '../../src/time/zone.ts';
import { firstLine, KNOWLEDGE_DIR, removeTempDirs, SYNTHETIC, tempDir, writeSyntheticNotice } from '../support/helpers.ts';
import { cases as firstSet } from '../questions/cases.ts';
import { cases as secondSet } from '../questions/cases-2.ts';
import { cases as thirdSet } from '../questions/cases-3.ts';
import { cases as fourthSet } from '../questions/cases-4.ts';
import { cases as fifthSet } from '../questions/cases-5.ts';

const cases = [...firstSet, ...secondSet, ...thirdSet, ...fourthSet, ...fifthSet];

afterAll(() => {
  useFixedOffsets(true);
  removeTempDirs();
});

/** Every stop and resumption of the knowledge, one minute before and after, and the minute itself. */
function boundaryMoments(kb: KnowledgeBase): string[] {
  const instants = new Set<number>();
  for (const n of kb.notices) for (const b of n.businesses) for (const w of b.windows) for (const t of [w.suspend, w.resume]) if (t) instants.add(t.toMillis());
  const moments = [...instants].sort((a, b) => a - b).flatMap((ms) => [ms - 60_000, ms, ms + 60_000]);
  return moments.map((ms) => new Date(ms).toISOString());
}

/** Asks every case at its own moment, then twice more at boundary moments (a different pair for each case), conversations kept. */
async function repliesOf(fixed: boolean): Promise<{ replies: string[]; zones: string[] }> {
  useFixedOffsets(fixed);
  const kb = loadKnowledge(KNOWLEDGE_DIR);
  const bot = await createAssistant({ knowledge: kb });
  const moments = boundaryMoments(kb);
  const replies: string[] = [];
  for (const [slot, momentOf] of [
    [0, (c: (typeof cases)[number]) => c.at],
    [1, (_c: unknown, i: number) => moments[i % moments.length]!],
    [2, (_c: unknown, i: number) => moments[(i * 7 + 3) % moments.length]!],
  ] as const) {
    for (const [i, c] of cases.entries()) {
      const reply = await bot.ask({ text: c.q, at: momentOf(c, i), session: c.session ? `${slot}-${c.session}` : undefined });
      replies.push(reply.text);
    }
  }
  return { replies, zones: [...new Set(kb.notices.map((n) => n.businesses[0]!.windows[0]!.suspend.zone.type))] };
}

describe('the fixed UTC+8 zone answers as the IANA zone Asia/Shanghai', () => {
  it('gives byte-identical replies to every question of the sets, at its moment and around every boundary', async () => {
    const iana = await repliesOf(false);
    const fixed = await repliesOf(true);
    // the comparison compares something: one run reckoned in IANA zones, the other in fixed offsets
    expect(iana.zones).toEqual(['iana']);
    expect(fixed.zones).toEqual(['fixed']);
    expect(fixed.replies.length).toBe(cases.length * 3);
    const differing = fixed.replies.flatMap((r, i) =>
      r === iana.replies[i] ? [] : [`${cases[i % cases.length]!.id} (pass ${Math.floor(i / cases.length)}):\n${iana.replies[i]}\n---\n${r}`],
    );
    expect(differing, differing.slice(0, 3).join('\n\n')).toEqual([]);
  }, 120_000);

  it('reads a moment in UTC+8, whatever its notation', () => {
    expect(ZONE.isUniversal).toBe(true);
    expect(ZONE.offset(0)).toBe(480);
    expect(parseMoment('2021-12-20T10:00')!.toISO()).toBe('2021-12-20T10:00:00.000+08:00');
    expect(parseMoment('2021-12-20T02:00Z')!.toISO()).toBe('2021-12-20T10:00:00.000+08:00');
    expect(parseMoment('2021-12-20 10:00:00')!.toISO()).toBe('2021-12-20T10:00:00.000+08:00');
  });

  it("finds a bare day of the month (22号) as luxon's month steps do, around year ends and short months", () => {
    const differing: string[] = [];
    for (let day = 0; day < 366 * 3; day += 5) {
      const at = parseMoment('2023-01-01T09:30')!.plus({ days: day, hours: day % 24 });
      for (const k of [-1, 0, 1])
        for (let n = 1; n <= 31; n++) {
          const luxon = at.startOf('month').plus({ months: k }).set({ day: n });
          const want = luxon.isValid && luxon.day === n ? luxon.toISO() : null;
          const got = dayOfMonth(at, k, n);
          if ((got && got.day === n ? got.toISO() : null) !== want) differing.push(`${at.toISO()} ${k} ${n}`);
        }
    }
    expect(differing).toEqual([]);
  });
});

describe('the day of the week', () => {
  it("is luxon's, in a fixed offset and in IANA zones with and without DST, before 1970 and around midnight", () => {
    const differing: string[] = [];
    for (const zone of [ZONE, zoneOf('Asia/Shanghai'), zoneOf('America/New_York'), zoneOf('Pacific/Kiritimati'), zoneOf('UTC')])
      for (let hour = -24 * 366 * 60; hour < 24 * 366 * 140; hour += 24 * 37 + 7) {
        const t = DateTime.fromMillis(hour * 3_600_000 + (hour % 60) * 60_000, { zone });
        for (const u of [t, t.startOf('day'), t.endOf('day')]) if (weekdayOf(u) !== u.weekday) differing.push(`${u.toISO()} ${u.zoneName}`);
      }
    expect(differing).toEqual([]);
  });
});

describe("a notice's zone", () => {
  it('is a fixed offset only when it has no DST and no change of offset over the years the service deals in', () => {
    expect(zoneOf('Asia/Shanghai').isUniversal).toBe(true);
    expect(zoneOf('Asia/Urumqi').offset(0)).toBe(360); // no DST: fixed too, at its own offset
    expect(zoneOf('Europe/Berlin').type).toBe('iana'); // DST
    expect(zoneOf('America/Sao_Paulo').type).toBe('iana'); // DST until 2019, none since
    expect(zoneOf('Mars/Olympus').isValid).toBe(false);
  });

  it('is fixed without asking Intl only when Intl finds the same offset kept over those years', () => {
    expect([...KNOWN_FIXED_OFFSETS.keys()]).toContain('Asia/Shanghai');
    for (const [name, offset] of KNOWN_FIXED_OFFSETS) expect(constantOffset(IANAZone.create(name)), name).toBe(offset);
  });

  it('keeps its DST when it has one: a stop at 20:00 Berlin summer time is 02:00 the next day in Beijing', async () => {
    const dir = tempDir('cutover-dst-');
    const notice = writeSyntheticNotice(dir);
    // the stop and the resumption move to the summer, and the notice says it is Berlin time
    for (const file of ['notice.md', 'facts.yaml']) {
      const path = join(notice, file);
      writeFileSync(
        path,
        readFileSync(path, 'utf8')
          .replace(/3月(1|5)日/g, '7月$1日')
          .replace(/2022-03-0(1|5)T/g, '2022-07-0$1T'),
      );
    }
    const facts = join(notice, 'facts.yaml');
    writeFileSync(facts, `timezone: Europe/Berlin\n${readFileSync(facts, 'utf8')}`);
    const kb = loadKnowledge(dir);
    expect(kb.notices[0]!.zone).toBe('Europe/Berlin');
    const bot = await createAssistant({ knowledge: kb });
    const ask = async (at: string) => firstLine((await bot.ask({ text: `${SYNTHETIC.city}市现在能刷医保卡吗`, at })).text);
    // 20:00 CEST is 18:00 UTC, 02:00 in Beijing; at 02:30 (20:30 in Berlin, 19:30 if Berlin were fixed at winter time) it is stopped
    const [before, after] = [await ask('2022-07-02T01:30+08:00'), await ask('2022-07-02T02:30+08:00')];
    expect(before).not.toBe(after);
    expect(after).toBe(await ask('2022-07-03T12:00+08:00'));
  });
});
