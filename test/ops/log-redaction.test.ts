// The log's second line of defence: should a caller pass a token, a key, a signature or a
// body in a line, at its top or one level down, the line carries "[redacted]" instead.
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.ts';

function written(fields: Record<string, unknown>): Record<string, unknown> {
  const lines: string[] = [];
  createLogger({ stream: { write: (s: string) => void lines.push(s) } }).info(fields, 'm');
  const { level, time, pid, msg, ...rest } = JSON.parse(lines[0]!) as Record<string, unknown>;
  return rest;
}

describe('log redaction', () => {
  it('censors secret fields at the top of a line and one level down, and nothing else', () => {
    expect(written({ token: 'T', key: 'K', signature: 's', msg_signature: 'ms', echostr: 'e', authorization: 'Bearer x', other: 1 })).toEqual({
      token: '[redacted]',
      key: '[redacted]',
      signature: '[redacted]',
      msg_signature: '[redacted]',
      echostr: '[redacted]',
      authorization: '[redacted]',
      other: 1,
    });
    expect(written({ a: { secret: 'x', password: 'p', keep: 2 }, body: { deep: 1 }, list: ['token'] })).toEqual({
      a: { secret: '[redacted]', password: '[redacted]', keep: 2 },
      body: '[redacted]',
      list: ['token'],
    });
  });

  it('writes a request line as it is given', () => {
    const line = { method: 'GET', route: '/api/ask', status: 200, ms: 1.3, channel: 'api', band: 'answer' };
    expect(written(line)).toEqual(line);
  });
});
