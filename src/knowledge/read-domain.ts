// Reads the shared domain vocabulary (`_domain/` in the knowledge directory:
// facets.yaml, kinds.yaml, words.yaml and concepts.yaml; domain-schema.ts) and validates it, naming file,
// field and line of each problem as for the notices. A knowledge directory without
// `_domain/` uses the one this repository ships (knowledge/_domain), so that a
// folder of notices alone still gets the shared vocabulary.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMAIN_FILES, DOMAIN_FOLDER } from './files.ts';
import type { Problem } from './problems.ts';
import { ConceptsFile, FacetsFile, KindsFile, NO_CONCEPTS, NO_WORDS, valueList, WordsFile, type DomainFacts } from './domain-schema.ts';
import { parseYamlFile } from './yaml-file.ts';

export interface ReadDomain {
  domain: DomainFacts;
  problems: Problem[];
  /** the files' text, for the knowledge version */
  raw: string;
}

/** The `_domain` folder this repository ships: found upwards from this file (src/knowledge/ or dist/). */
export function shippedDomainDir(): string | undefined {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join(dir, 'knowledge', DOMAIN_FOLDER);
    if (existsSync(join(candidate, DOMAIN_FILES.facets))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** `knowledgeDir/_domain`, or the shipped one; `shown` turns a path into how messages show it. */
export function readDomain(knowledgeDir: string, shown: (p: string) => string): ReadDomain {
  const own = join(knowledgeDir, DOMAIN_FOLDER);
  const dir = existsSync(own) ? own : shippedDomainDir();
  if (!dir) return { domain: { facets: {}, wholeWords: [], words: NO_WORDS, concepts: NO_CONCEPTS, kinds: [] }, problems: [], raw: '' };
  const problems: Problem[] = [];
  const read = (name: string) => {
    const path = join(dir, name);
    if (!existsSync(path)) {
      problems.push({ file: shown(path), message: `missing (the ${DOMAIN_FOLDER} folder needs ${Object.values(DOMAIN_FILES).join(' and ')})` });
      return undefined;
    }
    const text = readFileSync(path, 'utf8');
    return { text, yaml: parseYamlFile(text, shown(path)) };
  };
  const facetsFile = read(DOMAIN_FILES.facets);
  const kindsFile = read(DOMAIN_FILES.kinds);
  const wordsFile = read(DOMAIN_FILES.words);
  const conceptsFile = read(DOMAIN_FILES.concepts);
  const raw = [facetsFile, kindsFile, wordsFile, conceptsFile].map((f) => f?.text ?? '').join('\0');
  const domain: DomainFacts = { facets: {}, wholeWords: [], words: NO_WORDS, concepts: NO_CONCEPTS, kinds: [] };
  if (facetsFile) {
    problems.push(...facetsFile.yaml.problems);
    const parsed = FacetsFile.safeParse(facetsFile.yaml.data);
    if (parsed.success) {
      const implied = Object.fromEntries(
        Object.entries(parsed.data.implied).map(([when, facets]) => [when, Object.fromEntries(Object.entries(facets).map(([f, v]) => [f, valueList(v)]))]),
      );
      Object.assign(domain, { facets: parsed.data.facets, wholeWords: parsed.data.whole_words, implied });
      for (const [when, facets] of Object.entries(implied)) {
        if (!domain.facets[when]) problems.push(facetsFile.yaml.problem(['implied', when], `unknown facet "${when}"`));
        for (const message of facetMistakes(facets, domain)) problems.push(facetsFile.yaml.problem(['implied', when, message.facet], message.text));
      }
    } else if (!facetsFile.yaml.problems.length)
      problems.push(...parsed.error.issues.map((i) => facetsFile.yaml.problem(i.path as (string | number)[], i.message)));
  }
  if (kindsFile) {
    problems.push(...kindsFile.yaml.problems);
    const parsed = KindsFile.safeParse(kindsFile.yaml.data);
    if (parsed.success) {
      parsed.data.kinds.forEach((kind, i) => {
        const facets = Object.fromEntries(Object.entries(kind.facets).map(([facet, values]) => [facet, valueList(values)]));
        if (Object.keys(domain.facets).length)
          for (const message of facetMistakes(facets, domain)) problems.push(kindsFile.yaml.problem(['kinds', i, 'facets', message.facet], message.text));
        domain.kinds.push({ ...kind, facets });
      });
    } else if (!kindsFile.yaml.problems.length)
      problems.push(...parsed.error.issues.map((i) => kindsFile.yaml.problem(i.path as (string | number)[], i.message)));
  }
  if (wordsFile) {
    problems.push(...wordsFile.yaml.problems);
    const parsed = WordsFile.safeParse(wordsFile.yaml.data);
    if (parsed.success) domain.words = parsed.data;
    else if (!wordsFile.yaml.problems.length)
      problems.push(...parsed.error.issues.map((i) => wordsFile.yaml.problem(i.path as (string | number)[], i.message)));
  }
  if (conceptsFile) {
    problems.push(...conceptsFile.yaml.problems);
    const parsed = ConceptsFile.safeParse(conceptsFile.yaml.data);
    if (parsed.success)
      domain.concepts = { concepts: parsed.data.concepts, broader: parsed.data.broader, filler: parsed.data.filler, readWhole: parsed.data.read_whole };
    else if (!conceptsFile.yaml.problems.length)
      problems.push(...parsed.error.issues.map((i) => conceptsFile.yaml.problem(i.path as (string | number)[], i.message)));
  }
  return { domain, problems, raw };
}

/** Facets or values that facets.yaml does not define (a kind's, or a business's `facets:`). */
export function facetMistakes(facets: Record<string, string[]>, domain: DomainFacts): { facet: string; text: string }[] {
  const out: { facet: string; text: string }[] = [];
  for (const [facet, values] of Object.entries(facets)) {
    const known = domain.facets[facet];
    if (!known) out.push({ facet, text: `unknown facet "${facet}" (facets are: ${Object.keys(domain.facets).join(', ')})` });
    else for (const v of values) if (!(v in known)) out.push({ facet, text: `unknown ${facet} "${v}" (values are: ${Object.keys(known).join(', ')})` });
  }
  return out;
}
