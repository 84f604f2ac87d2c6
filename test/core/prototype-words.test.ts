// Words a citizen (or a fuzzer) may type that are also the names of an object's built-in
// properties: looked up in a plain object of the vocabulary, "constructor" found Object itself,
// and a question with it and a city crashed the search (a 500 on /api/ask).
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { KNOWLEDGE_DIR } from '../support/helpers.ts';

const bot = await createAssistant({ knowledgeDir: KNOWLEDGE_DIR });
const NAMES = Object.getOwnPropertyNames(Object.prototype);

describe("an object's built-in property names in a question", () => {
  it.each(NAMES)('"%s" beside a city and a business gets a reply, not an error', async (name) => {
    for (const text of [`武汉 ${name} 医保`, `长沙${name}门诊结算能用吗`, `${name} ${name}`]) {
      const r = await bot.ask({ text, at: '2021-12-20T10:00' });
      expect(r.text.length, text).toBeGreaterThan(0);
    }
  });
});
