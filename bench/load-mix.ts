// A realistic mix of traffic during a cutover: ~200 distinct questions from the
// question sets, drawn Zipf-like (a few asked very often, most rarely), from 2,000
// senders, each message with a new MsgId, and some follow-ups ("1", "更多",
// "那长沙呢") from a sender who asked before. Deterministic for a given seed.
import type { ChatClient } from '../bin/lib/chat-client.ts';
import { cases as set1 } from '../test/questions/cases.ts';
import { cases as set2 } from '../test/questions/cases-2.ts';
import { cases as set3 } from '../test/questions/cases-3.ts';
import { cases as set4 } from '../test/questions/cases-4.ts';
import { cases as set5 } from '../test/questions/cases-5.ts';
import { keyedClient } from '../test/support/wechat-support.ts';
import { mulberry32 } from './stats.ts';

export const MIX = { distinct: 200, senders: 2000, followUpShare: 0.1, zipfExponent: 1 };
const FOLLOW_UPS = ['1', '2', '更多', '那长沙呢', '那武汉呢'];
/** during the Wuhan cutover: every answer has a live countdown or status to compute */
export const AT = '2021-12-12T10:00:00+08:00';

export interface Message {
  sender: number;
  text: string;
}

const rng = mulberry32;

/** standalone questions (no session of their own), each once, interleaved across the sets */
export function distinctQuestions(count = MIX.distinct): string[] {
  const sets = [set1, set2, set3, set4, set5].map((s) => s.filter((c) => !c.session && c.q.length > 3).map((c) => c.q));
  const seen = new Set<string>();
  for (let i = 0; seen.size < count && sets.some((s) => i < s.length); i++) for (const s of sets) if (s[i] && seen.size < count) seen.add(s[i]!);
  return [...seen];
}

/** `count` messages: Zipf-like questions, random senders, follow-ups from senders who asked */
export function messages(count: number, seed = 14): Message[] {
  const rand = rng(seed);
  const questions = distinctQuestions();
  const weights = questions.map((_, rank) => 1 / (rank + 1) ** MIX.zipfExponent);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const total = cumulative[cumulative.length - 1]!;
  const pickQuestion = () => {
    const x = rand() * total;
    let lo = 0;
    for (let hi = cumulative.length - 1; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return questions[lo]!;
  };
  const asked = new Set<number>();
  const out: Message[] = [];
  for (let i = 0; i < count; i++) {
    const sender = Math.floor(rand() * MIX.senders);
    const followUp = asked.has(sender) && rand() < MIX.followUpShare;
    out.push({ sender, text: followUp ? FOLLOW_UPS[Math.floor(rand() * FOLLOW_UPS.length)]! : pickQuestion() });
    asked.add(sender);
  }
  return out;
}

/** GET /api/ask paths, the sender as the session */
export function apiPaths(list: Message[]): string[] {
  return list.map((m) => `/api/ask?q=${encodeURIComponent(m.text)}&at=${encodeURIComponent(AT)}&session=bench-${m.sender}`);
}

/** sealed safe-mode POST /wechat requests (path and body), each with a new MsgId */
export function sealedWebhook(url: string, list: Message[]): { path: string; body: string }[] {
  const clients = new Map<number, ChatClient>();
  const at = new Date(AT);
  return list.map((m) => {
    let c = clients.get(m.sender);
    if (!c) {
      c = keyedClient(url, 'wechat', { user: `oBenchSender${m.sender}` });
      clients.set(m.sender, c);
    }
    const r = c.prepare({ MsgType: 'text', Content: m.text }, { at });
    const u = new URL(r.url);
    return { path: u.pathname + u.search, body: r.body };
  });
}
