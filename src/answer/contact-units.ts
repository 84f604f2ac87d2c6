// Which lines of a contacts table a question names by their unit: a notice prints a unit in full
// (赣州市医疗保障服务中心, 昆明市医疗保险管理中心, 赣州经开区) and a citizen says it short (市医保服务中心,
// 医保中心, 经开区). Both are read with the lexicon, whose concepts make 医疗保障 and 医疗保险 one 医保.
import type { City, Contact } from '../knowledge/model.ts';
import type { Lexicon } from '../text/tokenize.ts';
import { UNIT_ASKED } from '../understand/lexicon.ts';

/** the concepts of the two domains (医保, 社保) */
const DOMAINS = ['@medins', '@socins'];

/** a text's terms that say something: concepts and bigrams, not lone characters */
const termsOf = (text: string, lexicon: Lexicon) => new Set(lexicon.tokenize(text).filter((t) => t.startsWith('@') || t.length > 1));

/** A unit's name less its city's (赣州经开区 → 经开区): what a question names it by. */
function ownName(unit: string, city: City): string {
  const names = [city.name, ...city.aliases].sort((a, b) => b.length - a.length);
  const of = names.find((n) => unit.startsWith(n));
  return of ? unit.slice(of.length) : unit;
}

/**
 * The cells whose unit the question names, or all of them when it names none: a unit whose own name
 * is all in the question (经开区电话), or a unit the question's own unit phrase fits (医保中心 is 医疗保险管理中心:
 * each of its terms is the unit's, and it ends as the unit's name does).
 */
export function ofUnitNamed(cells: Contact[], question: string | undefined, city: City, lexicon: Lexicon): Contact[] {
  if (!question || cells.length < 2) return cells;
  const asked = termsOf(question, lexicon);
  const phrase = question.match(UNIT_ASKED);
  const phraseTerms = phrase ? [...termsOf(phrase[0], lexicon)] : [];
  const named = cells.filter((c) => {
    const own = [...termsOf(ownName(c.unit, city), lexicon)];
    // a name that is only the domain's word (松源市医疗保障) names no unit in particular
    if (own.some((t) => !DOMAINS.includes(t)) && own.every((t) => asked.has(t))) return true;
    const unit = termsOf(c.unit, lexicon);
    return !!phrase && phraseTerms.length > 0 && c.unit.endsWith(phrase[1]!) && phraseTerms.every((t) => unit.has(t));
  });
  return named.length ? named : cells;
}
