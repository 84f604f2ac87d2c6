// Guidance (办理指南, 注意事项, 停机前/期间/上线后怎么办) → procedures with their quotes, and the
// same paragraphs as steps of the business they are about. Deadlines ("…17:00前办理") become
// `before` steps with their moment; reminders ("请…提前备药") `before` steps without one.
import type { Domain } from '../knowledge/facets.ts';
import { type Blocks, isListItem, type Sentence, splitClauses, splitSentences } from './blocks.ts';
import { askedAbout } from './asked.ts';
import { bestFit, fit, namedIn } from './classify.ts';
import { isSignature } from './header.ts';
import type { DraftBusiness, DraftProcedure, DraftStep, Phase } from './model.ts';
import { momentsIn } from './moments.ts';
import { AFTER_DO, ANY_PLACE, GUIDANCE_HEADING, GUIDE_TOPICS, NOT_GUIDANCE_HEADING, RESUME_LABEL, STEP_DO, STOP_LABEL } from './words.ts';

/** how a news article hands over to its source ("记者了解到，", "该负责人表示，“"): no title */
const REPORTED = /^(记者[^，。]{0,12}(了解到|获悉)|据(悉|了解|介绍)|[^，。]{0,12}(表示|介绍|提醒|指出|强调))[，,：:]?\s*[“"]?/;

/** the closing lines of a notice, which guide nobody (they go to general_advice) */
export const COURTESY = /^(附件|特此|此复)|敬请.{0,20}谅解|带来的.{0,6}不便|以上|附表/;

const NUMBER = /^(\d+[.、．]\s*|[（(][一二三四五六七八九十\d]+[）)]\s*|[一二三四五六七八九十]+、|(问[一二三四五六七八九十\d]{0,3}|答|Q\d{0,2}|A)[：:、.．]\s*)/;

const PHASES: [Phase, RegExp][] = [
  ['before', /停机前(?!已)|之前|提前|前工作|准备/], // "停机前已入院、停机期间出院的": a state before, advice for during
  ['after', /上线后|恢复后|补办|补发|追溯|延办|恢复办理后/],
  ['during', /期间|停机时|暂停服务/],
];

/** The phase the words name first (停机期间…，恢复后… is about the time during). */
export function phaseOf(words: string): Phase | undefined {
  const found = PHASES.map(([phase, re]) => ({ phase, at: re.exec(words)?.index ?? Infinity })).sort((a, b) => a.at - b.at)[0]!;
  return found.at < Infinity ? found.phase : undefined;
}

/** Advice in prose (a news article has no guidance headings): what to do during or after, without a stop moment of its own. */
const ADVICE = /(停机|暂停|切换)(期间|前)|恢复后|上线后/;
const ADVICE_DO = /垫付|现金|补办|补结算|补缴|报销|备足|备药|开药|开具|押金|提交材料|顺延|出院|起付线|长期处方|清零|补录/;
const isAdvice = (text: string) => ADVICE.test(text) && ADVICE_DO.test(text) && !/\d{1,2}[日号][^，。]{0,12}起/.test(text);

/** an ordered list's number ("1. ", "2、") */
const LIST_NUMBER = /^\d{1,2}[.、．)]\s*/;

/** the label of a numbered item ("医保结算业务。"): a few words, no clause */
const ITEM_LABEL = /^[^，,；;：:]{2,16}[。：:]?$/;

/** a heading that asks what people ask ("问二：…要交两次吗？"): the paragraphs under it answer it */
const ASKS = /[？?]$/;

/** `titles`: the notice's title and a page's headline above it ("…这些业务暂停办理→"), which head everything and guide nobody */
const isGuidance = (headings: string[], titles: string[]) =>
  headings.length > 0 &&
  !NOT_GUIDANCE_HEADING.test(headings[headings.length - 1]!) &&
  headings.some((h) => !titles.includes(h) && (GUIDANCE_HEADING.test(h) || ASKS.test(h)));

/**
 * `dated`: the sentences read as stops and resumptions (a 恢复安排 section's "12月1日8:00起恢复…"
 * is a window's quote, never a step of what to do).
 */
export function readGuidance(domain: Domain, blocks: Blocks, businesses: DraftBusiness[], noticeTitle: string, dated: Set<string>): DraftProcedure[] {
  const procedures: DraftProcedure[] = [];
  const headline = blocks.headings[0]?.level === 1 ? blocks.headings[0].text : undefined;
  const titles = headline ? [noticeTitle, headline] : [noticeTitle];
  const onlyResumes = (text: string) => !STEP_DO.test(text) && splitSentences(text).every((x) => dated.has(x));
  // "2. 结算业务。自…起，暂停门诊…报销": a numbered item that states a stop or a resumption, under its label, says what stops, not what to do
  const statesWindow = (text: string) => {
    const sentences = splitSentences(text);
    return NUMBER.test(text) && sentences.some((x) => dated.has(x)) && sentences.every((x) => dated.has(x) || ITEM_LABEL.test(x.replace(NUMBER, '')));
  };
  // advice in prose that gives several pieces of advice: each is found on its own (出院 before, 备药 …)
  const units = blocks.paragraphs.flatMap((p) => {
    if (isGuidance(p.headings, titles) || !isAdvice(p.text)) return [p];
    const pieces = splitSentences(p.text).filter((x) => ADVICE_DO.test(x));
    return pieces.length >= 2 ? pieces.map((text) => ({ text, headings: p.headings })) : [p];
  });
  const eligible = units.filter(
    (p) =>
      (isGuidance(p.headings, titles) || isAdvice(p.text) || (ADVICE_DO.test(p.text) && !blocks.paragraphs.includes(p as never))) &&
      !onlyResumes(p.text) &&
      !statesWindow(p.text) &&
      !STOP_LABEL.test(p.text) &&
      !RESUME_LABEL.test(p.text) &&
      p.text.length >= 8 &&
      !COURTESY.test(p.text) &&
      !isSignature(p.text) &&
      !isPhoneLine(p.text),
  );
  const grouped = listsUnderQuestions(eligible, blocks.paragraphs);
  const byHeading = new Map<string, number>();
  for (const p of grouped) byHeading.set(p.headings.join('\u0001'), (byHeading.get(p.headings.join('\u0001')) ?? 0) + 1);
  for (const p of grouped) {
    const heading = (p.headings[p.headings.length - 1] ?? '').replace(NUMBER, '');
    const body = p.text.replace(NUMBER, '');
    const alone = byHeading.get(p.headings.join('\u0001')) === 1 && isGuidance(p.headings, titles); // advice in prose is titled by its own words
    const firstClause = shortClause(body.replace(REPORTED, ''));
    const title = alone && heading.length >= 2 ? heading : isGuidance(p.headings, titles) ? `${heading}：${firstClause}` : firstClause;
    const phase = (isGuidance(p.headings, titles) ? phaseOf(p.headings.join(' ')) : undefined) ?? phaseOf(body);
    const candidates = businesses.filter((b) => b.windows.length || b.unaffected);
    const fitted = tiedTo(domain, isGuidance(p.headings, titles) ? heading : '', body, candidates);
    const question = /[？?]$/.test(title) ? title : `${alone ? heading : firstClause}怎么办`;
    procedures.push({
      id: `guide-${procedures.length + 1}`,
      business: fitted.business?.id,
      title,
      phase,
      questions: [...new Set([question, /[？?]$/.test(heading) ? heading : `${heading}怎么办`, ...topicsOf(body), ...askedAbout(body)])].filter(
        (q) => q.length >= 2,
      ),
      answer: p.items ? p.items.map((x) => x.replace(NUMBER, '')).join('\n') : body,
      quote: p.quote ?? p.text,
      doubt: fitted.business ? (fitted.sure ? undefined : `归到「${fitted.business.name}」不确定`) : '未找到它所说的业务',
    });
    // a long paragraph is too long for a step: its sentences that say what to do are steps of their own
    // a list under a question: each item is a step of the business the question is about
    const parts = p.items ?? (p.text.length < 300 ? [p.text] : splitSentences(p.text).filter((x) => STEP_DO.test(x)));
    for (const quote of parts) {
      const step = { text: stepText(quote), quote };
      const at = (p.items ? ((isGuidance(p.headings, titles) ? phaseOf(p.headings.join(' ')) : undefined) ?? phaseOf(quote)) : phase) ?? 'during';
      const phases: Phase[] = at === 'during' && AFTER_DO.test(quote) ? ['during', 'after'] : [at];
      const owners =
        p.items || quote === p.text ? [fitted.business, ...concerned(domain, p.items ? quote : body, candidates)] : concerned(domain, quote, candidates);
      for (const b of owners) for (const ph of phases) if (b && !b[ph].some((s) => s.quote === quote)) b[ph].push(step);
    }
  }
  return procedures;
}

interface Unit {
  text: string;
  headings: string[];
  line?: string;
  /** the items of a list read as one answer, each a step */
  items?: string[];
  /** the list's lines as the notice has them */
  quote?: string;
}

/** The items of a list under a question heading ("- 先出院后结算…", "2. …") answer it together: one unit, its lines next to each other. */
function listsUnderQuestions(units: Unit[], paragraphs: Unit[]): Unit[] {
  const out: Unit[] = [];
  let lastAt = -2;
  for (const u of units) {
    const last = out[out.length - 1];
    const at = paragraphs.indexOf(u);
    const listed = at >= 0 && (isListItem(u.line ?? '') || LIST_NUMBER.test(u.text)) && ASKS.test(u.headings[u.headings.length - 1] ?? '');
    if (listed && last?.items && at === lastAt + 1 && last.headings.join('\u0001') === u.headings.join('\u0001')) {
      last.items.push(u.text);
      last.text += u.text;
      last.quote += `\n${u.line ?? u.text}`;
    } else out.push(listed ? { ...u, items: [u.text], quote: u.line ?? u.text } : u);
    lastAt = at;
  }
  return out;
}

/** The topics a paragraph is about (GUIDE_TOPICS), the longest of overlapping ones. */
export function topicsOf(text: string): string[] {
  const found = GUIDE_TOPICS.filter((t) => text.includes(t));
  return found.filter((t) => !found.some((o) => o !== t && o.includes(t)));
}

/** A procedure's business: the one its heading names surely ("（一）住院结算"), else the one its words fit best. */
function tiedTo(domain: Domain, heading: string, body: string, candidates: DraftBusiness[]) {
  const byHeading = heading ? bestFit(domain, heading, candidates) : { sure: false };
  const score = (b: DraftBusiness) => fit(domain, heading, b) + (heading.includes(b.name) ? 3 : 0);
  const top = byHeading.business && score(byHeading.business);
  if (top && candidates.filter((b) => score(b) === top).length === 1) return { business: byHeading.business, sure: true };
  const text = body.replace(ANY_PLACE, '');
  const byBody = bestFit(domain, text, candidates);
  if (byBody.business && !byBody.sure) {
    // businesses that fit it alike: the one whose name shares the most words with it (医保待遇 → 待遇类经办业务)
    const top = fit(domain, text, byBody.business) + (namedIn(text, byBody.business) ? 3 : 0);
    const tied = candidates.filter((b) => fit(domain, text, b) + (namedIn(text, b) ? 3 : 0) === top);
    const shared = (b: DraftBusiness) => pairsOf(b.name.replace(/（[^）]*）/g, '')).filter((w) => text.includes(w)).length;
    const best = tied.filter((b) => shared(b) === Math.max(...tied.map(shared)));
    if (best.length === 1 && best[0] !== byBody.business) return { business: best[0], sure: false };
  }
  if (byBody.business) return byBody;
  const byAll = bestFit(domain, withMedicine(body), candidates);
  return byAll.business ? byAll : byHeading;
}

/** the two-character words of a name ("待遇类" → 待遇, 遇类) */
const pairsOf = (name: string) => [...new Set([...name].slice(1).map((c, i) => name[i] + c))].filter((w) => !/[、，\s]/.test(w));

/** a prescription or a stock of medicine ("开具不超过12周的长处方") is had at a clinic or a pharmacy, whether or not the words say so */
const withMedicine = (text: string) => (/处方|备药|配药|开药|取药/.test(text) ? `${text} 门诊 药店` : text);

/** "出院的先行垫付，恢复后补录结算": a what-to-do paragraph is also a step of every business of the setting it names
 * (住院, 门诊, 药店), read without the words that name any place of care (医院, 医疗机构). */
function concerned(domain: Domain, body: string, candidates: DraftBusiness[]): DraftBusiness[] {
  if (!STEP_DO.test(body)) return [];
  const settings = domain.read(withMedicine(body).replace(ANY_PLACE, '')).setting ?? [];
  const where = domain.read(body).where ?? [];
  return candidates.filter(
    (b) => b.windows.length && b.facets.setting?.some((s) => settings.includes(s)) && (b.facets.where ?? []).every((w) => where.includes(w)),
  );
}

/** "全市医疗保障服务电话（区号027）：87812393": a contact, not guidance */
const isPhoneLine = (text: string) =>
  text.length <= 80 && (/电话|热线/.test(text) || /^[^，。；：:\d]{2,30}[：:]\s*[\d-]{7,}/.test(text)) && /\d{5,}/.test(text) && !/请|可|办理/.test(text);

/** The first clause of a text, whole brackets kept, cut before a bracket rather than inside one. */
function shortClause(text: string): string {
  const clause = splitClauses(text.split(/[。；：]/)[0]!)[0] ?? text;
  if (clause.length <= 30) return clause;
  const open = clause.lastIndexOf('（', 30);
  return clause.slice(0, open > 6 ? open : 30);
}

/** A step's words: its quote without the list number ("2.各医疗机构…" → "各医疗机构…"). */
export const stepText = (quote: string) => (NUMBER.test(quote) ? quote.replace(NUMBER, '').replace(/[。；]$/, '') : undefined);

/** what tells people they lose nothing (不需重新申请, 不受影响): a moment in it is no deadline */
const REASSURES = /不需|无需|不用|不必|不受影响|不会/;

/** Deadlines and reminders anywhere in the text: `before` steps of the business they are about. */
export function readDeadlines(domain: Domain, sentences: Sentence[], businesses: DraftBusiness[], reference: string | undefined): DraftStep[] {
  const general: DraftStep[] = [];
  for (const s of sentences) {
    const moment = momentsIn(s.text, reference).find(
      (m) => /^[^，。；]{0,40}?(前|之前|以前)/.test(s.text.slice(m.index + m.words.length)) || /截至|截止/.test(s.text),
    );
    const reminder = /(请|建议).{0,30}(提前|及时|尽早|停机前|之前)/.test(s.text);
    if (/(如有疑问|咨询|请.{0,6}关注)/.test(s.text) && !moment) {
      if (!general.some((x) => x.quote === s.text)) general.push({ quote: s.text });
      continue;
    }
    if (!moment && !reminder) continue;
    if (moment && !/(请|应|须|需|务必|办理|缴纳|及时|建议)/.test(s.text)) continue;
    // "6月9日17:00前已提交的材料不需重新申请": no deadline but a reassurance, about what stops at that moment
    const stopped = moment && REASSURES.test(s.text) ? businesses.filter((b) => b.windows.some((w) => w.suspend === moment.at)) : [];
    for (const b of stopped) {
      const phase = phaseOf(s.text) === 'after' ? 'after' : 'during';
      if (!b[phase].some((x) => x.quote === s.text)) b[phase].push({ text: stepText(s.text), quote: s.text });
    }
    if (stopped.length) continue;
    const step: DraftStep = { text: stepText(s.text), at: moment?.at, quote: s.text, doubt: moment?.doubt };
    const fitted = bestFit(
      domain,
      s.text,
      businesses.filter((b) => b.windows.length),
    );
    // "系统恢复后…请于7月31日前回医院补结算": what is done once the business is back, by a deadline after it resumes
    const b = fitted.business;
    const after =
      phaseOf(s.text) === 'after' || AFTER_DO.test(s.text) || (!!moment && !!b?.windows.length && b.windows.every((w) => w.resume && moment.at > w.resume));
    if (b) {
      const steps = b[after ? 'after' : 'before'];
      if (!steps.some((x) => x.quote === s.text))
        steps.push(fitted.sure ? step : { ...step, doubt: [step.doubt, `归到「${b.name}」不确定`].filter(Boolean).join('；') });
    }
    // a deadline after the resumption belongs to no window: asked "最晚哪天", the notice's general deadlines answer it
    if ((!b || (after && moment)) && !general.some((x) => x.quote === s.text)) general.push(step);
  }
  return general;
}
