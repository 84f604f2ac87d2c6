// Groups the missed-question log by similar wording for `npm run report`: the
// same question asked many ways is one line to act on. Questions are normalised
// (src/understand/normalize.ts), stripped of punctuation and filler words
// ("请问", "吗", "怎么"), then compared by character-bigram Jaccard similarity;
// most frequent wordings first, each joins the first group it is similar enough to.
// Questions about a place no notice covers are grouped by that place instead, apart:
// "广州医保什么时候恢复" is not a variant of "医保什么时候恢复" but a city to add.
// Entries are added one at a time (MissedTally), so a log is read as a stream and
// only the distinct wordings, users and places are held.
import { normalize } from '../../src/understand/normalize.ts';
import { regionOf } from '../../src/understand/places.ts';
import type { MissedEntry } from '../../server/missed-log.ts';

/** bigram Jaccard at or above this puts two wordings in one group (measured on hand-made variants in test/ops/missed-log.test.ts) */
export const SIMILARITY = 0.5;

// single characters only when they are particles: 会 or 个 inside 社会保险 or 个人账户 must stay
const PARTICLES = ['吗', '呢', '吧', '啊', '呀', '哦', '嘛', '了', '的', '得', '咋'];
const EXTRA_FILLER = ['怎么办', '怎么', '如何', '怎样', '为啥', '为什么', '能不能', '可不可以', '可以'];
const PUNCTUATION = /[\p{P}\p{S}\s]/gu;

/** The comparable core of a question: normalised, no punctuation, no filler (`filler`: the knowledge's, knowledge/_domain/concepts.yaml). */
export function wordingKeyer(filler: readonly string[]): (question: string) => string {
  const strip = [...new Set([...filler.filter((w) => w.length > 1), ...PARTICLES, ...EXTRA_FILLER])].sort((a, b) => b.length - a.length);
  return (question) => {
    let s = normalize(question).replace(PUNCTUATION, '');
    for (const w of strip) s = s.split(w).join('');
    return s || normalize(question).replace(PUNCTUATION, ''); // all filler: keep what there was
  };
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

/** Questions about one city (or province) that no notice covers. */
export interface UncoveredGroup {
  /** 广州 (for 广州市, 天河区 …) */
  place: string;
  count: number;
  /** its questions (normalised), most frequent first */
  questions: { question: string; count: number }[];
  lastSeen: string;
  users: number;
}

/** distinct questions remembered with their normalised forms (then forgotten and begun again) */
const SEEN_MAX = 50_000;

/** Everything counted about a set of entries; one per wording, merged per group. */
class Stats {
  count = 0;
  lastSeen = '';
  readonly texts = new Map<string, number>();
  readonly users = new Set<string>();
  readonly bands = new Map<string, number>();
  readonly channels = new Map<string, number>();
  readonly cities = new Map<string, number>();
  readonly tops = new Map<string, { title: string; score: number; count: number }>();

  add(e: MissedEntry, weight: number, text: string): void {
    this.count += weight;
    if (e.time > this.lastSeen) this.lastSeen = e.time;
    bump(this.texts, text, weight);
    if (e.user) this.users.add(e.user);
    bump(this.bands, e.band, weight);
    bump(this.channels, e.channel, weight);
    bump(this.cities, e.city ?? '—', weight);
    if (e.top) {
      const t = this.tops.get(e.top.title) ?? { title: e.top.title, score: e.top.score, count: 0 };
      t.count += weight;
      t.score = Math.max(t.score, e.top.score);
      this.tops.set(e.top.title, t);
    }
  }

  merge(o: Stats): void {
    this.count += o.count;
    if (o.lastSeen > this.lastSeen) this.lastSeen = o.lastSeen;
    for (const [k, v] of o.texts) bump(this.texts, k, v);
    for (const u of o.users) this.users.add(u);
    for (const [k, v] of o.bands) bump(this.bands, k, v);
    for (const [k, v] of o.channels) bump(this.channels, k, v);
    for (const [k, v] of o.cities) bump(this.cities, k, v);
    for (const [k, t] of o.tops) {
      const mine = this.tops.get(k);
      if (mine) [mine.count, mine.score] = [mine.count + t.count, Math.max(mine.score, t.score)];
      else this.tops.set(k, { ...t });
    }
  }
}

/**
 * Counts missed entries one at a time. `recognise` finds a place no notice covers in
 * a question, for lines written before the log recorded `uncovered`.
 */
export class MissedTally {
  /** questions counted (a sampled line counts as the lines it stands for) */
  questions = 0;
  private readonly wordings = new Map<string, { key: string; stats: Stats }>();
  private readonly places = new Map<string, Stats>();
  /** question as logged → its normalised text and wording key: a flood repeats a few questions many times */
  private readonly seen = new Map<string, { text: string; key: string; place?: string | null }>();

  private readonly wordingKey: (question: string) => string;

  constructor(
    private readonly recognise?: (question: string) => string | undefined,
    filler: readonly string[] = [],
  ) {
    this.wordingKey = wordingKeyer(filler);
  }

  add(e: MissedEntry): void {
    const weight = Number.isSafeInteger(e.sampled) && e.sampled! > 1 ? e.sampled! : 1;
    this.questions += weight;
    let q = this.seen.get(e.question);
    if (!q) {
      if (this.seen.size >= SEEN_MAX) this.seen.clear();
      this.seen.set(e.question, (q = { text: normalize(e.question), key: this.wordingKey(e.question) }));
    }
    const place = this.placeOf(e, q);
    if (place) {
      const region = regionOf(place);
      let stats = this.places.get(region);
      if (!stats) this.places.set(region, (stats = new Stats()));
      stats.add(e, weight, q.text);
      return;
    }
    let w = this.wordings.get(q.key);
    if (!w) this.wordings.set(q.key, (w = { key: q.key, stats: new Stats() }));
    w.stats.add(e, weight, q.text);
  }

  private placeOf(e: MissedEntry, q: { place?: string | null }): string | undefined {
    if (typeof e.uncovered === 'string' && e.uncovered) return e.uncovered;
    // an older line: only a fallback for no city can have been the "not covered" reply
    if (e.uncovered !== undefined || e.city !== null || e.band !== 'fallback' || !this.recognise) return undefined;
    if (q.place === undefined) q.place = this.recognise(e.question) ?? null;
    return q.place ?? undefined;
  }

  /** cities no notice covers, most asked first */
  uncovered(): UncoveredGroup[] {
    return [...this.places]
      .map(([place, s]) => ({
        place,
        count: s.count,
        questions: tally(s.texts).map((t) => ({ question: t.value, count: t.count })),
        lastSeen: s.lastSeen,
        users: s.users.size,
      }))
      .sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen));
  }

  /** the other questions, grouped by similar wording, most frequent first */
  groups(similarity = SIMILARITY): MissedGroup[] {
    const clusters: { grams: Set<string>; stats: Stats }[] = [];
    const wordings = [...this.wordings.values()].sort((a, b) => b.stats.count - a.stats.count || a.key.localeCompare(b.key));
    for (const w of wordings) {
      const grams = bigrams(w.key);
      let best: (typeof clusters)[number] | undefined;
      let bestSim = similarity;
      for (const c of clusters) {
        const sim = jaccard(grams, c.grams);
        if (sim >= bestSim) [best, bestSim] = [c, sim];
      }
      if (best) best.stats.merge(w.stats);
      else {
        const stats = new Stats();
        stats.merge(w.stats);
        clusters.push({ grams, stats });
      }
    }
    return clusters.map((c) => summarise(c.stats)).sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen));
  }
}

export function groupMissed(entries: Iterable<MissedEntry>, filler: readonly string[], similarity = SIMILARITY): MissedGroup[] {
  const t = new MissedTally(undefined, filler);
  for (const e of entries) t.add(e);
  return t.groups(similarity);
}

function summarise(s: Stats): MissedGroup {
  const [question, ...variants] = tally(s.texts);
  return {
    count: s.count,
    question: question!.value,
    variants: variants.map((v) => ({ question: v.value, count: v.count })),
    lastSeen: s.lastSeen,
    users: s.users.size,
    bands: counts(s.bands),
    channels: counts(s.channels),
    cities: counts(s.cities),
    top: [...s.tops.values()].sort((a, b) => b.count - a.count || b.score - a.score)[0] ?? null,
  };
}

function bump(m: Map<string, number>, key: string, by: number): void {
  m.set(key, (m.get(key) ?? 0) + by);
}

function tally(m: Map<string, number>): { value: string; count: number }[] {
  return [...m].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

function counts(m: Map<string, number>): Record<string, number> {
  return Object.fromEntries(tally(m).map((t) => [t.value, t.count]));
}

/** "7d", "24h", "30m", "2w" → milliseconds; undefined when it is not a duration. */
export function parseDuration(s: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([mhdw])$/i.exec(s.trim());
  if (!m) return undefined;
  const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 }[m[2]!.toLowerCase() as 'm' | 'h' | 'd' | 'w'];
  return Number(m[1]) * unit;
}
