// End-to-end: the real koa app on 127.0.0.1 (port 0) driven through Debian's
// chromium by playwright-core — never a downloaded browser. Covers the agents'
// console (ask, as-of moment → status strip, copy), the FAQ page and its filter,
// /api/faq, and CONSOLE_TOKEN protection. Screenshots go to test/artifacts/.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchChromium } from '../support/browser.ts';
import { createAssistant } from '../../src/assistant.ts';
import { createApp } from '../../handlers/app.ts';
import type { Config } from '../../server/config.ts';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
const ZONE = 'Asia/Shanghai';
/** the service's pinned clock: 武汉 结算 is suspended (12-22 18:00 → 12-31 23:00) */
const NOW = DateTime.fromISO('2021-12-25T10:00', { zone: ZONE });
const TOKEN = 'e2e-console-token-7f3a';

async function serve(extra: Partial<Config> = {}): Promise<{ server: Server; base: string }> {
  const assistant = await createAssistant({ knowledgeDir: KNOWLEDGE, now: NOW });
  const config: Config = { port: 0, host: '127.0.0.1', knowledgeDir: KNOWLEDGE, now: NOW, ...extra };
  const app = createApp({ assistant, config });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

let browser: Browser;
let open: { server: Server; base: string };
let locked: { server: Server; base: string };

beforeAll(async () => {
  [open, locked] = await Promise.all([serve(), serve({ consoleToken: TOKEN })]);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  for (const s of [open, locked]) await new Promise((r) => s?.server.close(r));
});

/** A fresh context that fails the test on any request leaving our server (the pages must work offline). */
async function newPage(
  width: number,
  base = open.base,
  opts: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; outside: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN', timezoneId: 'UTC', ...opts });
  const outside: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { context, page, outside, errors };
}

/** Types words into the FAQ's filter box and waits until the server's answer is applied. */
async function filterBy(page: Page, words: string): Promise<void> {
  await page.locator('#faq-filter').fill(words);
  await expect.poll(() => new URL(page.url()).searchParams.get('filter') ?? '').toBe(words);
  await expect.poll(() => page.locator('#faq-main').getAttribute('aria-busy')).toBeNull();
}

const item = (page: Page, city: string, business: string) => page.locator(`.status-city[data-city="${city}"] .status-item[data-business="${business}"]`);

async function ask(page: Page, question: string): Promise<string> {
  await page.locator('#question').fill(question);
  await page.locator('#question').press('Enter');
  await expect.poll(() => page.locator('#ask-status').textContent()).toContain('已生成回复');
  return (await page.locator('#answer').textContent()) ?? '';
}

describe('agent console (GET /)', { timeout: 60_000 }, () => {
  it('answers a question typed with Enter: the reply carries the date and time, band, sources and alternatives', async () => {
    const { context, page, outside, errors } = await newPage(1280);
    await page.goto(`${open.base}/`);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
    // as-of defaults to the service's "now" (pinned here), in Asia/Shanghai time
    expect(await page.locator('#at').inputValue()).toBe('2021-12-25T10:00');
    await page.locator('#city').selectOption('武汉');

    const reply = await ask(page, '武汉医保结算什么时候恢复');
    expect(reply).toContain('12月31日23:00');
    expect(reply).toContain('暂停');
    expect(await page.locator('#band').getAttribute('data-band')).toBe('answer');
    await expect.poll(() => page.locator('#band').textContent()).toBe('直接回答');
    const sources = page.locator('#sources');
    expect(await sources.isVisible()).toBe(true);
    const sourceText = (await sources.textContent()) ?? '';
    expect(sourceText).toContain('武汉市医疗保险信息系统、企业职工社会保险信息系统切换停机公告');
    expect(sourceText).toContain('武汉市医疗保障局');
    expect(sourceText).toContain('2021年12月11日');
    expect(sourceText).toContain('2021年12月31日23:00起，恢复全市医疗机构、药店购药医保结算');
    expect(await page.locator('#alt-list li').count()).toBeLessThanOrEqual(3);

    // an alternative, when offered, is shown on click
    const alt = page.locator('#alt-list button').first();
    if (await alt.count()) {
      const altText = (await alt.textContent()) ?? '';
      await alt.click();
      await expect.poll(() => page.locator('#question').inputValue()).toBe(altText);
      await expect.poll(() => page.locator('#ask-status').textContent()).toContain(altText.slice(0, 10));
    }

    // every control has a label
    const unlabelled = await page.$$eval('input, select, textarea', (els) =>
      els.filter((e) => !(e as HTMLInputElement).labels?.length && !e.getAttribute('aria-label')).map((e) => e.id),
    );
    expect(unlabelled).toEqual([]);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the status strip in step with the as-of moment: 暂停中 ↔ 已恢复', async () => {
    const { context, page, errors } = await newPage(1280);
    await page.goto(`${open.base}/`);
    const settlement = item(page, '武汉', 'medical-realtime-settlement');
    await expect.poll(() => settlement.locator('.chip').textContent()).toBe('暂停中');
    expect(await settlement.textContent()).toContain('预计12月31日23:00起恢复');

    await page.locator('#at').fill('2022-01-02T09:00');
    await expect.poll(() => settlement.locator('.chip').textContent()).toBe('已恢复');
    expect(await settlement.textContent()).toContain('12月31日23:00');
    expect(await page.locator('#status-at').textContent()).toContain('2022年1月2日9:00');

    // the resume moment itself is already resumed; a minute before it is not
    await page.locator('#at').fill('2021-12-31T22:59');
    await expect.poll(() => settlement.locator('.chip').textContent()).toBe('暂停中');
    await page.locator('#at').fill('2021-12-31T23:00');
    await expect.poll(() => settlement.locator('.chip').textContent()).toBe('已恢复');

    // before the suspension: 正常; one city only when a city is chosen
    await page.locator('#city').selectOption('长沙');
    await page.locator('#at').fill('2021-10-30T12:00');
    const changsha = item(page, '长沙', 'settlement');
    await expect.poll(() => changsha.locator('.chip').textContent()).toBe('正常');
    expect(await changsha.textContent()).toContain('10月31日18:00起暂停');
    expect(await page.locator('.status-city[data-city="武汉"]').count()).toBe(0);
    await page.locator('#at').fill('2021-11-05T12:00');
    await expect.poll(() => changsha.locator('.chip').textContent()).toBe('暂停中');

    // the answer follows the as-of moment too
    const reply = await ask(page, '长沙医保结算什么时候恢复');
    expect(reply).toContain('11月12日8:00');

    // "现在" goes back to the service's clock
    await page.locator('#now').click();
    await expect.poll(() => page.locator('#at').inputValue()).toBe('2021-12-25T10:00');
    await expect.poll(() => changsha.locator('.chip').textContent()).toBe('已恢复');
    // the reply shown was made for the earlier moment: it says so until asked again
    expect(await page.locator('#stale-note').isVisible()).toBe(true);
    expect(await page.locator('#reply-meta').textContent()).toContain('2021-11-05 12:00');
    await page.locator('#ask').click();
    await expect.poll(() => page.locator('#stale-note').isVisible()).toBe(false);
    expect(await page.locator('#reply-meta').textContent()).toContain('2021-12-25 10:00');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('copies the reply to the clipboard and says 已复制', async () => {
    const { context, page } = await newPage(1280);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: open.base });
    await page.goto(`${open.base}/`);
    const reply = await ask(page, '武汉医保结算什么时候恢复');
    await page.locator('#copy').click();
    await expect.poll(() => page.locator('#copied').textContent()).toBe('已复制');
    expect(await page.locator('#copied').isVisible()).toBe(true);
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toBe(reply);
    expect(clip).toContain('12月31日23:00');

    // on a plain-http intranet address there is no navigator.clipboard: the selection fallback still copies
    const plain = await context.newPage();
    await plain.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await plain.goto(`${open.base}/`);
    expect(await plain.evaluate(() => navigator.clipboard)).toBeUndefined();
    await page.evaluate(() => navigator.clipboard.writeText('—'));
    const reply2 = await ask(plain, '长沙医保结算什么时候恢复');
    await plain.locator('#copy').click();
    await expect.poll(() => plain.locator('#copied').textContent()).toBe('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reply2);
    await context.close();
  });

  it('is usable at 375 px and 1280 px (screenshots in test/artifacts/)', async () => {
    for (const width of [375, 1280]) {
      const { context, page, errors } = await newPage(width);
      await page.goto(`${open.base}/`);
      await page.locator('#city').selectOption('武汉');
      await ask(page, '武汉医保结算什么时候恢复');
      await expect.poll(() => page.locator('.status-item').count()).toBeGreaterThan(3);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal scroll at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${ARTIFACTS}console-${width}.png`, fullPage: true });
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('can be driven from the keyboard alone', async () => {
    const { context, page } = await newPage(1280);
    await page.goto(`${open.base}/`);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('question');
    await page.keyboard.type('武汉医保结算什么时候恢复');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#answer').textContent()).toContain('12月31日23:00');
    // Shift+Enter is a new line, not a question
    await page.locator('#question').fill('');
    await page.locator('#question').focus();
    await page.keyboard.type('第一行');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('第二行');
    expect(await page.locator('#question').inputValue()).toBe('第一行\n第二行');
    await context.close();
  });
});

describe('FAQ page (GET /faq) and GET /api/faq', { timeout: 60_000 }, () => {
  it('filters by 芙蓉区 and shows its numbers; blank cells stay blank', async () => {
    const { context, page, outside, errors } = await newPage(1280);
    await page.goto(`${open.base}/faq`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('h2', { hasText: '长沙' }).count()).toBe(1);
    expect(await page.locator('h2', { hasText: '武汉' }).count()).toBe(1);
    const before = await page.locator('[data-entry]:visible').count();

    await page.locator('#faq-filter').pressSequentially('芙蓉区');
    await expect.poll(() => page.locator('#filter-status').textContent()).toMatch(/显示 1 \//);
    const furong = page.locator('table.contacts tr[data-entry]', { hasText: '芙蓉区' });
    await expect.poll(() => furong.isVisible()).toBe(true);
    const row = (await furong.textContent()) ?? '';
    for (const n of ['0731-84683816', '0731-84683805', '0731-84683312', '0731-84683817', '0731-84683815']) expect(row).toContain(n);
    expect(await page.locator('table.contacts tr[data-entry]', { hasText: '天心区' }).isVisible()).toBe(false);
    expect(await page.locator('section.city', { hasText: '武汉' }).isVisible()).toBe(false);
    expect(await page.locator('[data-entry]:visible').count()).toBeLessThan(before);
    expect(await page.locator('#filter-status').textContent()).toMatch(/显示 1 \//);
    await page.screenshot({ path: `${ARTIFACTS}faq-filtered-1280.png`, fullPage: true });

    // 高新区: its 费用结算 and 特门特药 cells are blank in the notice, and stay blank
    await page.locator('#faq-filter').fill('高新区');
    const gaoxin = page.locator('table.contacts tr[data-entry]', { hasText: '高新区' });
    await expect.poll(() => gaoxin.isVisible()).toBe(true);
    const cells = await gaoxin.locator('td').evaluateAll((tds) => tds.map((td) => [...td.querySelectorAll('.phone')].map((p) => p.textContent).join(' ')));
    expect(cells).toEqual(['0731-88995625', '', '0731-88995452 0731-88995054 0731-88995582 0731-89755170', '']);
    // nothing visible in a blank cell (only a note for screen readers)
    const blank = gaoxin.locator('td').nth(1);
    expect(
      await blank.evaluate((td) => (td as HTMLElement).getBoundingClientRect().height > 0 && [...td.children].every((c) => c.classList.contains('sr-only'))),
    ).toBe(true);

    // no match, then Escape clears
    await page.locator('#faq-filter').fill('没有这个词');
    await expect.poll(() => page.locator('#no-match').isVisible()).toBe(true);
    await page.locator('#faq-filter').press('Escape');
    await expect.poll(() => page.locator('[data-entry]:visible').count()).toBe(before);

    // the print stylesheet drops the filter box and keeps the tables
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.filter').isVisible()).toBe(false);
    expect(await page.locator('table.timetable').first().isVisible()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}faq-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters by meaning: 刷卡 and 看病 find the settlement business; without script the form filters on the server', async () => {
    const { context, page, outside, errors } = await newPage(1280);
    await page.goto(`${open.base}/faq`);
    const settlement = page.locator('section.city[data-city^="武汉"] table.timetable tr', { hasText: '医保实时联网结算' });
    const collection = page.locator('section.city[data-city^="武汉"] table.timetable tr', { hasText: '企业职工社保费缴纳' });
    for (const words of ['刷卡', '看病']) {
      await filterBy(page, words);
      expect(await collection.isVisible(), words).toBe(false);
      expect(await settlement.isVisible(), words).toBe(true);
      expect(await page.locator('#no-match').isVisible()).toBe(false);
    }
    // the business's whole name, as the notice writes it
    expect((await settlement.locator('th').textContent())?.startsWith('医保实时联网结算（医院、药店刷医保卡）')).toBe(true);
    await page.locator('#faq-filter').press('Escape');
    await expect.poll(() => collection.isVisible()).toBe(true);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();

    const plain = await newPage(1280, open.base, { javaScriptEnabled: false });
    await plain.page.goto(`${open.base}/faq?city=${encodeURIComponent('长沙')}`);
    await plain.page.locator('#faq-filter').fill('芙蓉区');
    await plain.page.locator('#faq-filter').press('Enter');
    await expect.poll(() => new URL(plain.page.url()).searchParams.get('filter')).toBe('芙蓉区');
    expect(new URL(plain.page.url()).searchParams.get('city')).toBe('长沙');
    expect(await plain.page.locator('[data-entry]:visible').count()).toBe(1);
    expect(await plain.page.locator('table.contacts tr[data-entry]', { hasText: '芙蓉区' }).isVisible()).toBe(true);
    expect(await plain.page.locator('#filter-status').textContent()).toMatch(/^显示 1 \//);
    await plain.context.close();
  });

  it('shows the timetable with each status as of now, and what to do during the suspension', async () => {
    const { context, page } = await newPage(1280);
    await page.goto(`${open.base}/faq`);
    const wuhanSettlement = page.locator('section.city[data-city^="武汉"] table.timetable tr', { hasText: '医保实时联网结算' });
    const text = (await wuhanSettlement.textContent()) ?? '';
    expect(text).toContain('12月22日18:00');
    expect(text).toContain('12月31日23:00');
    expect(await wuhanSettlement.locator('.chip').textContent()).toBe('暂停中');
    expect(await page.locator('section.city[data-city^="武汉"]').textContent()).toContain('停机期间参保人员门诊就医和购药由个人现金支付');
    // ?at= moves the statuses
    await page.goto(`${open.base}/faq?at=2022-01-02T09:00&city=武汉`);
    expect(await page.locator('section.city').count()).toBe(1);
    expect(await page.locator('table.timetable tr', { hasText: '医保实时联网结算' }).locator('.chip').textContent()).toBe('已恢复');
    await context.close();
  });

  it('is readable at 375 px and 1280 px (screenshots in test/artifacts/)', async () => {
    for (const width of [375, 1280]) {
      const { context, page, errors } = await newPage(width);
      await page.goto(`${open.base}/faq`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal scroll at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${ARTIFACTS}faq-${width}.png`, fullPage: true });
      await page.locator('#faq-filter').fill('芙蓉区');
      await page.screenshot({ path: `${ARTIFACTS}faq-filtered-${width}.png`, fullPage: true });
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('GET /api/faq returns the same content as JSON', async () => {
    const all = (await (await fetch(`${open.base}/api/faq`)).json()) as FaqJson;
    expect(all.cities.map((c) => c.name).sort()).toEqual(['武汉', '长沙']);
    expect(all.asOf).toBe('2021-12-25T10:00:00+08:00');

    const res = await fetch(`${open.base}/api/faq?city=${encodeURIComponent('长沙市')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const cs = (await res.json()) as FaqJson;
    expect(cs.cities.map((c) => c.name)).toEqual(['长沙']);
    const notice = cs.cities[0]!.notices[0]!;
    const settlement = notice.businesses.find((b) => b.id === 'settlement')!;
    expect(settlement.windows[0]).toMatchObject({ suspend: '2021-10-31T18:00:00+08:00', resume: '2021-11-12T08:00:00+08:00', resumeMode: 'date' });
    expect(settlement.status).toMatchObject({ state: 'resumed', label: '已恢复' });
    expect(settlement.during.length).toBeGreaterThan(0);
    const { columns, rows } = notice.contacts;
    expect(columns.map((c) => c.label)).toEqual(['医疗异地备案', '费用结算', '参保登记', '特门特药']);
    const furong = rows.find((r) => r.unit === '芙蓉区')!;
    expect(furong.cells[0]!.phones).toEqual([{ number: '0731-84683816' }]);
    const gaoxin = rows.find((r) => r.unit === '高新区')!;
    expect(gaoxin.cells[1]).toEqual({ label: '费用结算', phones: [] });

    const wh = (await (await fetch(`${open.base}/api/faq?city=${encodeURIComponent('武汉')}&at=2021-12-10T09:00`)).json()) as FaqJson;
    const whSettlement = wh.cities[0]!.notices[0]!.businesses.find((b) => b.id === 'medical-realtime-settlement')!;
    expect(whSettlement.status.label).toBe('正常');
    expect(whSettlement.status.text).toContain('12月22日18:00起暂停');

    expect((await fetch(`${open.base}/api/faq?city=${encodeURIComponent('北京')}`)).status).toBe(400);
    expect((await fetch(`${open.base}/api/faq?at=yesterday`)).status).toBe(400);
  });
});

describe('CONSOLE_TOKEN', { timeout: 60_000 }, () => {
  it('refuses the console and its API without the token (401); the FAQ stays public', async () => {
    for (const path of ['/', '/console/api/status', `/console/api/ask?q=${encodeURIComponent('武汉医保结算什么时候恢复')}`, '/assets/console.js']) {
      const res = await fetch(`${locked.base}${path}`);
      expect(res.status, path).toBe(401);
      expect(res.headers.get('www-authenticate'), path).toMatch(/^Basic realm=/);
      const wrong = await fetch(`${locked.base}${path}`, { headers: { Authorization: 'Bearer not-the-token' } });
      expect(wrong.status, path).toBe(401);
    }
    const bearer = await fetch(`${locked.base}/console/api/ask?q=${encodeURIComponent('武汉医保结算什么时候恢复')}&at=2021-12-25T10:00`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(bearer.status).toBe(200);
    expect(((await bearer.json()) as { answer: string }).answer).toContain('12月31日23:00');
    expect((await fetch(`${locked.base}/console/api/status`, { headers: { 'X-Console-Token': TOKEN } })).status).toBe(200);
    for (const path of ['/faq', '/api/faq', '/assets/faq.js', '/assets/app.css']) expect((await fetch(`${locked.base}${path}`)).status, path).toBe(200);
    // the open server needs nothing
    expect((await fetch(`${open.base}/console/api/status`)).status).toBe(200);
  });

  it('lets the browser in with the token as its login (HTTP Basic)', async () => {
    // without credentials the browser gets the login challenge (headless: no prompt, so the navigation fails)
    const denied = await newPage(1280, locked.base);
    await expect(denied.page.goto(`${locked.base}/`)).rejects.toThrow(/ERR_INVALID_AUTH_CREDENTIALS/);
    await denied.context.close();

    const { context, page, errors } = await newPage(1280, locked.base, { httpCredentials: { username: 'agent', password: TOKEN } });
    const ok = await page.goto(`${locked.base}/`);
    expect(ok?.status()).toBe(200);
    await page.locator('#city').selectOption('武汉');
    expect(await ask(page, '武汉医保结算什么时候恢复')).toContain('12月31日23:00');
    await expect.poll(() => item(page, '武汉', 'medical-realtime-settlement').locator('.chip').textContent()).toBe('暂停中');
    expect(errors).toEqual([]);
    await context.close();
  });
});

interface FaqJson {
  asOf: string;
  cities: {
    name: string;
    notices: {
      businesses: { id: string; windows: Record<string, unknown>[]; status: { state: string; label: string; text: string }; during: string[] }[];
      contacts: { columns: { label: string }[]; rows: { unit: string; cells: ({ label: string; phones: { number: string; note?: string }[] } | null)[] }[] };
    }[];
  }[];
}
