// GET /metrics in the Prometheus text format. A registry per server (not the
// global one) so several servers in one process — tests — count separately.
// Labels are small fixed sets (channel, band, status, trigger): never a path,
// a question or a user.
import Router from '@koa/router';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { KnowledgeBase } from '../../src/knowledge/model.ts';
import type { Band } from '../../src/contract/types.ts';
import type { Channel } from '../http/request-info.ts';

export class Metrics {
  readonly registry = new Registry();

  // Per request and per question, counts go into plain numbers (Tally) and reach prom-client when it
  // is read, at a scrape: prom-client hashes the label object of every inc (≈ 1 µs a request).
  private readonly requestCounts = new Tally<Channel, number>();
  private inFlightNow = 0;
  private readonly replyCounts = new Tally<Channel, Band>();

  readonly requests: Counter<'channel' | 'status'> = new Counter({
    name: 'cutover_http_requests_total',
    help: 'HTTP requests by channel and status code',
    labelNames: ['channel', 'status'] as const,
    registers: [this.registry],
    collect: (): void => this.requestCounts.drain((channel, status, n) => this.requests.inc({ channel, status: String(status) }, n)),
  });

  readonly inFlight: Gauge = new Gauge({
    name: 'cutover_http_requests_in_flight',
    help: 'HTTP requests being served now',
    registers: [this.registry],
    collect: (): void => this.inFlight.set(this.inFlightNow),
  });

  readonly replies: Counter<'channel' | 'band'> = new Counter({
    name: 'cutover_replies_total',
    help: 'Answered questions by channel and band (answer, clarify, fallback)',
    labelNames: ['channel', 'band'] as const,
    registers: [this.registry],
    collect: (): void => this.replyCounts.drain((channel, band, n) => this.replies.inc({ channel, band }, n)),
  });

  readonly answerSeconds = new Histogram({
    name: 'cutover_answer_duration_seconds',
    help: 'Time to answer one question (understand, retrieve, compose, session store)',
    labelNames: ['channel'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly rateLimited = new Counter({
    name: 'cutover_rate_limited_total',
    help: 'Questions answered with the "too many questions" reply instead of an answer',
    labelNames: ['channel'] as const,
    registers: [this.registry],
  });

  readonly reloads = new Counter({
    name: 'cutover_knowledge_reloads_total',
    help: 'Knowledge reloads by trigger (signal, admin, watch) and result (ok, unchanged, failed, refused)',
    labelNames: ['trigger', 'result'] as const,
    registers: [this.registry],
  });

  readonly reloadFailures = new Counter({
    name: 'cutover_knowledge_reload_failures_total',
    help: 'Reloads refused because the knowledge did not validate (the previous knowledge kept serving)',
    registers: [this.registry],
  });

  readonly missedWriteErrors = new Counter({
    name: 'cutover_missed_log_write_errors_total',
    help: 'Missed-question log lines that could not be written',
    registers: [this.registry],
  });

  constructor(knowledge: () => KnowledgeBase) {
    // read at scrape time, so it is right after every reload without anyone telling it
    new Gauge({
      name: 'cutover_knowledge_info',
      help: 'The knowledge being served: 1, labelled with its version (content hash)',
      labelNames: ['version'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        this.set({ version: knowledge().version }, 1);
      },
    });
    new Gauge({
      name: 'cutover_knowledge_loaded_timestamp_seconds',
      help: 'When the knowledge being served was loaded (Unix time)',
      registers: [this.registry],
      collect() {
        this.set(knowledge().loadedAt.toSeconds());
      },
    });
    collectDefaultMetrics({ register: this.registry });
  }

  /** a request arrived */
  requestStarted(): void {
    this.inFlightNow++;
  }

  /** a request was answered with `status` */
  requestEnded(channel: Channel, status: number): void {
    this.inFlightNow--;
    this.requestCounts.add(channel, status);
  }

  reply(channel: Channel, band: Band, seconds: number): void {
    this.replyCounts.add(channel, band);
    this.answerSeconds.observe({ channel }, seconds);
  }

  routes(): Router {
    const router = new Router();
    router.get('/metrics', async (ctx) => {
      ctx.set('Cache-Control', 'no-store');
      ctx.type = this.registry.contentType;
      ctx.body = await this.registry.metrics();
    });
    return router;
  }
}

/**
 * Counts by two labels, kept until drained: found through nested maps (no key built), and drained in
 * the order the pairs were first counted, which is the order prom-client lists a counter's series in.
 */
class Tally<A, B> {
  private readonly byFirst = new Map<A, Map<B, { n: number }>>();
  private readonly order: [A, B, { n: number }][] = [];

  add(a: A, b: B): void {
    let bySecond = this.byFirst.get(a);
    if (!bySecond) this.byFirst.set(a, (bySecond = new Map()));
    const count = bySecond.get(b);
    if (count) count.n++;
    else {
      const fresh = { n: 1 };
      bySecond.set(b, fresh);
      this.order.push([a, b, fresh]);
    }
  }

  /** every count not drained yet, to `to`, then zero */
  drain(to: (a: A, b: B, n: number) => void): void {
    for (const [a, b, count] of this.order)
      if (count.n > 0) {
        to(a, b, count.n);
        count.n = 0;
      }
  }
}
