// The timeline picture (handlers/timeline-svg.ts) in Debian's chromium: on the FAQ page
// (server-rendered, works without script, prints) and in the console's status panel,
// where its moment line follows the as-of moment. Screenshots go to test/artifacts/.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchChromium } from '../support/browser.ts';
import { createApp } from '../../handlers/app.ts';
import type { Config } from '../../server/config.ts';
import type { FaqData } from '../../handlers/faq-data.ts';
import { createAssistant } from '../../src/assistant.ts';
import { KNOWLEDGE_DIR, sh } from '../support/helpers.ts';

const NOW = sh('2021-12-25T10:00');

let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
  const assistant = await createAssistant({ knowledgeDir: KNOWLEDGE_DIR, now: NOW });
  const config: Config = { port: 0, host: '127.0.0.1', knowledgeDir: KNOWLEDGE_DIR, now: NOW };
  server = await new Promise<Server>((resolve) => {
    const s = createApp({ assistant, config }).listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

async function open(width: number, path: string, javaScriptEnabled = true): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN', timezoneId: 'UTC', javaScriptEnabled });
  await context.route('**/favicon.ico', (route) => route.fulfill({ status: 204 })); // the browser's own request, not the page's
  const page = await context.newPage();
  page.setDefaultTimeout(10_000); // a missing picture fails in seconds, not at the test's timeout
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${base}${path}`);
  return { page, errors, close: () => context.close() };
}

/** Where the moment line is drawn, in CSS pixels of the page (once drawn: the console redraws the panel when its status arrives). */
async function lineX(svg: Locator): Promise<number> {
  const line = svg.locator('.tl-now');
  // a vertical line has no width, so Playwright never calls it visible: wait for its box instead
  await expect.poll(() => line.boundingBox()).not.toBeNull();
  return (await line.boundingBox())!.x;
}
const windowStartX = async (svg: Locator, suspend: string) => (await svg.locator(`[data-window][data-suspend="${suspend}"]`).first().boundingBox())!.x;

async function windowsOf(city: string, at: string): Promise<FaqData['cities'][number]> {
  const data = (await (await fetch(`${base}/api/faq?city=${encodeURIComponent(city)}&at=${at}`)).json()) as FaqData;
  return data.cities[0]!;
}

describe('timeline on the FAQ page', { timeout: 60_000 }, () => {
  it('draws one bar per suspension window, with open and gradual ends, without script', async () => {
    for (const city of ['武汉', '长沙']) {
      const faq = await windowsOf(city, '2021-12-25T10:00');
      const windows = faq.notices.flatMap((n) => n.businesses.flatMap((b) => b.windows));
      const { page, close } = await open(1280, `/faq?city=${encodeURIComponent(city)}&at=2021-12-25T10:00`, false);
      const svg = page.locator(`section.city[id="city-${city}"] figure.timeline svg`);
      expect(await svg.count()).toBe(1);
      expect(await svg.locator('[data-window]').count()).toBe(windows.length);
      expect(await svg.locator('.tl-row').count()).toBe(faq.notices.reduce((n, x) => n + x.businesses.length, 0));
      const ends = (mode: string) => windows.filter((w) => w.resumeMode === mode).length;
      expect(await svg.locator('[data-end="open"]').count()).toBe(ends('tbd') + ends('unstated'));
      expect(await svg.locator('[data-end^="gradual"]').count()).toBe(ends('gradual'));
      expect(await svg.locator('title').textContent()).toContain(`${city}停机时间线`);
      const labels = await svg.locator('text').allTextContents();
      for (const w of windows)
        expect(
          labels.some((l) => l.includes(w.suspendText)),
          w.suspendText,
        ).toBe(true);
      expect(labels.some((l) => l.includes('2021年12月25日10:00'))).toBe(true);
      await close();
    }
  });

  it('moves the moment line with ?at=: left of every window before the suspension, further right later', async () => {
    const xs: number[] = [];
    for (const at of ['2021-12-10T09:00', '2021-12-25T10:00']) {
      const { page, close } = await open(1280, `/faq?city=武汉&at=${at}`);
      const svg = page.locator('figure.timeline svg');
      xs.push(await lineX(svg));
      if (at === '2021-12-10T09:00') {
        // before everything: the line is left of the earliest window (12月14日17:30)
        expect(xs[0]).toBeLessThan(await windowStartX(svg, '2021-12-14T17:30:00+08:00'));
      } else {
        // inside 医保实时联网结算's window (12月22日18:00 → 12月31日23:00)
        expect(xs[1]).toBeGreaterThan(await windowStartX(svg, '2021-12-22T18:00:00+08:00'));
        expect(xs[1]).toBeLessThan((await svg.locator('.tl-resume').first().boundingBox())!.x);
      }
      await close();
    }
    expect(xs[1]).toBeGreaterThan(xs[0]!);
  });

  it('is readable at 375 px and 1280 px, and prints (screenshots in test/artifacts/)', async () => {
    for (const width of [375, 1280]) {
      const { page, errors, close } = await open(width, '/faq?at=2021-12-25T10:00');
      const svg = page.locator('section.city[id="city-武汉"] figure.timeline svg');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal scroll at ${width}px`).toBeLessThanOrEqual(0);
      // business names at least 12 px tall on screen, dates at least 10 px
      const height = async (sel: string) => (await svg.locator(sel).first().boundingBox())!.height;
      expect(await height('.tl-name')).toBeGreaterThanOrEqual(12);
      expect(await height('.tl-dates')).toBeGreaterThanOrEqual(10);
      await page.screenshot({ path: `${ARTIFACTS}timeline-faq-${width}.png`, fullPage: true, clip: (await svg.boundingBox())! });
      expect(errors).toEqual([]);
      if (width === 1280) {
        await page.emulateMedia({ media: 'print' });
        expect(await svg.isVisible()).toBe(true);
        await page.screenshot({ path: `${ARTIFACTS}timeline-faq-print.png`, fullPage: true });
      }
      await close();
    }
  });
});

describe('timeline in the console', { timeout: 60_000 }, () => {
  it('follows the as-of moment and the city', async () => {
    for (const width of [375, 1280]) {
      const { page, errors, close } = await open(width, '/');
      await page.locator('#city').selectOption('武汉');
      const svg = page.locator('.status-city[data-city="武汉"] figure.timeline svg');
      await expect.poll(() => svg.locator('.tl-moment').getAttribute('data-at')).toBe('2021-12-25T10:00:00+08:00');
      const faq = await windowsOf('武汉', '2021-12-25T10:00');
      expect(await svg.locator('[data-window]').count()).toBe(faq.notices.flatMap((n) => n.businesses.flatMap((b) => b.windows)).length);
      const during = await lineX(svg);
      expect((await svg.locator('.tl-name').first().boundingBox())!.height).toBeGreaterThanOrEqual(12);
      expect((await svg.locator('.tl-dates').first().boundingBox())!.height).toBeGreaterThanOrEqual(10);
      // tall enough that the status panel (scrolling on its own on a desktop) shows the whole picture
      await page.setViewportSize({ width, height: 2200 });
      await svg.screenshot({ path: `${ARTIFACTS}timeline-console-${width}.png` });

      await page.locator('#at').fill('2021-12-10T09:00');
      await expect.poll(() => svg.locator('.tl-moment').getAttribute('data-at')).toBe('2021-12-10T09:00:00+08:00');
      const before = await lineX(svg);
      expect(before).toBeLessThan(during);
      expect(before).toBeLessThan(await windowStartX(svg, '2021-12-14T17:30:00+08:00'));
      expect(await svg.locator('text', { hasText: '2021年12月10日9:00' }).count()).toBe(1);

      await page.locator('#city').selectOption('长沙');
      await page.locator('#at').fill('2021-11-05T12:00');
      const changsha = page.locator('.status-city[data-city="长沙"] figure.timeline svg');
      await expect.poll(() => changsha.locator('.tl-moment').getAttribute('data-at')).toBe('2021-11-05T12:00:00+08:00');
      await changsha.screenshot({ path: `${ARTIFACTS}timeline-console-changsha-${width}.png` });
      expect(await page.locator('figure.timeline svg').count()).toBe(1);
      expect(errors).toEqual([]);
      await close();
    }
  });
});
