// Orders retrieval candidates for one understood question and judges them:
// the intent decides between procedures and businesses, the asked phase
// between before / during / after items, and a clash of insurance domain or
// audience lowers an item. Also: how sure the best one is, and which are alike.
import { facetFit, type Facets } from '../knowledge/facets.ts';
import type { Business } from '../knowledge/model.ts';
import type { Understanding } from '../understand/index.ts';
import { PHASE_CUES, STILL_CUE } from '../understand/lexicon.ts';
import type { Candidate } from './index.ts';
import { FACET_WEIGHTS, RANK_WEIGHTS as R, THRESHOLDS } from './thresholds.ts';
import type { Lexicon } from '../text/tokenize.ts';

/** "When / can I" rather than "how": the item's time answer is what is asked. */
export function asksTime(u: Understanding): boolean {
  const how = u.intents.has('how') && !u.intents.has('when') && !u.intents.has('status');
  return u.intents.has('when') || u.asksResume || (u.intents.has('status') && !how);
}

/**
 * Procedures win "how" questions, businesses win "when / can I" questions. `lexicon`: the knowledge's, which read the question.
 * The candidates are scored in place: they are a search's, made for this question (no copy of each per question).
 */
export function rank(u: Understanding, found: Candidate[], lexicon: Lexicon): Candidate[] {
  const { extractConcepts } = lexicon;
  const how = u.intents.has('how') && !u.intents.has('when') && !u.intents.has('status');
  const when = asksTime(u);
  // the topic first: the tokenizer has just read it, and the lexicon keeps the last text's concepts
  const asked_ = extractConcepts(u.topic).concepts;
  const asked = domainsOf(u.text, lexicon);
  const asksElsewhere = REMOTE.filter((r) => asked_.includes(r));
  const careElsewhere = asksElsewhere.includes(CARE_ELSEWHERE);
  // "我是本地医保，在本市医院住院": said to be local, and nothing said of elsewhere
  const saysLocal = !asksElsewhere.length && !!u.facets.where?.includes(LOCAL) && !u.facets.where.includes(ELSEWHERE);
  const unasked = saysLocal ? R.elsewhereDenied : R.elsewhereUnasked;
  const phases = (Object.keys(PHASE_CUES) as (keyof typeof PHASE_CUES)[]).filter((p) => PHASE_CUES[p].test(u.text));
  return found
    .map((c): Candidate => {
      const kindBoost = c.kind === 'procedure' ? (how ? R.procedureForHow : 1) : when ? R.businessForWhen : 1;
      // "停机期间…" prefers what applies during the stop, "停机前…" what applies before it
      const phase = c.kind === 'procedure' ? c.procedure.phase : undefined;
      const phaseBoost = !phase || !phases.length ? 1 : phases.includes(phase) ? R.phaseAsked : R.otherPhase;
      // 医保 asked, a 社保-only item found (or the reverse): likely the wrong one
      const { domains: own, elsewhere: audience } = factsOf(c, lexicon);
      const clash = asked.length === 1 && own.length > 0 && !own.includes(asked[0]!);
      // 工伤 items are for people injured at work: a question that does not say 工伤 is rarely about them
      const narrow = own.length === 1 && own[0] === '@injury' && !asked.includes('@injury');
      // an item for care elsewhere or for people insured elsewhere fits only a question that says which
      const fit = !audience.length ? 1 : !asksElsewhere.length ? unasked : audience.some((x) => asksElsewhere.includes(x)) ? 1 : R.otherElsewhere;
      // care elsewhere asked (在成都住院): local settlement and local steps are not the asker's
      const here = careElsewhere && !audience.includes(CARE_ELSEWHERE) && !forElsewhere(c) ? R.hereForElsewhere : 1;
      // the kind of business: 缴费核定 is not 缴费, 刷卡购药 not 住院, 本地 not 异地
      const kind = c.kind === 'business' ? kindFit(u.facets, c.business.facets, u.impliedFacets) : 1;
      // an item that holds only part of what was asked ranks below one that holds all of it
      c.score = c.score * c.coverage * kindBoost * phaseBoost * (clash ? R.domainClash : 1) * (narrow ? R.injuryUnasked : 1) * fit * kind * here;
      return c;
    })
    .sort((a, b) => b.score - a.score);
}

/** How much a business's facets move it: each facet it contradicts lowers it (`what` most), agreeing on every facet asked raises it. */
function kindFit(asked: Facets, own: Facets, implied: string[]): number {
  const { contradicted, agreesOnAll } = facetFit(asked, own);
  if (contradicted.length) return contradicted.reduce((f, facet) => f * (FACET_WEIGHTS.contradicts[facet] ?? FACET_WEIGHTS.contradicts.other), 1);
  // a facet the question states and the business says nothing of: 住院 asked, a business of care elsewhere (any setting) found
  // (a business of care elsewhere, asked of care elsewhere, serves any setting)
  const anySetting = !!asked.where?.includes(ELSEWHERE) && !!own.where?.includes(ELSEWHERE);
  const unstated = Object.keys(asked).filter((f) => !own[f] && !implied.includes(f) && f in FACET_WEIGHTS.unstated && !(anySetting && f === 'setting'));
  if (unstated.length) return unstated.reduce((f, facet) => f * FACET_WEIGHTS.unstated[facet]!, 1);
  // agreeing on where or which insurance alone says little: the kind is what it does (stated, not implied by a setting)
  return agreesOnAll && asked.what && !implied.includes('what') ? FACET_WEIGHTS.agrees : 1;
}

/** An item's insurance domains and "elsewhere" audience: constants, worked out once per item. */
const itemFacts = new WeakMap<object, { domains: string[]; elsewhere: string[] }>();

function factsOf(c: Candidate, lexicon: Lexicon): { domains: string[]; elsewhere: string[] } {
  const item = c.kind === 'business' ? c.business : c.procedure;
  let facts = itemFacts.get(item);
  if (!facts) {
    const domainText = c.kind === 'business' ? `${c.business.domain}${c.business.name}` : `${c.business?.domain ?? ''}${c.procedure.title}`;
    // who it is for: a business's declared audience; a procedure's title names it too
    const audience = c.kind === 'business' ? (c.business.audience ?? '') : `${c.procedure.title}${c.procedure.audience ?? ''}`;
    const elsewhere = lexicon.extractConcepts(audience).concepts.filter((x) => REMOTE.includes(x));
    // a business of care elsewhere only (where: 异地, not 本地, and no setting of its own: 异地就医备案, not
    // "门诊、住院及异地住院结算") is for people who say so, whatever its audience says
    const own = c.kind === 'business' ? c.business.facets : {};
    if (!elsewhere.length && own.where?.length && own.where.every((w) => w === ELSEWHERE) && !own.setting) elsewhere.push(...REMOTE);
    facts = { domains: domainsOf(domainText, lexicon), elsewhere };
    itemFacts.set(item, facts);
  }
  return facts;
}

/** 异地就医 (care elsewhere) and 异地参保人 (insured elsewhere) */
const REMOTE = ['@remote', '@remoteinsured'];
const CARE_ELSEWHERE = '@remote';

/** A business of care elsewhere (where: 异地), or a step of one. */
const forElsewhere = (c: Candidate) => !!c.business?.facets.where?.includes(ELSEWHERE);
/** the `where` facet values of care elsewhere and here (facets.yaml) */
const ELSEWHERE = '异地';
const LOCAL = '本地';

const DOMAIN_CONCEPTS = new Set(['@medins', '@socins', '@injury']);

/** Which of 医保 / 社保 / 工伤 a text is about. */
function domainsOf(text: string, lexicon: Lexicon): string[] {
  return lexicon.extractConcepts(text).concepts.filter((c) => DOMAIN_CONCEPTS.has(c));
}

export function confident(c: Candidate): boolean {
  return c.coverage >= THRESHOLDS.confidentCoverage || c.matched >= THRESHOLDS.confidentMatches;
}

/** Nothing matched well enough to offer: too little of the question, in too few of its tokens. */
export function tooWeakToSuggest(c: Candidate): boolean {
  return c.coverage < THRESHOLDS.suggestCoverage && c.matched < THRESHOLDS.suggestMatches;
}

/**
 * A city whose best match holds much less of the question than the best city's does not have it,
 * unless it holds every concept asked (养老金 in "停机期间养老金还发吗": 期间 is how the question is put, not what it asks).
 */
export function closeToFullest(fits: Candidate[], u: Understanding): Candidate[] {
  const fullest = Math.max(0, ...fits.map((c) => c.coverage));
  const concepts = u.subjectTokens.filter((t) => t.startsWith('@') && !FORM_CONCEPTS.has(t));
  const holdsEveryConcept = (c: Candidate) => concepts.length > 0 && concepts.every((t) => c.terms.includes(t));
  return fits.filter((c) => c.coverage >= fullest - THRESHOLDS.cityCoverageGap || holdsEveryConcept(c));
}

/** Concepts of the question's form (医保, 社保 name the domain, not the subject) */
const FORM_CONCEPTS = new Set(['@medins', '@socins']);

/** The business a candidate is about (a procedure's linked business, if any). */
export const topBusiness = (c: Candidate): Business | undefined => c.business;

/** Candidates whose suspension windows are the same give the same time answer. */
export function sameWindows(a: Candidate, b: Candidate): boolean {
  const wa = a.business;
  const wb = b.business;
  if (!wa || !wb) return false;
  return timesKey(wa) === timesKey(wb) && !!wa.windows.length;
}

/** each business's windows' moments and modes as one string, made once per knowledge load */
const timesKeys = new WeakMap<Business, string>();
function timesKey(b: Business): string {
  let key = timesKeys.get(b);
  if (key === undefined) timesKeys.set(b, (key = b.windows.map((w) => `${w.suspend.toMillis()}-${w.resume?.toMillis()}-${w.resumeMode}`).join('|')));
  return key;
}

const topicOf = (c: Candidate) => (c.kind === 'business' ? c.business.id : c.business?.id);
export const sameTopic = (a: Candidate, b: Candidate) => topicOf(a) !== undefined && topicOf(a) === topicOf(b);
/** each item's key, made once per knowledge load */
const itemKeys = new WeakMap<object, string>();
function keyOf(c: Candidate): string {
  const item = c.kind === 'business' ? c.business : c.procedure;
  let key = itemKeys.get(item);
  if (key === undefined)
    itemKeys.set(item, (key = c.kind === 'business' ? `b:${c.business.noticeId}:${c.business.id}` : `p:${c.procedure.noticeId}:${c.procedure.id}`));
  return key;
}

export function distinct(list: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const key = keyOf(c);
    return !seen.has(key) && !!seen.add(key);
  });
}

/**
 * The question's subject is simply not in the city's notices, as opposed to ambiguous
 * between items: the best match holds at most one of the question's content terms, and
 * at least half of them (two or more) are words no item of the city uses at all
 * ("医保卡要不要换新的": 要换, 换新 appear nowhere; "参保" appears in several items).
 * A question of when, whether or how that matched well keeps its answer: its other
 * words are usually just how people talk ("还来得及", "跟着一起").
 */
export function subjectAbsent(u: Understanding, best: Candidate, unused: string[]): boolean {
  const asksUsual = u.asksStop || u.asksResume || u.intents.size > 0 || STILL_CUE.test(u.text);
  if (confident(best) && asksUsual) return false;
  // the question names a kind of business (养老金: what 待遇发放) and the best match is of that kind: it is there
  if (best.kind === 'business' && Object.keys(u.facets).length && facetFit(u.facets, best.business.facets).agreesOnAll) return false;
  return best.matched <= 1 && unused.length >= 2 && unused.length * 2 >= u.subjectTokens.length;
}
