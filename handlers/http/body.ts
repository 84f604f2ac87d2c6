// Reads a request body as UTF-8 text (or bytes), refusing it with 413 past `limit` bytes.
// Koa has no body parser and WeChat posts raw XML, so we read the stream ourselves.
import type { Context } from 'koa';
import { Refusal, refuse } from './refuse.ts';

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export async function readBody(ctx: Context, limit = DEFAULT_MAX_BODY_BYTES): Promise<string> {
  return (await readBodyBytes(ctx, limit)).toString('utf8');
}

/** The body as bytes (an uploaded file), refused with 413 past `limit` bytes. */
export async function readBodyBytes(ctx: Context, limit = DEFAULT_MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(ctx.get('content-length'));
  if (declared > limit) tooLarge(ctx, limit);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
      size += chunk.length;
      // a chunked or lying sender: stop reading at once rather than buffer the rest
      if (size > limit) tooLarge(ctx, limit);
      chunks.push(chunk);
    }
  } catch (e) {
    // the client hung up mid-body (Node's "aborted", ECONNRESET): its fault, not ours, so no 500 at error level
    if (!ctx.req.complete && !(e instanceof Refusal)) refuse(400, 'request body incomplete: the client closed the connection');
    throw e;
  }
  return Buffer.concat(chunks);
}

function tooLarge(ctx: Context, limit: number): never {
  ctx.set('Connection', 'close'); // the unread rest of the body makes the connection unusable
  refuse(413, `request body over ${limit} bytes`);
}

/**
 * Reads and throws away a body the route will not use (up to `limit` bytes) before it is refused:
 * a server that answers and closes while the client is still sending makes the client's
 * socket reset, and the refusal is lost. Past the limit the connection is closed instead.
 */
export async function discardBody(ctx: Context, limit = DEFAULT_MAX_BODY_BYTES): Promise<void> {
  if (ctx.req.complete || !(Number(ctx.get('content-length')) > 0 || ctx.get('transfer-encoding'))) return;
  let size = 0;
  try {
    for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) {
        ctx.set('Connection', 'close');
        return;
      }
    }
  } catch {
    // the client hung up: nothing left to answer
  }
}
