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

const SEARCH_OPTIONS = {
  boost: { title: 3, words: 2, questions: 2, body: 0.6 },
  prefix: false,
  fuzzy: false,
  combineWith: 'OR' as const,
};

interface Shard {
  city: City;
  index: MiniSearch<Doc>;
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

      // lone characters help ranking but are too vague to count towards coverage;
      // a concept (社保卡, 异地 …) weighs twice a plain bigram: missing it matters more
      const counts = (t: string) => !FORM_TOKENS.has(t) && (t.startsWith('@') || t.length > 1);
      const weight = (t: string) => (t.startsWith('@') ? 2 : 1);
      const content = queryTokens.filter(counts);
      const total = content.reduce((sum, t) => sum + weight(t), 0);
      if (!queryTokens.length) return [];
      const out: Candidate[] = [];
      for (const city of cities) {
        const shard = shards.get(city);
        if (!shard) continue;
        // search on what the question is about; its form (什么时候, 能不能) is ranked by intent elsewhere
        // lone characters (办, 交, 药) match too much to rank on
        const terms = queryTokens.filter((t) => (!FORM_TOKENS.has(t) || t === '@medins' || t === '@socins') && (t.startsWith('@') || t.length > 1));
        if (!terms.length) continue;
        for (const hit of shard.index.search(terms.join(' '), { ...SEARCH_OPTIONS, tokenize: (s: string) => s.split(' ') })) {
          const matched = new Set(hit.queryTerms.filter(counts));
          const coverage = total ? [...matched].reduce((sum, t) => sum + weight(t), 0) / total : 0;
          const doc = hit as unknown as Doc & { score: number };
          const base = { city, score: hit.score, coverage, matched: matched.size };
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
    searchOptions: { tokenize, processTerm: (t) => t },
  });
  index.addAll([
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
  ]);
  return { city, index, businesses, procedures };
}
