// A person's situation asked about during the stop — a birth (怀孕, 产检, 生孩子), a chronic
// illness (慢病, 糖尿病) — is answered by two items of the notice: how the care itself is paid
// for in the setting asked (门诊, 住院: the settlement and its 垫付/补录 steps), and what the
// notice says of that situation (生育就医's 追溯报销, the advice to get medicine in advance).
// The words are data (knowledge/_domain/concepts.yaml `birth`, `chronic`; facets.yaml settings).
import type { DateTime } from 'luxon';
import { facetFit, type Facets } from '../knowledge/facets.ts';
import type { Business } from '../knowledge/model.ts';
import type { Candidate } from './index.ts';
import type { Lexicon } from '../text/tokenize.ts';
import type { Understanding } from '../understand/index.ts';
import { PHASE_CUES } from '../understand/lexicon.ts';

/** The concepts (concepts.yaml) that name a person's situation rather than a business. */
const SITUATIONS = ['@birth', '@chronic'];
/** The facet value of paying for care (facets.yaml `what`). */
const SETTLEMENT = '结算';
/** At most this many items in one reply: the care, the situation's item, and the best match when it is neither. */
const MAX_ITEMS = 3;

/** The items answering a question: `best` alone, unless the question names a situation the notice has an item for. */
export function situationItems(u: Understanding, ranked: Candidate[], best: Candidate, lexicon: Lexicon, at: DateTime): Candidate[] {
  const situations = SITUATIONS.filter((s) => u.topicTokens.includes(s));
  // a question naming a business of another kind by its kind ("…疾病申报现在能办理吗") asks about that business, not about care
  const namesKind = !!u.facets.what && !u.impliedFacets.includes('what');
  if (
    !situations.length ||
    (best.kind === 'business' && namesKind && !paysForCare(best) && facetFit({ what: u.facets.what! }, best.business.facets).agreesOnAll)
  )
    return [best];
  const holds = (c: Candidate, concept: string) => lexicon.extractConcepts(textOf(c)).concepts.includes(concept);
  const items = [best];
  // the care asked (生孩子 is 住院, 产检 门诊): its settlement first, unless the best says how that care is paid for already
  if (u.facets.setting && (!paysForCare(best) || isAdvance(best))) {
    // a settlement business of that setting (its status and steps), else a procedure of one (慢特病's 垫付)
    const { what: _asked, ...care } = u.facets;
    const fits = (b: Business) => !facetFit(care, b.facets).contradicted.length && !forOtherInsurance(b, care);
    const settlement =
      ranked.find((c) => c.kind === 'business' && paysForCare(c) && fits(c.business)) ??
      ranked.find((c) => c.kind === 'procedure' && paysForCare(c) && !isAdvance(c));
    if (settlement && settlement !== best) items.unshift(settlement);
  }
  for (const s of situations) {
    const own = ranked.filter((c) => c.kind === 'procedure' && !items.includes(c) && holds(c, s) && (!isAdvance(c) || stillAhead(c, at)));
    // the notice's item on the situation (生育就医's 追溯报销); where an item speaks of it already, its advice for before the stop
    const pick = items.some((c) => holds(c, s)) ? own.find(isAdvance) : own[0];
    if (pick) items.push(pick);
  }
  // a procedure that a business answered beside it shows as its own step is not shown twice
  return items.filter((c) => !items.some((b) => b !== c && b.kind === 'business' && isStepOf(c, b))).slice(0, MAX_ITEMS);
}

/** The procedure is one of the business's steps (the same sentence of the notice). */
function isStepOf(c: Candidate, b: Candidate & { kind: 'business' }): boolean {
  if (c.kind !== 'procedure') return false;
  const { before, during, after } = b.business;
  return [...before, ...during, ...after].some((step) => step.quote === c.procedure.quote);
}

const textOf = (c: Candidate) => (c.kind === 'business' ? c.business.name : `${c.procedure.title}${c.procedure.answer}`);

/** A business for one insurance (工伤) that the question does not name is not how this person's care is paid for. */
const forOtherInsurance = (b: Business, asked: Facets) => !!b.facets.insurance?.length && !b.facets.insurance.some((v) => asked.insurance?.includes(v));

/** A settlement business, or a procedure of one. */
const paysForCare = (c: Candidate) => !!c.business?.facets.what?.includes(SETTLEMENT);

/** Advice for before the stop ("停机前提前开药"). */
const isAdvance = (c: Candidate) => c.kind === 'procedure' && (c.procedure.phase === 'before' || PHASE_CUES.before.test(c.procedure.title));

/** Its business has not stopped yet at the moment of asking. */
const stillAhead = (c: Candidate, at: DateTime) => !c.business || c.business.windows.some((w) => w.suspend > at);
