// Retrieval over what the knowledge says: the businesses (for "when / can I"
// questions) and the procedures (for "what do I do"), in minisearch indexes that
// each hold a group of cities (build.ts); a search is filtered to the cities asked about.
// Cities share an index, not its statistics: hits are scored with each city's own
// figures (city-scores.ts). A term's hits are searched once per knowledge load and kept (term-hits.ts).
import { buildGroups, type Entry, type Group, type Tokenizer } from './build.ts';
import { DOMAIN_TOKENS, searchedOn } from './query-terms.ts';
import { TERM_WEIGHTS } from './thresholds.ts';
import type { Business, City, KnowledgeBase, Procedure } from '../knowledge/model.ts';

export type { Entry, Tokenizer } from './build.ts';

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
  /**
   * candidates from the given cities, best first: at most `perCity` from each city (all when omitted);
   * `keep`: only the items it keeps (the others are never made into candidates)
   */
  search(query: string, cities: City[], perCity?: number, keep?: (doc: Entry) => boolean): Candidate[];
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
    search(query, cities, perCity = Infinity, keep) {
      const queryTokens = [...new Set(tokenize(query))];
      // search on what the question is about (query-terms.ts)
      const terms = queryTokens.filter(searchedOn);
      // a broader concept asked beside its narrower one adds nothing to what is asked (医院住院 is 住院; 出院 is what tells)
      const broaderAsked = new Set(terms.map((n) => BROADER[n]));
      const content = terms.filter((t) => !DOMAIN_TOKENS.has(t) && !broaderAsked.has(t));
      if (!terms.length) return [];
      // also search the broader concept (住院 → 就医); it stands in for the narrower one when matching
      const searched = new Set(terms);
      for (const t of content) {
        const broader = BROADER[t];
        if (broader && !searched.has(broader)) {
          terms.push(broader);
          searched.add(broader);
        }
      }
      const holds = (found: string[], t: string) => found.includes(t) || (!!BROADER[t] && found.includes(BROADER[t]));
      const wanted = new Map<Group, Set<number>>();
      for (const city of cities) {
        const at = groupOf.get(city);
        if (at) wanted.set(at.group, (wanted.get(at.group) ?? new Set()).add(at.position));
      }
      const out: Candidate[] = [];
      for (const [group, positions] of wanted) {
        // only the cities asked about: the others' documents never move their order; each city's best `perCity`
        // (a question with no city searches them all)
        // a term none of these cities' documents holds finds nothing: it is never searched (nor kept as absent)
        let asked = 0;
        for (const p of positions) asked |= 1 << p;
        const held = terms.filter((t) => ((group.vocabulary.get(t) ?? 0) & asked) !== 0 || t.includes(' '));
        for (const { city: position, docs } of group.index.best(held, positions, perCity)) {
          // a concept weighs more than a bigram, a bigram this city's knowledge never uses less (thresholds.ts)
          const weights = content.map((t) =>
            t.startsWith('@') ? TERM_WEIGHTS.concept : ((group.vocabulary.get(t) ?? 0) >> position) & 1 ? TERM_WEIGHTS.word : TERM_WEIGHTS.unusedWord,
          );
          const total = weights.reduce((sum, w) => sum + w, 0);
          for (const { doc, score, terms: found } of docs) {
            if (keep && !keep(group.entries[doc]!)) continue;
            // the content terms it holds, and the weight of those and of the channel words it does not hold (each summed in content's order)
            const matched: string[] = [];
            let heldWeight = 0;
            let unheldChannel = 0;
            for (let i = 0; i < content.length; i++) {
              const t = content[i]!;
              if (holds(found, t)) {
                matched.push(t);
                heldWeight += weights[i]!;
              } else if (channelTerms.has(t)) unheldChannel += weights[i]!;
            }
            const of = total - unheldChannel;
            const coverage = of ? heldWeight / of : 0;
            out.push(candidate(group.entries[doc]!, group.cities[position]!, score, coverage, matched));
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

function candidate(doc: Entry, city: City, score: number, coverage: number, terms: string[]): Candidate {
  if (doc.kind === 'business') return { kind: 'business', city, business: doc.item as Business, score, coverage, matched: terms.length, terms };
  const procedure = doc.item as Procedure;
  const business = procedure.notice.businesses.find((b) => b.id === procedure.business);
  return { kind: 'procedure', city, procedure, business, score, coverage, matched: terms.length, terms };
}
