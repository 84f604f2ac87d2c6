// `npm run ask -- "长沙医保什么时候恢复" [--at 2021-11-05T10:00+08:00] [--city 长沙] [--json]`
import '../server/env-file.ts'; // first: .env fills in what the environment leaves unset
import type { ParseArgsConfig } from 'node:util';
import { readArgs, usageError as badUsage } from './lib/cli-args.ts';
import { createAssistant } from '../src/assistant.ts';
import { KnowledgeLoadError } from '../src/knowledge/load.ts';
import { apiAnswer } from '../handlers/api-answer.ts';
import { parseMoment } from '../src/time/zone.ts';

const USAGE = `usage: npm run ask -- "问题" [--at 2021-12-20T10:00] [--city 武汉] [--json] [--knowledge DIR]
  --at         the moment of asking, ISO 8601 (without an offset: Asia/Shanghai); default now, or BOT_NOW
  --city       answer for this city only (a name or alias)
  --json       print the reply as GET /api/ask sends it: { answer, band, city, sources, suggestions }
  --knowledge  the notice folders (default KNOWLEDGE_DIR, else knowledge/)
  -h, --help   this text`;

const OPTIONS = {
  at: { type: 'string' },
  city: { type: 'string' },
  json: { type: 'boolean' },
  knowledge: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

const usageError = (problem: string) => badUsage(problem, USAGE);
const { values, positionals } = readArgs({ allowPositionals: true, options: OPTIONS }, USAGE);
const question = positionals.join(' ').trim();
if (!question) usageError('the question is missing');
const at = values.at ? parseMoment(values.at) : undefined;
if (values.at && !at) {
  console.error(`--at must be an ISO 8601 date-time such as 2021-12-20T10:00, got "${values.at}"`);
  process.exit(2);
}
try {
  const now = process.env.BOT_NOW ? parseMoment(process.env.BOT_NOW) : undefined;
  if (now === null) {
    console.error(`BOT_NOW must be an ISO 8601 date-time such as 2021-12-20T10:00, got "${process.env.BOT_NOW}"`);
    process.exit(2);
  }
  const assistant = await createAssistant({ knowledgeDir: values.knowledge ?? process.env.KNOWLEDGE_DIR ?? 'knowledge', now });
  if (values.city && !assistant.findCity(values.city)) {
    console.error(`unknown city "${values.city}"; known: ${assistant.cityNames().join(', ')}`);
    process.exit(2);
  }
  const reply = await assistant.ask({ text: question, at: at ?? undefined, city: values.city });
  console.log(values.json ? JSON.stringify(apiAnswer(reply), null, 2) : `${reply.text}\n\n[${reply.band}${reply.city ? ` · ${reply.city}` : ''}]`);
} catch (e) {
  if (e instanceof KnowledgeLoadError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
