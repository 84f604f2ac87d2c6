// Retrieval over what the knowledge says: one minisearch shard per city (a single
// index over thousands of Chinese entries is slow, see README), holding the
// businesses (for "when / can I" questions) and the procedures (for "what do I do").
import MiniSearch from 'minisearch';
import type { Business, City, KnowledgeBase, Procedure } from '../knowledge/model.ts';
import { tokenize as defaultTokenize } from './tokenize.ts';

/** score: minisearch's BM25; coverage: share of the question's content tokens found; matched: how many */
export type Candidate =
  | { kind: 'business'; city: City; business: Business; score: number; coverage: number; matched: number }
  | { kind: 'procedure'; city: City; procedure: Procedure; business?: Business; score: number; coverage: number; matched: number };

interface Doc {
  id: string;
  kind: 'business' | 'procedure';
  ref: number;
  title: string;
  words: string;
  questions: string;
  body: string;
}

/** Concepts that say what kind of question it is, not what it is about: they never count as coverage. */
const FORM_TOKENS = new Set(['@when', '@can', '@how', '@stop', '@resume', '@medins', '@socins', '@cutover', '@insured']);
/** 医保 / 社保: searched on (they tell the two apart) but not counted as what the question is about */
const DOMAIN_TOKENS = new Set(['@medins', '@socins']);

const SEARCH_OPTIONS = {
  boost: { title: 3, words: 2, questions: 2, body: 0.6 },
  prefix: false,
  fuzzy: false,
  combineWith: 'OR' as const,
};

interface Shard {
  city: City;
  index: MiniSearch<Doc>;
  /** every term the city's knowledge uses */
  vocabulary: Set<string>;
  businesses: Business[];
  procedures: Procedure[];
}

export interface Retriever {
  search(query: string, cities: City[], limit?: number): Candidate[];
}

/** Turns text into index terms; the same function serves documents and queries. */
export type Tokenizer = (text: string) => string[];

export function buildRetriever(kb: KnowledgeBase, tokenize: Tokenizer = defaultTokenize): Retriever {
  const shards = new Map<City, Shard>(kb.cities.map((city) => [city, buildShard(city, tokenize)]));
  return {
    search(query, cities, limit = 8) {
      const queryTokens = [...new Set(tokenize(query))];
      // search on what the question is about: its form (什么时候, 能不能) is ranked by intent
      // elsewhere, and lone characters (办, 交, 药) match too much to rank on
      const terms = queryTokens.filter((t) => (!FORM_TOKENS.has(t) || DOMAIN_TOKENS.has(t)) && (t.startsWith('@') || t.length > 1));
      const content = terms.filter((t) => !DOMAIN_TOKENS.has(t));
      if (!terms.length) return [];
      const out: Candidate[] = [];
      for (const city of cities) {
        const shard = shards.get(city);
        if (!shard) continue;
        // a concept (社保卡, 异地 …) weighs twice a bigram; a bigram this city's knowledge never
        // uses (间看, 看普 across word boundaries) half, so noise does not drown what matched
        const weight = (t: string) => (t.startsWith('@') ? 2 : shard.vocabulary.has(t) ? 1 : 0.5);
        const total = content.reduce((sum, t) => sum + weight(t), 0);
        for (const hit of shard.index.search(terms.join(' '), { ...SEARCH_OPTIONS, tokenize: (s: string) => s.split(' ') })) {
          const matched = hit.queryTerms.filter((t) => content.includes(t));
          const coverage = total ? matched.reduce((sum, t) => sum + weight(t), 0) / total : 0;
          const doc = hit as unknown as Doc;
          const base = { city, score: hit.score, coverage, matched: matched.length };
          if (doc.kind === 'business') out.push({ kind: 'business', business: shard.businesses[doc.ref]!, ...base });
          else {
            const procedure = shard.procedures[doc.ref]!;
            const business = shard.businesses.find((b) => b.id === procedure.business && b.noticeId === procedure.noticeId);
            out.push({ kind: 'procedure', procedure, business, ...base });
          }
        }
      }
      return out.sort((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}

function buildShard(city: City, tokenize: Tokenizer): Shard {
  const businesses = city.notices.flatMap((n) => n.businesses);
  const procedures = city.notices.flatMap((n) => n.procedures);
  const index = new MiniSearch<Doc>({
    fields: ['title', 'words', 'questions', 'body'],
    storeFields: ['kind', 'ref'],
    tokenize,
    processTerm: (t) => t,
  });
  const docs: Doc[] = [
    ...businesses.map((b, ref) => ({
      id: `b:${b.noticeId}:${b.id}`,
      kind: 'business' as const,
      ref,
      title: b.name,
      words: b.synonyms.join(' '),
      questions: b.questions.join(' '),
      body: [b.audience, ...b.channels, ...b.windows.map((w) => w.scope)].filter(Boolean).join(' '),
    })),
    ...procedures.map((p, ref) => ({
      id: `p:${p.noticeId}:${p.id}`,
      kind: 'procedure' as const,
      ref,
      title: p.title,
      words: p.audience ?? '',
      questions: p.questions.join(' '),
      body: p.answer,
    })),
  ];
  index.addAll(docs);
  const vocabulary = new Set(docs.flatMap((d) => tokenize(`${d.title} ${d.words} ${d.questions} ${d.body}`)));
  return { city, index, vocabulary, businesses, procedures };
}
