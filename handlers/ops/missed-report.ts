// Groups the missed-question log by similar wording for `npm run report`: the
// same question asked many ways is one line to act on. Questions are normalised
// (src/understand/normalize.ts), stripped of punctuation and filler words
// ("请问", "吗", "怎么"), then compared by character-bigram Jaccard similarity;
// most frequent wordings first, each joins the first group it is similar enough to.
import { FILLER } from '../../src/understand/lexicon.ts';
import { normalize } from '../../src/understand/normalize.ts';
import type { MissedEntry } from './missed-log.ts';

/** bigram Jaccard at or above this puts two wordings in one group (measured on hand-made variants in test/ops-missed.test.ts) */
export const SIMILARITY = 0.5;

// single characters only when they are particles: 会 or 个 inside 社会保险 or 个人账户 must stay
const PARTICLES = ['吗', '呢', '吧', '啊', '呀', '哦', '嘛', '了', '的', '得', '咋'];
const EXTRA_FILLER = ['怎么办', '怎么', '如何', '怎样', '为啥', '为什么', '能不能', '可不可以', '可以'];
const STRIP = [...new Set([...FILLER.filter((w) => w.length > 1), ...PARTICLES, ...EXTRA_FILLER])].sort((a, b) => b.length - a.length);
const PUNCTUATION = /[\p{P}\p{S}\s]/gu;

/** The comparable core of a question: normalised, no punctuation, no filler. */
export function wordingKey(question: string): string {
  let s = normalize(question).replace(PUNCTUATION, '');
  for (const w of STRIP) s = s.split(w).join('');
  return s || normalize(question).replace(PUNCTUATION, ''); // all filler: keep what there was
}

export function bigrams(s: string): Set<string> {
  const chars = [...s];
  if (chars.length < 2) return new Set(chars);
  const out = new Set<string>();
  for (let i = 0; i < chars.length - 1; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / (a.size + b.size - common);
}

export interface MissedGroup {
  count: number;
  /** the most frequent wording as asked (normalised) */
  question: string;
  /** other wordings with their counts, most frequent first */
  variants: { question: string; count: number }[];
  lastSeen: string;
  /** distinct hashed users (entries without a user are not counted) */
  users: number;
  bands: Record<string, number>;
  channels: Record<string, number>;
  cities: Record<string, number>;
  /** the candidate retrieval found most often for these questions, with its best score */
  top: { title: string; score: number; count: number } | null;
}

interface Wording {
  key: string;
  grams: Set<string>;
  entries: MissedEntry[];
}

export function groupMissed(entries: MissedEntry[], similarity = SIMILARITY): MissedGroup[] {
  const byKey = new Map<string, Wording>();
  for (const e of entries) {
    const key = wordingKey(e.question);
    let w = byKey.get(key);
    if (!w) byKey.set(key, (w = { key, grams: bigrams(key), entries: [] }));
    w.entries.push(e);
  }
  const clusters: { rep: Wording; members: Wording[] }[] = [];
  for (const w of [...byKey.values()].sort((a, b) => b.entries.length - a.entries.length || a.key.localeCompare(b.key))) {
    let best: (typeof clusters)[number] | undefined;
    let bestSim = similarity;
    for (const c of clusters) {
      const sim = jaccard(w.grams, c.rep.grams);
      if (sim >= bestSim) [best, bestSim] = [c, sim];
    }
    if (best) best.members.push(w);
    else clusters.push({ rep: w, members: [w] });
  }
  return clusters.map((c) => summarise(c.members.flatMap((m) => m.entries))).sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen));
}

function summarise(entries: MissedEntry[]): MissedGroup {
  const texts = tally(entries.map((e) => normalize(e.question)));
  const [question, ...variants] = texts;
  const tops = new Map<string, { title: string; score: number; count: number }>();
  for (const e of entries) {
    if (!e.top) continue;
    const t = tops.get(e.top.title) ?? { title: e.top.title, score: e.top.score, count: 0 };
    t.count++;
    t.score = Math.max(t.score, e.top.score);
    tops.set(e.top.title, t);
  }
  return {
    count: entries.length,
    question: question!.value,
    variants: variants.map((v) => ({ question: v.value, count: v.count })),
    lastSeen: entries.reduce((m, e) => (e.time > m ? e.time : m), ''),
    users: new Set(entries.map((e) => e.user).filter(Boolean)).size,
    bands: counts(entries.map((e) => e.band)),
    channels: counts(entries.map((e) => e.channel)),
    cities: counts(entries.map((e) => e.city ?? '—')),
    top: [...tops.values()].sort((a, b) => b.count - a.count || b.score - a.score)[0] ?? null,
  };
}

function tally(values: string[]): { value: string; count: number }[] {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

function counts(values: string[]): Record<string, number> {
  return Object.fromEntries(tally(values).map((t) => [t.value, t.count]));
}

/** "7d", "24h", "30m", "2w" → milliseconds; undefined when it is not a duration. */
export function parseDuration(s: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([mhdw])$/i.exec(s.trim());
  if (!m) return undefined;
  const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 }[m[2]!.toLowerCase() as 'm' | 'h' | 'd' | 'w'];
  return Number(m[1]) * unit;
}

/** Parses JSONL text; lines that are not a missed entry are counted, not fatal (a crash may leave a torn last line). */
export function parseMissed(text: string): { entries: MissedEntry[]; skipped: number } {
  const entries: MissedEntry[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const e = JSON.parse(line) as MissedEntry;
      if (typeof e?.question === 'string' && typeof e.time === 'string') entries.push(e);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { entries, skipped };
}
