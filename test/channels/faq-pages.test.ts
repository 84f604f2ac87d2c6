// The FAQ page and its neighbours as a citizen's browser meets them, on a real
// loopback server: business names written whole, the filter read like a question,
// errors as pages, a moment shown as typed, repeated parameters, the icon.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

const PAGE = { headers: { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } };

async function page(path: string): Promise<{ status: number; type: string; text: string }> {
  const res = await fetch(server.base + path, PAGE);
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

/** Visible text of an HTML fragment (tags dropped, entities of our escaper undone). */
const textOf = (fragment: string) =>
  fragment
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The row headers of the timetables: each business's name as shown. */
function timetableNames(html: string): string[] {
  const tables = [...html.matchAll(/<table class="stack timetable">([\s\S]*?)<\/table>/g)].map((m) => m[1]!);
  const rows = tables.flatMap((t) => [...t.matchAll(/<th scope="row">([\s\S]*?)<\/th>/g)].map((m) => m[1]!));
  return rows.map((th) => textOf(th.replace(/<span class="scope">[\s\S]*?<\/span>/g, '')).trim());
}

describe('business names on the FAQ page', () => {
  it('are written whole, whatever brackets they hold and wherever', async () => {
    const { status, text } = await page('/faq?at=2021-12-25T10:00');
    expect(status).toBe(200);
    const names = timetableNames(text);
    expect(names).toContain('特门、特药（特殊门诊、特殊药品）医保结算');
    expect(names).toContain('城乡居民医保（含大学生）参保登记、变更、核定');
    expect(names).toContain('医保待遇类经办业务（异地就医备案、门诊重症（慢性）疾病申报、报销等）');
    expect(names).toContain('医保实时联网结算（医院、药店刷医保卡）');
    expect(text).not.toContain('诊、特殊药品）医保结算');
    expect(names.join('\n')).not.toMatch(/变更、核定、变更、核定/);
  });
});

/** The entries a filtered page shows (its keys), and its status line. */
function shownEntries(html: string): { keys: string[]; hiddenKeys: string[]; status: string } {
  const tags = [...html.matchAll(/<(?:tr|div|li)(?: class="entry")? data-entry data-key="([^"]+)"( hidden)?>/g)];
  return {
    keys: tags.filter((m) => !m[2]).map((m) => textOf(m[1]!)),
    hiddenKeys: tags.filter((m) => m[2]).map((m) => textOf(m[1]!)),
    status: textOf(/<p id="filter-status"[^>]*>([\s\S]*?)<\/p>/.exec(html)![1]!),
  };
}

describe('the FAQ filter, read as the bot reads a question', () => {
  it('刷卡 and 看病 find the settlement business, though neither word is written in it', async () => {
    for (const words of ['刷卡', '看病']) {
      const { status, text } = await page(`/faq?at=2021-12-25T10:00&filter=${encodeURIComponent(words)}`);
      expect(status).toBe(200);
      const { keys, hiddenKeys, status: line } = shownEntries(text);
      expect(keys, words).toContain('wuhan-2021-12/t/medical-realtime-settlement');
      expect(keys, words).toContain('changsha-2021-10/t/settlement');
      expect(hiddenKeys, words).toContain('wuhan-2021-12/t/enterprise-social-collection');
      expect(line).toBe(`显示 ${keys.length} / ${keys.length + hiddenKeys.length} 条`);
      // the box keeps the words, so the page can be filtered again without script
      expect(text).toContain(`name="filter" type="search" autocomplete="off" value="${words}"`);
    }
  });

  it('a district finds its contacts row, alone or with a business; the JSON keeps only what matched', async () => {
    for (const words of ['芙蓉区', '芙蓉区刷卡', '芙蓉区的电话']) {
      const { keys } = shownEntries((await page(`/faq?filter=${encodeURIComponent(words)}`)).text);
      expect(keys, words).toEqual(['changsha-2021-10/c/芙蓉区']);
    }
    const html = (await page(`/faq?filter=${encodeURIComponent('芙蓉区')}`)).text;
    expect(html).toMatch(/<section class="city" id="city-武汉"[^>]* hidden>/);
    const json = (await (await fetch(`${server.base}/api/faq?filter=${encodeURIComponent('芙蓉区')}`)).json()) as {
      cities: { name: string; notices: { businesses: unknown[]; contacts: { rows: { unit: string }[] } }[] }[];
      filter: { keys: string[]; total: number };
    };
    expect(json.cities.map((c) => c.name)).toEqual(['长沙']);
    expect(json.cities[0]!.notices[0]!.contacts.rows.map((r) => r.unit)).toEqual(['芙蓉区']);
    expect(json.cities[0]!.notices[0]!.businesses).toEqual([]);
    expect(json.filter.keys).toEqual(['changsha-2021-10/c/芙蓉区']);
  });

  it('words that name nothing are matched as written: a phone number finds its row, an unknown word nothing', async () => {
    expect(shownEntries((await page('/faq?filter=0731-84683816')).text).keys).toEqual(['changsha-2021-10/c/芙蓉区']);
    const none = (await page(`/faq?filter=${encodeURIComponent('没有这个词')}`)).text;
    expect(shownEntries(none).keys).toEqual([]);
    expect(none).toMatch(/<p id="no-match" class="no-match">/);
    // the form sends the page's city and moment along with the words
    const kept = (await page(`/faq?city=${encodeURIComponent('长沙')}&at=2021-11-05T10:00`)).text;
    expect(kept).toContain('<input type="hidden" name="city" value="长沙">');
    expect(kept).toContain('<input type="hidden" name="at" value="2021-11-05T10:00">');
  });
});

describe('errors on pages', () => {
  it('an unknown city or a bad moment on /faq is an HTML page saying so in Chinese; /api/* keeps JSON', async () => {
    for (const path of [`/faq?city=${encodeURIComponent('北京')}`, '/faq?at=yesterday', '/?at=yesterday']) {
      const res = await page(path);
      expect(res.status, path).toBe(400);
      expect(res.type, path).toMatch(/^text\/html/);
      expect(res.text, path).toMatch(/^<!doctype html>/);
      expect(res.text, path).not.toContain('{"error"');
    }
    expect(textOf((await page(`/faq?city=${encodeURIComponent('北京')}`)).text)).toContain('暂未收录“北京”的停机公告。目前可查询：');
    const api = await fetch(`${server.base}/api/faq?city=${encodeURIComponent('北京')}`, PAGE);
    expect(api.status).toBe(400);
    expect(api.headers.get('content-type')).toMatch(/application\/json/);
    expect(((await api.json()) as { error: string }).error).toMatch(/unknown city "北京"/);
  });

  it('a moment typed as a date is shown as that day at 0:00, not the day before at 24:00', async () => {
    const { text } = await page('/faq?at=2021-12-25');
    const meta = textOf(/<p class="meta">([\s\S]*?)<\/p>/.exec(text)![1]!);
    expect(meta).toContain('12月25日0:00');
    expect(text).not.toContain('12月24日24:00');
    const faq = (await (await fetch(`${server.base}/api/faq?at=2021-12-25T00:00`)).json()) as { asOfText: string };
    expect(faq.asOfText).toBe('2021年12月25日0:00');
    const strip = (await (await fetch(`${server.base}/console/api/status?at=2021-12-25`)).json()) as { atText: string };
    expect(strip.atText).toBe(faq.asOfText);
  });

  it('a parameter given twice is refused by name, on every route that reads it', async () => {
    const q = encodeURIComponent('武汉医保结算什么时候恢复');
    const cases: [string, string][] = [
      [`/api/ask?q=${q}&q=${q}`, 'q must be given once'],
      [`/api/ask?q=${q}&at=2021-12-25T10:00&at=2021-12-26T10:00`, 'at must be given once'],
      [`/api/ask?q=${q}&city=${encodeURIComponent('武汉')}&city=${encodeURIComponent('长沙')}`, 'city must be given once'],
      [`/console/api/ask?q=a&q=b`, 'q must be given once'],
      [`/api/faq?filter=a&filter=b`, 'filter must be given once'],
      [`/console/api/status?at=2021-12-25&at=2021-12-26`, 'at must be given once'],
      [`/api/faq?city=${encodeURIComponent('武汉')}&city=${encodeURIComponent('武汉')}`, 'city must be given once'],
    ];
    for (const [path, error] of cases) {
      const res = await fetch(server.base + path);
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as { error: string }).error, path).toBe(error);
    }
    const twice = await page('/faq?at=2021-12-25&at=2021-12-26');
    expect(twice.status).toBe(400);
    expect(textOf(twice.text)).toContain('链接中的参数“at”出现了不止一次');
  });
});

describe('the icon', () => {
  it('is linked from the pages and served at /favicon.svg and /favicon.ico', async () => {
    for (const path of ['/faq', '/']) expect((await page(path)).text, path).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    for (const path of ['/favicon.svg', '/favicon.ico']) {
      const res = await fetch(server.base + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe('image/svg+xml');
      expect(await res.text(), path).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<\/svg>$/);
    }
  });
});
