// The core answer function: normalise → understand (with the conversation so
// far) → retrieve and compose → fit to one message. Knows nothing of HTTP.
import { DateTime } from 'luxon';
import { fitBytes, withWeekdays } from './answer/format.ts';
import { exampleQuestions } from './answer/replies/fixed.ts';
import { MORE_HINT, NO_MORE } from './answer/wording/index.ts';
export { MORE_HINT } from './answer/wording/index.ts';
import { loadKnowledgeInChild } from './knowledge/load-in-child.ts';
import type { City, KnowledgeBase } from './knowledge/model.ts';
import { joinReplies } from './answer/join.ts';
import { greeting, nothingToPick, respond, type Composed } from './respond.ts';
import { buildRetriever, type Retriever, type Tokenizer } from './retrieve/index.ts';
import { SESSION_MEMORY_LIMITS, SESSION_TTL_SECONDS, sessionKey } from './sessions.ts';
import { MemoryStore, type KeyValueStore } from './store.ts';
import type { AskReply, AskRequest } from './types.ts';
import { entryFilter, type EntryFilter } from './understand/filter.ts';
export type { EntryFilter, EntryRef } from './understand/filter.ts';
import { domainWordsOf, understand, type UnderstandContext, type Understanding } from './understand/index.ts';
import { ASKS_RESUME_TIME, ASKS_STOP_TIME, ASKS_WEEKDAY, INTENT_CUES, RESUME_CUE, STOP_CUE } from './understand/lexicon.ts';
import { normalize } from './understand/normalize.ts';
import { splitQuestions } from './understand/parts.ts';
import { pickedNumber } from './understand/picks.ts';
import { buildPlaceIndex } from './understand/places.ts';
import { buildSoundIndex } from './understand/sound.ts';
import { soundWordsOf } from './understand/sound-words.ts';

export const ZONE = 'Asia/Shanghai';
/** WeChat's text limit is 2048 bytes; stay below it. */
export const MAX_REPLY_BYTES = 2000;
const MORE_WORDS = /^(更多|更多内容|继续|下一页|more)$/;

export interface AssistantOptions {
  knowledgeDir?: string;
  /** an already loaded knowledge base (tests, reload) instead of knowledgeDir */
  knowledge?: KnowledgeBase;
  /** pinned clock (BOT_NOW); otherwise the real time */
  now?: DateTime;
  /** where conversations are kept; in memory by default (each channel with its own share: src/sessions.ts) */
  store?: KeyValueStore;
  /** index terms for retrieval (default: concept tokens + character bigrams; see bench/tokenizers.ts) */
  tokenizer?: Tokenizer;
}

export interface Assistant {
  ask(req: AskRequest): Promise<AskReply>;
  /** the greeting, as a reply in the session (a channel's welcome): its numbered examples can then be picked */
  greet(req: Omit<AskRequest, 'text'>): Promise<AskReply>;
  knowledge(): KnowledgeBase;
  /** swaps in a new knowledge base at once (build first, then switch) */
  useKnowledge(kb: KnowledgeBase): void;
  findCity(name: string): City | undefined;
  cityNames(): string[];
  /** the assistant's clock: BOT_NOW when pinned, else the real time (Asia/Shanghai) */
  now(): DateTime;
  /** up to three example questions drawn from the knowledge (welcome messages) */
  examples(): string[];
  /** reads a listing's filter words as a question is read (刷卡 is 结算, a district is its contacts): which entries they are about */
  faqMatch(filter: string): EntryFilter;
}

/** What a conversation remembers between questions. */
interface SessionState {
  city?: string;
  /** the district last named in that city (芙蓉区), for follow-ups such as "特门特药的呢" */
  district?: string;
  /** topic and question-form words of the last question, to complete short follow-ups */
  topic?: string;
  form?: string;
  suggestions?: string[];
  more?: string;
}

interface Engine {
  kb: KnowledgeBase;
  retriever: Retriever;
  understandCtx: UnderstandContext;
}

function buildEngine(kb: KnowledgeBase, tokenizer?: Tokenizer): Engine {
  const places = buildPlaceIndex(kb.cities);
  const domainWords = domainWordsOf(kb);
  return { kb, retriever: buildRetriever(kb, tokenizer), understandCtx: { kb, places, domainWords, sound: buildSoundIndex(soundWordsOf(places, domainWords, kb.domain.vocabulary, kb.domain.businessWords)) } };
}

export async function createAssistant(opts: AssistantOptions = {}): Promise<Assistant> {
  let engine = buildEngine(opts.knowledge ?? (await loadKnowledgeInChild(opts.knowledgeDir ?? 'knowledge')), opts.tokenizer);
  const store = opts.store ?? new MemoryStore(50_000, SESSION_MEMORY_LIMITS);
  const clock = () => opts.now ?? DateTime.now().setZone(ZONE);

  const findCity = (name: string) => {
    const n = normalize(name);
    return engine.kb.cities.find((c) => c.name === n || c.aliases.includes(n) || `${c.name}市` === n);
  };

  async function ask(req: AskRequest): Promise<AskReply> {
    const e = engine; // one knowledge version for the whole question, even during a reload
    const at = resolveAt(req.at) ?? clock();
    const channel = req.channel ?? 'direct';
    const key = req.session ? sessionKey(channel, req.session) : undefined;
    const ttl = SESSION_TTL_SECONDS[channel];
    const state: SessionState = (key && (await store.get<SessionState>(key))) || {};
    const text = normalize(req.text);

    if (MORE_WORDS.test(text)) {
      const { reply, rest } = continuation(state.more, state.city);
      return saveAndReturn(reply, key, ttl, { ...state, more: rest });
    }
    // "2" means the option shown as 2 in the last reply, and nothing else
    const picked = pickedNumber(text);
    const pick = picked === undefined ? undefined : state.suggestions?.[picked - 1];
    if (picked !== undefined && !pick) {
      const composed = nothingToPick(e.kb, state.suggestions?.length ?? 0);
      const suggestions = composed.suggestionsShown ? composed.suggestions : state.suggestions;
      return saveAndReturn(replyOf(composed, composed.lines.join('\n')), key, ttl, { ...state, suggestions });
    }
    const forced = req.city ? findCity(req.city) : undefined;
    // several questions in one message: each answered as the next message of the conversation would be
    let after = state;
    const parts: Composed[] = [];
    const questions = pick ? [pick] : splitQuestions(req.text);
    // "哪天停？哪天恢复？": each part's answer leads with neither, so that one answer serves both
    const neither = questions.length > 1 && ASKS_RESUME_TIME.test(text) && ASKS_STOP_TIME.test(text);
    for (const question of questions) {
      const turn = answerTurn(normalize(question), after, at, e, forced, neither);
      parts.push(turn.composed);
      after = turn.state;
    }
    const composed = parts.length === 1 ? parts[0]! : joinReplies(parts, questions);
    return sendComposed(composed, key, ttl, after);
  }

  async function greet(req: Omit<AskRequest, 'text'>): Promise<AskReply> {
    const channel = req.channel ?? 'direct';
    const key = req.session ? sessionKey(channel, req.session) : undefined;
    const state: SessionState = (key && (await store.get<SessionState>(key))) || {};
    return sendComposed(greeting(engine.kb), key, SESSION_TTL_SECONDS[channel], state);
  }

  /** Fits a composed reply to one message and remembers what it numbered and what is left for "更多". */
  function sendComposed(composed: Composed, key: string | undefined, ttl: number, after: SessionState): Promise<AskReply> {
    const fitted = fitBytes(composed.lines.join('\n'), MAX_REPLY_BYTES, MORE_HINT);
    // numbers mean what this reply shows; a reply without any leaves nothing to pick
    const next: SessionState = { ...after, suggestions: composed.suggestionsShown ? composed.suggestions : undefined, more: fitted.rest };
    return saveAndReturn(replyOf(composed, fitted.text), key, ttl, next);
  }

  async function saveAndReturn(reply: AskReply, key: string | undefined, ttl: number, state: SessionState): Promise<AskReply> {
    if (key) await store.set(key, state, ttl);
    return reply;
  }

  return {
    ask,
    greet,
    knowledge: () => engine.kb,
    useKnowledge: (kb) => {
      engine = buildEngine(kb, opts.tokenizer);
    },
    findCity,
    cityNames: () => engine.kb.cities.map((c) => c.name),
    now: clock,
    examples: () => exampleQuestions(engine.kb),
    faqMatch: (filter) => entryFilter(filter, engine.kb, engine.understandCtx.places),
  };
}

/** The next part of a reply cut by the byte limit ("更多"), and what is still left. */
function continuation(more: string | undefined, city: string | undefined): { reply: AskReply; rest?: string } {
  const fitted = more ? fitBytes(more, MAX_REPLY_BYTES, MORE_HINT) : { text: NO_MORE, rest: undefined };
  return { reply: { text: fitted.text, band: 'answer', city: city ?? null, sources: [], suggestions: [], suggestionsShown: false }, rest: fitted.rest };
}

interface Turn {
  composed: Composed;
  /** what the conversation remembers after it (suggestions and "更多" are set per reply) */
  state: SessionState;
}

/** One question read in its conversation: understood, completed from the last question if it leans on it, answered. */
function answerTurn(text: string, state: SessionState, at: DateTime, e: Engine, forced: City | undefined, neither = false): Turn {
  const carried = state.city ? e.kb.cities.find((c) => c.name === state.city) : undefined;
  let u = understand(text, at, e.understandCtx, (forced ?? carried)?.name);
  // "那参保登记呢", and in a conversation "他问起付线会不会再收一次", "22号几点开始": the rest comes from the last question
  const pointsBack = LEANS_ON_CONTEXT.test(u.text);
  const leans = u.elliptical || (!u.inDomain && state.topic !== undefined && pointsBack);
  if (leans && !u.smallTalk && (state.topic || state.form)) u = completeFollowUp(u, state, at, e, pointsBack);
  if (neither) u = { ...u, asksFirst: undefined };
  const namedCities = [...new Set(u.places.map((p) => p.city))];
  const cities = forced ? [forced] : namedCities.length ? namedCities : carried && !u.unknownPlace ? [carried] : [];

  const composed = respond(u, { kb: e.kb, retriever: e.retriever, at, cities });
  // "那天是星期几": the verdict's dates with their weekdays
  if (ASKS_WEEKDAY.test(u.text)) composed.lines = composed.lines.map((line, i) => (i === 0 ? withWeekdays(line, at) : line));
  const nextCity = composed.city?.name ?? (cities.length === 1 ? cities[0]!.name : state.city);
  const named = u.places.find((p) => p.district && p.city.name === nextCity)?.district?.name;
  return {
    composed,
    state: {
      ...state,
      city: nextCity,
      district: named ?? (nextCity === state.city && !u.places.length ? state.district : undefined),
      topic: u.topicTokens.length ? u.topic : state.topic,
      form: formWords(u.text) || state.form,
    },
  };
}

function replyOf(composed: Composed, text: string): AskReply {
  return {
    text,
    band: composed.band,
    city: composed.city?.name ?? null,
    sources: composed.sources,
    suggestions: composed.suggestions,
    suggestionsShown: composed.suggestionsShown,
    top: composed.top,
    ...(composed.uncovered ? { uncovered: composed.uncovered } : {}),
  };
}

/** "长沙" after "医保结算什么时候暂停", "那费用结算的呢" after "芙蓉区异地备案电话": borrow what is missing (district, topic, question form). */
/** Words that point back into a conversation: a pronoun, "if / missed it", a bare time question. */
const LEANS_ON_CONTEXT = /^(那|那么|还有|另外|如果|要是|万一)|他|她|它|这个|那个|没赶上|赶不上|来不及|错过|之后|以后|几点|哪天|什么时候|啥时候/;

function completeFollowUp(u: Understanding, state: SessionState, at: DateTime, e: Engine, pointsBack: boolean): Understanding {
  const parts = [u.text];
  if (!u.places.length && state.district) parts.push(state.district);
  // no words of its own, or words that are not about insurance in a question that points back
  // (他问起付线…, 没赶上…): the last question's topic says what it is about; "今天天气怎么样" does not point back
  if ((!u.topicTokens.length || (!u.inDomain && pointsBack)) && state.topic) parts.push(state.topic);
  if (!u.intents.size && !u.asksStop && !u.asksResume && state.form) parts.push(state.form);
  if (parts.length === 1) return u;
  const completed = understand(parts.join(' '), at, e.understandCtx, state.city);
  // the kind of business is the follow-up's own when it names one ("那参保登记呢"): the last question lends form, not kind
  return Object.keys(u.facets).length ? { ...completed, facets: u.facets } : completed;
}

/** The words that say what kind of question it was ("电话", "什么时候恢复"). */
function formWords(text: string): string {
  const cues = [...Object.values(INTENT_CUES), STOP_CUE, RESUME_CUE];
  return [...new Set(cues.map((re) => re.exec(text)?.[0]).filter(Boolean))].join(' ');
}

function resolveAt(at: AskRequest['at']): DateTime | undefined {
  if (!at) return undefined;
  const t = typeof at === 'string' ? DateTime.fromISO(at, { zone: ZONE }) : at;
  return t.isValid ? t.setZone(ZONE) : undefined;
}
