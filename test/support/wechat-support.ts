// Shared by the wechat/wecom tests: a real server on a loopback port, the real core
// (optionally wrapped to count or slow its answers), and test accounts.
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { createAssistant, type Assistant } from '../../src/assistant.ts';
import type { AskReply, AskRequest } from '../../src/contract/types.ts';
import { readConfig } from '../../server/config.ts';
import { errorBoundary } from '../../handlers/errors.ts';
import { startServer } from '../../server/start-server.ts';
import { wechatRoutes } from '../../handlers/wechat.ts';
import type { ChannelDeps } from '../../handlers/wechat/endpoint.ts';
import { wecomRoutes } from '../../handlers/wecom.ts';
import { WXBIZ } from './wechat-samples.ts';
import { testEnv } from './helpers.ts';
import { Refusal } from '../../handlers/http/refuse.ts';
import { ChatClient, type Mode } from '../../bin/lib/chat-client.ts';

export { PUSH_DOC, WXBIZ } from './wechat-samples.ts';

/** Our own test accounts (not secrets). */
export const KEYS = {
  wechat: { WECHAT_TOKEN: 'wechat-test-token', WECHAT_APPID: 'wx0123456789abcdef', WECHAT_ENCODING_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' },
  wecom: { WECOM_TOKEN: WXBIZ.token, WECOM_CORPID: WXBIZ.corpId, WECOM_ENCODING_AES_KEY: WXBIZ.aesKey },
};

/** A client holding the test keys: the official account (safe mode unless `mode` says) or WeCom. */
export function keyedClient(url: string, channel: 'wechat' | 'wecom', opts: { mode?: Mode; user?: string } = {}): ChatClient {
  return channel === 'wechat'
    ? new ChatClient({
        url,
        channel,
        token: KEYS.wechat.WECHAT_TOKEN,
        aesKey: KEYS.wechat.WECHAT_ENCODING_AES_KEY,
        receiverId: KEYS.wechat.WECHAT_APPID,
        mode: opts.mode ?? 'safe',
        user: opts.user,
      })
    : new ChatClient({
        url,
        channel,
        token: KEYS.wecom.WECOM_TOKEN,
        aesKey: KEYS.wecom.WECOM_ENCODING_AES_KEY,
        receiverId: KEYS.wecom.WECOM_CORPID,
        user: opts.user,
      });
}

/** The HTTP status a call refuses with, 'accepted', or what else it threw. */
export const statusOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof Refusal ? e.status : `not a refusal: ${(e as Error).message}`;
  }
  return 'accepted';
};

let core: Promise<Assistant> | undefined;
export const realAssistant = () => (core ??= createAssistant({ knowledgeDir: 'knowledge' }));

/** The real core with its answers counted (and optionally slowed or replaced). */
export async function wrappedAssistant(opts: { delayMs?: number; answer?: (req: AskRequest) => AskReply | undefined } = {}) {
  const real = await realAssistant();
  const calls: AskRequest[] = [];
  const assistant: Assistant = {
    ...real,
    async ask(req) {
      calls.push(req);
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      return opts.answer?.(req) ?? real.ask(req);
    },
  };
  return { assistant, calls };
}

export interface Running {
  url: string;
  close(): Promise<void>;
}

export async function listen(app: Koa): Promise<Running> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The whole service configured from `env`, started the way `npm start` starts it (on a free loopback port). */
export async function startApp(env: Record<string, string>, assistant?: Assistant): Promise<Running> {
  // quiet; the ops tests (test/ops/) turn the log and the missed-question file on
  return startServer(
    { ...readConfig(testEnv({ LOG_LEVEL: 'silent', ...env })), port: 0, host: '127.0.0.1' },
    { assistant: assistant ?? (await realAssistant()) },
  );
}

/** Just the two webhooks with test-only knobs (deadline, clock, store). */
export async function startChannels(env: Record<string, string>, deps: Omit<ChannelDeps, 'channels'>): Promise<Running> {
  const app = new Koa();
  app.silent = true;
  app.use(errorBoundary);
  const full = { ...deps, channels: readConfig(env).channels };
  for (const router of [wechatRoutes(full), wecomRoutes(full)]) app.use(router.routes()).use(router.allowedMethods());
  return listen(app);
}
