// BM25 with statistics kept per city. minisearch finds which documents hold which query
// terms in which fields; the score is then computed here from the city's own figures (its
// document count, its field lengths, how many of its documents hold a term), so that the
// other cities sharing an index never move a city's ranking: adding, changing or removing
// a notice for one city leaves every other city's replies byte-identical. Each term's part is
// worked out once per knowledge load (term-hits.ts); a question only adds the parts up.
//
// The formula is minisearch's (BM25+, its k, b and d in thresholds.ts, field length = distinct
// terms), so the ranking keeps its tuning.

import { BM25, FIELD_BOOST } from './thresholds.ts';

/** The fields of a document, in a fixed order (their boosts: thresholds.ts). */
export const FIELDS = ['title', 'words', 'questions', 'body', 'kinds'] as const;
export type Field = (typeof FIELDS)[number];
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
  let repeats: (number | string)[] | undefined;
  fields.forEach((counts, f) => {
    for (const [t, n] of counts) if (n > 1) (repeats ??= []).push(f, t, n);
  });
  // kept for as long as the knowledge: cut to size (an array grown by push keeps room for 16 more)
  return { lengths: fields.map((counts) => counts.size), repeats: repeats?.slice() };
}

export function cityFigures(docs: DocTerms[]): CityFigures {
  const averageLengths = FIELDS.map((_, f) => (docs.length ? docs.reduce((sum, d) => sum + d.lengths[f]!, 0) / docs.length : 0));
  return { documents: docs.length, averageLengths };
}

/**
 * One term's part of a document's score for its city, per field that holds it (`fields`, in FIELDS
 * order): worked out once per knowledge load (term-hits.ts), where a hit's parts are summed.
 * `holding`: how many of the city's documents hold the term, per field.
 */
export function fieldParts(doc: DocTerms, term: string, fields: number[], holding: number[], city: CityFigures): number[] {
  return fields.map((f) => {
    const n = holding[f]!;
    const idf = Math.log(1 + (city.documents - n + 0.5) / (n + 0.5));
    const tf = doc.repeats ? termFrequency(doc.repeats, f, term) : 1;
    const norm = 1 - B + (B * doc.lengths[f]!) / city.averageLengths[f]!;
    return BOOSTS[f]! * idf * (D + (tf * (K + 1)) / (tf + K * norm));
  });
}

function termFrequency(repeats: (number | string)[], field: number, term: string): number {
  for (let i = 0; i < repeats.length; i += 3) if (repeats[i] === field && repeats[i + 1] === term) return repeats[i + 2] as number;
  return 1;
}
