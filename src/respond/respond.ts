// Chooses and composes the reply for an understood question: small talk, a
// fallback, contacts, one business's status, a procedure, a city's timetable,
// one line per city, or a clarifying question — and which band it falls in.
import type { DateTime } from 'luxon';
import { asksEachColumnNumber } from '../answer/contact-columns.ts';
import { contactReplyLines } from '../answer/contacts.ts';
import { shortName } from '../answer/format.ts';
import { askCityLines } from '../answer/replies/cities.ts';
import { clarifyLines, goodbyeLines, thanksLines } from '../answer/replies/fixed.ts';
import { complaintLines, humanLines, notFoundLines, outsideLines } from '../answer/replies/hotlines.ts';
import { askedDeadline, deadlineLines } from '../answer/replies/deadlines.ts';
import { claimLines } from '../answer/replies/claims.ts';
import { procedureLines } from '../answer/replies/procedure.ts';
import { overviewLines } from '../answer/replies/timetable.ts';
import { citeWindow } from '../answer/notes.ts';
import { businessClaimLines, claimLine, instructionLines, notCoveredLines, reasonLines } from '../answer/replies/premise.ts';
import { SourceList } from '../answer/sources.ts';
import * as W from '../answer/wording/index.ts';
import { statusLines, verdict } from '../answer/status.ts';
import type { City, KnowledgeBase } from '../knowledge/model.ts';
import type { Candidate, Retriever } from '../retrieve/index.ts';
import { closeToFullest, confident, distinct, rank, sameTopic, sameWindows, subjectAbsent, tooWeakToSuggest, topBusiness } from '../retrieve/rank.ts';
import { settle, type Settled } from '../retrieve/settle.ts';
import { SEARCH_LIMITS, THRESHOLDS } from '../retrieve/thresholds.ts';
import { numbered } from '../contract/reply-text.ts';
import type { Understanding } from '../understand/index.ts';
import { fallback, finish, greeting, plain, type Composed } from './composed.ts';
import { situationItems } from '../retrieve/situation.ts';

export { greeting, nothingToPick, type Composed } from './composed.ts';

const { maxCityAnswers: MAX_CITY_ANSWERS, candidatesPerCity: CANDIDATES_PER_CITY, citiesPerSearch: CITIES_PER_SEARCH } = SEARCH_LIMITS;

interface Ctx {
  kb: KnowledgeBase;
  retriever: Retriever;
  at: DateTime;
  /** cities to answer for: named, implied by a district, carried from the conversation, or forced by the caller */
  cities: City[];
}

export function respond(u: Understanding, ctx: Ctx): Composed {
  const { kb } = ctx;
  if (u.smallTalk === 'greeting') return greeting(kb);
  if (u.smallTalk === 'thanks') return plain(thanksLines());
  if (u.smallTalk === 'goodbye') return plain(goodbyeLines());
  if (u.smallTalk === 'human' || u.smallTalk === 'complaint') {
    const sources = new SourceList();
    const lines = u.smallTalk === 'human' ? humanLines(kb, sources) : complaintLines(kb, sources);
    return finish({ lines, band: 'answer', city: null }, sources, { withContact: false });
  }
  const premise = premiseReply(u, ctx);
  if (premise) return premise;
  if (u.unknownPlace && !ctx.cities.length) return fallback(kb, 'unknown-place', u.unknownPlace);
  if (u.outside) {
    const sources = new SourceList();
    const city = ctx.cities.length === 1 ? ctx.cities[0]! : null;
    return finish({ lines: outsideLines(u.outside, ctx.cities.length ? ctx.cities : kb.cities, sources), band: 'fallback', city }, sources, {
      withContact: false,
    });
  }
  if (!u.inDomain && !ctx.cities.length) return fallback(kb, 'off-topic');
  if (u.intents.has('contact') || asksEachColumnNumber(u.text, u.topic, kb.domain.columns)) return contacts(u, ctx);
  if (ctx.cities.length === 1) return forCity(u, ctx, ctx.cities[0]!);
  return severalCities(u, ctx, ctx.cities.length ? ctx.cities : kb.cities, ctx.cities.length > 1);
}

/**
 * A message that only instructs the bot (declined), "why" asked of the stop itself (the notice's
 * reason), or a claim about the stop (checked, then the facts); one about a business goes on.
 */
function premiseReply(u: Understanding, ctx: Ctx): Composed | undefined {
  const { premise } = u;
  if (premise.instruction && !u.inDomain) return { ...plain(instructionLines(ctx.kb)), band: 'fallback' };
  const cities = ctx.cities.length ? ctx.cities : ctx.kb.cities;
  if (cities.length > MAX_CITY_ANSWERS || !u.inDomain) return undefined;
  const sources = new SourceList();
  const city = cities.length === 1 ? cities[0]! : null;
  // why asked of the stop itself: nothing else asked but words no notice of these cities uses ("是出于什么原因")
  if (premise.why && u.topicTokens.every((t) => t === '@platform' || cities.every((c) => ctx.retriever.unused([t], c).length))) {
    return finish({ lines: cities.flatMap((c) => reasonLines(c, sources)), band: 'answer', city }, sources, { withContact: false });
  }
  if (premise.claim && (premise.claim.days !== undefined || !u.topicTokens.length)) {
    const lines = cities.flatMap((c) => [claimLine(c, u, ctx.at), ...overviewLines(c, u.when, ctx.at, sources)]);
    return finish({ lines, band: 'answer', city }, sources);
  }
  return undefined;
}

/** A number picked when the last reply showed no numbered options (or fewer): say so; with none, offer examples to pick. */

function forCity(u: Understanding, ctx: Ctx, city: City): Composed {
  const sources = new SourceList();
  if (!u.topicTokens.length) {
    return finish({ lines: overviewLines(city, u.when, ctx.at, sources, u.asksFirst), band: 'answer', city }, sources);
  }
  // "在途业务清零截止到什么时候": a deadline of the notice that belongs to no business window (asked by when; otherwise only when no business fits)
  const deadline = (byWhenOnly: boolean) => askedDeadline(u.topic, u.topicTokens, city, ctx.kb.domain.lexicon, byWhenOnly);
  // "垫付的钱最晚哪天要报", "先垫了钱，之后怎么报销": the notice's dated deadlines for claims (or that it gives none)
  const claims = claimLines(u.topic, u.topicTokens, city, ctx.kb.domain.lexicon, ctx.at, sources);
  if (claims) return finish({ lines: claims, band: 'answer', city }, sources);
  const byWhen = deadline(true);
  if (byWhen) return finish({ lines: deadlineLines(city, byWhen, ctx.at, sources), band: 'answer', city }, sources);
  const ranked = rank(u, ctx.retriever.search(u.topic, [city], CANDIDATES_PER_CITY), ctx.kb.domain.lexicon);
  const top = ranked[0];
  // the question names things (社保卡, 退休 …) and the best match holds none of them: not in this notice
  const askedConcepts = u.topicTokens.filter((t) => t.startsWith('@'));
  const missesConcepts = !!top && askedConcepts.length > 0 && !top.terms.some((t) => t.startsWith('@'));
  if (!top || tooWeakToSuggest(top) || (missesConcepts && !confident(top))) {
    const named = deadline(false);
    if (named) return finish({ lines: deadlineLines(city, named, ctx.at, sources), band: 'answer', city }, sources);
    if (!u.inDomain) return fallback(ctx.kb, 'off-topic');
    // "浏阳和宁乡也一起停吗": a stop/resume question whose other words the notice never uses gets the city's timetable
    if ((u.asksStop || u.asksResume) && !missesConcepts) {
      const districts = u.places.filter((p) => p.city === city && p.district).map((p) => p.district!.name);
      const lead = districts.length ? [W.timetable.districtsOfCity(districts, city.name)] : [];
      return finish({ lines: [...lead, ...overviewLines(city, u.when, ctx.at, sources, u.asksFirst)], band: 'answer', city }, sources);
    }
    const lines = [...notFoundLines(city, sources), ...overviewLines(city, u.when, ctx.at, sources, u.asksFirst)];
    return finish({ lines, band: 'fallback', city, top: describe(top) }, sources, { withContact: false });
  }
  // a weak match for a question that is not about 医保/社保 at all is no reason to ask back
  if (!confident(top) && !u.inDomain) return fallback(ctx.kb, 'off-topic');
  // what the notice does not say (words none of its items uses): say so, and where to ask; no menu
  if (u.inDomain && subjectAbsent(u, top, ctx.retriever.unused(u.subjectTokens, city))) {
    return finish({ lines: notCoveredLines(city, sources), band: 'fallback', city, top: describe(top) }, sources, { withContact: false });
  }
  const settled: Settled = confident(top) ? { answer: top } : settle(u, ranked);
  if ('ask' in settled) {
    const suggestions = settled.ask.map(suggestion);
    return { ...plain(clarifyLines(suggestions)), band: 'clarify', city, top: describe(top) };
  }
  if ('together' in settled) return together(settled.together, u, ctx, city);
  const best = settled.answer;
  const alternatives = distinct([best, ...ranked]).slice(1, 3);
  const runnerUp = alternatives[0];
  // a runner-up about something else that fits as well as the best
  const close =
    !!runnerUp &&
    runnerUp.coverage >= best.coverage &&
    best.score < runnerUp.score * THRESHOLDS.ambiguousRatio &&
    !sameTopic(best, runnerUp) &&
    !sameWindows(best, runnerUp);
  // (not when settle() chose among weak matches: it has judged the others already)
  if (close && confident(top) && best.kind === 'business' && runnerUp!.kind === 'business') {
    // two businesses fit equally well ("参保登记" of 职工 and of 居民): answer both
    const lines = [best, runnerUp!].flatMap((c) => itemLines(c, u, ctx, sources));
    return finish({ lines, band: 'answer', city, top: describe(best), suggestions: alternatives.slice(1).map(suggestion) }, sources, {
      business: topBusiness(best),
      lexicon: ctx.kb.domain.lexicon,
    });
  }
  const suggestions = alternatives.map(suggestion);
  // "新系统哪天上线": a when-question whose best match is a procedure with no dates of its own
  // gets the city's timetable first, then that procedure
  if (best.kind === 'procedure' && !best.business && (u.intents.has('when') || u.asksFirst)) {
    const lines = [...overviewLines(city, u.when, ctx.at, sources, u.asksFirst), W.timetable.RELATED, ...itemLines(best, u, ctx, sources)];
    return finish({ lines, band: 'answer', city, top: describe(best), suggestions }, sources);
  }
  // answer the best; when another item is as close, offer the others by number
  const offer = close ? [W.ALSO_ASK_HEAD, ...numbered(suggestions)] : [];
  const claim = best.kind === 'business' ? businessClaimLines(best.business, u, ctx.at) : [];
  // childbirth, a chronic illness: the care's settlement and the notice's item on the situation too
  const items = situationItems(u, ranked, best, ctx.kb.domain.lexicon, ctx.at);
  const answers = items.flatMap((c) => itemLines(c, u, ctx, sources));
  // a rumour is answered first; a "fact" dictated with a question follows the answer to that question
  const lines = u.premise.claim?.said ? [...answers.slice(0, 1), ...claim, ...answers.slice(1), ...offer] : [...claim, ...answers, ...offer];
  return finish({ lines, band: 'answer', city, top: describe(best), suggestions }, sources, { business: topBusiness(best), lexicon: ctx.kb.domain.lexicon });
}

/** Businesses suspended and resumed at the same moments, asked when: one verdict naming them all. */
function together(candidates: Candidate[], u: Understanding, ctx: Ctx, city: City): Composed {
  const sources = new SourceList();
  const businesses = candidates.map((c) => c.business!);
  const named = { ...businesses[0]!, name: businesses.map(shortName).join('、') };
  for (const b of businesses) citeWindow(sources, city, b.notice, b.windows[0]!);
  const lines = [verdict(city, named, u.when, ctx.at)];
  return finish({ lines, band: 'answer', city, top: describe(candidates[0]), suggestions: candidates.map(suggestion) }, sources, {
    business: businesses[0],
    lexicon: ctx.kb.domain.lexicon,
  });
}

/**
 * No city named (every covered city is a candidate) or several named ("武汉和长沙…"):
 * answer for each city that has a clear match, or ask which city.
 */
function severalCities(u: Understanding, ctx: Ctx, cities: City[], named: boolean): Composed {
  const { kb, at } = ctx;
  // suggestions are whole questions: the same question asked for each city
  const askCity = (cities: City[]): Composed => ({ ...plain(askCityLines(cities, at, (c) => `${c.name}${u.text}`)), band: 'clarify' });
  if (!u.topicTokens.length) {
    // several cities named, nothing more specific: each city's timetable (cut into parts if long)
    if (!named) return askCity(cities);
    const sources = new SourceList();
    const lines = cities.flatMap((city) => overviewLines(city, u.when, at, sources));
    return finish({ lines, band: 'answer', city: null }, sources, { withContact: false });
  }
  // each city's best, among as many of its hits as a question naming it would rank; a batch of
  // cities at a time, stopping once more cities have it than one reply answers for (it then asks
  // which city): with 300 cities that is one batch instead of every index
  const bestOf = new Map<City, Candidate>();
  let best: Candidate[] = [];
  let searched = 0;
  while (searched < cities.length && best.length <= MAX_CITY_ANSWERS) {
    const batch = cities.slice(searched, (searched += CITIES_PER_SEARCH));
    for (const c of rank(u, ctx.retriever.search(u.topic, batch, CANDIDATES_PER_CITY), ctx.kb.domain.lexicon)) if (!bestOf.has(c.city)) bestOf.set(c.city, c);
    best = closeToFullest([...bestOf.values()].filter(confident), u);
  }
  if (searched < cities.length) return askCity(cities); // stopped early: many cities have it
  if (!best.length) {
    if (!u.inDomain) return fallback(kb, 'off-topic');
    return askCity(cities);
  }
  if (best.length === 1) {
    // only one city's notice has it: answer for that city, and say so, for people elsewhere
    const only = best[0]!.city;
    const reply = forCity(u, { ...ctx, cities: [only] }, only);
    const others = cities
      .filter((c) => c !== only)
      .map((c) => c.name)
      .join('、');
    if (reply.band !== 'answer' || !others) return reply;
    return { ...reply, lines: [W.timetable.onlyCity(named, only.name, others), ...reply.lines] };
  }
  if (best.length > MAX_CITY_ANSWERS) return askCity(best.map((c) => c.city));
  const sources = new SourceList();
  const lines = [W.timetable.eachCity(named)];
  for (const c of best) {
    if (c.kind === 'business') {
      lines.push(verdict(c.city, c.business, u.when, at, u.asksFirst));
      const w = c.business.windows[0];
      if (w) citeWindow(sources, c.city, c.business.notice, w);
    } else {
      lines.push(W.timetable.procedureInCity(c.city.name, c.procedure.title, c.procedure.answer));
      sources.add(c.procedure.notice, c.procedure.quote);
    }
  }
  lines.push(W.timetable.replyCityName(best[0]!.city.name));
  const suggestions = best.map((c) => `${c.city.name}${u.text}`);
  return finish({ lines, band: 'answer', city: null, suggestions, top: describe(best[0]) }, sources, { withContact: false });
}

function contacts(u: Understanding, ctx: Ctx): Composed {
  const cities = ctx.cities.length ? ctx.cities : ctx.kb.cities;
  const sources = new SourceList();
  const lines = contactReplyLines(u, cities, ctx.retriever, ctx.kb.domain, sources);
  const city = cities.length === 1 ? cities[0]! : null;
  return finish({ lines, band: 'answer', city }, sources, { withContact: false });
}

function itemLines(c: Candidate, u: Understanding, ctx: Ctx, sources: SourceList): string[] {
  if (c.kind === 'business')
    return statusLines(c.city, c.business.notice, c.business, u.when, ctx.at, sources, {
      text: u.text,
      topicTokens: u.topicTokens,
      asksFirst: u.asksFirst,
      tokenize: ctx.kb.domain.lexicon.tokenize,
    });
  return procedureLines(c.city, c.procedure, c.business, u.when, ctx.at, sources);
}

/** A self-contained question that leads back to this candidate. */
function suggestion(c: Candidate): string {
  const q = c.kind === 'business' ? W.timetable.whenQuestion(shortName(c.business)) : (c.procedure.questions[0] ?? c.procedure.title);
  return q.includes(c.city.name) ? q : `${c.city.name}${q}`;
}

function describe(c: Candidate | undefined) {
  if (!c) return undefined;
  return { title: c.kind === 'business' ? c.business.name : c.procedure.title, score: Math.round(c.score * 100) / 100 };
}
