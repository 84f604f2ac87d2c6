// The work on a text that does not depend on the moment of asking, kept per knowledge load (the
// engine holds it: a reload starts it empty): a message normalised and cut into its questions, and
// each question as understood. The answer cache keys a reply on the minute (answer-cache.ts), so
// the commonest miss is a text asked before at another minute: it then pays only for what the
// moment decides. A reading kept is read again at the new moment (rereadAt: the period asked
// about, and what a dictated claim says); when the moment makes other words name a time ("25号"
// near a month's end), the text is read afresh. Bounded: the texts least recently used go first.
import type { DateTime } from 'luxon';
import { rereadAt, understand, type UnderstandContext, type Understanding } from '../understand/index.ts';
import { normalize } from '../understand/normalize.ts';
import { splitQuestions } from '../understand/parts.ts';
import { understandCarrying } from './carried-city.ts';
import { RecentlyUsed } from './recently-used.ts';

/**
 * Texts kept (messages, and questions apart). A text's readings and searches (kept-searches.ts) take
 * ≈ 3.5 KB on the seed, ≈ 4 KB with 300 cities: ≈ 4 MB at most; a cutover's repeated questions are a few hundred.
 */
export const DEFAULT_TEXTS_KEPT = 1_000;
/** Readings of one question under different cities carried (a shared place name: 高新区). */
const MAX_CITIES_PER_TEXT = 16;

export interface MessageReading {
  /** the message normalised */
  text: string;
  /** its questions, as typed (splitQuestions) */
  questions: readonly string[];
}

/** How one question (or one question under a city the caller forces) has been read. */
interface QuestionReadings {
  /** the city the conversation carries changed its reading (carried-city.ts): one reading per city carried */
  byCity: boolean;
  /** the city carried ('' for none, or when the city does not matter) → the reading at some moment */
  readings: Map<string, Understanding>;
}

export class Readings {
  private readonly messages: RecentlyUsed<MessageReading>;
  private readonly questions: RecentlyUsed<QuestionReadings>;

  constructor(
    private readonly ctx: UnderstandContext,
    /** place names several cities share (carried-city.ts) */
    private readonly shared: ReadonlySet<string>,
    readonly maxTexts = DEFAULT_TEXTS_KEPT,
  ) {
    this.messages = new RecentlyUsed(maxTexts);
    this.questions = new RecentlyUsed(maxTexts);
  }

  /** The questions kept (each with its readings). */
  get size(): number {
    return this.questions.size;
  }

  /** A message as typed, normalised and cut into its questions. */
  message(typed: string): MessageReading {
    return this.messages.get(typed) ?? this.messages.set(typed, { text: normalize(typed), questions: splitQuestions(typed) });
  }

  /**
   * A normalised question understood at `at`: in its conversation (understandCarrying, which calls
   * `carried` for the conversation's city only where it can change the reading), or for the city
   * the caller `forced`. `carried` is called exactly when a first reading would call it.
   */
  question(text: string, at: DateTime, carried: () => string | undefined, forced?: string): Understanding {
    const key = forced === undefined ? `\u0000${text}` : `${forced}\u0000${text}`;
    const known = this.questions.get(key);
    if (known) {
      const kept = known.readings.get(known.byCity ? (carried() ?? '') : '');
      const u = kept && rereadAt(kept, at);
      if (u) return u;
    }
    let byCity = false;
    let city: string | undefined;
    const u =
      forced === undefined
        ? understandCarrying(text, at, this.ctx, this.shared, () => {
            byCity = true;
            return (city = carried());
          })
        : understand(text, at, this.ctx, forced);
    // a reading whose moment named other words may need the city where the kept ones did not: start again
    const entry = known?.byCity === byCity ? known : { byCity, readings: new Map<string, Understanding>() };
    if (entry.readings.size < MAX_CITIES_PER_TEXT || entry.readings.has(city ?? '')) entry.readings.set(city ?? '', u);
    if (entry !== known) this.questions.set(key, entry);
    return u;
  }
}
