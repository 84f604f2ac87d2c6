// The logger the request handlers write to (pino; server/logger.ts creates it) and
// the one shape an error is logged in.
export type { Logger } from 'pino';

/** An error as name and message, without the stack: one short line per failure. (Not under `err`: pino would reserialise it with an empty stack.) */
export const errorFields = (e: unknown) => ({ error: { name: (e as Error)?.name ?? 'Error', message: (e as Error)?.message ?? String(e) } });
