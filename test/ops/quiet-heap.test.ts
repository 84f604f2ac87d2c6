// The memory a burst of traffic leaves behind is given back once the service falls quiet
// (one compacting GC), and not while it is busy or when nothing much was left behind.
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compactWhenQuiet } from '../../server/quiet-heap.ts';

const MB = 2 ** 20;

/** `startMB`: resident memory when watching starts (just after loading) */
function watched(periodMs = 1000, startMB = 100) {
  const server = new EventEmitter();
  let rss = startMB * MB;
  const compactions: number[] = [];
  const stop = compactWhenQuiet(server, {
    periodMs,
    riseBytes: 16 * MB,
    size: () => rss,
    compact: () => {
      compactions.push(rss);
      rss = 105 * MB; // what a compacting GC gives back
      return true;
    },
  });
  const requests = (n: number) => {
    for (let i = 0; i < n; i++) server.emit('request');
  };
  return { compactions, stop, requests, grow: (to: number) => (rss = to * MB) };
}

describe('compacting the heap once the service falls quiet', () => {
  afterEach(() => vi.useRealTimers());

  it('compacts once after a burst has raised resident memory, when the requests stop', () => {
    vi.useFakeTimers();
    const w = watched();
    w.requests(5000);
    w.grow(165);
    vi.advanceTimersByTime(1000); // busy: nothing yet
    expect(w.compactions).toEqual([]);
    vi.advanceTimersByTime(1000); // a quiet period
    expect(w.compactions).toEqual([165 * MB]);
    vi.advanceTimersByTime(10_000); // nothing has grown since
    expect(w.compactions).toHaveLength(1);
    w.stop();
  });

  it('health probes (under one a second) do not keep it from happening; steady traffic does', () => {
    vi.useFakeTimers();
    const w = watched(10_000);
    w.grow(170);
    w.requests(50); // 5 a second
    vi.advanceTimersByTime(10_000);
    expect(w.compactions).toEqual([]);
    w.requests(3); // a probe every few seconds
    vi.advanceTimersByTime(10_000);
    expect(w.compactions).toHaveLength(1);
    w.stop();
  });

  it('leaves the heap alone when memory has not risen much', () => {
    vi.useFakeTimers();
    const w = watched();
    w.grow(110);
    vi.advanceTimersByTime(10_000);
    expect(w.compactions).toEqual([]);
    w.stop();
  });

  it('measures the rise from the lowest quiet level, not from the high point just after loading', () => {
    vi.useFakeTimers();
    const w = watched(1000, 190); // just after loading, before the freed pages went back
    vi.advanceTimersByTime(1000);
    w.grow(150); // V8 gave back what loading left
    vi.advanceTimersByTime(1000);
    w.requests(5000);
    w.grow(185); // a burst: 35 MB above the quiet level, yet under the start's 190
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(1000);
    expect(w.compactions).toEqual([185 * MB]);
    w.stop();
  });

  it('does not compact again and again when what stays after a compaction is live', () => {
    vi.useFakeTimers();
    const w = watched();
    const stays = 170;
    w.requests(5000);
    w.grow(165);
    vi.advanceTimersByTime(2000);
    expect(w.compactions).toHaveLength(1);
    w.grow(stays); // the compaction gave back little: the heap holds that much now
    vi.advanceTimersByTime(20_000);
    expect(w.compactions).toHaveLength(1);
    w.stop();
  });

  it('compacts after a burst that began right after an earlier compaction', () => {
    vi.useFakeTimers();
    const w = watched(1000, 60); // watching began before the knowledge was loaded
    w.grow(150); // loaded
    vi.advanceTimersByTime(1000); // quiet: loading left 90 MB, compacted
    expect(w.compactions).toEqual([150 * MB]);
    w.requests(5000); // the traffic starts before the next period
    w.grow(200);
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(1000); // quiet again: the burst left 95 MB behind
    expect(w.compactions).toEqual([150 * MB, 200 * MB]);
    w.stop();
  });
});
