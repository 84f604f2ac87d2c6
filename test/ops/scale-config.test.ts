// REDIS_URL, REDIS_PREFIX and WORKERS are checked at start: a typo stops the service
// with a message naming the variable (and never echoing a Redis password).
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../server/config.ts';

const fails = (env: Record<string, string>) => {
  try {
    readConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('no ConfigError');
};

describe('REDIS_URL and REDIS_PREFIX', () => {
  it('are off by default: state stays in memory', () => {
    expect(readConfig({}).redis).toBeUndefined();
    expect(readConfig({ REDIS_URL: '  ' }).redis).toBeUndefined();
  });

  it('accept redis:// and rediss:// URLs, with a default prefix', () => {
    expect(readConfig({ REDIS_URL: 'redis://127.0.0.1:6379/0' }).redis).toEqual({ url: 'redis://127.0.0.1:6379/0', prefix: 'cutover:' });
    expect(readConfig({ REDIS_URL: 'rediss://:pw@cache.example:6380', REDIS_PREFIX: 'wuhan-prod:' }).redis).toEqual({
      url: 'rediss://:pw@cache.example:6380',
      prefix: 'wuhan-prod:',
    });
  });

  it('refuse a malformed URL by name, without echoing it', () => {
    for (const url of ['127.0.0.1:6379', 'http://cache:6379', 'redis://', 'redis://:s3cret@']) {
      const message = fails({ REDIS_URL: url });
      expect(message).toMatch(/^REDIS_URL must be/);
      expect(message).not.toContain('s3cret');
    }
  });

  it('refuse a prefix with spaces or too long', () => {
    expect(fails({ REDIS_URL: 'redis://cache', REDIS_PREFIX: 'a b' })).toMatch(/^REDIS_PREFIX/);
    expect(fails({ REDIS_URL: 'redis://cache', REDIS_PREFIX: 'x'.repeat(65) })).toMatch(/^REDIS_PREFIX/);
  });
});

describe('WORKERS', () => {
  it('is 1 (no cluster) by default, a count, or auto = one per core', () => {
    expect(readConfig({}).workers).toBe(1);
    expect(readConfig({ WORKERS: '4' }).workers).toBe(4);
    expect(readConfig({ WORKERS: 'auto' }).workers).toBe(availableParallelism());
  });

  it('refuses anything else by name', () => {
    for (const w of ['0', '-1', '2.5', 'two', '1000']) expect(fails({ WORKERS: w })).toMatch(/^WORKERS must be a whole number from 1 to 256, or "auto"/);
  });
});
