// `npm start`: serves the built-in knowledge; nothing to configure for a first run.
import '../server/env-file.ts'; // first: .env fills in what the environment leaves unset
import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import { KnowledgeLoadError } from '../src/knowledge/problems.ts';
import { runPrimary } from '../server/cluster.ts';
import { ConfigError, readConfig } from '../server/config.ts';
import { createLogger } from '../server/logger.ts';
import { handleSignals } from '../server/signals.ts';
import { startServer } from '../server/start-server.ts';
import { tryLinks } from '../server/try-link.ts';
import { channelSummary } from '../server/channel-summary.ts';

const USAGE = `usage: npm start (builds dist/, then serves) · npm run serve (serves the built dist/start.mjs)
  Takes no arguments: it is configured by environment variables (see .env.example and the README),
  read from a .env file in the working directory (or ENV_FILE) first; the real environment wins.
  -h, --help  this text`;

try {
  if (parseArgs({ options: { help: { type: 'boolean', short: 'h' } } }).values.help) {
    console.log(USAGE);
    process.exit(0);
  }
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}

try {
  const config = readConfig();
  // WORKERS=N: this process forks and supervises N workers and stays here; each worker runs the code below
  if ((config.workers ?? 1) > 1 && cluster.isPrimary) await runPrimary(config);
  const running = await startServer(config);
  const { url, assistant, shared, log } = running;
  // SIGHUP reloads the knowledge; SIGTERM/SIGINT finish in-flight requests, then exit 0
  handleSignals(running);
  const kb = assistant.knowledge();
  log.info(
    { knowledge: kb.version, cities: kb.cities.map((c) => c.name) },
    `cutover-assistant: knowledge ${kb.version} (${kb.cities.map((c) => c.name).join('、')})`,
  );
  const example = tryLinks(url, assistant.examples()[0] ?? '医保什么时候恢复');
  log.info({ url }, `listening on ${url}; try ${example.browser} in a browser, or ${example.curl}`);
  for (const line of channelSummary(config.channels)) log.info(line);
  if (!config.consoleToken) log.warn('agent console at / is open to anyone who can reach this port (set CONSOLE_TOKEN to require a token)');
  if (shared?.connected) log.info(`sessions and WeChat retries shared through ${shared.description}`);
  const ops = config.ops;
  const hup = cluster.isWorker ? process.ppid : process.pid; // with WORKERS=N the primary passes SIGHUP on to every worker
  log.info(
    {
      metrics: ops?.metrics ?? true,
      adminReload: !!ops?.adminToken,
      knowledgeWatch: !!ops?.knowledgeWatch,
      missedLog: ops?.missedLog ?? null,
      rateLimitPerMinute: ops?.rateLimitPerMinute,
      apiRateLimitPerMinute: ops?.apiRateLimitPerMinute,
      trustProxy: ops?.trustProxy,
    },
    `operations: ${ops?.metrics === false ? 'metrics off' : `metrics at ${url}/metrics`}; reload with kill -HUP ${hup}${ops?.adminToken ? ' or POST /admin/reload' : ''}${ops?.knowledgeWatch ? ' or by editing the knowledge' : ''}`,
  );
} catch (e) {
  const log = createLogger(); // the configured one may not exist yet (LOG_LEVEL itself may be the problem)
  if (e instanceof ConfigError || e instanceof KnowledgeLoadError) {
    log.fatal(e instanceof KnowledgeLoadError ? { problems: e.problems } : {}, `cannot start: ${e.message}`);
    process.exit(1);
  }
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EADDRINUSE' || err.code === 'EACCES') {
    log.fatal({ code: err.code }, `cannot listen: ${err.message}`);
    process.exit(1);
  }
  throw e;
}
