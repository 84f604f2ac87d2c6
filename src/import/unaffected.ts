// "…发放不受影响", "…在各银行网点可正常办理": businesses the notice says go on.
import type { Domain } from '../knowledge/facets.ts';
import { LIST_LINE, type Sentence, splitClauses } from './blocks.ts';
import { domainOf, familyOf } from './classify.ts';
import type { DraftBusiness } from './model.ts';
import { NAME_NOISE, UNAFFECTED } from './words.ts';

export function readUnaffected(domain: Domain, sentences: Sentence[]): DraftBusiness[] {
  const out: DraftBusiness[] = [];
  for (const s of sentences) {
    if (/恢复|未能|如果|若|的，/.test(s.text)) continue; // a condition (…未能缴费的，…不受影响) names no business
    const clause = splitClauses(s.text).find((c) => UNAFFECTED.test(c));
    if (!clause) continue;
    // "…起可正常办理": a resumption (resumptions.ts), not a business that goes on; but "…起暂停X，Y照常进行": the moment is the stop's
    const stopFirst = /暂停|停止|停办/.test(s.text.slice(0, s.text.indexOf(clause)));
    if (/\d(日|号|时|点|分)?(起|以后|之后)/.test(s.text) && !stopFirst) continue;
    const before = clause.slice(0, UNAFFECTED.exec(clause)!.index);
    const at = /在([^在]{2,20})(可|能|仍|均)?$/.exec(before);
    const name = (at ? before.slice(0, at.index) : before)
      .replace(LIST_LINE, '')
      .replace(NAME_NOISE, '')
      .replace(/^[^，]{0,12}期间/, '') // "本次升级期间…": when, not what
      .replace(/(的相关业务|相关业务|等相关业务|的?业务)$/, '')
      .replace(/(可|能|仍|均|将|也|亦|都|同样)+$/, '') // "个人账户余额也不受影响": the adverb is no part of the name
      .trim();
    if (name.length < 2 || out.some((b) => b.name === name)) continue;
    out.push({
      id: '',
      name,
      domain: domainOf(name),
      family: familyOf(name),
      facets: domain.read(name),
      synonyms: [],
      channels: at ? [at[1]!.replace(/(可|能)$/, '')] : [],
      unaffected: s.text,
      windows: [],
      before: [],
      during: [],
      after: [],
    });
  }
  return out;
}
