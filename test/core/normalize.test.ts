// Normalisation: whatever a citizen types (full-width keyboard, Traditional
// characters, emoji, stray spaces), the rest of the bot sees one canonical form.
import { describe, expect, it } from 'vitest';
import { resolveWhen } from '../../src/time/when.ts';
import { normalize } from '../../src/understand/normalize.ts';
import { sh } from '../support/helpers.ts';

const PICTOGRAPH = /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}\u{20E3}]/u;

describe('normalize', () => {
  it('turns full-width digits, colon and punctuation into half-width', () => {
    expect(normalize('１２：３０')).toBe('12:30');
    expect(normalize('？')).toBe('?');
    expect(normalize('武汉医保什么时候恢复？')).toBe('武汉医保什么时候恢复?');
    expect(normalize('（１）ＡＢＣ')).toBe('(1)abc');
  });

  it('full-width dates become ones the date parser reads', () => {
    const when = resolveWhen(normalize('１２月２５日１７：３０'), sh('2021-12-12T10:00'));
    expect(when.from.toISO()).toBe(sh('2021-12-25T17:30').toISO());
  });

  it('converts Traditional to Simplified characters', () => {
    expect(normalize('長沙醫保參保登記什麼時候恢復')).toBe('长沙医保参保登记什么时候恢复');
    expect(normalize('武漢醫療保險異地備案電話')).toBe('武汉医疗保险异地备案电话');
  });

  it('removes emoji, including flags and ZWJ sequences', () => {
    expect(normalize('武汉😀医保👍还能用吗🏥')).toBe('武汉医保还能用吗');
    expect(normalize('🇨🇳医保')).toBe('医保');
    expect(normalize('👨‍👩‍👧医保卡丢了')).toBe('医保卡丢了');
  });

  it('removes emoji with a skin-tone modifier completely', () => {
    // 👍🏻 is 👍 + U+1F3FB; the modifier alone must not survive
    const out = normalize('谢谢👍🏻');
    expect(out).not.toMatch(PICTOGRAPH);
    expect(out).toBe('谢谢');
  });

  it('collapses whitespace (tabs, newlines, ideographic space), trims, and drops it between Chinese characters', () => {
    expect(normalize('  武汉\t\t医保 \n 电话  ')).toBe('武汉医保电话');
    expect(normalize('长沙\u3000\u3000医保')).toBe('长沙医保');
    expect(normalize('长 沙 医 保 参 保 恢 复 时 间')).toBe('长沙医保参保恢复时间');
    expect(normalize('12月25日 9:00 app 能用吗')).toBe('12月25日 9:00 app 能用吗');
  });

  it('joins separable verbs split by another word (住着院 → 住院, 出不了院 → 不能出院)', () => {
    expect(normalize('老人还住着院出不了院')).toBe('老人还住院不能出院');
    expect(normalize('上个月住了院')).toBe('上个月住院');
  });

  it('is idempotent', () => {
    for (const s of ['長沙醫保？', '１２：３０ 武汉😀', '  芙蓉区\t异地备案电话 ']) {
      expect(normalize(normalize(s))).toBe(normalize(s));
    }
  });
});
