// The benchmarks' synthetic knowledge (bench/synthetic.ts) must stay valid as the
// schema and the core change: it loads, each synthetic city answers for itself, and
// the seed cities keep their answers among many.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { tempKnowledgeDir, writeSyntheticKnowledge } from '../../bench/synthetic.ts';
import { createAssistant } from '../../src/assistant.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

describe('synthetic knowledge for the benchmarks', () => {
  const dir = tempKnowledgeDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const syn = writeSyntheticKnowledge(dir, { cities: 24 });

  it('passes the loader’s schema and grounding checks, one city per prefecture', () => {
    const kb = loadKnowledge(dir);
    expect(kb.cities).toHaveLength(24);
    expect(kb.notices).toHaveLength(syn.notices);
    expect(new Set(kb.cities.map((c) => c.name)).size).toBe(24);
  });

  it('answers each city from its own notice, and the seed cities as before', async () => {
    const bot = await createAssistant({ knowledgeDir: dir });
    expect((await bot.ask({ text: '武汉医保结算什么时候恢复', at: '2021-12-12T10:00' })).text).toContain('12月31日23:00');
    for (const city of syn.cities.slice(2, 12)) {
      const year = city.years[0]!;
      const reply = await bot.ask({ text: `${city.name}医保咨询电话是多少`, at: `${year}-10-01T10:00` });
      expect(reply.city).toBe(city.name);
      expect(reply.text).toContain(city.name);
    }
  });

  it('a question naming no city, asked of 24 cities, asks which city and says how many are covered', async () => {
    const bot = await createAssistant({ knowledgeDir: dir });
    const reply = await bot.ask({ text: '医保结算什么时候恢复', at: '2021-12-12T10:00' });
    expect(reply.band).toBe('clarify');
    expect(reply.text.split('\n')[0]).toContain('哪个城市');
    expect(reply.text.split('\n')[0]).toContain('24个城市');
    expect(reply.text).toMatch(/另有\d+个城市，请直接回复城市名/);
  });
});
