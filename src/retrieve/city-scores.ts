// BM25 with statistics kept per city. minisearch finds which documents hold which query
// terms in which fields; the score is then computed here from the city's own figures (its
// document count, its field lengths, how many of its documents hold a term), so that the
// other cities sharing an index never move a city's ranking: adding, changing or removing
// a notice for one city leaves every other city's replies byte-identical.
//
// The formula is minisearch's (BM25+, its k, b and d in thresholds.ts, field length = distinct
// terms), so the ranking keeps its tuning.

import { BM25, FIELD_BOOST } from './thresholds.ts';

/** The fields of a document, in a fixed order (their boosts: thresholds.ts). */
export const FIELDS = ['title', 'words', 'questions', 'body', 'kinds'] as const;
export type Field = (typeof FIELDS)[number];
const FIELD_AT: Record<string, number> = Object.fromEntries(FIELDS.map((f, i) => [f, i]));
const BOOSTS = FIELDS.map((f) => FIELD_BOOST[f]);

const { k: K, b: B, d: D } = BM25;

/** One document's terms, as the score needs them. */
export interface DocTerms {
  /** distinct terms per field, in FIELDS order */
  lengths: number[];
  /** the terms that occur more than once, as (field index, term, count) triples: few per document, so a flat list is smallest */
  repeats?: (number | string)[];
}

/** A city's own figures. */
export interface CityFigures {
  documents: number;
  /** average distinct terms per field over the city's documents, in FIELDS order */
  averageLengths: number[];
}

/** A document's figures, given each field's terms with their counts (in the order of first occurrence). */
export function docTerms(fields: Map<string, number>[]): DocTerms {
  const lengths: number[] = [];
  let repeats: (number | string)[] | undefined;
  fields.forEach((counts, f) => {
    lengths.push(counts.size);
    for (const [t, n] of counts) if (n > 1) (repeats ??= []).push(f, t, n);
  });
  return { lengths, repeats };
}

export function cityFigures(docs: DocTerms[]): CityFigures {
  const averageLengths = FIELDS.map((_, f) => (docs.length ? docs.reduce((sum, d) => sum + d.lengths[f]!, 0) / docs.length : 0));
  return { documents: docs.length, averageLengths };
}

/** A hit as minisearch reports it: which query terms it holds, in which fields. */
export interface Match {
  doc: DocTerms;
  match: Record<string, string[]>;
}

/** Scores one city's hits with that city's figures; `hits` must be every document of the city that holds any query term. */
export function scoreCity(hits: Match[], city: CityFigures): number[] {
  // how many of the city's documents hold each term, per field
  const holding = new Map<string, number[]>();
  for (const h of hits) {
    for (const term in h.match) {
      let counts = holding.get(term);
      if (!counts) holding.set(term, (counts = FIELDS.map(() => 0)));
      for (const field of h.match[term]!) counts[FIELD_AT[field]!]!++;
    }
  }
  return hits.map(({ doc, match }) => {
    let score = 0;
    let terms = 0;
    for (const term in match) {
      terms++;
      const counts = holding.get(term)!;
      for (const field of match[term]!) {
        const f = FIELD_AT[field]!;
        const n = counts[f]!;
        const idf = Math.log(1 + (city.documents - n + 0.5) / (n + 0.5));
        const tf = doc.repeats ? termFrequency(doc.repeats, f, term) : 1;
        const norm = 1 - B + (B * doc.lengths[f]!) / city.averageLengths[f]!;
        score += BOOSTS[f]! * idf * (D + (tf * (K + 1)) / (tf + K * norm));
      }
    }
    // as minisearch does: a document holding more of the query's terms is worth more
    return score * (terms || 1);
  });
}

function termFrequency(repeats: (number | string)[], field: number, term: string): number {
  for (let i = 0; i < repeats.length; i += 3) if (repeats[i] === field && repeats[i + 1] === term) return repeats[i + 2] as number;
  return 1;
}
