// Assembles the koa application: error boundary first, then one router per channel.
import Koa from 'koa';
import type { Assistant } from '../src/assistant.ts';
import type { KeyValueStore } from '../src/store.ts';
import { apiRoutes } from './api.ts';
import type { Config } from './config.ts';
import { consoleRoutes } from './console.ts';
import { errorBoundary } from './errors.ts';
import { faqRoutes } from './faq.ts';
import { wechatRoutes } from './wechat.ts';
import { wecomRoutes } from './wecom.ts';

export interface AppDeps {
  assistant: Assistant;
  config: Config;
  log?: (msg: string) => void;
  /** where the webhooks keep answers for WeChat's retries (shared with other instances when Redis is used) */
  store?: KeyValueStore;
}

export function createApp({ assistant, config, store }: AppDeps): Koa {
  const app = new Koa();
  app.silent = true; // errors are reported through the 'error' event, without bodies or secrets
  app.on('error', (err: Error) => console.error(`request failed: ${err.name}: ${err.message}`));
  app.use(errorBoundary);
  for (const router of [apiRoutes(assistant), consoleRoutes(assistant, config), faqRoutes(assistant, config), wechatRoutes({ assistant, channels: config.channels, store }), wecomRoutes({ assistant, channels: config.channels, store })]) app.use(router.routes()).use(router.allowedMethods());
  return app;
}
