// GET /metrics as Prometheus scrapes it, after traffic on several channels.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_WECHAT_TOKEN } from '../../server/config.ts';
import { ChatClient } from '../../bin/lib/chat-client.ts';
import { startOps, type OpsServer } from '../support/ops-support.ts';

const sample = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('GET /metrics', () => {
  let s: OpsServer;
  let text: string;
  let version: string;
  beforeAll(async () => {
    s = await startOps({ MISSED_LOG: 'off' });
    await s.ask('武汉医保结算什么时候恢复');
    await s.ask('长沙的那个东西');
    expect((await s.get('/api/ask?q=')).status).toBe(400);
    await new ChatClient({ url: s.url, channel: 'wechat', token: DEMO_WECHAT_TOKEN, mode: 'plain' }).ask('武汉医保结算什么时候恢复');
    version = ((await (await s.get('/healthz')).json()) as { knowledge: string }).knowledge;
    const res = await s.get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    text = await res.text();
  });
  afterAll(() => s.close());

  it('counts requests by channel and status', () => {
    expect(sample(text, 'cutover_http_requests_total{channel="api",status="200"}')).toBe(2);
    expect(sample(text, 'cutover_http_requests_total{channel="api",status="400"}')).toBe(1);
    expect(sample(text, 'cutover_http_requests_total{channel="wechat",status="200"}')).toBe(1);
    expect(sample(text, 'cutover_http_requests_total{channel="ops",status="200"}')).toBe(1); // the /healthz before the scrape
  });

  it('counts replies by band and times each answer', () => {
    expect(sample(text, 'cutover_replies_total{channel="api",band="answer"}')).toBe(1);
    expect(sample(text, 'cutover_replies_total{channel="api",band="fallback"}')).toBe(1);
    expect(sample(text, 'cutover_replies_total{channel="wechat",band="answer"}')).toBe(1);
    expect(sample(text, 'cutover_answer_duration_seconds_count{channel="api"}')).toBe(2);
    expect(sample(text, 'cutover_answer_duration_seconds_bucket{le="+Inf",channel="api"}')).toBe(2);
    expect(text).toContain('# TYPE cutover_answer_duration_seconds histogram');
  });

  it('shows the knowledge version, reloads, and process figures', () => {
    expect(sample(text, `cutover_knowledge_info{version="${version}"}`)).toBe(1);
    expect(sample(text, 'cutover_knowledge_reload_failures_total')).toBe(0);
    expect(sample(text, 'cutover_knowledge_loaded_timestamp_seconds')).toBeGreaterThan(0);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('holds no question text', () => {
    expect(text).not.toMatch(/武汉|长沙|结算/);
  });
});

describe('METRICS=0', () => {
  it('removes /metrics and nothing else', async () => {
    const s = await startOps({ METRICS: '0', MISSED_LOG: 'off' });
    try {
      expect((await s.get('/metrics')).status).toBe(404);
      expect((await s.ask('武汉医保结算什么时候恢复')).band).toBe('answer');
      expect((await s.get('/healthz')).status).toBe(200);
    } finally {
      await s.close();
    }
  });
});
