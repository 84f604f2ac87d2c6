// The operator page's JSON routes on a real loopback server over a temp copy of
// knowledge/: paste a notice → draft → check and preview (the live knowledge untouched)
// → publish (refused while invalid, 409 over an existing notice, then live), behind the
// console or admin token; bad input is a clear 4xx.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstLine, removeTempDirs } from '../support/helpers.ts';
import { AFTER, DURING, PAGE_NOTICE, PAGE_NOTICE_ID, SETTLEMENT_QUESTION } from '../support/import-page-support.ts';
import { breakWuhanFacts, copyKnowledge, startOps, WUHAN, type OpsServer } from '../support/ops-support.ts';

const CONSOLE_TOKEN = 'import-test-console-token';
const ADMIN_TOKEN = 'import-test-admin-token';
const asConsole = { 'X-Console-Token': CONSOLE_TOKEN };

interface Drafted {
  id: string;
  noticeMd: string;
  factsYaml: string;
  uncertain: { path: string; why: string; quote?: string; span: [number, number] | null }[];
}

let dir: string;
let s: OpsServer;

beforeAll(async () => {
  dir = copyKnowledge();
  s = await startOps({ KNOWLEDGE_DIR: dir, CONSOLE_TOKEN, ADMIN_TOKEN, RATE_LIMIT_PER_MINUTE: '0', API_RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await s?.close();
  removeTempDirs();
});

const send = (path: string, body: BodyInit, headers: Record<string, string> = asConsole, type = 'application/json') =>
  fetch(s.url + path, { method: 'POST', body, headers: { 'Content-Type': type, ...headers } });

async function draftOf(text = PAGE_NOTICE): Promise<Drafted> {
  const res = await send(`/console/import/draft?id=${PAGE_NOTICE_ID}`, text, asConsole, 'text/plain; charset=utf-8');
  expect(res.status).toBe(200);
  return (await res.json()) as Drafted;
}

const files = (d: Pick<Drafted, 'noticeMd' | 'factsYaml'>, extra: object = {}) => JSON.stringify({ noticeMd: d.noticeMd, factsYaml: d.factsYaml, ...extra });

async function preview(d: Drafted, q: string, at: string): Promise<{ status: number; answer: string }> {
  const res = await send(`/console/import/preview?${new URLSearchParams({ q, at })}`, files(d));
  return { status: res.status, answer: ((await res.json()) as { answer: string }).answer };
}

/** What the live service answers about the new city. */
const liveAnswer = async (at = DURING) => firstLine((await s.ask(SETTLEMENT_QUESTION, { at })).answer);

describe('the operator page, step by step', () => {
  it('drafts pasted text: the folder as text, each item to check with its quote found in the notice', async () => {
    const d = await draftOf();
    expect(d.id).toBe(PAGE_NOTICE_ID);
    expect(d.factsYaml).toContain('name: 株洲');
    const year = d.uncertain.find((u) => u.why.includes('年份'));
    expect(year?.quote).toContain('4月6日17:00起');
    expect(d.noticeMd.slice(...year!.span!)).toContain('4月6日17:00起，暂停医保参保登记业务');
  });

  it('drafts an uploaded file the same way (an .html page, as bytes)', async () => {
    const page = `<html><body><nav>首页 > 通知公告</nav>${PAGE_NOTICE.split('\n\n')
      .map((p) => (p.startsWith('# ') ? `<h1>${p.slice(2)}</h1>` : `<p>${p}</p>`))
      .join('')}</body></html>`;
    const res = await send('/console/import/draft?name=zhuzhou-2023-04.html', new TextEncoder().encode(page), asConsole, 'application/octet-stream');
    expect(res.status).toBe(200);
    const d = (await res.json()) as Drafted;
    expect(d.id).toBe(PAGE_NOTICE_ID);
    expect(d.noticeMd).toMatch(/^# 株洲市医疗保障局/);
    expect(d.noticeMd).not.toContain('首页');
    expect(d.factsYaml).toContain('name: 株洲');
  });

  it('checks the draft: no problems, the smoke test passes, a timeline with one row per business and the moment marked', async () => {
    const res = await send(`/console/import/check?at=${DURING}`, files(await draftOf()));
    expect(res.status).toBe(200);
    const c = (await res.json()) as { ok: boolean; cities: string[]; problems: unknown[]; smoke: { asked: number; missed: number }; timelines: string[] };
    expect(c).toMatchObject({ ok: true, cities: ['株洲'], problems: [] });
    expect(c.smoke.asked).toBeGreaterThan(0);
    expect(c.smoke.missed).toBe(0);
    expect(c.timelines).toHaveLength(1);
    expect(c.timelines[0]).toMatch(/^<svg/);
    expect(c.timelines[0]).toContain('定点医药机构医保联网结算');
    expect(c.timelines[0]).toContain('医保参保登记');
    expect(c.timelines[0]).toContain('4月8日10:00'); // the moment asked, marked
  });

  it('previews answers at any moment from the draft alone, while the live service knows nothing of it', async () => {
    const d = await draftOf();
    const during = await preview(d, SETTLEMENT_QUESTION, DURING);
    expect(during.status).toBe(200);
    expect(firstLine(during.answer)).toMatch(/^株洲·.*暂停中/);
    expect(firstLine((await preview(d, SETTLEMENT_QUESTION, AFTER)).answer)).toMatch(/已于.*恢复|已恢复/);
    expect(await liveAnswer()).not.toMatch(/^株洲·/); // "no notice of 株洲"
  });

  it('refuses to publish an invalid draft with its problems; nothing is written and the live answers stay', async () => {
    const d = await draftOf();
    const before = readdirSync(dir).sort();
    const wrongTime = { ...d, factsYaml: d.factsYaml.replace('suspend: 2023-04-07T20:00', 'suspend: 2023-04-07T21:00') };
    expect(wrongTime.factsYaml).not.toBe(d.factsYaml);

    const check = (await (await send('/console/import/check', files(wrongTime))).json()) as { ok: boolean; problems: { file: string; message: string }[] };
    expect(check.ok).toBe(false);
    expect(check.problems[0]!.file).toBe(`${PAGE_NOTICE_ID}/facts.yaml`);

    const res = await send('/console/import/publish', files(wrongTime));
    expect(res.status).toBe(422);
    const body = (await res.json()) as { problems: { file: string; message: string }[] };
    expect(body.problems).toEqual(check.problems);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(await liveAnswer()).not.toMatch(/^株洲·/); // "no notice of 株洲"
  });

  it('a publish whose reload fails (another folder broken meanwhile) takes its folder out again: nothing changes', async () => {
    const wuhan = join(dir, WUHAN, 'facts.yaml');
    const good = readFileSync(wuhan, 'utf8');
    breakWuhanFacts(dir);
    try {
      const res = await send('/console/import/publish', files(await draftOf()));
      expect(res.status).toBe(422);
      const body = (await res.json()) as { problems: { file: string }[] };
      expect(body.problems.some((p) => p.file.endsWith(`${WUHAN}/facts.yaml`))).toBe(true);
      expect(existsSync(join(dir, PAGE_NOTICE_ID))).toBe(false);
      expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
      expect(await liveAnswer()).not.toMatch(/^株洲·/);
    } finally {
      writeFileSync(wuhan, good);
    }
  });

  it('publishes: the folder is written and reloaded, and /api/ask answers about the new city', async () => {
    const d = await draftOf();
    const res = await send('/console/import/publish', files(d));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ published: PAGE_NOTICE_ID, replaced: false });
    expect(readFileSync(join(dir, PAGE_NOTICE_ID, 'facts.yaml'), 'utf8')).toBe(d.factsYaml);
    expect(readFileSync(join(dir, PAGE_NOTICE_ID, 'notice.md'), 'utf8')).toBe(d.noticeMd);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]); // no staging folder left
    expect(await liveAnswer()).toMatch(/^株洲·.*暂停中/);
    expect(await liveAnswer(AFTER)).toMatch(/^株洲·.*(已于.*恢复|已恢复)/);
  });

  it('over an existing notice: 409 without the confirmation, replaced with it', async () => {
    const d = await draftOf();
    const edited = { ...d, factsYaml: d.factsYaml.replace('synonyms: []', 'synonyms: [刷卡]') };
    const refused = await send('/console/import/publish', files(edited));
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ exists: PAGE_NOTICE_ID });
    expect(readFileSync(join(dir, PAGE_NOTICE_ID, 'facts.yaml'), 'utf8')).toBe(d.factsYaml);

    const res = await send('/console/import/publish', files(edited, { overwrite: true }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ published: PAGE_NOTICE_ID, replaced: true });
    expect(readFileSync(join(dir, PAGE_NOTICE_ID, 'facts.yaml'), 'utf8')).toContain('synonyms: [刷卡]');
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

describe('access', () => {
  it('needs the console or the admin token: missing or wrong is 401 on the page and on every step', async () => {
    const body = files({ noticeMd: PAGE_NOTICE, factsYaml: 'id: x\n' });
    const refused: Record<string, string>[] = [{}, { 'X-Console-Token': 'wrong' }, { Authorization: 'Bearer wrong' }];
    for (const headers of refused) {
      const page = await s.get('/console/import', headers);
      expect(page.status).toBe(401);
      expect(page.headers.get('www-authenticate')).toMatch(/^Basic/);
      for (const path of ['/console/import/draft', '/console/import/check', '/console/import/preview?q=x', '/console/import/publish']) {
        const res = await send(path, body, headers);
        expect(res.status, `${path} with ${JSON.stringify(headers)}`).toBe(401);
        expect(await res.json()).toEqual({ error: 'console or admin token required' });
      }
    }
    const basic = `Basic ${Buffer.from(`operator:${CONSOLE_TOKEN}`).toString('base64')}`;
    const allowed: Record<string, string>[] = [
      asConsole,
      { 'X-Admin-Token': ADMIN_TOKEN },
      { Authorization: `Bearer ${ADMIN_TOKEN}` },
      { Authorization: basic },
    ];
    for (const headers of allowed) expect((await s.get('/console/import', headers)).status).toBe(200);
  });

  it('with no token configured the page is open, but publishing is refused (it writes into the knowledge)', async () => {
    const open = await startOps({ KNOWLEDGE_DIR: copyKnowledge() });
    try {
      expect((await open.get('/console/import')).status).toBe(200);
      const res = await fetch(`${open.url}/console/import/publish`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: string }).error).toMatch(/CONSOLE_TOKEN or ADMIN_TOKEN/);
    } finally {
      await open.close();
    }
  });
});

describe('bad input is a clear 4xx, never a 5xx', () => {
  it('an oversize upload is 413, a broken .docx or a PDF a 400 with one line', async () => {
    const big = await send('/console/import/draft?name=big.txt', 'x'.repeat(4 * 1024 * 1024 + 1), asConsole, 'text/plain');
    expect(big.status).toBe(413);
    const docx = await send('/console/import/draft?name=notice.docx', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), asConsole, 'application/octet-stream');
    expect(docx.status).toBe(400);
    expect(((await docx.json()) as { error: string }).error).toMatch(/^cannot read the \.docx: [^\n]+$/);
    const pdf = await send('/console/import/draft?name=notice.pdf', '%PDF-1.4', asConsole, 'application/pdf');
    expect(pdf.status).toBe(400);
    expect((await send('/console/import/draft', '', asConsole, 'text/plain')).status).toBe(400);
  });

  it('a body that is not the draft, a bad moment or a bad id is 400; a YAML that does not parse is a problem of the check', async () => {
    expect((await send('/console/import/check', '{nope')).status).toBe(400);
    expect((await send('/console/import/check', '{"noticeMd": 1}')).status).toBe(400);
    expect((await send('/console/import/check', files({ noticeMd: 'x', factsYaml: 'y' }), asConsole, 'text/plain')).status).toBe(400);
    expect((await send('/console/import/check?at=tomorrow', files({ noticeMd: 'x', factsYaml: 'y' }))).status).toBe(400);
    expect((await send('/console/import/preview', files({ noticeMd: 'x', factsYaml: 'y' }))).status).toBe(400); // no question
    expect((await send('/console/import/draft?id=Bad_Id', PAGE_NOTICE, asConsole, 'text/plain')).status).toBe(400);

    const broken = files({ noticeMd: PAGE_NOTICE, factsYaml: 'id: [\n' });
    const check = await send('/console/import/check', broken);
    expect(check.status).toBe(200);
    expect(await check.json()).toMatchObject({ ok: false, timelines: [] });
    expect((await send('/console/import/preview?q=x', broken)).status).toBe(422);
    expect((await send('/console/import/publish', broken)).status).toBe(422);
    expect(existsSync(join(dir, 'draft'))).toBe(false);
  });
});
