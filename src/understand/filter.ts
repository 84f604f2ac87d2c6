// Reads the words typed into a filter box (the FAQ page's) the way a question is
// read: a place names its city or district (芙蓉区 → that district's contacts), a
// word of a synonym group stands for its concept (刷卡 finds 结算, 看病 finds 就医),
// and anything else is matched as written (a phone number, 现金). An entry passes
// when it holds every concept and word, and is in one of the places named.
import { businessById } from '../knowledge/lookup.ts';
import type { City, KnowledgeBase, Place } from '../knowledge/model.ts';
import type { Lexicon } from '../text/tokenize.ts';
import { normalize } from './normalize.ts';
import type { PlaceIndex } from './places.ts';

/** One entry of a listing, as the filter sees it. */
export interface FilterItem {
  /** the city it belongs to */
  city: string;
  /** the unit (city centre, district office) of a contacts row */
  unit?: string;
  /** the text it shows, with its heading */
  text: string;
  /** what else the knowledge calls its business (its synonyms): understood, not shown */
  synonyms?: string[];
}

export interface TextFilter {
  /** nothing to filter by: every item passes */
  empty: boolean;
  accepts(item: FilterItem): boolean;
}

/** An entry as a caller names it: its business by notice and id (the filter looks up what else it is called). */
export interface EntryRef extends Omit<FilterItem, 'synonyms'> {
  noticeId: string;
  business?: string;
}

export interface EntryFilter {
  empty: boolean;
  accepts(entry: EntryRef): boolean;
}

/** The filter for entries of this knowledge: an entry's business lends it its synonyms, its own and those its kind gives it. */
export function entryFilter(input: string, kb: KnowledgeBase, places: PlaceIndex): EntryFilter {
  const filter = readFilter(input, places, kb.domain.lexicon);
  const synonymsOf = (e: EntryRef) => {
    const b = e.business ? businessById(kb.notices, e.noticeId, e.business) : undefined;
    return b && [...b.synonyms, ...kb.domain.inherited(b.facets).words];
  };
  return { empty: filter.empty, accepts: (e) => filter.accepts({ ...e, synonyms: synonymsOf(e) }) };
}

interface PlacePart {
  city: City;
  district?: Place;
  word: string;
}

const SEPARATORS = /[\s,，。、;；:：!！?？()（）"“”]+/;

export function readFilter(input: string, places: PlaceIndex, { conceptWords, stripFiller, tokenizeText }: Lexicon): TextFilter {
  const text = normalize(input);
  const found = places.find(text);
  const where: PlacePart[] = found.known.map((p) => ({ city: p.city, district: p.district, word: p.matched }));
  const { found: concepts, rest } = conceptWords(found.rest);
  const words = stripFiller(rest).split(SEPARATORS).filter(Boolean);
  const empty = !where.length && !concepts.length && !words.length;

  return {
    empty,
    accepts(item) {
      if (empty) return true;
      const shown = item.text.toLowerCase();
      if (where.length && !where.some((p) => inPlace(item, shown, p))) return false;
      if (!words.every((w) => shown.includes(w))) return false;
      if (!concepts.length) return true;
      const held = new Set(tokenizeText([item.text, ...(item.synonyms ?? [])].join(' ')));
      return concepts.every((c) => held.has(c.concept) || shown.includes(c.word));
    },
  };
}

function inPlace(item: FilterItem, shown: string, p: PlacePart): boolean {
  if (shown.includes(p.word)) return true;
  if (!p.district) return item.city === p.city.name;
  // a district is its contacts row: the entries of that unit
  return item.city === p.city.name && !!item.unit && [p.district.name, ...p.district.aliases].some((n) => item.unit!.includes(n));
}
