// The one place every question passes through, whatever the channel: the rate
// limit, the reply metrics, the missed-question log and the request log's
// band/question. createApp hands each channel's router its own wrapper, so the
// channel is known without the channels passing it along; the request (client
// address, where the log line's band goes) comes as ask's second argument.
import type { Assistant } from '../../src/assistant.ts';
import { replyOfLines } from '../../src/contract/reply-text.ts';
import type { AskReply, AskRequest } from '../../src/contract/types.ts';
import { errorFields, type Logger } from './log.ts';
import type { Metrics } from './metrics.ts';
import { tooMany } from '../../src/answer/wording/index.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { Channel, RequestAssistant, RequestInfo } from '../http/request-info.ts';

export type AskChannel = Extract<Channel, 'api' | 'wechat' | 'wecom' | 'console'>;

/** Limited channels (each with the limiter it is given: RATE_LIMIT_PER_MINUTE for the webhooks, API_RATE_LIMIT_PER_MINUTE for /api/ask); the agents' console never is. */
const LIMITED: ReadonlySet<AskChannel> = new Set(['api', 'wechat', 'wecom']);

/** A question the bot could not answer outright: what the missed-question log keeps. */
export const isMissed = (reply: AskReply) => reply.band === 'fallback' || reply.band === 'clarify';

/** Where missed questions are written (server/missed-log.ts); `source` is whose flood it belongs to. */
export interface MissedRecorder {
  record(channel: AskChannel, req: AskRequest, reply: AskReply, knowledge: string, source: string): void;
}

export interface ObserveDeps {
  log: Logger;
  metrics?: Metrics;
  missed?: MissedRecorder;
  limiter?: RateLimiter;
}

/**
 * Whose flood a missed line belongs to: a webhook's sender (signed by Tencent, one
 * person), else the client address; /api/ask's and the console's session is chosen by
 * the caller, so a new one per request must not dodge the sampling.
 */
function floodSource(channel: AskChannel, session: string | undefined, ip: string | undefined): string {
  if ((channel === 'wechat' || channel === 'wecom') && session) return `${channel}:${session}`;
  return ip ? `ip:${ip}` : `${channel}:${session ?? ''}`;
}

export function observeAssistant(assistant: Assistant, channel: AskChannel, deps: ObserveDeps): RequestAssistant {
  return {
    ...assistant,
    async ask(req: AskRequest, request?: RequestInfo) {
      if (request) request.question = req.text; // printed only with LOG_BODIES=1

      if (deps.limiter && LIMITED.has(channel)) {
        // the webhooks' session is the signed sender; /api/ask's is whatever the caller says,
        // so the API counts by client address (a new session per request must not reset it)
        const sender = channel === 'api' ? (request ? `ip:${request.ip}` : undefined) : req.session;
        const verdict = sender
          ? await deps.limiter.check(`${channel}:${sender}`).catch((e) => {
              deps.log.warn(errorFields(e), 'rate limit counter unavailable; not limiting'); // fail open: answering matters more
              return undefined;
            })
          : undefined;
        if (verdict?.limited) {
          deps.metrics?.rateLimited.inc({ channel });
          if (request) request.retryAfter = verdict.retryAfter;
          return replyOfLines([tooMany(deps.limiter.perMinute, verdict.retryAfter)], 'fallback');
        }
      }

      const knowledge = assistant.knowledge().version;
      const started = performance.now();
      const reply = await assistant.ask(req);
      deps.metrics?.reply(channel, reply.band, (performance.now() - started) / 1000);
      if (request) request.band = reply.band;
      if (deps.missed && isMissed(reply)) deps.missed.record(channel, req, reply, knowledge, floodSource(channel, req.session, request?.ip));
      return reply;
    },
  };
}
