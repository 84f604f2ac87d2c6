// The retriever writes its indexes in minisearch's serialized form instead of adding each
// document (src/retrieve/build.ts): the index must be the very one `addAll` builds, or
// scores and the order of equal hits could move.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { tempKnowledgeDir, writeSyntheticKnowledge } from '../../bench/synthetic.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { KnowledgeBase } from '../../src/knowledge/model.ts';
import { type AlikeTerms, CITIES_PER_INDEX, documentsOf, indexByAdding, indexOf, memoTokenizer } from '../../src/retrieve/build.ts';
import { docTerms } from '../../src/retrieve/city-scores.ts';
import { searchedOn } from '../../src/retrieve/query-terms.ts';

/** Each group's index both ways, serialized (terms in tree order, counts, lengths, averages). */
function bothWays(kb: KnowledgeBase): { written: string; added: string }[] {
  const tokenize = memoTokenizer(kb.domain.lexicon.tokenizeText);
  const out: { written: string; added: string }[] = [];
  for (let i = 0; i < kb.cities.length; i += CITIES_PER_INDEX) {
    const docs = documentsOf(kb.cities.slice(i, i + CITIES_PER_INDEX), tokenize, kb.domain);
    out.push({ written: JSON.stringify(indexOf(docs.counts)), added: JSON.stringify(indexByAdding(docs.fields)) });
  }
  return out;
}

describe('the retriever’s index, written whole', () => {
  const dir = tempKnowledgeDir();
  const alikeDir = tempKnowledgeDir();
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(alikeDir, { recursive: true, force: true });
  });

  it('keeps one set of figures for the documents that have the same, across the groups of a build', () => {
    writeSyntheticKnowledge(alikeDir, { cities: CITIES_PER_INDEX + 4 });
    const kb = loadKnowledge(alikeDir);
    const tokenize = memoTokenizer(kb.domain.lexicon.tokenizeText);
    const alike: AlikeTerms = new Map();
    const [first, second] = [0, CITIES_PER_INDEX].map((i) => documentsOf(kb.cities.slice(i, i + CITIES_PER_INDEX), tokenize, kb.domain, alike));
    const entries = [...first!.entries, ...second!.entries];
    const counts = [...first!.counts, ...second!.counts];
    // each document's figures are its own terms' …
    entries.forEach((e, i) => expect(e.terms).toEqual(docTerms(counts[i]!)));
    // … held once for every document that has the same, in one group and across groups
    expect(new Set(entries.map((e) => e.terms)).size).toBeLessThan(entries.length / 2);
    expect(second!.entries.some((e) => first!.entries.some((f) => f.terms === e.terms))).toBe(true);
  });

  it('is the index minisearch builds document by document, on the seed knowledge', () => {
    const [group] = bothWays(loadKnowledge('knowledge'));
    expect(group!.written).toBe(group!.added);
  });

  it('is the same on many cities sharing facets, in more than one group', () => {
    writeSyntheticKnowledge(dir, { cities: CITIES_PER_INDEX + 4 });
    const groups = bothWays(loadKnowledge(dir));
    expect(groups).toHaveLength(2);
    for (const g of groups) expect(g.written).toBe(g.added);
  });

  it('holds no postings of the terms no question is searched on, and every other term’s as addAll builds them', () => {
    const kb = loadKnowledge('knowledge');
    const docs = documentsOf(kb.cities.slice(0, CITIES_PER_INDEX), memoTokenizer(kb.domain.lexicon.tokenizeText), kb.domain);
    type Serialized = { index: [string, unknown][] } & Record<string, unknown>;
    const byTerm = (index: [string, unknown][]) => [...index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const added = JSON.parse(JSON.stringify(indexByAdding(docs.fields))) as Serialized;
    const written = JSON.parse(JSON.stringify(indexOf(docs.counts, searchedOn))) as Serialized;
    const searched = added.index.filter(([term]) => searchedOn(term));
    // lone characters (办, 交) and form concepts (@when) were there, and are left out
    expect(added.index.some(([term]) => term === '@when')).toBe(true);
    expect(searched.length).toBeLessThan(added.index.length);
    expect({ ...written, index: byTerm(written.index) }).toEqual({ ...added, index: byTerm(searched) });
  });
});
