// `npm run ask -- "长沙医保什么时候恢复" [--at 2021-11-05T10:00+08:00] [--city 长沙] [--json]`
import { parseArgs } from 'node:util';
import { createAssistant } from '../src/assistant.ts';
import { KnowledgeLoadError } from '../src/knowledge/load.ts';
import { parseMoment } from '../handlers/moment.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { at: { type: 'string' }, city: { type: 'string' }, json: { type: 'boolean' }, knowledge: { type: 'string' } },
});
const question = positionals.join(' ').trim();
if (!question) {
  console.error('usage: npm run ask -- "问题" [--at 2021-12-20T10:00] [--city 武汉] [--json]');
  process.exit(2);
}
const at = values.at ? parseMoment(values.at) : undefined;
if (values.at && !at) {
  console.error(`--at must be an ISO 8601 date-time such as 2021-12-20T10:00, got "${values.at}"`);
  process.exit(2);
}
try {
  const now = process.env.BOT_NOW ? parseMoment(process.env.BOT_NOW) ?? undefined : undefined;
  const assistant = await createAssistant({ knowledgeDir: values.knowledge ?? process.env.KNOWLEDGE_DIR ?? 'knowledge', now });
  if (values.city && !assistant.findCity(values.city)) {
    console.error(`unknown city "${values.city}"; known: ${assistant.cityNames().join(', ')}`);
    process.exit(2);
  }
  const reply = await assistant.ask({ text: question, at: at ?? undefined, city: values.city });
  console.log(values.json ? JSON.stringify(reply, null, 2) : `${reply.text}\n\n[${reply.band}${reply.city ? ` · ${reply.city}` : ''}]`);
} catch (e) {
  if (e instanceof KnowledgeLoadError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
