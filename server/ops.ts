// Puts the operations pieces together for one server (server/start-server.ts): the
// logger, metrics, missed-question log, rate limit, reload (admin route, operator page,
// watcher) and graceful close. createApp receives `app` and mounts it; nothing
// else in the service needs to know about any of it.
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { Assistant } from '../src/assistant.ts';
import type { KeyValueStore } from '../src/stores/store.ts';
import type { AppOps } from '../handlers/app.ts';
import type { Config } from './config.ts';
import { readOpsConfig, type OpsConfig } from './ops-config.ts';
import { adminGate, adminRoutes } from '../handlers/ops/admin.ts';
import { importRoutes } from '../handlers/console-import.ts';
import { healthRoutes } from '../handlers/ops/health.ts';
import { createLogger, type Logger } from './logger.ts';
import { Metrics } from '../handlers/ops/metrics.ts';
import { MissedLog } from './missed-log.ts';
import { observeAssistant, type AskChannel } from '../handlers/ops/observe.ts';
import { MemoryRateCounter, RateLimiter, StoreRateCounter, type RateCounter } from '../handlers/ops/rate-limit.ts';
import { Reloader, type ReloadStatus, type ReloadTrigger } from './reload.ts';
import { requestLog } from '../handlers/ops/request-log.ts';
import type { RequestAssistant } from '../handlers/http/request-info.ts';
import { GracefulServer, SHUTDOWN_TIMEOUT_MS, type Drained } from './shutdown.ts';
import { watchKnowledge, type KnowledgeWatcher } from './watch.ts';

export type { Logger } from './logger.ts';
export type { ReloadStatus, ReloadTrigger } from './reload.ts';

export interface OpsOptions {
  /** where log lines go (tests); otherwise stdout at LOG_LEVEL */
  logger?: Logger;
  /** the rate limit's counter; otherwise over `store` when given (shared by instances), else in memory */
  rateCounter?: RateCounter;
  store?: KeyValueStore;
  /** how long in-flight requests get at shutdown (default 10 s) */
  shutdownTimeoutMs?: number;
  /** debounce of KNOWLEDGE_WATCH (default 300 ms) */
  watchDebounceMs?: number;
}

export interface Ops {
  log: Logger;
  config: OpsConfig;
  app: AppOps;
  reload(trigger: ReloadTrigger): Promise<ReloadStatus>;
  /** call once the server listens: tracks requests for the graceful close, starts the watcher */
  attach(server: Server): void;
  /** stops the watcher, lets in-flight requests finish (≤ the timeout), writes the missed log out */
  close(): Promise<Drained | undefined>;
  /** waits for queued missed-log lines */
  flush(): Promise<void>;
}

export function createOps(config: Config, assistant: Assistant, opts: OpsOptions = {}): Ops {
  const cfg = config.ops ?? readOpsConfig({});
  const log = opts.logger ?? createLogger({ level: cfg.logLevel });
  const metrics = cfg.metrics ? new Metrics(() => assistant.knowledge()) : undefined;
  const reloader = new Reloader(assistant, config.knowledgeDir, log, metrics);
  const admin = adminGate(cfg.adminToken);

  let missed: MissedLog | undefined;
  if (cfg.missedLog) {
    let salt = cfg.missedSalt;
    if (!salt) {
      salt = randomBytes(16).toString('hex');
      log.warn(
        { file: cfg.missedLog },
        'MISSED_SALT is not set: user hashes in the missed-question log use a random salt of this process only, so they will not match across restarts or instances. Set MISSED_SALT to a long random string.',
      );
    }
    const limits = { maxBytes: cfg.missedLogMaxBytes, files: cfg.missedLogFiles, perMinute: cfg.missedLogPerMinute };
    missed = new MissedLog(cfg.missedLog, salt, log, () => metrics?.missedWriteErrors.inc(), limits);
  }

  const counter = opts.rateCounter ?? (opts.store ? new StoreRateCounter(opts.store) : new MemoryRateCounter());
  const limiter = cfg.rateLimitPerMinute > 0 ? new RateLimiter(cfg.rateLimitPerMinute, counter) : undefined;
  const apiLimiter = cfg.apiRateLimitPerMinute > 0 ? new RateLimiter(cfg.apiRateLimitPerMinute, counter) : undefined;
  const observed = new Map<AskChannel, RequestAssistant>();

  let graceful: GracefulServer | undefined;
  let watcher: KnowledgeWatcher | undefined;

  return {
    log,
    config: cfg,
    app: {
      log,
      middleware: [requestLog({ log, metrics, logBodies: cfg.logBodies })],
      assistantFor(channel) {
        let a = observed.get(channel);
        if (!a) observed.set(channel, (a = observeAssistant(assistant, channel, { log, metrics, missed, limiter: channel === 'api' ? apiLimiter : limiter })));
        return a;
      },
      routers: [
        healthRoutes(assistant, { check: admin, details: () => ({ lastReload: reloader.last }) }),
        ...(metrics ? [metrics.routes()] : []),
        adminRoutes(reloader, admin),
        importRoutes({ assistant, knowledgeDir: config.knowledgeDir, reloader, consoleToken: config.consoleToken, adminToken: cfg.adminToken }),
      ],
    },
    reload: (trigger) => reloader.reload(trigger),
    attach(server) {
      graceful = new GracefulServer(server);
      if (cfg.knowledgeWatch)
        watcher = watchKnowledge(config.knowledgeDir, () => void reloader.reload('watch'), log, {
          debounceMs: opts.watchDebounceMs,
          settleMs: cfg.knowledgeSettleMs,
        });
    },
    async close() {
      watcher?.close();
      const timeoutMs = opts.shutdownTimeoutMs ?? SHUTDOWN_TIMEOUT_MS;
      const drained = await graceful?.close(timeoutMs);
      if (drained?.forced) {
        const { dropped, inFlightAtStart, idleClosed } = drained;
        log.warn(
          { inFlight: dropped, inFlightAtStart, idleClosed, timeoutMs },
          dropped
            ? `shutdown deadline passed: dropped ${dropped} request(s) still in flight`
            : 'shutdown deadline passed: closed the connections still open (no request was in flight)',
        );
      } else if (drained) log.info({ inFlight: drained.inFlightAtStart, idleClosed: drained.idleClosed }, 'listener closed; every request in flight finished');
      await missed?.close();
      return drained;
    },
    flush: () => missed?.flush() ?? Promise.resolve(),
  };
}
