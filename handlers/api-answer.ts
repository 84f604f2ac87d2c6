// The JSON shape of an answer for other systems: GET /api/ask sends it and `npm run ask -- --json`
// prints it, so a script written against one works against the other.
import type { AskReply } from '../src/types.ts';

export interface ApiAnswer {
  /** the plain text a citizen gets */
  answer: string;
  band: AskReply['band'];
  city: AskReply['city'];
  sources: AskReply['sources'];
  suggestions: AskReply['suggestions'];
}

export function apiAnswer(reply: AskReply): ApiAnswer {
  return { answer: reply.text, band: reply.band, city: reply.city, sources: reply.sources, suggestions: reply.suggestions };
}
