// A Redis outage is told in the service's JSON log lines (stdout), like everything
// else a log shipper collects: not as plain text on stderr. The service runs as
// `npm start` runs it, against a real redis-server that is not there at first.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnService, type Child } from '../support/ops-support.ts';
import { freePort, startRedis, type RedisServer } from '../support/redis-support.ts';

let child: Child | undefined;
let redis: RedisServer | undefined;
afterEach(async () => {
  child?.kill();
  await redis?.stop();
  child = redis = undefined;
});

describe('Redis outage lines', () => {
  it('are JSON log lines naming the store, never plain text on stderr', async () => {
    const port = await freePort(); // nothing listens there yet
    child = await spawnService({ REDIS_URL: `redis://127.0.0.1:${port}`, REDIS_PREFIX: `logs-${process.pid}:` });
    const waited = child.waitForLog((l) => /unavailable/.test(String(l.msg)), 'the outage line');
    const down = await Promise.race([
      waited,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no JSON outage line; stderr: ${child!.stderr()}`)), 15_000)),
    ]);
    expect(down).toMatchObject({ level: 'error', store: `redis redis://127.0.0.1:${port}` });
    expect(String(down.reason)).toMatch(/ECONNREFUSED/);

    redis = await startRedis(port);
    const ask = () => fetch(`${child!.url}/api/ask?${new URLSearchParams({ q: '武汉医保电话', session: 'logs-1' })}`).then((r) => r.text());
    const until = Date.now() + 15_000;
    while (!child.logs().some((l) => /reachable again/.test(String(l.msg))) && Date.now() < until) {
      await ask();
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(child.logs().find((l) => /reachable again/.test(String(l.msg)))).toMatchObject({ level: 'info', store: `redis redis://127.0.0.1:${port}` });
    expect(child.stderr()).not.toMatch(/unavailable|reachable again/);
  });
});
