// The JSON shape of an answer for other systems: GET /api/ask sends it and `npm run ask -- --json`
// prints it, so a script written against one works against the other.
// Its shape is the schema AskResponse (api-schemas.ts), which openapi.json describes.
import type { AskReply } from '../src/contract/types.ts';
import type { AskResponse } from './api-schemas.ts';

export type ApiAnswer = AskResponse;

export function apiAnswer(reply: AskReply): ApiAnswer {
  return { answer: reply.text, band: reply.band, city: reply.city, sources: reply.sources, suggestions: reply.suggestions };
}

/**
 * The answer as a JSON body in UTF-8, written once per reply: a repeated question gets the same
 * reply object from the answer cache (src/conversation/answer-cache.ts), so its bytes are reused
 * too (as bytes, neither measured nor encoded again for each response).
 */
const bodies = new WeakMap<AskReply, Buffer>();
export function apiAnswerBody(reply: AskReply): Buffer {
  let body = bodies.get(reply);
  if (body === undefined) bodies.set(reply, (body = Buffer.from(JSON.stringify(apiAnswer(reply)))));
  return body;
}
