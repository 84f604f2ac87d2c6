// Stops as a message forwarded in a chat group says them: by what cannot be done ("都刷不了医保卡",
// "银行也交不了"), under a 【heading】 that names the business its lines leave unnamed.
import type { Domain } from '../knowledge/facets.ts';
import { LIST_LINE, type Sentence } from './blocks.ts';
import { CANNOT, CANNOT_DOES } from './words.ts';

/** "全市定点医院、定点药店都刷不了医保卡", "银行都交不了": the places before, what cannot be done after, as a stop */
export function cannotIn(clause: string): { subject: string; object: string } | undefined {
  const m = CANNOT.exec(clause);
  if (!m) return undefined;
  const does = CANNOT_DOES[m[2]!] ?? '';
  const object = clause
    .slice(m.index + m[0].length)
    .replace(/[。；;]$/, '')
    .trim();
  if (!object && !does) return undefined; // "扫码也用不了": a way, no business
  // "手机银行也交不了": only a way of what the heading names, no place of its own
  return { subject: object ? clause.slice(0, m.index) : '', object: object.endsWith(does) ? object : object + does };
}

/** a heading that names a business ("【异地就医备案】"), not a section of the notice ("一、暂停时间") */
const businessHeading = (domain: Domain, s: Sentence) => {
  const h = s.headings.at(-1);
  return h && !LIST_LINE.test(h) && !/暂停|停机|时间|范围|安排|说明|提示|提醒|事项|通知|公告|电话|咨询/.test(h) && domain.read(h).what ? h : undefined;
};

/** "【居民医保缴费】…暂停缴费": a stop that names no more than its heading does is the heading's business */
export function underHeading(domain: Domain, s: Sentence, stop: { subject: string; object: string }) {
  const h = businessHeading(domain, s);
  const object = stop.object.replace(/^[，、：:\s]+|[，、：:\s。；]+$/g, '');
  return h && object.length <= 4 && h !== object && h.includes(object) ? { ...stop, object: h } : stop;
}
