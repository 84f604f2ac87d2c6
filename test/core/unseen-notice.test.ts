// A notice the project never grew up with (test/fixtures/river-city): a follow-up chooses its
// business by kind as a full question does (交钱 is paying, not 缴费核定), a notice's one-off
// deadlines are found and quoted as the notice writes them (a date alone stays a date), and
// 本地 and 跨省/异地 settlement answer their own questions.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type Assistant } from '../../src/assistant.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { firstLine, removeTempDirs, ROOT, tempDir } from '../support/helpers.ts';

/** 核定 and 跨省结算 stopped 6-01 17:00; 征收 open until 6-04 0:00; 本地结算 open until 6-03 18:00 */
const AT = '2024-06-02T10:00';
let bot: Assistant;

beforeAll(async () => {
  const dir = tempDir('cutover-river-');
  cpSync(join(ROOT, 'test', 'fixtures', 'river-city'), join(dir, 'hechuan-2024-06'), { recursive: true });
  bot = await createAssistant({ knowledge: loadKnowledge(dir) });
});
afterAll(removeTempDirs);

const ask = async (text: string, session?: string) => (await bot.ask({ text, at: AT, session })).text;

describe('a follow-up chooses its business by kind', () => {
  it.each(['那交钱呢', '那交钱呢，最晚哪天', '交费那块呢', '交钱能交到几号'])('after 缴费核定, "%s" is paying (征收), still open', async (follow) => {
    const session = `pay-${follow}`;
    expect(firstLine(await ask('河川医保缴费核定哪天恢复', session))).toMatch(/缴费核定/);
    const reply = firstLine(await ask(follow, session));
    expect(reply, follow).toMatch(/^河川·医保费征收：.*目前可以正常办理/);
  });
});

describe('a notice’s one-off deadlines', () => {
  it.each(['在途业务清零截止到几点', '河川医院的在途业务最迟什么时候要清零'])('"%s" gets the deadline with its clock time, quoted', async (q) => {
    const reply = await ask(q.startsWith('河川') ? q : `河川${q}`);
    expect(firstLine(reply)).toMatch(/在途业务清零：6月3日16:00前/);
    expect(reply).toContain('各定点医疗机构须于2024年6月3日16:00前完成在途业务清零');
  });

  it('a deadline the notice gives as a date alone is a date: no time of day is invented', async () => {
    for (const q of ['河川异地备案最晚哪天要办完', '河川备案要在几号之前办好']) {
      const reply = await ask(q);
      expect(firstLine(reply), q).toMatch(/6月1日前/);
      expect(reply, q).not.toMatch(/\d{1,2}:\d{2}/);
    }
  });
});

describe('本地 and 跨省/异地 settlement', () => {
  it('cross-province settlement whose return is 另行通知 says the notice gives no date, never the local date', async () => {
    for (const q of ['河川跨省看病直接结算哪天能恢复', '河川在外省住院，什么时候能直接结算']) {
      const reply = firstLine(await ask(q));
      expect(reply, q).toMatch(/跨省异地就医直接结算：.*另行通知/);
      expect(reply, q).not.toMatch(/6月6日/);
    }
  });

  it('a follow-up naming the other place takes that place’s business, not the last one’s', async () => {
    await ask('河川跨省异地就医直接结算什么时候恢复', 'local-after-remote');
    const local = firstLine(await ask('那本地的呢', 'local-after-remote'));
    expect(local).toMatch(/^河川·本地定点医药机构联网结算：.*6月6日8:00/);
    await ask('河川在本地住院结算什么时候恢复', 'remote-after-local');
    const remote = firstLine(await ask('那跨省的呢', 'remote-after-local'));
    expect(remote).toMatch(/^河川·跨省异地就医直接结算：/);
  });
});
