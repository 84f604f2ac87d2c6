// The per-request lines cost nothing when their level is off: no line is built and
// the logger is not called; when the level is on, the line is written as before.
import { Writable } from 'node:stream';
import type { Context } from 'koa';
import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../server/logger.ts';
import { requestLog } from '../../handlers/ops/request-log.ts';

function run(level: 'warn' | 'info', path: string) {
  const lines: string[] = [];
  const stream = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
  const log = createLogger({ level, stream });
  const calls = { debug: vi.spyOn(log, 'debug'), info: vi.spyOn(log, 'info') };
  const ctx = { path, method: 'GET', ip: '127.0.0.1', status: 200, state: {}, set: () => {} } as unknown as Context;
  return { lines, calls, done: requestLog({ log, logBodies: false })(ctx, async () => {}) };
}

describe('request log levels', () => {
  it('at warn, neither the request line nor the debug line is built', async () => {
    const r = run('warn', '/api/ask');
    await r.done;
    expect(r.calls.info).not.toHaveBeenCalled();
    expect(r.calls.debug).not.toHaveBeenCalled();
    expect(r.lines).toEqual([]);
  });

  it('at info, a probe (debug) is not built and a question is logged', async () => {
    const probe = run('info', '/healthz');
    await probe.done;
    expect(probe.calls.debug).not.toHaveBeenCalled();
    const asked = run('info', '/api/ask');
    await asked.done;
    expect(asked.calls.info).toHaveBeenCalledTimes(1);
    expect(JSON.parse(asked.lines[0]!)).toMatchObject({ msg: 'request', method: 'GET', status: 200 });
  });
});

describe('the second line of defence: secret keys censored', () => {
  it('hides a secret passed by mistake, at the top or one level down, and leaves the caller’s objects alone', () => {
    const lines: string[] = [];
    const log = createLogger({ stream: new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }) });
    const fields = { token: 'tok-5e1', error: { name: 'E', msg_signature: 'sig-77a' }, route: '/wechat' };
    const failure = Object.assign(new Error('refused'), { body: '<xml>body-91c</xml>' });
    log.info(fields, 'request');
    log.error({ err: failure }, 'failed');
    const [line, errorLine] = lines.map((l) => JSON.parse(l));
    expect(line).toMatchObject({ token: '[redacted]', error: { name: 'E', msg_signature: '[redacted]' }, route: '/wechat' });
    expect(errorLine.err).toMatchObject({ type: 'Error', message: 'refused', body: '[redacted]' });
    expect(lines.join('')).not.toMatch(/tok-5e1|sig-77a|body-91c/);
    expect(fields.token).toBe('tok-5e1');
    expect(fields.error.msg_signature).toBe('sig-77a');
    expect(failure.body).toBe('<xml>body-91c</xml>');
  });
});
