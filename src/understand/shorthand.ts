// The shortest questions leave out what this whole domain is about: "卡能刷不" means the 医保卡,
// "能用不" asks whether the 医保卡 works now. Both are read with the card named (words.yaml
// `own_card`), so that they are in-domain and retrieval finds 结算; 银行卡, 饭卡 are left alone.
import type { Domain } from '../knowledge/facets.ts';

/** A bare 卡: at the start, after punctuation, a possessive/measure word or a place named; never the tail of 银行卡, nor 卡住/卡顿. */
const LONE_CARD = /(^|[^\p{Script=Han}]|我的|我|的|这张|那张|这|那|张)卡(?![住顿死片])/u;
const escapeRegex = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole message that only asks whether it can be used ("能用不", "还能刷吗", "现在可以用了吗"). */
const ONLY_USE = /^(?:现在|今天|明天|今晚|那|那么)?(?:还|都)?(?:能|可以|能不能|可不可以)(?:用|刷)(?:不|吗|么|嘛|了吗|了没|了么|没)?[?？!！。.]*$/;

/**
 * The text with the domain's own card named where the question leaves it bare. `placesIn`: the
 * words naming places in the text, asked only when it holds a 卡 (finding places costs a scan).
 */
export function nameOwnCard(text: string, domain: Domain, placesIn: () => string[] = () => []): string {
  const card = domain.ownCard;
  if (!card) return text;
  const onlyUse = ONLY_USE.test(text);
  // a text with no 卡 that asks more than whether it can be used is left as it is, whatever card it names
  if (!onlyUse && !text.includes('卡')) return text;
  if (domain.findAll('own_card', text).length) return text;
  if (onlyUse) return card + text;
  const places = placesIn();
  const afterPlace = places.length ? new RegExp(`(${places.map(escapeRegex).join('|')})卡(?![住顿死片])`) : undefined;
  const named = afterPlace?.test(text) ? text.replace(afterPlace, `$1${card}`) : text;
  return named.replace(LONE_CARD, `$1${card}`);
}
