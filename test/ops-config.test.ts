// The operations variables: defaults for a first run, and a start refused with a
// message naming the variable when one is wrong.
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../handlers/config.ts';
import { readOpsConfig } from '../handlers/ops/config.ts';
import { run } from './helpers.ts';
import { SERVICE } from './service-command.ts';

describe('operations configuration', () => {
  it('has defaults for every variable', () => {
    expect(readConfig({}).ops).toEqual({
      adminToken: undefined,
      knowledgeWatch: false,
      knowledgeSettleMs: 300,
      missedLog: 'data/missed.jsonl',
      missedSalt: undefined,
      metrics: true,
      logLevel: 'info',
      logBodies: false,
      rateLimitPerMinute: 30,
      apiRateLimitPerMinute: 0,
      trustProxy: false,
    });
  });

  it('reads every variable', () => {
    expect(
      readOpsConfig({
        ADMIN_TOKEN: ' t0ken ', KNOWLEDGE_WATCH: '1', KNOWLEDGE_SETTLE_MS: '1000', MISSED_LOG: '/var/log/cutover/missed.jsonl', MISSED_SALT: 's', METRICS: '0',
        LOG_LEVEL: 'DEBUG', LOG_BODIES: 'true', RATE_LIMIT_PER_MINUTE: '0', API_RATE_LIMIT_PER_MINUTE: '60', TRUST_PROXY: 'yes',
      }),
    ).toEqual({
      adminToken: 't0ken', knowledgeWatch: true, knowledgeSettleMs: 1000, missedLog: '/var/log/cutover/missed.jsonl', missedSalt: 's', metrics: false,
      logLevel: 'debug', logBodies: true, rateLimitPerMinute: 0, apiRateLimitPerMinute: 60, trustProxy: true,
    });
    expect(readOpsConfig({ MISSED_LOG: 'off' }).missedLog).toBeNull();
  });

  it.each([
    ['KNOWLEDGE_WATCH', 'sometimes'],
    ['METRICS', '2'],
    ['LOG_BODIES', 'all'],
    ['TRUST_PROXY', 'maybe'],
    ['LOG_LEVEL', 'verbose'],
    ['RATE_LIMIT_PER_MINUTE', '-1'],
    ['RATE_LIMIT_PER_MINUTE', '2.5'],
    ['RATE_LIMIT_PER_MINUTE', 'many'],
    ['API_RATE_LIMIT_PER_MINUTE', '-5'],
    ['KNOWLEDGE_SETTLE_MS', 'soon'],
  ])('refuses %s=%s, naming it', (name, value) => {
    expect(() => readConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => readConfig({ [name]: value })).toThrow(name);
  });

  it('npm start refuses to start on a bad value, with a JSON line naming the variable', () => {
    const r = run(SERVICE.command, SERVICE.args, { PORT: '0', RATE_LIMIT_PER_MINUTE: 'lots' });
    expect(r.status).toBe(1);
    const line = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { level: string; msg: string };
    expect(line.level).toBe('fatal');
    expect(line.msg).toContain('RATE_LIMIT_PER_MINUTE');
  });
});
