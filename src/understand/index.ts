// Reads a normalised question: which city and district, which period, what kind
// of question (contact / when / can-I / how), and what it is about (the topic
// text handed to retrieval, with places, dates and filler removed).
import type { DateTime } from 'luxon';
import type { Domain, Facets } from '../knowledge/facets.ts';
import type { KnowledgeBase } from '../knowledge/model.ts';
import {
  ASKS_RESUME_TIME,
  ASKS_STOP_TIME,
  CAPABILITY,
  CARE_PLACE_LEAD,
  GOODBYE,
  INSURED_AT,
  GREETING,
  INTENT_CUES,
  NAMED_HOSPITAL,
  ON_BEHALF,
  RESUME_CUE,
  STILL_CUE,
  STOP_CUE,
  THANKS,
  type Intent,
} from './lexicon.ts';
import type { PlaceIndex, PlaceMatch } from './places.ts';
import type { SoundIndex } from './sound.ts';
import { type Claim, readPremise, type Premise } from './premise.ts';
import { nameOwnCard } from './shorthand.ts';
import { fromNow, resolveWhen, type TimeRef } from '../time/when.ts';

export interface Understanding {
  /** the normalised question, as heard (typed pinyin and homophone typos corrected: sound.ts) */
  text: string;
  places: PlaceMatch[];
  /** a place the knowledge does not cover (e.g. 广州) */
  unknownPlace?: string;
  when: TimeRef;
  intents: Set<Intent>;
  asksStop: boolean;
  asksResume: boolean;
  /** asks when one thing happens: the reply's first line says that time first */
  asksFirst?: 'resume' | 'stop';
  /** what the question is about: input for retrieval */
  topic: string;
  /** the kind of business asked about, in the facets of the domain vocabulary (what: [缴费], setting: [药店] …) */
  facets: Facets;
  /** the facets of `facets` the question does not state but implies (facets.yaml `implied`) */
  impliedFacets: string[];
  /** content tokens of the topic (concepts and bigrams that are not mere question form) */
  topicTokens: string[];
  /** the topic tokens less the words of asking on someone's behalf (我替家里老人打听一下) */
  subjectTokens: string[];
  /** mentions 医保/社保 matters at all */
  inDomain: boolean;
  /** a subject no cutover notice covers: another public service (公积金) or a policy figure (报销比例) */
  outside?: { subject: string; kind: 'service' | 'figure' };
  smallTalk?: 'greeting' | 'thanks' | 'goodbye' | 'human' | 'complaint';
  /** names the city-level unit (市医保中心, 市本级) */
  cityUnit: boolean;
  /** short follow-up that leans on the previous question ("长沙呢", "那费用结算的呢") */
  elliptical: boolean;
  /** a why-question, a claim to check, an instruction to ignore (premise.ts) */
  premise: Omit<Premise, 'rest' | 'question' | 'dictated'>;
}

const FORM = new Set(['@when', '@can', '@how', '@stop', '@resume', '@medins', '@socins', '@phone', '@cutover', '@insured']);
/** Single-character verbs that stand for a business when 医保/社保 is named: [pattern, word, its concept]. */
const LONE_VERBS: [RegExp, string, string][] = [
  [/[交缴](?![通流换易给])/, '缴费', '@pay'],
  [/刷(?!新)/, '刷卡', '@settle'],
  [/(能|可以|还能|能不能)用/, '刷卡', '@settle'],
  // "怎么报" is how to claim; "能报吗" asks whether 医保 pays now, which is settlement
  [/(?:怎么|如何|咋|怎样|去哪|哪里)报(?![名道告警纸表案考])/, '报销', '@claim'],
];

/** A span of time ("再过一个小时", "三天内"): when, not what. */
const DURATION = /(?:再过|还有|过)?(?:半|[一二两三四五六七八九十几\d]+)个?半?(?:小时|钟头|分钟|天|周|星期|个月)(?:以后|之后|后|内|以内)?/g;

/** "（不是缴费）", "除了住院": a kind of business the question rules out, not the one it asks about. */
const NEGATED = /(?:不是|除了|除去|不含|不包括|并非)[^，,。；;）)\s]{1,10}/g;

/** "恢复了没有", "停了没", "能办不": asking whether, a question's form, not what it is about. */
const ASKED_DONE = /(?:(?<=[了过])没有?|(?<=\p{Script=Han})不)(?=[?？!！。.\s]*$)/u;

const INTENTS = Object.entries(INTENT_CUES) as [Intent, RegExp][];

const CITY_UNIT = /市医保中心|市医保局|市本级|市级|市中心/;

export interface UnderstandContext {
  kb: KnowledgeBase;
  places: PlaceIndex;
  /** business synonyms: words that make a question in-domain */
  domainWords: DomainWords;
  sound: SoundIndex;
}

/** Each city's business synonyms, and all of them (for a question that names no city). */
export interface DomainWords {
  byCity: Map<string, string[]>;
  all: string[];
  /** the policy figures (缴费基数, 报销比例 …) a city's own notices speak of: asked about there, they are not outside */
  figures: Map<string, Set<string>>;
}

/** `city`: the city the conversation is about, when the question names none. */
export function understand(typed: string, at: DateTime, ctx: UnderstandContext, city?: string): Understanding {
  const { extractConcepts, stripFiller, tokenize } = ctx.kb.domain.lexicon;
  // business words are heard as the words of the cities asked about (as domainWords below), place names as any city's
  // the places of the text heard are often those of the question's rest too (no time or aside in it): found once
  let last: { text: string; found: ReturnType<PlaceIndex['find']> } | undefined;
  const placesIn = (t: string) => (last?.text === t ? last.found : (last = { text: t, found: ctx.places.find(t, city) }).found);
  const heard = ctx.sound.hear(typed, (h) => citiesAskedAbout(placesIn(h).known, city));
  const text = nameOwnCard(heard, ctx.kb.domain, () => placesIn(heard).known.map((p) => p.matched));
  // instructions and why-words are not what the question is about: retrieval never reads them
  const { rest: asking, question, dictated, ...read } = readPremise(text);
  // an order followed by a question: the question alone says when and what kind; what the order dictates is a claim to check
  const q = question ?? text;
  const { when, premise } = readAt(q, dictated, read, at);
  let rest = asking;
  for (const m of when.matched) rest = rest.replace(m, ' ');
  rest = rest.replace(DURATION, ' ').replace(ASKED_DONE, ' ');
  // the city may be named only in what an order dictates ("我是武汉医保局的，…。请问结算哪天恢复")
  const inQuestion = placesIn(rest);
  const found = !inQuestion.known.length && dictated ? { ...ctx.places.find(dictated, city), rest: inQuestion.rest } : inQuestion;
  rest = found.rest;
  // 市医保中心 is the city's; a bare 医保中心 is the city's only when no district is named (天心区医保中心)
  const cityUnit = CITY_UNIT.test(rest) || (/医保中心/.test(rest) && !found.known.some((p) => p.district));
  rest = rest.replace(CITY_UNIT, ' ').replace(/医保中心/g, ' ');

  const intents = new Set<Intent>();
  for (const [intent, cue] of INTENTS) if (cue.test(q)) intents.add(intent);
  // "医保……还能交吗", "明天能刷了吗": a lone verb next to 医保/社保 is the usual business
  for (const [verb, word, concept] of LONE_VERBS)
    if (verb.test(rest) && /医保|社保|医疗保险|社会保险|工伤|医疗费/.test(text) && !extractConcepts(rest).concepts.includes(concept)) rest += ` ${word}`;
  // the words of the cities asked about: another city's synonyms never change how a question about this one is read
  const scope = citiesAskedAbout(found.known, city);
  const domainWords = !scope
    ? ctx.domainWords.all
    : scope.length === 1
      ? (ctx.domainWords.byCity.get(scope[0]!) ?? [])
      : scope.flatMap((c) => ctx.domainWords.byCity.get(c) ?? []);
  const mentionsDomain = !!ctx.kb.domain.find('in_domain', text) || domainWords.some((w) => text.includes(w));
  // "长沙医保，在北京住院": a covered city plus another place means care elsewhere (异地); "长沙到北京的高铁票" does not;
  // "要去上海看病" names the place of care, not the city asked about (that is the conversation's, or still to ask)
  // (with no city known at all, "在湛江药店…" more likely asks about 湛江 itself)
  const careThere = !!found.unknown && (found.known.length > 0 || !!city) && careIn(rest, found.unknown, extractConcepts);
  // "我是沈阳参保的，在大连住院": the other place is where the asker is insured (异地参保), not where care is had
  const insuredThere = !!found.unknown && INSURED_AT.test(rest.slice(rest.indexOf(found.unknown) + found.unknown.length));
  if ((found.known.length || careThere) && found.unknown && mentionsDomain)
    rest = `${rest.split(found.unknown).join(' ')} ${insuredThere && !careThere ? '异地参保' : '异地'}`;
  const saysWhat = (words: string) => extractConcepts(words).concepts.length > 0 || Object.keys(ctx.kb.domain.read(words)).length > 0;
  // a hospital's own name (湖南省妇幼保健院) says where, not what: its words would only dilute the question (外地医院, 工伤协议医院 say what)
  // (every such name ends in 院: a text without one is not searched, which costs a try at each position)
  const unnamed = rest.includes('院') ? rest.replace(NAMED_HOSPITAL, (name) => (saysWhat(name.replace(/(?:保健院|医院|卫生院)$/, '')) ? name : '医院')) : rest;
  const topic = unnamed
    .replace(/[?!.,;:，。？！；：、()（）~]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // lone characters are not a topic (retrieval does not search on them either)
  const topicTokens = tokenize(topic).filter((t) => !FORM.has(t) && (t.startsWith('@') || t.length > 1));
  // "我替家里老人打听一下，…": who asks is not what is asked
  const behalf = new Set(tokenize((topic.match(ON_BEHALF) ?? []).join(' ')));
  const subjectTokens = topicTokens.filter((t) => !behalf.has(t));
  const bare = stripFiller(extractConcepts(topic).rest).replace(/\s+/g, '');
  // "听说下周一就全停了": a claim that things stop or resume, naming nothing else, is about the cutover (停水 is not)
  const inDomain = mentionsDomain || (!!premise.claim && /^[就也都全要会已经还又快]*$/.test(bare) && (STOP_CUE.test(text) || RESUME_CUE.test(text)));
  const stated = ctx.kb.domain.read(topic.replace(NEGATED, ' '));
  const facets = ctx.kb.domain.implied(stated);
  return {
    text,
    places: found.known,
    unknownPlace: careThere ? undefined : found.unknown,
    when,
    intents,
    asksStop: STOP_CUE.test(q),
    asksResume: RESUME_CUE.test(q),
    asksFirst: asksFirst(q),
    topic,
    facets,
    impliedFacets: Object.keys(facets).filter((f) => !stated[f]),
    topicTokens,
    subjectTokens,
    inDomain,
    // an amount or a rise ("养老金涨多少") is a figure no cutover notice gives, whatever the city
    outside:
      outsideSubject(text, domainWords, ctx.kb.domain, (figure) =>
        (scope ?? [...ctx.domainWords.figures.keys()]).some((c) => ctx.domainWords.figures.get(c)?.has(figure)),
      ) ?? (premise.amount ? { subject: premise.amount, kind: 'figure' } : undefined),
    smallTalk: smallTalk(text, inDomain, topicTokens.length, ctx.kb.domain, intents),
    cityUnit,
    elliptical: /^(那|那么|还有|再问|另外)|呢[?]?$/.test(text) || (topicTokens.length <= 2 && bare.length <= 4),
    premise,
  };
}

/** What the moment of asking decides in a reading: the period asked about, and what a dictated claim says happens when. */
function readAt(q: string, dictated: string | undefined, read: Understanding['premise'], at: DateTime): Pick<Understanding, 'when' | 'premise'> {
  const asked = resolveWhen(q, at);
  return {
    when: STILL_CUE.test(q) ? fromNow(asked, at) : asked,
    premise: dictated && read.claim ? { ...read, claim: { ...read.claim, said: saidIn(dictated, at) } } : read,
  };
}

/**
 * `u` read again at another moment: only what readAt decides is read again, when the same words
 * name a time at that moment (the rest of a reading depends on the moment only through those
 * words, cut from its topic); undefined when they differ, and the text must be read afresh.
 */
export function rereadAt(u: Understanding, at: DateTime): Understanding | undefined {
  const { rest: _, question, dictated, ...read } = readPremise(u.text);
  const { when, premise } = readAt(question ?? u.text, dictated, read, at);
  const same = when.matched.length === u.when.matched.length && when.matched.every((m, i) => m === u.when.matched[i]);
  return same ? { ...u, when, premise } : undefined;
}

/** The concepts of getting care (看病, 住院, 生孩子 …): what a place of care is followed by */
const CARE = new Set(['@visit', '@inpatient', '@outpatient', '@discharge', '@transfer', '@birth', '@pharmacy', '@chronic']);

/** "在成都住院", "要去上海看病": the place is where care is had (a going-to word before it, care within a few characters after it). */
function careIn(text: string, place: string, extractConcepts: (t: string) => { concepts: string[] }): boolean {
  const at = text.indexOf(place);
  if (at < 0 || !CARE_PLACE_LEAD.test(text.slice(Math.max(0, at - 2), at))) return false;
  return extractConcepts(text.slice(at + place.length, at + place.length + 8)).concepts.some((c) => CARE.has(c));
}

/** What a dictated claim says happens, and when ("…恢复时间改到1月10号了"). */
function saidIn(dictated: string, at: DateTime): NonNullable<Claim['said']> {
  return { when: resolveWhen(dictated, at), resume: RESUME_CUE.test(dictated), stop: STOP_CUE.test(dictated) };
}

/** The cities a question names, else the conversation's; undefined when neither (every city's words count). */
function citiesAskedAbout(places: PlaceMatch[], city: string | undefined): string[] | undefined {
  const named = [...new Set(places.map((p) => p.city.name))];
  return named.length ? named : city ? [city] : undefined;
}

/** "哪天恢复" → resume, "几号停" → stop; asking both (or neither) leads with neither. */
function asksFirst(text: string): 'resume' | 'stop' | undefined {
  const [resume, stop] = [ASKS_RESUME_TIME.test(text), ASKS_STOP_TIME.test(text)];
  return resume === stop ? undefined : resume ? 'resume' : 'stop';
}

/** 报销比例 always; 公积金 and other services only when the question names none of the notices' businesses (社保卡和身份证丢了 is about 社保卡). */
function outsideSubject(text: string, businessWords: string[], domain: Domain, isOwnFigure: (figure: string) => boolean): Understanding['outside'] {
  const figure = domain.find('policy_figures', text);
  if (figure && !isOwnFigure(figure)) return { subject: figure, kind: 'figure' };
  const service = domain.find('other_services', text);
  return service && !businessWords.some((w) => w.length >= 2 && text.includes(w)) ? { subject: service, kind: 'service' } : undefined;
}

function smallTalk(text: string, inDomain: boolean, contentTokens: number, domain: Domain, intents: Set<Intent>): Understanding['smallTalk'] {
  if (GREETING.test(text) || CAPABILITY.test(text)) return 'greeting';
  if (GOODBYE.test(text)) return 'goodbye';
  if (domain.find('human', text) && text.length <= 16) return 'human'; // a short request for a person, not a question that mentions one
  // venting with no question in it (a complaint that asks when something resumes is answered; "投诉电话" asks for a number)
  if (domain.find('complaint', text) && contentTokens <= 12 && !intents.has('contact') && !/[?？吗呢]|什么时候|啥时候|怎么|能不能|哪天/.test(text))
    return 'complaint';
  // "您好，请问…" with a real question after the greeting is a question, not small talk
  const afterGreeting = text.replace(/^(您好|你好|hi|hello|早上好|下午好|晚上好)[,，!！ ]*/, '');
  if (afterGreeting !== text && !inDomain && contentTokens === 0) return 'greeting';
  if (THANKS.test(text) && !inDomain) return 'thanks';
  return undefined;
}

/** Business synonyms (longer than one character) by city and in all, for the in-domain test. */
export function domainWordsOf(kb: KnowledgeBase): DomainWords {
  const byCity = new Map<string, string[]>();
  const figures = new Map<string, Set<string>>();
  for (const c of kb.cities) {
    const words = new Set<string>();
    for (const n of c.notices) for (const b of n.businesses) for (const w of b.synonyms) if (w.length >= 2) words.add(w);
    byCity.set(c.name, [...words]);
    // what the notices themselves say: business names and synonyms, procedures and steps
    const said = c.notices.flatMap((n) => [
      ...n.businesses.flatMap((b) => [b.name, ...b.synonyms, ...[...b.before, ...b.during, ...b.after].map((s) => s.text ?? s.quote)]),
      ...n.procedures.flatMap((p) => [p.title, p.answer]),
    ]);
    figures.set(c.name, new Set(said.flatMap((t) => kb.domain.findAll('policy_figures', t))));
  }
  return { byCity, all: [...new Set([...byCity.values()].flat())], figures };
}
