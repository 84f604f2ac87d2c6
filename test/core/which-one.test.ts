// "您想问的是哪一项？" only when the candidates' answers really differ. A question padded
// with chatter (so that no item holds most of its words) is still answered when one
// item clearly fits, or when every candidate gives the same answer.
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant.ts';
import { KNOWLEDGE_DIR } from '../support/helpers.ts';

const bot = await createAssistant({ knowledgeDir: KNOWLEDGE_DIR });
const MENU = '您想问的是哪一项';
const ask = (text: string, at: string) => bot.ask({ text, at });

describe('which one? only when the answers differ', () => {
  it("a question that is one of the only option's own questions is answered, not offered back as option 1", async () => {
    const reply = await ask('我替家里老人打听一下，武汉停机到什么时候结束', '2021-12-25T10:00');
    expect(reply.band).toBe('answer');
    expect(reply.text).not.toContain(MENU);
    // what is stopped now, and when settlement comes back
    expect(reply.text).toContain('处于暂停期间');
    expect(reply.text).toContain('12月31日23:00起恢复');
  });

  it('businesses stopped at the same moment get one time answer naming them all', async () => {
    const reply = await ask('我替家里人问问，武汉医保费和社保费哪天不能交了', '2021-12-13T10:00');
    expect(reply.band).toBe('answer');
    expect(reply.text).not.toContain(MENU);
    const first = reply.text.split('\n')[0]!;
    expect(first).toContain('社保费缴纳');
    expect(first).toContain('医保费缴纳');
    expect(first).toContain('12月14日24:00起暂停');
  });

  it("options that are one business and its procedures get that business's answer", async () => {
    const reply = await ask('我替家里老人问问，武汉以后哪天能刷医保卡了', '2021-12-25T10:00');
    expect(reply.band).toBe('answer');
    expect(reply.text.split('\n')[0]).toMatch(/^武汉·医保实时联网结算.*暂停中.*12月31日23:00起恢复/);
  });

  it("a subject named plainly (养老金) is answered, though other items hold the question's other words as well", async () => {
    const reply = await ask('替隔壁老人问下，武汉社保停机影不影响他领养老金', '2021-12-25T10:00');
    expect(reply.band).toBe('answer');
    expect(reply.text.split('\n')[0]).toMatch(/^武汉·养老金.*不受此次系统切换影响/);
  });

  it("the only item holding any of the question's words is answered, not offered beside items that hold none", async () => {
    const reply = await ask('我帮老人家问问，长沙医保局窗口哪天关', '2021-12-13T10:00');
    expect(reply.band).toBe('answer');
    expect(reply.text.split('\n')[0]).toMatch(/^长沙·医保经办机构各项医保业务（窗口办理）：已于11月12日8:00起恢复/);
  });

  it('an item holding each word the others hold, and more, is answered (居民 and 登记, beside 居民 or 登记)', async () => {
    const reply = await ask('帮我外婆打听下，武汉居民医保那边登记业务哪天能重新办理', '2021-12-25T10:00');
    expect(reply.band).toBe('answer');
    expect(reply.text.split('\n')[0]).toMatch(/^武汉·城乡居民医保（含大学生）参保登记、变更、核定：.*目前暂停中/);
  });

  it('失业金, paid as usual but claimed only after the cut-over, still asks which one', async () => {
    const reply = await ask('我帮老人家问问，武汉失业金咋整', '2021-12-25T10:00');
    expect(reply.band).toBe('clarify');
    expect(reply.text).toContain(MENU);
    expect(reply.suggestions.length).toBeGreaterThanOrEqual(2);
    // the options lead to different answers: one about claiming (退休/申领), one about payments (发)
    expect(reply.suggestions.some((s) => /办不了|申领/.test(s))).toBe(true);
    expect(reply.suggestions.some((s) => /晚发|发放/.test(s))).toBe(true);
    // and each option picked answers something else
    const answers = await Promise.all(reply.suggestions.map((s) => ask(s, '2021-12-25T10:00')));
    expect(new Set(answers.map((a) => a.text.split('\n')[0])).size).toBe(answers.length);
  });
});
