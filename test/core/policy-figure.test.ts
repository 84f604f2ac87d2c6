// A policy figure (缴费档次, 报销比例 …) is outside what cutover notices cover, unless the
// city's own notice speaks of it: then the question is about that notice, and is answered.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const NOTICE = `# 样板市医保局关于系统切换的公告
一、2023年5月8日17:00起，暂停城乡居民医保缴费档次变更业务，2023年5月15日9:00起恢复。
二、停机期间未能办理的，恢复后补办，缴费档次按原档次执行。
样板市医疗保障局
`;
const FACTS = `id: yangban-2023-05
title: 样板市医保局关于系统切换的公告
issuers: [样板市医疗保障局]
city: { name: 样板, aliases: [样板市] }
businesses:
  - id: grade-change
    name: 城乡居民医保缴费档次变更
    domain: 医保
    windows:
      - suspend: "2023-05-08T17:00"
        suspend_quote: 2023年5月8日17:00起，暂停城乡居民医保缴费档次变更业务
        resume: "2023-05-15T09:00"
        resume_mode: date
        resume_quote: 2023年5月15日9:00起恢复
    after:
      - quote: 停机期间未能办理的，恢复后补办，缴费档次按原档次执行。
`;

describe('policy figures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cutover-figure-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'yangban-2023-05'));
  writeFileSync(join(dir, 'yangban-2023-05', 'notice.md'), NOTICE);
  writeFileSync(join(dir, 'yangban-2023-05', 'facts.yaml'), FACTS);

  it("a figure the city's notice speaks of is answered from that notice", async () => {
    const bot = await createAssistant({ knowledge: loadKnowledge(dir) });
    const r = await bot.ask({ text: '样板市居民医保缴费档次这几天能改吗', at: '2023-05-10T10:00' });
    expect(r.band).toBe('answer');
    expect(r.text.split('\n')[0]).toMatch(/缴费档次变更.*暂停/);
  });

  it('a figure it does not speak of is still said to be not covered', async () => {
    const bot = await createAssistant({ knowledge: loadKnowledge(dir) });
    const r = await bot.ask({ text: '样板市医保报销比例是多少', at: '2023-05-10T10:00' });
    expect(r.band).toBe('fallback');
    expect(r.text.split('\n')[0]).toContain('没有涉及“报销比例”');
  });
});
