// End-to-end: the operator page in Debian's chromium (playwright-core), on the real
// service over a temp copy of knowledge/, logged in with the console token as the
// browser's login prompt takes it. Paste a notice → draft (its item to check marked in
// the notice, the timeline drawn, the check passed) → preview a question at a moment →
// publish → the live service answers about the new city. Screenshot in test/artifacts/.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchChromium } from '../support/browser.ts';
import { firstLine, removeTempDirs } from '../support/helpers.ts';
import { DURING, PAGE_NOTICE, PAGE_NOTICE_ID, SETTLEMENT_QUESTION } from '../support/import-page-support.ts';
import { copyKnowledge, startOps, type OpsServer } from '../support/ops-support.ts';

const TOKEN = 'e2e-import-console-token';

let s: OpsServer;
let browser: Browser;

beforeAll(async () => {
  s = await startOps({ KNOWLEDGE_DIR: copyKnowledge(), CONSOLE_TOKEN: TOKEN, RATE_LIMIT_PER_MINUTE: '0', API_RATE_LIMIT_PER_MINUTE: '0' });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await s?.close();
  removeTempDirs();
});

describe('the operator page in Chromium', () => {
  it('goes from paste to draft to preview to publish, and the new city answers', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
      httpCredentials: { username: 'operator', password: TOKEN },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      expect((await page.goto(`${s.url}/console/import`))?.status()).toBe(200);

      await page.fill('#notice-text', PAGE_NOTICE);
      await page.fill('#draft-id', PAGE_NOTICE_ID);
      await page.click('#make-draft');
      await page.waitForSelector('#check[data-ok="true"]', { timeout: 30_000 });

      await expect.poll(() => page.textContent('#summary')).toContain(PAGE_NOTICE_ID);
      expect(await page.inputValue('#facts')).toContain('name: 株洲');
      expect(await page.textContent('#uncertain')).toContain('年份未写明');
      expect(await page.textContent('#notice mark')).toContain('4月6日17:00起，暂停医保参保登记业务');
      expect(await page.locator('#timelines svg').count()).toBe(1);
      expect(await page.textContent('#timelines svg title')).toContain('株洲');
      expect(await page.textContent('#check')).toContain('检查通过');

      await page.fill('#preview-q', SETTLEMENT_QUESTION);
      await page.fill('#preview-at', DURING);
      await page.click('#ask-preview');
      await page.waitForSelector('#preview-answer:not([hidden])');
      expect(firstLine((await page.textContent('#preview-answer')) ?? '')).toMatch(/^株洲·.*暂停中/);
      expect(firstLine((await s.ask(SETTLEMENT_QUESTION, { at: DURING })).answer)).not.toMatch(/^株洲·/); // not live yet

      await page.click('#publish');
      await expect.poll(() => page.textContent('#publish-result'), { timeout: 30_000 }).toContain(`已发布：${PAGE_NOTICE_ID}`);
      await page.screenshot({ path: `${ARTIFACTS}import-page.png`, fullPage: true });

      expect(firstLine((await s.ask(SETTLEMENT_QUESTION, { at: DURING })).answer)).toMatch(/^株洲·.*暂停中/);

      // publishing again needs the confirmation: the page says so and keeps the folder
      await page.click('#publish');
      await expect.poll(() => page.textContent('#error')).toContain('同名公告已存在');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});
