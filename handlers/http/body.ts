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
  try {
    return await collect(ctx, limit);
  } catch (e) {
    // the client hung up mid-body (Node's "aborted", ECONNRESET): its fault, not ours, so no 500 at error level
    if (!ctx.req.complete && !(e instanceof Refusal)) refuse(400, 'request body incomplete: the client closed the connection');
    throw e;
  }
}

/**
 * The body's chunks as they come ('data' events: one promise per body, where `for await`
 * made one per chunk and an async iterator per request). Past `limit` the request is
 * read no further rather than buffering the rest.
 */
function collect(ctx: Context, limit: number): Promise<Buffer> {
  const req = ctx.req;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
      if (size <= limit) return;
      // a chunked or lying sender
      stop();
      req.pause(); // the 413 then closes the connection (tooLarge)
      try {
        tooLarge(ctx, limit);
      } catch (e) {
        reject(e);
      }
    };
    const onEnd = () => {
      stop();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    };
    const onError = (e: Error) => {
      stop();
      reject(e);
    };
    const onClose = () => onError(Object.assign(new Error('the request closed before its end'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
    if (req.readableEnded) return resolve(Buffer.alloc(0)); // read already (nothing is left)
    if (req.destroyed) return onClose();
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
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
