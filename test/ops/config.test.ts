// The operations variables: defaults for a first run, and a start refused with a
// message naming the variable when one is wrong.
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../server/config.ts';
import { readOpsConfig } from '../../server/ops-config.ts';
import { run } from '../support/helpers.ts';
import { SERVICE } from '../support/service-command.ts';

describe('operations configuration', () => {
  it('has defaults for every variable', () => {
    expect(readConfig({}).ops).toEqual({
      adminToken: undefined,
      knowledgeWatch: false,
      knowledgeSettleMs: 300,
      missedLog: 'data/missed.jsonl',
      missedLogMaxBytes: 10 * 1024 * 1024,
      missedLogFiles: 3,
      missedLogPerMinute: 20,
      missedSalt: undefined,
      metrics: true,
      logLevel: 'info',
      logBodies: false,
      rateLimitPerMinute: 30,
      apiRateLimitPerMinute: 600,
      trustProxy: 0,
    });
  });

  it('reads every variable', () => {
    expect(
      readOpsConfig({
        ADMIN_TOKEN: ' t0ken ',
        KNOWLEDGE_WATCH: '1',
        KNOWLEDGE_SETTLE_MS: '1000',
        MISSED_LOG: '/var/log/cutover/missed.jsonl',
        MISSED_SALT: 's',
        METRICS: '0',
        LOG_LEVEL: 'DEBUG',
        LOG_BODIES: 'true',
        RATE_LIMIT_PER_MINUTE: '0',
        API_RATE_LIMIT_PER_MINUTE: '60',
        TRUST_PROXY: '2',
        MISSED_LOG_MAX_BYTES: '65536',
        MISSED_LOG_FILES: '0',
        MISSED_LOG_PER_MINUTE: '0',
      }),
    ).toEqual({
      adminToken: 't0ken',
      knowledgeWatch: true,
      knowledgeSettleMs: 1000,
      missedLog: '/var/log/cutover/missed.jsonl',
      missedSalt: 's',
      metrics: false,
      missedLogMaxBytes: 65536,
      missedLogFiles: 0,
      missedLogPerMinute: 0,
      logLevel: 'debug',
      logBodies: true,
      rateLimitPerMinute: 0,
      apiRateLimitPerMinute: 60,
      trustProxy: 2,
    });
    expect(readOpsConfig({ MISSED_LOG: 'off' }).missedLog).toBeNull();
    expect(readOpsConfig({ TRUST_PROXY: 'yes' }).trustProxy).toBe(1); // the former flag: one proxy
  });

  it.each([
    ['KNOWLEDGE_WATCH', 'sometimes'],
    ['METRICS', '2'],
    ['LOG_BODIES', 'all'],
    ['TRUST_PROXY', 'maybe'],
    ['TRUST_PROXY', '-1'],
    ['TRUST_PROXY', '1.5'],
    ['LOG_LEVEL', 'verbose'],
    ['RATE_LIMIT_PER_MINUTE', '-1'],
    ['RATE_LIMIT_PER_MINUTE', '2.5'],
    ['RATE_LIMIT_PER_MINUTE', 'many'],
    ['API_RATE_LIMIT_PER_MINUTE', '-5'],
    ['MISSED_LOG_MAX_BYTES', '100'],
    ['MISSED_LOG_MAX_BYTES', '10MB'],
    ['MISSED_LOG_FILES', '-1'],
    ['MISSED_LOG_PER_MINUTE', '1.5'],
    ['KNOWLEDGE_SETTLE_MS', 'soon'],
    ['ANSWER_CACHE_SIZE', 'big'],
    ['ANSWER_CACHE_SIZE', '-1'],
  ])('refuses %s=%s, naming it', (name, value) => {
    expect(() => readConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => readConfig({ [name]: value })).toThrow(name);
  });

  it('keeps 5000 replies for repeated messages unless ANSWER_CACHE_SIZE says otherwise (0: none)', () => {
    expect(readConfig({}).answerCacheSize).toBe(5000);
    expect(readConfig({ ANSWER_CACHE_SIZE: '0' }).answerCacheSize).toBe(0);
    expect(readConfig({ ANSWER_CACHE_SIZE: '200' }).answerCacheSize).toBe(200);
  });

  it('npm start refuses to start on a bad value, with a JSON line naming the variable', () => {
    const r = run(SERVICE.command, SERVICE.args, { PORT: '0', RATE_LIMIT_PER_MINUTE: 'lots' });
    expect(r.status).toBe(1);
    const line = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { level: string; msg: string };
    expect(line.level).toBe('fatal');
    expect(line.msg).toContain('RATE_LIMIT_PER_MINUTE');
  });
});
