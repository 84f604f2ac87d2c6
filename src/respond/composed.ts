// The shape of a composed reply, and the replies and endings every branch of respond.ts shares:
// lines with no sources (plain), a fallback, the greeting, and finish() (contact and source lines).
import { contactLine } from '../answer/contact-line.ts';
import { fallbackLines, greetingLines, nothingToPickLines, pickOutOfRangeLines, type FallbackReason } from '../answer/replies/fixed.ts';
import type { SourceList } from '../answer/sources.ts';
import { choicesIn } from '../contract/reply-text.ts';
import type { Band, ReplyLine, Source } from '../contract/types.ts';
import type { Business, City, KnowledgeBase } from '../knowledge/model.ts';
import type { Lexicon } from '../text/tokenize.ts';

export interface Composed {
  /** the reply's lines, numbered choices among them (replying 1/2/3 picks one) */
  lines: ReplyLine[];
  band: Band;
  city: City | null;
  sources: Source[];
  /** the questions of the choices shown, or (none shown) alternatives to the answer */
  suggestions: string[];
  top?: { title: string; score: number };
  /** the place no notice covers, when that is the reply */
  uncovered?: string;
  /** the contact line and source lines that end `lines` (a reply to several questions shows each once) */
  cited?: { contact?: string; sources: string[] };
}

/** The greeting (and every channel's welcome) numbers example questions: "1" then asks the first. */
export function greeting(kb: KnowledgeBase): Composed {
  return plain(greetingLines(kb));
}

export function nothingToPick(kb: KnowledgeBase, shown: number): Composed {
  if (shown) return plain(pickOutOfRangeLines(shown));
  return plain(nothingToPickLines(kb));
}

/** Lines without sources; the choices among them are what a number picks. */
export function plain(lines: ReplyLine[]): Composed {
  return { lines, band: 'answer', city: null, sources: [], suggestions: choicesIn(lines).map((c) => c.question) };
}

export function fallback(kb: KnowledgeBase, reason: FallbackReason, place?: string): Composed {
  return { ...plain(fallbackLines(kb, reason, place)), band: 'fallback', ...(reason === 'unknown-place' && place ? { uncovered: place } : {}) };
}

/** What finish() adds besides the source lines. */
interface FinishOptions {
  /** the business answered, whose contact line is shown (default: the city's general lines) */
  business?: Business;
  /** a contact line at all (default true): not where the reply lists numbers already, or none fit */
  withContact?: boolean;
  /** reads which of 医保 / 社保 / 工伤 the business is, to find its general line */
  lexicon?: Lexicon;
}

/** Adds the contact line of the reply's city and one source line per notice used. */
export function finish(c: Pick<Composed, 'lines' | 'band' | 'city'> & Partial<Composed>, sources: SourceList, opts: FinishOptions = {}): Composed {
  const { business, withContact = true, lexicon } = opts;
  const contact = c.city && withContact ? contactLine(c.city, business, sources, lexicon) || undefined : undefined;
  const cited = { contact, sources: sources.lines() };
  const lines = [...c.lines, ...(contact ? [contact] : []), ...cited.sources];
  return { suggestions: [], top: undefined, ...c, lines, sources: sources.list(), cited };
}
