// Retrieval over what the knowledge says: the businesses (for "when / can I"
// questions) and the procedures (for "what do I do"), in minisearch indexes that
// each hold a group of cities (build.ts); a search is filtered to the cities asked about.
// Cities share an index, not its statistics: hits are scored with each city's own
// figures (city-scores.ts). A term's hits are searched once per knowledge load and kept (term-hits.ts).
import { buildGroups, type Entry, type Group, type Tokenizer } from './build.ts';
import { DOMAIN_TOKENS, searchedOn } from './query-terms.ts';
import { TERM_WEIGHTS } from './thresholds.ts';
import type { Business, City, KnowledgeBase, Procedure } from '../knowledge/model.ts';

export type { Tokenizer } from './build.ts';

/** How well a candidate fits: BM25 score, the share of the question's content it holds, and which terms. */
interface Fit {
  score: number;
  coverage: number;
  /** how many content terms of the question it holds */
  matched: number;
  /** the content terms it holds */
  terms: string[];
}

export type Candidate =
  | ({ kind: 'business'; city: City; business: Business } & Fit)
  | ({ kind: 'procedure'; city: City; procedure: Procedure; business?: Business } & Fit);

export interface Retriever {
  /** candidates from the given cities, best first: at most `perCity` from each city (all when omitted) */
  search(query: string, cities: City[], perCity?: number): Candidate[];
  /** the terms that no item of the city uses (words its notices never say) */
  unused(terms: string[], city: City): string[];
}

/** `tokenize`: another tokenizer to compare (bench/tokenizers.ts); by default the knowledge's own lexicon. */
export function buildRetriever(kb: KnowledgeBase, custom?: Tokenizer): Retriever {
  const lexicon = kb.domain.lexicon;
  const tokenize = custom ?? lexicon.tokenize;
  const BROADER = lexicon.broader;
  // documents go through the uncached tokenizer, or they would fill the questions' cache (build.ts tokenizes each text once)
  const documentTokenize = custom ?? lexicon.tokenizeText;
  // the words of a channel (去窗口, 线上, 在APP上) say how, not what: an item that does not name the channel is not the less what was asked
  // (a channel word read as one term: 经办机构's 机构 is no channel)
  const channelTerms = new Set(kb.domain.facetWords('channel').flatMap((w) => tokenize(w).filter((t, _, all) => all.length === 1 && !t.startsWith('@'))));
  // the indexes hold postings only for the terms a question is searched on (and the broader concepts searched beside them)
  const broader = new Set(Object.values(BROADER));
  const groupOf = buildGroups(kb, documentTokenize, (t) => searchedOn(t) || broader.has(t));

  return {
    search(query, cities, perCity = Infinity) {
      const queryTokens = [...new Set(tokenize(query))];
      // search on what the question is about (query-terms.ts)
      const terms = queryTokens.filter(searchedOn);
      // a broader concept asked beside its narrower one adds nothing to what is asked (医院住院 is 住院; 出院 is what tells)
      const content = terms.filter((t) => !DOMAIN_TOKENS.has(t) && !terms.some((n) => BROADER[n] === t));
      if (!terms.length) return [];
      // also search the broader concept (住院 → 就医); it stands in for the narrower one when matching
      for (const t of content) if (BROADER[t] && !terms.includes(BROADER[t])) terms.push(BROADER[t]);
      const holds = (found: string[], t: string) => found.includes(t) || (!!BROADER[t] && found.includes(BROADER[t]));
      const wanted = new Map<Group, Set<number>>();
      for (const city of cities) {
        const at = groupOf.get(city);
        if (at) wanted.set(at.group, (wanted.get(at.group) ?? new Set()).add(at.position));
      }
      const out: Candidate[] = [];
      for (const [group, positions] of wanted) {
        // only the cities asked about: the others' documents never move their order
        const hits = group.index.search(terms, positions);
        const byCity = new Map<number, typeof hits>();
        for (const hit of hits) {
          const position = group.entries[hit.doc]!.city;
          const list = byCity.get(position);
          if (list) list.push(hit);
          else byCity.set(position, [hit]);
        }
        for (const [position, cityHits] of byCity) {
          // a concept weighs more than a bigram, a bigram this city's knowledge never uses less (thresholds.ts)
          const weight = (t: string) =>
            t.startsWith('@') ? TERM_WEIGHTS.concept : ((group.vocabulary.get(t) ?? 0) >> position) & 1 ? TERM_WEIGHTS.word : TERM_WEIGHTS.unusedWord;
          const total = content.reduce((sum, t) => sum + weight(t), 0);
          const entries = cityHits.map((hit) => group.entries[hit.doc]!);
          const scores = cityHits.map((hit) => group.index.cityScore(hit));
          // a city's best `perCity` only (a question with no city searches them all)
          const order = scores
            .map((_, i) => i)
            .sort((a, b) => scores[b]! - scores[a]! || a - b)
            .slice(0, perCity);
          for (const i of order) {
            const matched = content.filter((t) => holds(cityHits[i]!.queryTerms, t));
            const unheldChannel = content.filter((t) => channelTerms.has(t) && !matched.includes(t)).reduce((sum, t) => sum + weight(t), 0);
            const of = total - unheldChannel;
            const coverage = of ? matched.reduce((sum, t) => sum + weight(t), 0) / of : 0;
            out.push(candidate(entries[i]!, group.cities[position]!, { score: scores[i]!, coverage, matched: matched.length, terms: matched }));
          }
        }
      }
      return out.sort((a, b) => b.score - a.score);
    },
    unused(terms, city) {
      const at = groupOf.get(city);
      if (!at) return terms;
      return terms.filter((t) => !(((at.group.vocabulary.get(t) ?? 0) >> at.position) & 1));
    },
  };
}

function candidate(doc: Entry, city: City, figures: Fit): Candidate {
  if (doc.kind === 'business') return { kind: 'business', city, business: doc.item as Business, ...figures };
  const procedure = doc.item as Procedure;
  const business = procedure.notice.businesses.find((b) => b.id === procedure.business);
  return { kind: 'procedure', city, procedure, business, ...figures };
}
