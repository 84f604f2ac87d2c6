// `npm start`: serves the built-in knowledge; nothing to configure for a first run.
import { KnowledgeLoadError } from '../src/knowledge/load.ts';
import { ConfigError, readConfig } from '../handlers/config.ts';
import { startServer } from '../handlers/server.ts';
import { channelSummary } from '../handlers/wechat/summary.ts';

try {
  const config = readConfig();
  const { url, assistant } = await startServer(config);
  const kb = assistant.knowledge();
  console.log(`cutover-assistant: knowledge ${kb.version} (${kb.cities.map((c) => c.name).join('、')})`);
  console.log(`listening on ${url}  (try ${url}/api/ask?q=武汉医保什么时候恢复)`);
  for (const line of channelSummary(config.channels)) console.log(line);
  if (!config.consoleToken) console.log('agent console at / is open to anyone who can reach this port (set CONSOLE_TOKEN to require a token)');
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
