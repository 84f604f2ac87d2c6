// Reads the process environment once at start. Every variable is listed in .env.example.
import { DateTime } from 'luxon';
import { parseMoment } from './moment.ts';

export interface Config {
  port: number;
  host: string;
  knowledgeDir: string;
  /** pinned clock for demos and training (BOT_NOW) */
  now?: DateTime;
  /** CONSOLE_TOKEN: when set, the agents' console (GET /) and its API need it; unset = open */
  consoleToken?: string;
}

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number, got "${env.PORT}"`);
  let now: DateTime | undefined;
  if (env.BOT_NOW) {
    const parsed = parseMoment(env.BOT_NOW);
    if (!parsed) throw new ConfigError(`BOT_NOW must be an ISO 8601 date-time such as 2021-12-20T10:00, got "${env.BOT_NOW}"`);
    now = parsed;
  }
  const consoleToken = env.CONSOLE_TOKEN?.trim() || undefined;
  return { port, host: env.HOST ?? '0.0.0.0', knowledgeDir: env.KNOWLEDGE_DIR ?? 'knowledge', now, consoleToken };
}
