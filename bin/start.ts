// `npm start`: serves the built-in knowledge; nothing to configure for a first run.
import { createAssistant } from '../src/assistant.ts';
import { KnowledgeLoadError } from '../src/knowledge/load.ts';
import { createApp } from '../handlers/app.ts';
import { ConfigError, readConfig } from '../handlers/config.ts';
import { channelSummary } from '../handlers/wechat/summary.ts';

try {
  const config = readConfig();
  const assistant = await createAssistant({ knowledgeDir: config.knowledgeDir, now: config.now });
  const app = createApp({ assistant, config });
  const server = app.listen(config.port, config.host, () => {
    const kb = assistant.knowledge();
    console.log(`cutover-assistant: knowledge ${kb.version} (${kb.cities.map((c) => c.name).join('、')})`);
    console.log(`listening on http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}  (try /api/ask?q=武汉医保什么时候恢复)`);
    for (const line of channelSummary(config.channels)) console.log(line);
    if (!config.consoleToken) console.log('agent console at / is open to anyone who can reach this port (set CONSOLE_TOKEN to require a token)');
  });
  server.on('error', (e) => {
    console.error(`cannot listen on ${config.host}:${config.port}: ${e.message}`);
    process.exit(1);
  });
} catch (e) {
  if (e instanceof ConfigError || e instanceof KnowledgeLoadError) {
    console.error(`cannot start: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
