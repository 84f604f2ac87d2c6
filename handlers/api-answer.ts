// The JSON shape of an answer for other systems: GET /api/ask sends it and `npm run ask -- --json`
// prints it, so a script written against one works against the other.
// Its shape is the schema AskResponse (api-schemas.ts), which openapi.json describes.
import type { AskReply } from '../src/contract/types.ts';
import type { AskResponse } from './api-schemas.ts';

export type ApiAnswer = AskResponse;

export function apiAnswer(reply: AskReply): ApiAnswer {
  return { answer: reply.text, band: reply.band, city: reply.city, sources: reply.sources, suggestions: reply.suggestions };
}
