// What every HTTP answer shows a browser or a caller, whatever route produced it:
// X-Content-Type-Options: nosniff (a JSON error echoing input must never be sniffed
// into a page), and no input echoed back at length.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type Running } from '../support/wechat-support.ts';

let server: Running;
beforeAll(async () => {
  server = await startApp({});
});
afterAll(() => server.close());

describe('every response', () => {
  it('carries X-Content-Type-Options: nosniff (answers, refusals, unknown routes, webhooks, metrics)', async () => {
    const requests: [string, RequestInit?][] = [
      ['/api/ask?q=%E6%AD%A6%E6%B1%89%E5%8C%BB%E4%BF%9D%E7%94%B5%E8%AF%9D'],
      ['/api/ask?q='],
      ['/api/ask?q=x&city=<script>'],
      ['/healthz'],
      ['/api/faq'],
      ['/no/such/route'],
      ['/metrics'],
      ['/wechat?signature=x&timestamp=1&nonce=1', { method: 'POST', body: '<xml/>' }],
      ['/api/ask', { method: 'PUT' }],
    ];
    for (const [path, init] of requests) {
      const res = await fetch(server.url + path, init);
      await res.arrayBuffer();
      expect(res.headers.get('x-content-type-options'), `${init?.method ?? 'GET'} ${path} (${res.status})`).toBe('nosniff');
    }
  });
});

describe('/api/ask with an unknown city', () => {
  it('refuses with 400 quoting at most 40 characters of it, as /faq does', async () => {
    const city = `未知${'市'.repeat(1000)}`;
    for (const path of ['/api/ask?q=x&city=', '/api/faq?city=']) {
      const res = await fetch(server.url + path + encodeURIComponent(city));
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as { error: string };
      expect(error).toMatch(/^unknown city "未知市+"; known: /);
      expect(error).toContain(`"${city.slice(0, 40)}"`);
      expect(error.length).toBeLessThan(300);
    }
  });
});
