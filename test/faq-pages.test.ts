// The FAQ page and its neighbours as a citizen's browser meets them, on a real
// loopback server: business names written whole, the filter read like a question,
// errors as pages, a moment shown as typed, repeated parameters, the icon.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.ts';

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
const textOf = (fragment: string) => fragment.replace(/<[^>]*>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

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
