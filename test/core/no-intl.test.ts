// The service answers without Intl (src/time/zone.ts): the first Intl.DateTimeFormat a process
// makes maps ~5 MB of ICU data into its resident memory for good. As the service runs: the
// knowledge read in a child process, built and asked here; Intl's constructors are watched
// from before the first module of the service is imported (this file imports none statically).
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_DIR } from '../support/helpers.ts';
import { cases } from '../questions/cases.ts';

/** Where each Intl object was made (the first lines of its stack). */
const made: string[] = [];
const intl = Intl as unknown as Record<string, new (...args: unknown[]) => object>;
for (const name of ['DateTimeFormat', 'NumberFormat', 'Collator', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'DisplayNames', 'Segmenter', 'Locale']) {
  const original = intl[name];
  if (!original) continue;
  intl[name] = new Proxy(original, {
    construct(target, args, newTarget) {
      made.push(`Intl.${name} ${new Error().stack?.split('\n').slice(2, 6).join(' | ')}`);
      return Reflect.construct(target, args, newTarget);
    },
  });
}

describe('answering without Intl', () => {
  it('loads the knowledge, reckons its times in Asia/Shanghai and answers every question of a set without making an Intl object', async () => {
    const { createAssistant } = await import('../../src/assistant.ts');
    const { loadKnowledgeInChild } = await import('../../src/knowledge/load-in-child.ts');
    const { now } = await import('../../src/time/zone.ts');
    const bot = await createAssistant({ knowledge: await loadKnowledgeInChild(KNOWLEDGE_DIR) });
    let answered = 0;
    for (const c of cases) if ((await bot.ask({ text: c.q, at: c.at, session: c.session })).text) answered++;
    expect(answered).toBe(cases.length);
    expect(now().toFormat("yyyy-MM-dd'T'HH:mm")).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    expect(made).toEqual([]);
  });
});
