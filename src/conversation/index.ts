// A message in its conversation: "更多" turns the page, a number picks a choice the last reply
// showed, anything else is split into its questions, each answered as the next message of the
// conversation would be, and joined. The reply is fitted to the channel's byte limit and what
// the conversation remembers is saved.
import type { DateTime } from 'luxon';
import { joinReplies } from '../respond/join.ts';
import type { Engine } from './engine.ts';
import type { City } from '../knowledge/model.ts';
import { choicesIn } from '../contract/reply-text.ts';
import { greeting, nothingToPick, type Composed } from '../respond/respond.ts';
import type { KeyValueStore } from '../stores/store.ts';
import type { AskReply, AskRequest } from '../contract/types.ts';
import { ASKS_RESUME_TIME, ASKS_STOP_TIME } from '../understand/lexicon.ts';
import { normalize } from '../understand/normalize.ts';
import { asksForMore, firstPage, MAX_REPLY_BYTES, MIN_REPLY_BYTES, nextPage, replyOf } from './paging.ts';
import { pickedNumber } from './picks.ts';
import { keptFrom, SESSION_TTL_SECONDS, sessionKey, type NextState, type SessionState } from './sessions.ts';
import { answerTurn } from './turn.ts';
import { settled, type AnswerCache, type Answered } from './answer-cache.ts';

export interface Moment {
  /** one knowledge version for the whole message, even during a reload */
  engine: Engine;
  store: KeyValueStore;
  /** the moment asked */
  at: DateTime;
  /** the city the caller restricts the answer to */
  forced?: City;
  /** reuses the reply to a repeated message (answer-cache.ts); none: every message is answered anew */
  cache?: AnswerCache;
}

export async function converse(req: AskRequest, { engine: e, store, at, forced, cache }: Moment): Promise<AskReply> {
  const channel = req.channel ?? 'direct';
  const key = req.session ? sessionKey(channel, req.session) : undefined;
  const state: SessionState = (key && (await store.get<SessionState>(key))) || {};
  const maxBytes = Math.max(MIN_REPLY_BYTES, req.maxBytes ?? MAX_REPLY_BYTES);
  // a knowledge moment off the minute (a zone with seconds in its offset) would fall inside a key: no cache then
  const reuse = cache && e.onTheMinute ? cache : undefined;
  const m: Asked = { e, at, forced, maxBytes };
  // (what only a miss needs is made only on a miss: a hit builds its key and nothing else)
  const answer = (s: SessionState) => messageIn(req.text, s, m, reuse ? pickedThrough(reuse, m) : (question, r) => answerQuestions([question], r, m));
  const { reply, next } = reuse
    ? reuse.through({ version: e.kb.version, forced: forced?.name, maxBytes, at, text: req.text }, state, answer)
    : settled(answer(state), state);
  if (key) await store.set(key, next, SESSION_TTL_SECONDS[channel]);
  return reply;
}

/** A pick is the question it picks: its answer is kept under that question, shared by every list that shows it. */
const pickedThrough =
  (cache: AnswerCache, m: Asked) =>
  (question: string, s: SessionState): Answered =>
    cache.through({ version: m.e.kb.version, forced: m.forced?.name, maxBytes: m.maxBytes, at: m.at, text: question, pick: true }, s, (r) =>
      answerQuestions([question], r, m),
    );

interface Asked {
  e: Engine;
  at: DateTime;
  forced?: City;
  maxBytes: number;
}

/**
 * One message in a conversation: the reply and what the conversation remembers after it.
 * A pure function of its arguments, which the answer cache relies on: the state is read, never changed.
 */
function messageIn(typed: string, state: SessionState, m: Asked, picked: (question: string, state: SessionState) => Answered): Answered {
  // normalised and cut once per knowledge load (readings.ts)
  const { text, questions } = m.e.readings.message(typed);
  if (asksForMore(text)) {
    const { reply, rest } = nextPage(state.more, state.city, m.maxBytes);
    return { reply, next: { ...state, more: rest } };
  }
  // "2" means the choice shown as 2 in the last reply, and nothing else
  const number = pickedNumber(text);
  if (number === undefined) return answerQuestions(questions, state, m, { typed, text });
  const pick = state.suggestions?.[number - 1];
  if (pick) return picked(pick, state);
  const composed = nothingToPick(m.e.kb, state.suggestions?.length ?? 0);
  return { reply: replyOf(composed, composed.lines), next: { ...state, suggestions: shownQuestions(composed) ?? state.suggestions } };
}

/**
 * The questions of a message, each answered as the next message of the conversation would be
 * (`typed`: the message as typed and normalised); or the one question a pick names.
 */
function answerQuestions(
  questions: readonly string[],
  state: SessionState,
  { e, at, forced, maxBytes }: Asked,
  { typed, text } = { typed: '', text: '' },
): Answered {
  let after = state;
  let left: NextState | undefined;
  const parts: Composed[] = [];
  // "哪天停？哪天恢复？": each part's answer leads with neither, so that one answer serves both
  const neither = questions.length > 1 && ASKS_RESUME_TIME.test(text) && ASKS_STOP_TIME.test(text);
  for (const question of questions) {
    // each question is asked in the state the one before left (what it kept is read only now)
    if (left) after = keptFrom(left, after);
    // a message of one question is that question: normalised once
    const turn = answerTurn(question === typed ? text : normalize(question), after, at, e, forced, neither);
    parts.push(turn.composed);
    left = turn.state;
  }
  const composed = parts.length === 1 ? parts[0]! : joinReplies(parts, questions);
  const { reply, rest } = firstPage(composed, maxBytes);
  // numbers mean what this reply shows; a reply without any leaves nothing to pick
  return { reply, next: { ...left, suggestions: shownQuestions(composed), more: rest } };
}

/** The greeting as a reply in the conversation (a channel's welcome), so that "1" then picks its first example. */
export async function greetIn(req: Omit<AskRequest, 'text'>, { engine: e, store }: Pick<Moment, 'engine' | 'store'>): Promise<AskReply> {
  const channel = req.channel ?? 'direct';
  const key = req.session ? sessionKey(channel, req.session) : undefined;
  const state: SessionState = (key && (await store.get<SessionState>(key))) || {};
  const composed = greeting(e.kb);
  const { reply, rest } = firstPage(composed, Math.max(MIN_REPLY_BYTES, req.maxBytes ?? MAX_REPLY_BYTES));
  if (key) await store.set(key, { ...state, suggestions: shownQuestions(composed), more: rest }, SESSION_TTL_SECONDS[channel]);
  return reply;
}

/** The questions of the choices a reply shows, in number order; none shown, nothing to pick. */
function shownQuestions(composed: Composed): string[] | undefined {
  const choices = choicesIn(composed.lines);
  return choices.length ? choices.map((c) => c.question) : undefined;
}
