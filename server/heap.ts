// Gives back the memory that loading the knowledge used only for a moment.
//
// Parsing YAML and building the indexes leave garbage mixed among the objects
// that stay; after an ordinary GC, V8 keeps the part-empty pages committed. On
// 300 cities that was ~60 MB of resident memory holding nothing (BENCHMARKS.md).
// One full GC that compacts every page returns it. This needs `gc`, which the
// service's start command exposes (`node --expose-gc`, see package.json); without
// it, nothing happens.
import v8 from 'node:v8';

/** One compacting full GC; false when `gc` is not exposed. Takes ~50 ms on 300 cities, ~15 ms on the seed. */
export function compactHeap(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return false;
  // an ordinary full GC compacts only the most fragmented pages; gc({ flavor: 'last-resort' }) measured worse
  v8.setFlagsFromString('--compact-on-every-full-gc');
  try {
    gc();
  } finally {
    v8.setFlagsFromString('--no-compact-on-every-full-gc');
  }
  return true;
}
