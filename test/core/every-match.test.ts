// everyMatch (src/text/every-match.ts) finds what String.prototype.matchAll finds: the same
// matches, groups and indexes, empty matches included (past a whole surrogate pair with the u flag).
import { describe, expect, it } from 'vitest';
import { everyMatch } from '../../src/text/every-match.ts';

const asMatchAll = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => ({ at: m.index, groups: [...m] }));
const ours = (re: RegExp, text: string) => everyMatch(re, text).map((m) => ({ at: m.index, groups: [...m] }));

describe('everyMatch', () => {
  const cases: [RegExp, string][] = [
    [/([^?？;；\n\r]*)([?？;；\n\r]*)/g, '结算啥时候停？什么时候恢复？\n另外异地备案电话多少'],
    [/([^?？;；\n\r]*)([?？;；\n\r]*)/g, ''],
    [/[,，]/g, '转院怎么办，出院又怎么办,还有呢'],
    [/什么时候|哪天|几号/g, '哪天停哪天恢复几号'],
    [/x*/g, 'axxb'],
    [/x*/gu, 'a😀xb😀'],
    [/(?<![\d一])(五一|十一)节?/g, '五一节和十一，还有二十一'],
  ];
  it('finds what matchAll finds, in order, and leaves the regex as it found it', () => {
    for (const [re, text] of cases) {
      expect(ours(re, text), `${re} on ${text}`).toEqual(asMatchAll(re, text));
      expect(re.lastIndex).toBe(0);
    }
  });

  it('gives the same matches when asked again (a loop left early does not shift the next)', () => {
    const re = /哪天/g;
    expect(everyMatch(re, '哪天停哪天恢复').length).toBe(2);
    expect(everyMatch(re, '哪天停哪天恢复').map((m) => m.index)).toEqual([0, 3]);
  });
});
