// Assembles the koa application: the request log (with ops), the error boundary,
// then one router per channel, then the operations routes (/metrics, /admin).
import type Router from '@koa/router';
import Koa, { type Middleware } from 'koa';
import type { Assistant } from '../src/assistant.ts';
import type { KeyValueStore } from '../src/stores/store.ts';
import { apiRoutes } from './api.ts';
import { consoleRoutes } from './console.ts';
import { clientWentAway, errorBoundary, refuseUnknownMethods } from './errors.ts';
import { faqRoutes } from './faq.ts';
import { faviconRoutes } from './favicon.ts';
import { healthRoutes } from './ops/health.ts';
import { noSniff } from './headers.ts';
import { openApiRoutes } from './openapi-route.ts';
import { errorFields, type Logger } from './ops/log.ts';
import type { AskChannel } from './ops/observe.ts';
import type { RequestAssistant } from './http/request-info.ts';
import type { AppOptions } from './http/options.ts';
import { wechatRoutes } from './wechat.ts';
import { wecomRoutes } from './wecom.ts';
import { dispatch } from './http/dispatch.ts';

export interface AppDeps {
  assistant: Assistant;
  config: AppOptions;
  log?: (msg: string) => void;
  /** where the webhooks keep answers for WeChat's retries (shared with other instances when Redis is used) */
  store?: KeyValueStore;
  /** logging, metrics, rate limit, missed log, reload route (server/ops.ts); startServer always passes it */
  ops?: AppOps;
}

/** What the process's operations hand the app to mount (server/ops.ts builds it). */
export interface AppOps {
  log: Logger;
  /** before the error boundary: request context, log line, metrics */
  middleware: Middleware[];
  /** the assistant as one channel uses it: rate limited, measured, misses logged */
  assistantFor(channel: AskChannel): RequestAssistant;
  /** /healthz, /metrics, /admin/reload, the operator page (/console/import: it publishes and reloads) */
  routers: Router[];
}

export function createApp({ assistant, config, store, ops }: AppDeps): Koa {
  const app = new Koa();
  app.silent = true; // errors are reported through the 'error' event, without bodies or secrets
  // TRUST_PROXY=N: the client address is the Nth from the right of X-Forwarded-For; koa takes
  // the leftmost of the last maxIpsCount entries, so a client's own (forged) entries are ignored
  const hops = config.ops?.trustProxy ?? 0;
  app.proxy = hops > 0;
  app.maxIpsCount = hops;
  app.on('error', (err: Error, ctx?: Koa.Context) => {
    if (clientWentAway(err, ctx)) ops?.log.info(errorFields(err), 'client broke off or garbled its request');
    else if (ops) ops.log.error(errorFields(err), 'request failed');
    else console.error(`request failed: ${err.name}: ${err.message}`);
  });
  app.use(noSniff); // first: on every response, errors included
  for (const m of ops?.middleware ?? []) app.use(m);
  app.use(errorBoundary);
  app.use(refuseUnknownMethods);
  // each channel asks through its own observed assistant (handlers/ops/observe.ts)
  const ask = (channel: AskChannel): RequestAssistant => ops?.assistantFor(channel) ?? assistant;
  const log = ops?.log;
  // without ops (some tests), /healthz shows only the public part
  app.use(
    dispatch([
      apiRoutes(ask('api')),
      ...(ops ? [] : [healthRoutes(assistant)]),
      consoleRoutes(ask('console'), config),
      faqRoutes(assistant, config),
      faviconRoutes(),
      openApiRoutes(),
      wechatRoutes({ assistant: ask('wechat'), channels: config.channels, store, log }),
      wecomRoutes({ assistant: ask('wecom'), channels: config.channels, store, log }),
      ...(ops?.routers ?? []),
    ]),
  );
  return app;
}
