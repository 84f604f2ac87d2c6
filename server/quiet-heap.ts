// Gives back, once the service falls quiet, the memory a burst of traffic left behind.
//
// Under load V8 grows the heap (the young generation to its ceiling, old-space pages
// part-filled with the garbage of thousands of requests) and keeps it committed after the
// load ends: after 15,000 webhook messages the service stayed at ~165 MB resident while
// holding ~50 MB of live objects, and one compacting GC brought it back to ~100 MB
// (BENCHMARKS.md, session 6). V8's own memory reducer did not, in 30 s of idling.
// So: when a period of quiet follows a growth of the heap, one compacting GC
// (server/heap.ts). Quiet means under one request a second, so a load balancer's health
// probes do not keep it from happening; the pause (~15 ms on the seed knowledge, ~50 ms on
// 300 cities) then falls where almost nobody waits.
import type { EventEmitter } from 'node:events';
import v8 from 'node:v8';
import { compactHeap } from './heap.ts';

export interface QuietHeapOptions {
  /** how long a quiet period lasts before the heap is compacted (default 5 s) */
  periodMs?: number;
  /** how far the heap must have grown since the last compaction (default 16 MB) */
  riseBytes?: number;
  /** the compaction (tests); compactHeap by default, which needs `node --expose-gc` */
  compact?: () => boolean;
  /**
   * The heap's committed size in bytes (tests); by default V8's own count (total_heap_size), not
   * resident memory: right after a compaction the freed pages are still resident for a while, so a
   * reading then was too high, and a burst that followed at once was never compacted (300 cities:
   * 208 MB kept after the realistic load, BENCHMARKS.md, session 8). V8's count is exact at once.
   */
  size?: () => number;
}

/** Watches `server`'s requests; returns a function that stops watching. */
export function compactWhenQuiet(server: EventEmitter, opts: QuietHeapOptions = {}): () => void {
  const { periodMs = 5_000, riseBytes = 16 * 2 ** 20, compact = compactHeap, size = () => v8.getHeapStatistics().total_heap_size } = opts;
  let requests = 0;
  // the rise is measured from the smallest heap seen while quiet (and from what a compaction left)
  let baseline = size();
  let compacted = false;
  const count = () => requests++;
  server.on('request', count);
  const timer = setInterval(() => {
    const quiet = requests < periodMs / 1000;
    requests = 0;
    if (!quiet) {
      // traffic came before the level after a compaction could be read: the rise stays measured from before it
      compacted = false;
      return;
    }
    const now = size();
    if (compacted) {
      // what the last compaction left, a period later: the level to rise from (never compacted again for less)
      compacted = false;
      baseline = now;
      return;
    }
    baseline = Math.min(baseline, now);
    if (now - baseline < riseBytes) return;
    compact();
    compacted = true;
  }, periodMs).unref(); // never what keeps the process alive
  return () => {
    clearInterval(timer);
    server.off('request', count);
  };
}
