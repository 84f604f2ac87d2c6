// Whom a notice's instruction is for. Citizens get their own instructions; what hospitals
// and pharmacies must do (各医疗机构于…办理) is shown only to those who ask about it.
import { INSTITUTION_ASKER, INSTITUTION_DUTY } from '../understand/lexicon.ts';

/** The question, as far as choosing lines goes. */
export interface Asked {
  text: string;
  topicTokens: string[];
  /** the knowledge's tokenizer (its lexicon), which read the question */
  tokenize: (text: string) => string[];
}

export const isInstitutionDuty = (instruction: string): boolean => INSTITUTION_DUTY.test(instruction);

/**
 * An institution's duty is shown when the asker is an institution (or asks what one must do),
 * or when the question names something only this instruction speaks of beyond the business
 * itself ("住院的家人今天还能办出院结算吗" needs the hospitals' discharge deadline).
 */
export function showsInstitutionDuty(instruction: string, businessName: string, asked: Asked | undefined): boolean {
  if (!asked) return true;
  return INSTITUTION_ASKER.test(asked.text) || speaksOfAsked(instruction, businessName, asked);
}

/** The instruction names something the question asks about beyond the business itself (出院 of "住院的老人出不了院"). */
export function speaksOfAsked(instruction: string, businessName: string, asked: Asked | undefined): boolean {
  if (!asked) return false;
  const own = conceptsOf(businessName, asked.tokenize);
  const named = conceptsOf(instruction, asked.tokenize);
  return asked.topicTokens.some((t) => t.startsWith('@') && named.has(t) && !own.has(t));
}

/** the concepts each text of the knowledge names, by the tokenizer that read it: once per knowledge load */
const conceptsRead = new WeakMap<Asked['tokenize'], Map<string, Set<string>>>();

/** The concepts a text of the knowledge (an instruction, a business's name) names; only its own texts come here, so they are few. */
export function conceptsOf(text: string, tokenize: Asked['tokenize']): Set<string> {
  let known = conceptsRead.get(tokenize);
  if (!known) conceptsRead.set(tokenize, (known = new Map()));
  let concepts = known.get(text);
  if (!concepts) known.set(text, (concepts = new Set(tokenize(text).filter((t) => t.startsWith('@')))));
  return concepts;
}
