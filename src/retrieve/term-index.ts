// The retriever's full-text index (index.ts): exactly the part of minisearch 7.2.0 it used
// (`addAll` once, then an OR search with field boosts, no prefix, no fuzzy, a document boost),
// with the same results bit for bit, stored compactly.
//
// Why not minisearch: it keeps its postings as a radix tree of Maps of Maps, one Map entry per
// (term, field, document): ~60 MB of heap and seconds of build on 300 cities. Here each
// (term, field) is a slice of two typed arrays (documents, term counts) in the order added, and
// field lengths are one typed array. Scores replay minisearch's floating-point operations in its
// order (BM25+ per posting, summed per term field by field, terms merged in query order, times
// the number of terms matched), so ids, scores, `terms`, `queryTerms`, `match` and the order of
// the results are minisearch's own (test/core/term-index.test.ts compares the two).

/** A document: its id and its fields' texts. */
export type TermDoc = { id: number } & Record<string, unknown>;

export interface TermIndexOptions {
  /** the indexed fields, in order */
  fields: readonly string[];
  /** a field's text → its terms (empty terms count towards its length but are not indexed, as in minisearch) */
  tokenize: (text: string, field?: string) => string[];
  /** a document's field holding a small number (its city) that `cities` filters on */
  cityField?: string;
}

export interface TermSearchOptions {
  /** field → weight (1 when missing or 0) */
  boost?: Record<string, number>;
  /** a document's weight for a term; 0 leaves the posting out (its statistics still count) */
  boostDocument?: (id: number, term: string) => number;
  /** the query → its terms (by default the documents' tokenize) */
  tokenize?: (query: string) => string[];
  /** the same as a `boostDocument` of 1 for these cities' documents (`cityField`) and 0 for the others, without a call per posting */
  cities?: ReadonlySet<number>;
  // minisearch's options, for their sake: only exact terms combined with OR are supported
  prefix?: boolean;
  fuzzy?: boolean;
  combineWith?: string;
}

export interface TermHit {
  id: number;
  score: number;
  /** the document terms matched (here: the query terms, as there is no prefix or fuzzy match) */
  terms: string[];
  /** the query terms matched, in the order first matched */
  queryTerms: string[];
  /** matched term → the fields that hold it, in field order */
  match: Record<string, string[]>;
}

interface RawHit {
  score: number;
  terms: string[];
  match: Record<string, string[]>;
}

// minisearch's defaultBM25params
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** minisearch's calcBM25Score, the same operations in the same order. */
function bm25(termFreq: number, matchingCount: number, totalCount: number, fieldLength: number, avgFieldLength: number): number {
  const { k, b, d } = BM25;
  const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
}

const getOwnProperty = <T>(object: Record<string, T>, property: string): T | undefined => (Object.hasOwn(object, property) ? object[property] : undefined);

/** minisearch's OR: b's documents merged into a, in b's order. */
function combineOr(a: Map<number, RawHit>, b: Map<number, RawHit>): Map<number, RawHit> {
  for (const docId of b.keys()) {
    const existing = a.get(docId);
    if (existing == null) {
      a.set(docId, b.get(docId)!);
    } else {
      const { score, terms, match } = b.get(docId)!;
      existing.score = existing.score + score;
      existing.match = Object.assign(existing.match, match);
      for (const term of terms) if (!existing.terms.includes(term)) existing.terms.push(term);
    }
  }
  return a;
}

/** Typed arrays grown by doubling, for the postings while they are collected. */
class Growing {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const more = new Int32Array(this.data.length * 2);
      more.set(this.data);
      this.data = more;
    }
    this.data[this.length++] = value;
  }
}

/** The smallest unsigned array holding values up to `max`. */
const narrow = (max: number, length: number): Uint16Array | Uint32Array => (max < 0x10000 ? new Uint16Array(length) : new Uint32Array(length));

export class TermIndex {
  private readonly fields: readonly string[];
  private readonly fieldIds: Record<string, number> = {};
  private readonly tokenize: TermIndexOptions['tokenize'];
  private readonly cityField: string | undefined;
  /** each document's city (`cityField`), by position */
  private cityOf: Int32Array = new Int32Array(0);
  private ids: number[] = [];
  /** term → its number; its postings in field f are at start[term * F + f] … start[term * F + f + 1] */
  private termIds = new Map<string, number>();
  private start: Uint32Array = new Uint32Array(1);
  private docs: Uint16Array | Uint32Array = new Uint16Array(0);
  private counts: Uint16Array | Uint32Array = new Uint16Array(0);
  /** distinct terms of document d's field f at d * F + f */
  private fieldLength: Uint16Array | Uint32Array = new Uint16Array(0);
  /** each field's average length, averaged as minisearch does, one document at a time */
  private avgFieldLength: number[];

  constructor(options: TermIndexOptions) {
    this.fields = options.fields;
    this.tokenize = options.tokenize;
    this.cityField = options.cityField;
    for (let i = 0; i < this.fields.length; i++) this.fieldIds[this.fields[i]!] = i;
    this.avgFieldLength = [];
  }

  get documentCount(): number {
    return this.ids.length;
  }

  /** Indexes the documents (once: the index is compacted afterwards). */
  addAll(documents: readonly { id: number }[]): void {
    const local = new Map<string, number>();
    this.build(documents as readonly TermDoc[], (document, field) => {
      const value = document[field];
      if (value == null) return undefined;
      local.clear();
      for (const term of this.tokenize(String(value), field)) local.set(term, (local.get(term) ?? 0) + 1);
      return local;
    });
  }

  /**
   * The same index from the documents' fields already counted: `counts[f]` is field f's tokens (as
   * `tokenize` would give them, empty ones included) → how often each occurs. The terms' order does not matter.
   */
  addAllCounts(documents: readonly { id: number; counts: readonly ReadonlyMap<string, number>[] }[]): void {
    this.build(documents as unknown as readonly TermDoc[], (document, _, f) => (document.counts as ReadonlyMap<string, number>[])[f]);
  }

  private build(documents: readonly TermDoc[], countsOf: (document: TermDoc, field: string, f: number) => ReadonlyMap<string, number> | undefined): void {
    if (this.ids.length) throw new Error('TermIndex: documents are added once');
    const F = this.fields.length;
    const keys = new Growing();
    const postedDocs = new Growing();
    const postedCounts = new Growing();
    const lengths = new Growing();
    let maxCount = 0;
    let maxLength = 0;
    if (this.cityField) this.cityOf = Int32Array.from(documents, (document) => Number(document[this.cityField!]));
    documents.forEach((document, d) => {
      if (document.id == null) throw new Error('TermIndex: document does not have ID field "id"');
      this.ids.push(document.id);
      for (let f = 0; f < F; f++) {
        const counts = countsOf(document, this.fields[f]!, f);
        if (!counts) {
          lengths.push(0); // never read: the field has no postings for this document
          continue;
        }
        // as minisearch's addFieldLength: the length is the distinct tokens, the average updated in place
        const length = counts.size;
        lengths.push(length);
        if (length > maxLength) maxLength = length;
        this.avgFieldLength[f] = ((this.avgFieldLength[f] || 0) * d + length) / (d + 1);
        for (const [term, count] of counts) {
          if (!term) continue;
          let id = this.termIds.get(term);
          if (id === undefined) this.termIds.set(term, (id = this.termIds.size));
          keys.push(id * F + f);
          postedDocs.push(d);
          postedCounts.push(count);
          if (count > maxCount) maxCount = count;
        }
      }
    });
    this.compact(keys, postedDocs, postedCounts, documents.length, maxCount);
    this.fieldLength = narrow(maxLength, lengths.length);
    this.fieldLength.set(lengths.data.subarray(0, lengths.length));
  }

  /** Groups the postings by (term, field), each group in the order added (a stable counting sort). */
  private compact(keys: Growing, docs: Growing, counts: Growing, documents: number, maxCount: number): void {
    const slots = this.termIds.size * this.fields.length;
    const start = new Uint32Array(slots + 1);
    for (let p = 0; p < keys.length; p++) start[keys.data[p]! + 1]!++;
    for (let s = 0; s < slots; s++) start[s + 1]! += start[s]!;
    const next = start.slice(0, slots);
    this.docs = narrow(documents, keys.length);
    this.counts = narrow(maxCount, keys.length);
    for (let p = 0; p < keys.length; p++) {
      const at = next[keys.data[p]!]!++;
      this.docs[at] = docs.data[p]!;
      this.counts[at] = counts.data[p]!;
    }
    this.start = start;
  }

  /** minisearch's `search` with combineWith 'OR', no prefix, no fuzzy: the same hits, scores and order. */
  search(query: string, options: TermSearchOptions = {}): TermHit[] {
    if (options.prefix || options.fuzzy || (options.combineWith ?? 'OR').toUpperCase() !== 'OR')
      throw new Error('TermIndex: only exact terms, combined with OR');
    const terms = (options.tokenize ?? this.tokenize)(query).filter((term) => !!term);
    if (!terms.length) return [];
    const boost = options.boost ?? {};
    const fieldBoosts: Record<string, number> = {};
    for (const field of this.fields) fieldBoosts[field] = getOwnProperty(boost, field) || 1;
    let wanted: Uint8Array | undefined;
    if (options.cities) {
      if (!this.cityField) throw new Error('TermIndex: `cities` needs a `cityField`');
      wanted = new Uint8Array(this.ids.length);
      for (let d = 0; d < wanted.length; d++) wanted[d] = options.cities.has(this.cityOf[d]!) ? 1 : 0;
    }
    let combined: Map<number, RawHit> | undefined;
    for (const term of terms) {
      const results = this.termResults(term, fieldBoosts, options.boostDocument, wanted);
      combined = combined ? combineOr(combined, results) : results;
    }
    const hits: TermHit[] = [];
    for (const [docId, { score, terms, match }] of combined!) {
      const quality = terms.length || 1;
      hits.push({ id: this.ids[docId]!, score: score * quality, terms: Object.keys(match), queryTerms: terms, match });
    }
    return hits.sort((a, b) => b.score - a.score);
  }

  /** minisearch's termResults for an exact term: field by field, posting by posting. */
  private termResults(
    term: string,
    fieldBoosts: Record<string, number>,
    boostDocument: TermSearchOptions['boostDocument'],
    wanted: Uint8Array | undefined,
  ): Map<number, RawHit> {
    const results = new Map<number, RawHit>();
    const termId = this.termIds.get(term);
    if (termId === undefined) return results;
    const termWeight = 1;
    const termBoost = 1;
    const F = this.fields.length;
    const documentCount = this.ids.length;
    for (const field of Object.keys(fieldBoosts)) {
      const fieldBoost = fieldBoosts[field]!;
      const fieldId = this.fieldIds[field]!;
      const from = this.start[termId * F + fieldId]!;
      const to = this.start[termId * F + fieldId + 1]!;
      if (from === to) continue;
      const matchingFields = to - from;
      const avgFieldLength = this.avgFieldLength[fieldId]!;
      for (let p = from; p < to; p++) {
        const docId = this.docs[p]!;
        if (wanted && !wanted[docId]) continue;
        const docBoost = boostDocument ? boostDocument(this.ids[docId]!, term) : 1;
        if (!docBoost) continue;
        const termFreq = this.counts[p]!;
        const fieldLength = this.fieldLength[docId * F + fieldId]!;
        const rawScore = bm25(termFreq, matchingFields, documentCount, fieldLength, avgFieldLength);
        const weightedScore = termWeight * termBoost * fieldBoost * docBoost * rawScore;
        const result = results.get(docId);
        if (result) {
          result.score += weightedScore;
          if (!result.terms.includes(term)) result.terms.push(term);
          const match = getOwnProperty(result.match, term);
          if (match) {
            match.push(field);
          } else {
            result.match[term] = [field];
          }
        } else {
          results.set(docId, { score: weightedScore, terms: [term], match: { [term]: [field] } });
        }
      }
    }
    return results;
  }
}
