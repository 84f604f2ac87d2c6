// The README's worked example of adding a city is real: its notice.md and facts.yaml, copied
// out of the README into a folder of their own, pass the knowledge check, and the reply the
// README shows is the one the bot gives.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { ROOT } from '../support/helpers.ts';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = README.slice(README.indexOf('### A worked example'));
const fenced = (lang: string) => new RegExp('```' + lang + '\\n([\\s\\S]*?)\\n```').exec(section)?.[1];

describe("the README's worked example of a new city", () => {
  const dir = mkdtempSync(join(tmpdir(), 'cutover-readme-city-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads as written and answers as shown', async () => {
    const notice = fenced('markdown');
    const facts = fenced('yaml');
    expect(notice && facts, 'the section has a ```markdown notice and a ```yaml facts block').toBeTruthy();
    const id = /^id: ([a-z0-9-]+)/m.exec(facts!)![1]!;
    mkdirSync(join(dir, id));
    writeFileSync(join(dir, id, 'notice.md'), notice!);
    writeFileSync(join(dir, id, 'facts.yaml'), facts!);
    const kb = loadKnowledge(dir); // throws, naming each problem, if the example does not validate

    const asked = /`npm run ask -- "([^"]+)" --at (\S+)`, the bot answers[\s\S]*?```\n([\s\S]*?)\n```/.exec(section);
    expect(asked, 'the section shows a question and its reply').not.toBeNull();
    const [, question, at, shown] = asked!;
    const bot = await createAssistant({ knowledge: kb });
    const reply = await bot.ask({ text: question!, at: at! });
    expect(reply.text).toBe(shown);
  });
});
