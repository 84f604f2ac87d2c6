// The core's entry point: creates the assistant, swaps in reloaded knowledge, and answers a
// question at its moment through the conversation (src/conversation/). Knows nothing of HTTP.
import type { DateTime } from 'luxon';
import { exampleQuestions } from './answer/replies/fixed.ts';
import { converse, greetIn } from './conversation/index.ts';
import { SESSION_MEMORY_LIMITS } from './conversation/sessions.ts';
import { buildEngine } from './conversation/engine.ts';
import { AnswerCache, DEFAULT_ANSWER_CACHE_SIZE } from './conversation/answer-cache.ts';
import { loadKnowledgeInChild } from './knowledge/load-in-child.ts';
import type { City, KnowledgeBase } from './knowledge/model.ts';
import type { Tokenizer } from './retrieve/index.ts';
import { MemoryStore, type KeyValueStore } from './stores/store.ts';
import type { AskReply, AskRequest } from './contract/types.ts';
import { entryFilter, type EntryFilter } from './understand/filter.ts';
import { normalize } from './understand/normalize.ts';
import { askedMoment, inZone, now } from './time/zone.ts';
export type { EntryFilter, EntryRef } from './understand/filter.ts';
export { MAX_REPLY_BYTES, MORE_HINT } from './conversation/paging.ts';

export interface AssistantOptions {
  knowledgeDir?: string;
  /** an already loaded knowledge base (tests, reload) instead of knowledgeDir */
  knowledge?: KnowledgeBase;
  /** pinned clock (BOT_NOW); otherwise the real time */
  now?: DateTime;
  /** where conversations are kept; in memory by default (each channel with its own share: src/conversation/sessions.ts) */
  store?: KeyValueStore;
  /** index terms for retrieval (default: concept tokens + character bigrams; see bench/tokenizers.ts) */
  tokenizer?: Tokenizer;
  /** replies kept for repeated messages (conversation/answer-cache.ts); 0 = none. Default DEFAULT_ANSWER_CACHE_SIZE */
  answerCacheSize?: number;
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
  /** how the answer cache has fared since the assistant was made (emptied, not reset, on a reload) */
  cacheStats(): { size: number; hits: number; misses: number };
}

export async function createAssistant(opts: AssistantOptions = {}): Promise<Assistant> {
  let engine = buildEngine(opts.knowledge ?? (await loadKnowledgeInChild(opts.knowledgeDir ?? 'knowledge')), opts.tokenizer);
  const store = opts.store ?? new MemoryStore(50_000, SESSION_MEMORY_LIMITS);
  const pinned = opts.now && inZone(opts.now);
  const clock = () => pinned ?? now();
  const cache = new AnswerCache(opts.answerCacheSize ?? DEFAULT_ANSWER_CACHE_SIZE);

  const findCity = (name: string) => {
    const n = normalize(name);
    return engine.kb.cities.find((c) => c.name === n || c.aliases.includes(n) || `${c.name}市` === n);
  };

  return {
    ask: (req) => converse(req, { engine, store, at: req.at ? askedMoment(req.at) : clock(), forced: req.city ? findCity(req.city) : undefined, cache }),
    greet: (req) => greetIn(req, { engine, store }),
    knowledge: () => engine.kb,
    useKnowledge: (kb) => {
      engine = buildEngine(kb, opts.tokenizer);
      // the knowledge version is in every key too: a message answered from the old knowledge during the swap is never reused
      cache.clear();
    },
    findCity,
    cityNames: () => engine.kb.cities.map((c) => c.name),
    now: clock,
    examples: () => exampleQuestions(engine.kb),
    faqMatch: (filter) => entryFilter(filter, engine.kb, engine.understandCtx.places),
    cacheStats: () => ({ size: cache.size, hits: cache.hits, misses: cache.misses }),
  };
}
