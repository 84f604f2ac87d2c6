// Builds and starts the whole service from a configuration: the assistant, the
// koa app with every channel, and the HTTP listener. bin/start.ts and the tests
// start servers through here, so both run exactly what production runs.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAssistant, type Assistant } from '../src/assistant.ts';
import type { KeyValueStore } from '../src/stores/store.ts';
import { createApp } from '../handlers/app.ts';
import type { Config } from './config.ts';
import { createListener, DEFAULT_HTTP_LIMITS } from './listener.ts';
import { compactHeap } from './heap.ts';
import { compactWhenQuiet } from './quiet-heap.ts';
import { createLogger } from './logger.ts';
import { createOps, type Logger, type OpsOptions, type ReloadStatus, type ReloadTrigger } from './ops.ts';
import { openSharedStore, type SharedStore } from './shared-store.ts';

export interface Running {
  server: Server;
  /** http://host:port of the listener */
  url: string;
  assistant: Assistant;
  /** Redis (REDIS_URL) holding sessions and retry answers for every instance; absent = in memory */
  shared?: SharedStore;
  /** JSON lines on stdout (LOG_LEVEL); see server/logger.ts */
  log: Logger;
  /** reloads the knowledge from KNOWLEDGE_DIR; a broken file keeps the running knowledge (SIGHUP, POST /admin/reload) */
  reload(trigger: ReloadTrigger): Promise<ReloadStatus>;
  /** waits until queued missed-question lines are written */
  flush(): Promise<void>;
  /** stops accepting, lets in-flight requests finish (≤ 10 s, then drops them), and resolves when the listener is closed */
  close(): Promise<void>;
}

export interface StartOptions extends Omit<OpsOptions, 'store'> {
  /** an assistant built elsewhere (tests); otherwise one is built from config */
  assistant?: Assistant;
  /** sessions and WeChat retry answers (tests); otherwise Redis when config.redis is set, else in memory */
  store?: KeyValueStore;
}

export async function startServer(config: Config, opts: StartOptions = {}): Promise<Running> {
  // the logger first: a Redis outage at start is logged like everything else
  const logger = opts.logger ?? createLogger({ level: config.ops?.logLevel ?? 'info' });
  const shared = !opts.store && config.redis ? await openSharedStore(config.redis, logger) : undefined;
  const store = opts.store ?? shared?.store;
  const assistant =
    opts.assistant ?? (await createAssistant({ knowledgeDir: config.knowledgeDir, now: config.now, store, answerCacheSize: config.answerCacheSize }));
  compactHeap();
  const ops = createOps(config, assistant, { ...opts, logger, store });
  const app = createApp({ assistant, config, store, ops: ops.app });
  const server = createListener(config.http ?? DEFAULT_HTTP_LIMITS, app.callback()).listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  }).catch(async (e) => {
    await shared?.close(); // or its reconnecting would keep the process alive
    throw e;
  });
  ops.attach(server);
  const stopCompacting = compactWhenQuiet(server); // what a burst of traffic left behind, given back once it is over
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return {
    server,
    url: `http://${host}:${port}`,
    assistant,
    shared,
    log: ops.log,
    reload: ops.reload,
    flush: ops.flush,
    close: async () => {
      stopCompacting();
      await ops.close();
      await shared?.close();
    },
  };
}
