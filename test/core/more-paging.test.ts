// A reply longer than one WeChat message is cut at a line into a first part that
// says how to see the rest; "更多" then delivers the rest, part by part, losing nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_REPLY_BYTES, MORE_HINT, createAssistant } from '../../src/assistant.ts';
import { removeTempDirs, tempDir, utf8Bytes } from '../support/helpers.ts';

// one long procedure: 12 numbered paragraphs of ~110 characters each (≈ 4 KB of UTF-8)
const paragraphs = Array.from(
  { length: 12 },
  (_, i) =>
    `（${i + 1}）第${i + 1}类参保人员在停机期间办理长途转诊手续时，应先向定点医疗机构申请纸质转诊证明并妥善保管全部票据原件，待系统恢复后凭转诊证明和票据到参保地经办窗口补办结算，逾期按规定另行处理。`,
);

function writeLongNotice(dir: string): void {
  const folder = join(dir, 'yuanshan-2022-05');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'notice.md'), `# 远山市医保系统停机公告\n\n2022年5月1日20时起，暂停医保结算。\n\n${paragraphs.join('\n\n')}\n`);
  writeFileSync(
    join(folder, 'facts.yaml'),
    `id: yuanshan-2022-05
title: 远山市医保系统停机公告
issuers: [远山市医疗保障局]
city: { name: 远山, aliases: [远山市] }
businesses:
  - id: settlement
    name: 医保结算
    domain: 医保
    synonyms: [结算, 刷卡]
    windows:
      - suspend: "2022-05-01T20:00"
        suspend_quote: 2022年5月1日20时起，暂停医保结算。
        resume_mode: tbd
procedures:
  - id: referral
    business: settlement
    title: 停机期间长途转诊
    questions: [停机期间长途转诊怎么办理]
    answer: |
${paragraphs.map((p) => `      ${p}`).join('\n')}
    quote: ${paragraphs[0]}
`,
  );
}

afterAll(removeTempDirs);

describe('replies longer than one message', () => {
  it('are cut into parts of at most 2000 bytes, and 更多 brings every line of the rest', async () => {
    const dir = tempDir();
    writeLongNotice(dir);
    const bot = await createAssistant({ knowledgeDir: dir });
    const at = '2022-05-02T10:00';
    const first = await bot.ask({ text: '远山停机期间长途转诊怎么办理', at, session: 'long' });
    expect(utf8Bytes(first.text)).toBeLessThanOrEqual(MAX_REPLY_BYTES);
    expect(first.text.endsWith(MORE_HINT)).toBe(true);

    const parts = [first.text];
    for (let i = 0; i < 5 && parts.at(-1)!.endsWith(MORE_HINT); i++) {
      const next = await bot.ask({ text: '更多', at, session: 'long' });
      expect(utf8Bytes(next.text)).toBeLessThanOrEqual(MAX_REPLY_BYTES);
      parts.push(next.text);
    }
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.at(-1)!.endsWith(MORE_HINT)).toBe(false);
    const all = parts.join('\n');
    for (const p of paragraphs) expect(all).toContain(p);
    expect(all).toContain('来源：远山市医疗保障局');

    const after = await bot.ask({ text: '更多', at, session: 'long' });
    expect(after.text).toContain('没有更多内容');
  });
});
