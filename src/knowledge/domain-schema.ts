// The shape of the shared domain vocabulary (`knowledge/_domain/`): the facets a
// business can have, each value with its words (facets.yaml), and the kinds of
// business notices name, as combinations of facet values with their synonyms and
// the ways citizens ask (kinds.yaml). Facet values a kind names are checked
// against facets.yaml by the reader (read-domain.ts), which knows both files.
import { z } from 'zod';
import type { ConceptVocabulary } from '../text/tokenize.ts';

const Word = z.string().trim().min(1, 'a word is not empty');
/** one value or several: `setting: 药店` or `setting: [门诊, 药店]` */
export const FacetValues = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const FacetsFile = z.strictObject({
  /** facet name → value → the words that mean it */
  /** words read whole in every facet, so that no facet word is found inside them (参保人 is not 参保登记) */
  whole_words: z.array(Word).default([]),
  facets: z.record(
    z.string().regex(/^[a-z]+$/, 'facet names are lowercase ascii words'),
    z.record(z.string().min(1), z.array(Word).min(1, 'a facet value needs at least one word')),
  ),
  /** facet stated → facets a question is read with when it states none of them (a question naming where care happens asks about paying for it) */
  implied: z.record(z.string(), z.record(z.string(), FacetValues)).default({}),
});

export const Kind = z.strictObject({
  name: z.string().min(2),
  facets: z.record(z.string(), FacetValues).refine((f) => Object.keys(f).length > 0, 'a kind states at least one facet'),
  synonyms: z.array(Word).default([]),
  questions: z.array(z.string().min(4)).default([]),
});

export const KindsFile = z.strictObject({ kinds: z.array(Kind).default([]) });

const WordList = z.array(Word).min(1, 'a list needs at least one word');
export const WordsFile = z.strictObject({
  in_domain: WordList,
  other_services: WordList,
  policy_figures: WordList,
  complaint: WordList,
  human: WordList,
  /** the columns of a contacts table by the business a citizen names: column → words; a label holds its column's words, a question asks for the columns whose words it holds */
  contact_columns: z.record(z.string().min(1), WordList).default({}),
  /** the card a short question calls a bare 卡 (卡能刷不): the first word is what the bare word is read as */
  own_card: z.array(Word).default([]),
});
export type SharedWords = z.infer<typeof WordsFile>;
/** the plain lists of words.yaml (find, findAll) */
export type WordListName = Exclude<keyof SharedWords, 'contact_columns'>;

/** The concept names the code refers to (as @name): concepts.yaml must define each of them. */
export const CONCEPTS_IN_CODE = [
  'birth',
  'can',
  'cash',
  'change',
  'chronic',
  'claim',
  'cutover',
  'discharge',
  'enrol',
  'filing',
  'how',
  'injury',
  'inpatient',
  'insured',
  'lostcard',
  'medins',
  'move',
  'outpatient',
  'pay',
  'pension',
  'pharmacy',
  'phone',
  'platform',
  'query',
  'remote',
  'remoteinsured',
  'resume',
  'retire',
  'settle',
  'sicard',
  'socins',
  'specialdrug',
  'stop',
  'transfer',
  'unemploy',
  'visit',
  'when',
];

export const ConceptsFile = z
  .strictObject({
    /** concept name → the words that become its token */
    concepts: z.record(z.string().regex(/^[a-z]+$/, 'concept names are lowercase ascii words'), z.array(Word).min(1, 'a concept needs at least one word')),
    /** narrower concept → broader one */
    broader: z.record(z.string(), z.string()).default({}),
    filler: z.array(Word).default([]),
    read_whole: z.array(Word).default([]),
  })
  .superRefine((f, ctx) => {
    for (const name of CONCEPTS_IN_CODE)
      if (!f.concepts[name]) ctx.addIssue({ code: 'custom', path: ['concepts'], message: `concept "${name}" is missing (the code refers to it)` });
    for (const [narrow, broad] of Object.entries(f.broader))
      for (const name of [narrow, broad])
        if (!f.concepts[name]) ctx.addIssue({ code: 'custom', path: ['broader', narrow], message: `unknown concept "${name}"` });
  });

/** What the reader hands on (plain data, sent from the reading child process). */
export interface DomainFacts {
  /** facet → value → words */
  facets: Record<string, Record<string, string[]>>;
  wholeWords: string[];
  /** facet stated → facet → values a question is read with when it does not state that facet */
  implied?: Record<string, Record<string, string[]>>;
  /** the other shared words (words.yaml) */
  words: SharedWords;
  /** the tokenizer's vocabulary (concepts.yaml) */
  concepts: ConceptVocabulary;
  kinds: { name: string; facets: Record<string, string[]>; synonyms: string[]; questions: string[] }[];
}

export const NO_CONCEPTS: ConceptVocabulary = { concepts: {}, broader: {}, filler: [], readWhole: [] };
export const NO_WORDS: SharedWords = { in_domain: [], other_services: [], policy_figures: [], complaint: [], human: [], contact_columns: {}, own_card: [] };

export type FacetValuesFacts = z.infer<typeof FacetValues>;
export { valueList } from './facet-values.ts';
