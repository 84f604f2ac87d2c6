// Where a business stands is one decision, told alike by every channel: the chat
// (the core's reply), the console's status strip (GET /console/api/status) and the
// FAQ (GET /api/faq), for every business of both seeds at the moments that matter.
// Then the wording of that decision: a gradual resumption is never "已恢复", and a
// notice's times are shown as the notice writes them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type Assistant } from '../../src/assistant.ts';
import type { Business } from '../../src/knowledge/model.ts';
import { buildFaq } from '../../handlers/faq-data.ts';
import { KNOWLEDGE_DIR, firstLine, removeTempDirs, sh, startServer, tempDir, type TestServer } from '../support/helpers.ts';

/** What a citizen reads in the chat's verdict for each state; exactly one must match. */
const CHAT_SAYS: Record<string, RegExp> = {
  before: /目前可以正常办理。将于.+起暂停/,
  suspended: /目前暂停中，尚未恢复（自[^）]+起暂停），(预计)?\d+月\d+日[\d:]+起(逐步)?恢复/,
  'open-ended': /目前暂停中，尚未恢复（自[^）]+起暂停），.*(另行通知|未给出)/,
  outdated: /公告称自.+起暂停.*最新通知为准/,
  resuming: /已于.+起开始逐步恢复，目前逐步恢复中/,
  resumed: /已于.+起恢复，可以正常办理/,
  unaffected: /不受此次系统切换影响/,
};

/** What the console's and the FAQ's label says for each state. */
const LABEL_SAYS: Record<string, RegExp> = {
  before: /^正常$/,
  suspended: /^暂停中$/,
  'open-ended': /^暂停中$/,
  outdated: /最新通知/,
  resuming: /^逐步恢复中$/,
  resumed: /^已恢复$/,
  unaffected: /^不受影响$/,
};

function chatState(line: string): string {
  const states = Object.keys(CHAT_SAYS).filter((s) => CHAT_SAYS[s]!.test(line));
  expect(states, `one state in: ${line}`).toHaveLength(1);
  return states[0]!;
}

interface Status {
  state: string;
  label: string;
  text: string;
}

let server: TestServer;
let bot: Assistant;
beforeAll(async () => {
  [server, bot] = await Promise.all([startServer(), createAssistant({ knowledgeDir: KNOWLEDGE_DIR })]);
});
afterAll(async () => {
  await server?.close();
  removeTempDirs();
});

/** Before, during, just after the resumption, and 90 days after the suspension. */
function momentsOf(b: Business, fallback: DateTime): DateTime[] {
  const w = b.windows[0];
  if (!w) return [fallback];
  const resume = w.resumeMode === 'date' || w.resumeMode === 'gradual' ? w.resume : undefined;
  return [w.suspend.minus({ days: 1 }), w.suspend.plus({ hours: 1 }), ...(resume ? [resume.plus({ minutes: 1 })] : []), w.suspend.plus({ days: 90 })];
}

const get = async <T>(path: string): Promise<T> => {
  const res = await fetch(server.base + path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
};

describe('one standing, told alike by the chat, the console and the FAQ', () => {
  it('for every business of both seeds, before, during, just after resuming and 90 days after an open-ended suspension', async () => {
    const seen = new Set<string>();
    let compared = 0;
    for (const city of bot.knowledge().cities) {
      for (const notice of city.notices) {
        const fallback = notice.businesses.flatMap((b) => b.windows)[0]!.suspend.plus({ hours: 1 });
        for (const b of notice.businesses) {
          for (const t of momentsOf(b, fallback)) {
            const at = encodeURIComponent(t.toISO({ suppressMilliseconds: true })!);
            const where = `${city.name} ${b.id} at ${t.toISO()}`;
            const reply = await bot.ask({ text: `${b.name}现在能办理吗`, at: t, city: city.name });
            const line = firstLine(reply.text);
            expect(line.startsWith(`${city.name}·${b.name}：`), `${where}: ${line}`).toBe(true);

            const strip = await get<{ cities: { businesses: ({ id: string; noticeId: string } & Status)[] }[] }>(
              `/console/api/status?city=${encodeURIComponent(city.name)}&at=${at}`,
            );
            const onConsole = strip.cities[0]!.businesses.find((x) => x.id === b.id && x.noticeId === notice.id)!;
            const faq = await get<{ cities: { notices: { id: string; businesses: { id: string; status: Status }[] }[] }[] }>(
              `/api/faq?city=${encodeURIComponent(city.name)}&at=${at}`,
            );
            const onFaq = faq.cities[0]!.notices.find((n) => n.id === notice.id)!.businesses.find((x) => x.id === b.id)!.status;

            const state = chatState(line);
            expect({ console: onConsole.state, faq: onFaq.state }, `${where}: ${line}`).toEqual({ console: state, faq: state });
            expect(onConsole.label, where).toMatch(LABEL_SAYS[state]!);
            expect(onFaq.label, where).toBe(onConsole.label);
            if (state === 'outdated') for (const s of [onConsole.text, onFaq.text]) expect(s, where).toMatch(/最新通知为准/);
            if (state === 'resuming') for (const s of [line, onConsole.text, onFaq.text]) expect(s, where).not.toMatch(/已恢复|可以正常办理/);
            seen.add(state);
            compared++;
          }
        }
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(CHAT_SAYS).sort());
    expect(compared).toBeGreaterThan(50);
  });

  it("the city's overview does not call a gradual resumption under way 已恢复 either", async () => {
    const reply = await bot.ask({ text: '武汉哪些业务停了，什么时候恢复', at: '2022-03-20T10:00', city: '武汉' });
    const headline = reply.text.split('\n')[1]!;
    expect(headline).toMatch(/逐步恢复/);
    expect(headline).toMatch(/最新通知为准/);
  });
});

/**
 * 示例市, made up: one suspension written "24:00", resumptions written "0:00", and a
 * gradual resumption from a moment (as "省级验收后逐步恢复" notices write it).
 */
function writeMidnightNotice(dest: string): void {
  const dir = join(dest, 'shili-2022-03');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'notice.md'),
    `# 示例市医疗保障局关于医保信息系统切换的公告

一、2022年3月18日24:00起，暂停全市医保联网结算业务，2022年3月21日0:00起恢复。
二、2022年3月17日17:00起，暂停医保参保登记业务，2022年3月21日0:00起经省级验收后逐步恢复。
`,
  );
  writeFileSync(
    join(dir, 'facts.yaml'),
    `id: shili-2022-03
title: 示例市医疗保障局关于医保信息系统切换的公告
issuers: [示例市医疗保障局]
published: "2022-03-10"
city: { name: 示例, aliases: [示例市] }
businesses:
  - id: settlement
    name: 医保联网结算
    domain: 医保
    synonyms: [刷卡, 医保卡, 联网结算]
    windows:
      - suspend: "2022-03-18T24:00"
        suspend_quote: 2022年3月18日24:00起，暂停全市医保联网结算业务
        resume: "2022-03-21T00:00"
        resume_mode: date
        resume_quote: 2022年3月21日0:00起恢复
  - id: enrollment
    name: 医保参保登记
    domain: 医保
    synonyms: [参保, 参保登记]
    windows:
      - suspend: "2022-03-17T17:00"
        suspend_quote: 2022年3月17日17:00起，暂停医保参保登记业务
        resume: "2022-03-21T00:00"
        resume_mode: gradual
        resume_quote: 2022年3月21日0:00起经省级验收后逐步恢复
contacts: []
`,
  );
}

describe('the wording of a standing', () => {
  let shili: Assistant;
  beforeAll(async () => {
    const dir = tempDir();
    writeMidnightNotice(dir);
    shili = await createAssistant({ knowledgeDir: dir });
  });
  const ask = async (text: string, at: string) => firstLine((await shili.ask({ text, at, city: '示例' })).text);
  const faqBusiness = (id: string, at: string) => buildFaq(shili.knowledge(), sh(at)).cities[0]!.notices[0]!.businesses.find((b) => b.id === id)!;

  it('shows a notice time written 24:00 as 24:00, and one written 0:00 as 0:00', async () => {
    const during = await ask('示例市医保联网结算现在能办理吗', '2022-03-19T10:00');
    expect(during).toContain('自3月18日24:00起暂停');
    expect(during).toContain('预计3月21日0:00起恢复');
    expect(during).not.toMatch(/3月20日24:00|3月19日0:00/);
    const settlement = faqBusiness('settlement', '2022-03-19T10:00');
    expect(settlement.windows[0]).toMatchObject({ suspendText: '3月18日24:00', resumeText: '3月21日0:00' });
    expect(settlement.status.text).toContain('预计3月21日0:00起恢复');
    const after = await ask('示例市医保联网结算现在能办理吗', '2022-03-22T10:00');
    expect(after).toContain('已于3月21日0:00起恢复');
  });

  it('shows a moment the user typed as 0:00 of its own day', async () => {
    const line = await ask('示例市3月21日0:00能刷医保卡吗', '2022-03-19T10:00');
    expect(line).toContain('3月21日0:00');
    expect(line).not.toContain('3月20日24:00');
  });

  it('reads a gradual resumption from a moment as 逐步恢复中, never as 已恢复 or 可以正常办理', async () => {
    for (const at of ['2022-03-21T08:00', '2022-04-30T10:00']) {
      const line = await ask('示例市医保参保登记现在能办理吗', at);
      expect(line).toContain('已于3月21日0:00起开始逐步恢复，目前逐步恢复中');
      expect(line).toMatch(/办理前请先电话咨询/);
      expect(line).not.toMatch(/已恢复|可以正常办理/);
      const { status } = faqBusiness('enrollment', at);
      expect(status.label).toBe('逐步恢复中');
      expect(status.text).not.toMatch(/已恢复|可以正常办理/);
    }
    // a day named in the question that lies after the moment reads the same
    const named = await ask('示例市医保参保登记3月25日能办理吗', '2022-03-19T10:00');
    expect(named).toContain('逐步恢复中');
    expect(named).not.toMatch(/已恢复|可以正常办理/);
  });
});
