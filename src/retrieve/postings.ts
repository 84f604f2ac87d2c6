// Which documents hold which query terms, in which fields: what the retriever asked of
// minisearch (the scores themselves are each city's, city-scores.ts). minisearch (7.2.0,
// the options index.ts used: exact terms, OR) did more per search than this needs: it built
// option objects per term, walked a radix tree and scored a group's documents of every
// city. Here the terms are looked up in a Map, and the hits come in the order minisearch
// gave them, by its score (BM25+ over the whole group, summed as it sums them), because
// equal city scores keep that order and the replies must not change.

/** One document holding query terms: which ones (in query order) and the fields each is in. */
export interface Hit {
  id: number;
  queryTerms: string[];
  match: Record<string, string[]>;
}

/** minisearch's defaults: its BM25+ parameters */
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** one term in one field: the documents holding it (ascending ids) and how often each */
interface Posting {
  docs: number[];
  counts: number[];
}

export class Postings {
  /** term → per field (in `fields` order), who holds it */
  private readonly byTerm = new Map<string, (Posting | undefined)[]>();
  /** per document, per field: distinct terms */
  private readonly lengths: number[][] = [];
  /** per field: average distinct terms, as minisearch averages them (a running mean) */
  private readonly averages: number[];
  private readonly boosts: number[];
  // scratch for one search (searches are synchronous)
  private termScore: Float64Array = new Float64Array(0);
  private seenForTerm: Int32Array = new Int32Array(0);

  constructor(
    private readonly fields: readonly string[],
    boost: Record<string, number>,
  ) {
    this.averages = fields.map(() => 0);
    this.boosts = fields.map((f) => boost[f] || 1);
  }

  /** Adds the next document (its id is its position): each field's terms joined by spaces. */
  add(texts: string[]): number {
    const id = this.lengths.length;
    const lengths: number[] = [];
    texts.forEach((text, f) => {
      const tokens = text ? text.split(' ') : [];
      lengths[f] = new Set(tokens).size;
      this.averages[f] = (this.averages[f]! * id + lengths[f]!) / (id + 1);
      for (const term of tokens) {
        if (!term) continue;
        let perField = this.byTerm.get(term);
        if (!perField) this.byTerm.set(term, (perField = []));
        const p = (perField[f] ??= { docs: [], counts: [] });
        if (p.docs.at(-1) === id) p.counts[p.counts.length - 1]!++;
        else {
          p.docs.push(id);
          p.counts.push(1);
        }
      }
    });
    this.lengths.push(lengths);
    return id;
  }

  /** The documents `wanted` admits that hold any of `terms`, in minisearch's order (its score, best first). */
  search(terms: string[], wanted: (id: number) => boolean): Hit[] {
    const n = this.lengths.length;
    if (this.termScore.length < n) {
      this.termScore = new Float64Array(n);
      this.seenForTerm = new Int32Array(n).fill(-1);
    }
    const found = new Map<number, Hit & { score: number }>();
    terms.forEach((term, t) => {
      const perField = this.byTerm.get(term);
      if (!perField) return;
      const touched: number[] = [];
      for (let f = 0; f < this.fields.length; f++) {
        const p = perField[f];
        if (!p) continue;
        const idf = Math.log(1 + (n - p.docs.length + 0.5) / (p.docs.length + 0.5));
        for (let i = 0; i < p.docs.length; i++) {
          const id = p.docs[i]!;
          if (!wanted(id)) continue;
          const tf = p.counts[i]!;
          const weighted = this.boosts[f]! * (idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * this.lengths[id]![f]!) / this.averages[f]!))));
          let hit = found.get(id);
          if (this.seenForTerm[id] !== t) {
            this.seenForTerm[id] = t;
            this.termScore[id] = weighted;
            touched.push(id);
            if (!hit) found.set(id, (hit = { id, score: Number.NaN, queryTerms: [], match: {} }));
            hit.queryTerms.push(term);
            hit.match[term] = [this.fields[f]!];
          } else {
            this.termScore[id]! += weighted;
            hit!.match[term]!.push(this.fields[f]!);
          }
        }
      }
      // minisearch sums each term's fields first, then adds the terms in query order
      for (const id of touched) {
        const hit = found.get(id)!;
        hit.score = Number.isNaN(hit.score) ? this.termScore[id]! : hit.score + this.termScore[id]!;
      }
    });
    this.seenForTerm.fill(-1);
    const hits = [...found.values()];
    for (const h of hits) h.score *= h.queryTerms.length || 1;
    return hits.sort((a, b) => b.score - a.score);
  }
}
