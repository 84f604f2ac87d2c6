// One question read in its conversation: understood, completed from the last question when it
// leans on it ("那参保登记呢"), answered, and what the conversation remembers after it.
import type { DateTime } from 'luxon';
import { withWeekdays } from '../answer/format.ts';
import type { Engine } from './engine.ts';
import type { City } from '../knowledge/model.ts';
import { respond, type Composed } from '../respond/respond.ts';
import type { Understanding } from '../understand/index.ts';
import { ASKS_WEEKDAY, INTENT_CUES, PHASE_CUES, RESUME_CUE, STOP_CUE } from '../understand/lexicon.ts';
import { AS_BEFORE, type NextState, type SessionState } from './sessions.ts';

export interface Turn {
  composed: Composed;
  /** what the conversation remembers after it (suggestions and "更多" are set per reply, by converse); a field it does not change is kept AS_BEFORE */
  state: NextState;
}

/** `neither`: the message asks both when it stops and when it resumes, so no part leads with either. */
export function answerTurn(text: string, state: SessionState, at: DateTime, e: Engine, forced: City | undefined, neither = false): Turn {
  // the conversation's city is read only where it can matter (carried-city.ts): the answer cache keys a reply on the fields read
  let carriedCity: City | undefined | null = null;
  const carried = () => (carriedCity === null ? (carriedCity = state.city ? e.kb.cities.find((c) => c.name === state.city) : undefined) : carriedCity);
  // read once per knowledge load, read again at each moment for what the moment decides (readings.ts)
  let u = e.readings.question(text, at, () => carried()?.name, forced?.name);
  // "那参保登记呢", and in a conversation "他问起付线会不会再收一次", "22号几点开始": the rest comes from the last question
  const pointsBack = LEANS_ON_CONTEXT.test(u.text);
  // the state is read only where it is needed: the answer cache keys a reply on the fields read
  const leans = u.elliptical || (!u.inDomain && pointsBack && state.topic !== undefined);
  if (leans && !u.smallTalk && lacks(u, pointsBack) && (state.topic || state.form)) u = completeFollowUp(u, state, at, e, pointsBack);
  if (neither) u = { ...u, asksFirst: undefined };
  const namedCities = [...new Set(u.places.map((p) => p.city))];
  const carriedHere = forced || namedCities.length ? undefined : carried();
  const cities = forced ? [forced] : namedCities.length ? namedCities : carriedHere && !u.unknownPlace ? [carriedHere] : [];

  const composed = respond(u, { kb: e.kb, retriever: e.retriever, at, cities });
  // "那天是星期几": the verdict's dates with their weekdays
  if (ASKS_WEEKDAY.test(u.text)) composed.lines = composed.lines.map((line, i) => (i === 0 && typeof line === 'string' ? withWeekdays(line, at) : line));
  const nextCity = composed.city?.name ?? (cities.length === 1 ? cities[0]!.name : state.city);
  const named = u.places.find((p) => p.district && p.city.name === nextCity)?.district?.name;
  return {
    composed,
    // no spread of the last state: what follows is read field by field (the answer cache notes each read)
    state: {
      city: nextCity,
      district: named ?? (!u.places.length && nextCity === state.city ? state.district : undefined),
      topic: u.topicTokens.length ? u.topic : AS_BEFORE,
      form: formWords(u.text) || AS_BEFORE,
    },
  };
}

/** Words that point back into a conversation: a pronoun, "if / missed it", a bare time question. */
const LEANS_ON_CONTEXT = /^(那|那么|还有|另外|如果|要是|万一)|他|她|它|这个|那个|没赶上|赶不上|来不及|错过|之后|以后|几点|哪天|几号|什么时候|啥时候/;

/** What a follow-up may borrow from the last question: a district when it names no place, a topic, a question form. */
function needs(u: Understanding, pointsBack: boolean) {
  return {
    district: !u.places.length,
    // no words of its own, or words that are not about insurance in a question that points back
    // (他问起付线…, 没赶上…): the last question's topic says what it is about; "今天天气怎么样" does not point back
    topic: !u.topicTokens.length || (!u.inDomain && pointsBack),
    form: !u.intents.size && !u.asksStop && !u.asksResume,
  };
}

const lacks = (u: Understanding, pointsBack: boolean) => Object.values(needs(u, pointsBack)).some(Boolean);

/** "长沙" after "医保结算什么时候暂停", "那费用结算的呢" after "芙蓉区异地备案电话": borrow what is missing (district, topic, question form). */
function completeFollowUp(u: Understanding, state: SessionState, at: DateTime, e: Engine, pointsBack: boolean): Understanding {
  const parts = [u.text];
  const need = needs(u, pointsBack);
  // a follow-up that names its own kind of business ("那交钱呢" after 缴费核定) borrows no topic: it is
  // read like a full question on that kind, in the conversation's domain (交钱 alone is no insurance word)
  // in a conversation about phone numbers, a column of the table is a subject of its own too ("那慢特病的呢" after 费用结算电话)
  const ownColumn = !!state.form && INTENT_CUES.contact.test(state.form) && e.kb.domain.columns(u.topic).length > 0;
  const ownKind = (!!u.facets.what && !u.impliedFacets.includes('what')) || ownColumn;
  const ownTopic = ownKind && state.topic !== undefined;
  if (need.district && state.district) parts.push(state.district);
  // the last topic less what the follow-up says itself: "那本地的呢" after 跨省异地就医结算 is 本地 结算
  if (need.topic && state.topic && !ownKind)
    parts.push(
      e.kb.domain.without(
        state.topic,
        Object.keys(u.facets).filter((f) => !u.impliedFacets.includes(f)),
      ),
    );
  if (need.form && state.form) parts.push(state.form);
  // "那工伤住院的呢" after "停机期间住院怎么办": its own subject, asked of the same part of the stop
  const phase = !need.topic && state.topic ? phaseWords(state.topic) : '';
  if (phase && !phaseWords(u.text)) parts.push(phase);
  if (parts.length === 1) return ownTopic ? { ...u, inDomain: true } : u;
  const completed = e.readings.question(parts.join(' '), at, () => state.city);
  if (ownTopic) return { ...completed, inDomain: true, facets: u.facets };
  // the kind of business is the follow-up's own when it names one ("那参保登记呢"): the last question lends form, not kind
  return Object.keys(u.facets).length ? { ...completed, facets: u.facets } : completed;
}

/** The words that say which part of the stop a question is about (停机期间, 恢复后). */
function phaseWords(text: string): string {
  return [...new Set(Object.values(PHASE_CUES).map((re) => re.exec(text)?.[0]))].filter(Boolean).join(' ');
}

/** The words that say what kind of question it was ("电话", "什么时候恢复"). */
function formWords(text: string): string {
  return [...new Set(FORM_CUES.map((re) => re.exec(text)?.[0]).filter(Boolean))].join(' ');
}

const FORM_CUES = [...Object.values(INTENT_CUES), STOP_CUE, RESUME_CUE];
