// Load: 200 concurrent connections for 20 s on loopback (autocannon), half of the
// requests GET /api/ask (several questions, with `at`), half encrypted POST /wechat
// (safe mode, signed in advance, each with its own MsgId). Asserts 0 errors, 0
// timeouts and only 2xx; prints the figures but never asserts on time or throughput.
// The server runs in a child process so autocannon and the service do not share a
// core's event loop. LOAD_SECONDS shortens or lengthens the run.
import autocannon, { type Request } from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatClient, type PreparedRequest } from '../../bin/lib/chat-client.ts';
import { QUESTIONS } from '../support/fuzz-cases.ts';
import { spawnServer, type ChildServer } from '../support/spawn-server.ts';
import { KEYS } from '../support/wechat-support.ts';

const CONNECTIONS = 200;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const SENDERS = 4000;
const PER_SENDER = 6;
const AT = new Date('2021-12-12T10:00:00+08:00');

describe('load', () => {
  let server: ChildServer;
  let webhook: PreparedRequest[];

  beforeAll(async () => {
    // the signed requests are built before the run: no age check, no per-sender limit
    server = await spawnServer(
      { ...KEYS.wechat, SIGNATURE_MAX_AGE_SECONDS: '0', RATE_LIMIT_PER_MINUTE: '0', API_RATE_LIMIT_PER_MINUTE: '0' },
      { stdout: 'ignore' },
    );
    webhook = [];
    for (let s = 0; s < SENDERS; s++) {
      const client = new ChatClient({
        url: server.url,
        channel: 'wechat',
        token: KEYS.wechat.WECHAT_TOKEN,
        aesKey: KEYS.wechat.WECHAT_ENCODING_AES_KEY,
        receiverId: KEYS.wechat.WECHAT_APPID,
        mode: 'safe',
        user: `oLoad${s}`,
      });
      for (let k = 0; k < PER_SENDER; k++) webhook.push(client.prepare({ MsgType: 'text', Content: QUESTIONS[(s + k) % QUESTIONS.length]! }, { at: AT }));
    }
  });
  afterAll(() => server?.stop());

  it(
    `serves ${CONNECTIONS} connections for ${SECONDS} s of asks and encrypted webhook posts without an error`,
    async () => {
      const asks = QUESTIONS.map((q) => `/api/ask?q=${encodeURIComponent(q)}&at=2021-12-12T10:00`);
      let n = 0;
      let w = 0;
      const replies = { sealed: 0, success: 0, other: 0, asks: 0 };
      const result = await autocannon({
        url: server.url,
        connections: CONNECTIONS,
        duration: SECONDS,
        // a request still unanswered after 20 s is a hang; anything shorter is the machine being busy
        // (vitest runs other test files alongside, and TCP retries a dropped SYN after 1, 3 and 7 s)
        timeout: 20,
        requests: [
          {
            setupRequest: (req): Request => {
              if (n++ % 2 === 0) return { ...req, method: 'GET', path: asks[n % asks.length]!, headers: {}, body: undefined };
              const r = webhook[w++ % webhook.length]!;
              return {
                ...req,
                method: 'POST',
                path: new URL(r.url).pathname + new URL(r.url).search,
                headers: { 'content-type': 'text/xml; charset=utf-8' },
                body: r.body,
              };
            },
            onResponse: (_status, body) => {
              if (body.startsWith('{')) replies.asks++;
              else if (body.startsWith('<xml><Encrypt>')) replies.sealed++;
              else if (body === 'success') replies.success++;
              else replies.other++;
            },
          },
        ],
      });

      const l = result.latency;
      console.log(
        `load: ${result.requests.total} requests in ${SECONDS} s over ${CONNECTIONS} connections: ` +
          `${Math.round(result.requests.average)} req/s (mean), latency p50 ${l.p50} ms, p99 ${l.p99} ms, max ${l.max} ms; ` +
          `2xx ${result['2xx']}, non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}; ` +
          `asks ${replies.asks}, sealed replies ${replies.sealed}, 'success' (deadline) ${replies.success}, other ${replies.other}; ` +
          `${webhook.length} distinct webhook messages, ${w} sent`,
      );
      console.log(`load: status codes ${JSON.stringify(result.statusCodeStats)}`);
      expect(server.alive()).toBe(true);
      expect(result.errors).toBe(0);
      expect(result.timeouts).toBe(0);
      expect(result.non2xx).toBe(0);
      expect(result['2xx']).toBe(result.requests.total);
      expect(replies.other).toBe(0);
    },
    (SECONDS + 60) * 1000,
  );
});
