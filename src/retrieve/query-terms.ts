// Which of a question's terms the retriever searches on (index.ts), and so which terms its
// indexes must hold postings for (build.ts): a term no question searches on is left out of them.

/** Concepts that say what kind of question it is, not what it is about: they never count as coverage. */
export const FORM_TOKENS = new Set(['@when', '@can', '@how', '@stop', '@resume', '@medins', '@socins', '@cutover', '@insured']);
/** 医保 / 社保: searched on (they tell the two apart) but not counted as what the question is about */
export const DOMAIN_TOKENS = new Set(['@medins', '@socins']);

/**
 * Whether a term of a question is searched on: its form (什么时候, 能不能) is ranked by intent
 * elsewhere, and lone characters (办, 交, 药) match too much to rank on.
 */
export const searchedOn = (t: string): boolean => (!FORM_TOKENS.has(t) || DOMAIN_TOKENS.has(t)) && (t.startsWith('@') || t.length > 1);
