// `npm start`: serves the built-in knowledge; nothing to configure for a first run.
import cluster from 'node:cluster';
import { KnowledgeLoadError } from '../src/knowledge/load.ts';
import { runPrimary } from '../handlers/cluster.ts';
import { ConfigError, readConfig } from '../handlers/config.ts';
import { startServer } from '../handlers/server.ts';
import { channelSummary } from '../handlers/wechat/summary.ts';

try {
  const config = readConfig();
  // WORKERS=N: this process forks and supervises N workers and stays here; each worker runs the code below
  if ((config.workers ?? 1) > 1 && cluster.isPrimary) await runPrimary(config);
  const { url, assistant, shared } = await startServer(config);
  const kb = assistant.knowledge();
  console.log(`cutover-assistant: knowledge ${kb.version} (${kb.cities.map((c) => c.name).join('、')})`);
  console.log(`listening on ${url}  (try ${url}/api/ask?q=武汉医保什么时候恢复)`);
  for (const line of channelSummary(config.channels)) console.log(line);
  if (!config.consoleToken) console.log('agent console at / is open to anyone who can reach this port (set CONSOLE_TOKEN to require a token)');
  if (shared?.connected) console.log(`sessions and WeChat retries shared through ${shared.description}`);
} catch (e) {
  if (e instanceof ConfigError || e instanceof KnowledgeLoadError) {
    console.error(`cannot start: ${e.message}`);
    process.exit(1);
  }
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EADDRINUSE' || err.code === 'EACCES') {
    console.error(`cannot listen: ${err.message}`);
    process.exit(1);
  }
  throw e;
}
