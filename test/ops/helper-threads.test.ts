// The service runs V8 with one helper thread (`--v8-pool-size=1` in `npm start`/`serve`): glibc
// gives every thread its own malloc arena, and each of V8's four default helpers kept 1–2 MB of
// it resident after a load (BENCHMARKS.md, session 9). Both services here are the built one,
// ready and idle; only the flag differs.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spawnService } from '../support/ops-support.ts';
import { SERVICE } from '../support/service-command.ts';

const threads = (pid: number) => readdirSync(`/proc/${pid}/task`).length;

describe.skipIf(process.platform !== 'linux')('the service’s threads', () => {
  it('are fewer than with V8’s default pool of helper threads, as production starts it', async () => {
    const production = await spawnService({});
    const defaultPool = await spawnService(
      {},
      SERVICE.args.filter((a) => !a.startsWith('--v8-pool-size')),
    );
    try {
      expect(threads(production.pid)).toBeLessThan(threads(defaultPool.pid));
    } finally {
      production.kill();
      defaultPool.kill();
      await Promise.all([production.exited, defaultPool.exited]);
    }
  });
});
