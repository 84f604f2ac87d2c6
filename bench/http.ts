// HTTP throughput on loopback in one run, as ratios to a bare koa "hello" (the
// limit): GET /healthz, GET /api/ask, the encrypted POST /wechat round trip (each
// message new, so each is answered), the same with one MsgId over and over (a
// retry: the protocol without the answer), and GET /api/ask on a big knowledge.
// Each server runs in its own child process; autocannon runs here.
//
//   npx tsx bench/http.ts [--seconds 10] [--connections 100] [--knowledge <dir for the big-knowledge row>]
import autocannon, { type Request } from 'autocannon';
import type { PreparedRequest } from '../bin/lib/chat-client.ts';
import { spawnServer, type ChildServer } from '../test/support/spawn-server.ts';
import { KEYS, keyedClient } from '../test/support/wechat-support.ts';
import { isMain } from './is-main.ts';

export interface HttpRow {
  name: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
  /** reqPerSec / the bare koa row's */
  ratio: number;
  note?: string;
  /** the server's RSS after the run, MB */
  rssMB?: number;
}

export interface HttpOptions {
  seconds?: number;
  connections?: number;
  /** a big knowledge directory for an extra /api/ask row */
  bigKnowledge?: string;
  bigLabel?: string;
}

const QUESTIONS = [
  '武汉医保结算什么时候恢复',
  '长沙医保停机期间怎么看病',
  '芙蓉区异地备案电话',
  '武汉停机期间能办退休吗',
  '武汉社保卡丢了怎么办',
  '长沙医保什么时候停',
];
const AT = new Date('2021-12-12T10:00:00+08:00');
// as production runs (request log lines included, to a discarded stdout), minus the per-sender limit
const SERVICE_ENV = { ...KEYS.wechat, SIGNATURE_MAX_AGE_SECONDS: '0', RATE_LIMIT_PER_MINUTE: '0', API_RATE_LIMIT_PER_MINUTE: '0' };

const pathOf = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

const toReq = (r: PreparedRequest): Request => ({ method: 'POST', path: pathOf(r.url), headers: { 'content-type': 'text/xml; charset=utf-8' }, body: r.body });

function sealedRequests(url: string, count: number, sameMsgId: boolean): PreparedRequest[] {
  const out: PreparedRequest[] = [];
  const users = Math.max(1, Math.ceil(count / 5));
  for (let s = 0; s < users && out.length < count; s++) {
    const c = keyedClient(url, 'wechat', { user: `oBench${s}` });
    for (let k = 0; k < 5 && out.length < count; k++)
      out.push(
        c.prepare({ MsgType: 'text', Content: QUESTIONS[(s + k) % QUESTIONS.length]!, MsgId: sameMsgId ? '7000000000000000001' : undefined }, { at: AT }),
      );
    if (sameMsgId) break;
  }
  return out;
}

async function measure(
  name: string,
  server: ChildServer,
  requests: Request[],
  o: Required<Pick<HttpOptions, 'seconds' | 'connections'>>,
  note?: string,
): Promise<Omit<HttpRow, 'ratio'>> {
  // a short warm-up (JIT, caches), then the measured run
  await autocannon({ url: server.url, connections: Math.min(10, o.connections), duration: 2, requests });
  const r = await autocannon({ url: server.url, connections: o.connections, duration: o.seconds, requests });
  const mem = await server.memory();
  return {
    name,
    reqPerSec: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    total: r.requests.total,
    note,
    rssMB: mem.rss / 2 ** 20,
  };
}

/** Cycles through `list`, one request per call, whichever connection asks. */
function cycling(list: Request[]): Request[] {
  let i = 0;
  return [{ setupRequest: (req): Request => ({ ...req, ...list[i++ % list.length]! }) }];
}

export async function measureHttp(opts: HttpOptions = {}): Promise<HttpRow[]> {
  const o = { seconds: opts.seconds ?? 10, connections: opts.connections ?? 100 };
  const rows: Omit<HttpRow, 'ratio'>[] = [];
  const asks: Request[] = QUESTIONS.map((q) => ({ method: 'GET', path: `/api/ask?q=${encodeURIComponent(q)}&at=2021-12-12T10:00` }));

  const hello = await spawnServer({ CHILD_APP: 'hello' }, { stdout: 'ignore' });
  try {
    rows.push(await measure('bare koa "hello" (the limit)', hello, [{ method: 'GET', path: '/' }], o));
  } finally {
    await hello.stop();
  }

  const floor = await spawnServer({ ...KEYS.wechat, CHILD_APP: 'sealed' }, { stdout: 'ignore' });
  try {
    const sealed = sealedRequests(floor.url, 1, true).map(toReq);
    rows.push(
      await measure(
        'bare koa + the sealed protocol, fixed reply',
        floor,
        sealed,
        o,
        'no router, logs, metrics, dedupe or answer: verify, decrypt, parse, encrypt, sign',
      ),
    );
  } finally {
    await floor.stop();
  }

  const service = await spawnServer(SERVICE_ENV, { stdout: 'ignore' });
  try {
    rows.push(await measure('GET /healthz', service, [{ method: 'GET', path: '/healthz' }], o, 'the app with every router and middleware, no answer'));
    rows.push(await measure('GET /api/ask', service, cycling(asks), o, `${QUESTIONS.length} questions with at=`));
    // enough distinct messages that none repeats at several thousand per second
    const fresh = sealedRequests(service.url, Math.max(20_000, o.seconds * 4000), false);
    rows.push(
      await measure(
        'POST /wechat, safe mode (new MsgIds)',
        service,
        cycling(fresh.map(toReq)),
        o,
        `verify, decrypt, parse, answer, encrypt, sign; ${fresh.length} distinct messages`,
      ),
    );
    const retry = sealedRequests(service.url, 1, true).map(toReq);
    rows.push(await measure('POST /wechat, safe mode (one MsgId: a retry)', service, retry, o, 'the protocol alone: the stored reply, sealed again'));
  } finally {
    await service.stop();
  }

  if (opts.bigKnowledge) {
    const big = await spawnServer({ ...SERVICE_ENV, KNOWLEDGE_DIR: opts.bigKnowledge }, { timeoutMs: 120_000, stdout: 'ignore' });
    try {
      rows.push(await measure(`GET /api/ask, ${opts.bigLabel ?? 'big knowledge'}`, big, cycling(asks), o, 'the same questions, every city loaded'));
    } finally {
      await big.stop();
    }
  }
  const limit = rows[0]!.reqPerSec || 1;
  return rows.map((r) => ({ ...r, ratio: r.reqPerSec / limit }));
}

if (isMain('http')) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const rows = await measureHttp({
    seconds: Number(flag('--seconds') ?? 10),
    connections: Number(flag('--connections') ?? 100),
    bigKnowledge: flag('--knowledge'),
  });
  for (const r of rows)
    console.log(
      `${r.name.padEnd(48)} ${Math.round(r.reqPerSec).toString().padStart(7)} req/s  ${r.ratio.toFixed(2)}×  p50 ${r.p50} ms  p99 ${r.p99} ms  errors ${r.errors}  non-2xx ${r.non2xx}`,
    );
}
