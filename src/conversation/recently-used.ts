// A Map as a cache of the most recently used entries: a Map iterates in insertion order, so an
// entry used is moved to the end, and the first one is the least recently used.

/** Marks an entry the most recently used. */
export function touched<T>(map: Map<string, T>, key: string, value: T): T {
  map.delete(key);
  map.set(key, value);
  return value;
}

/** Adds an entry, dropping the least recently used when there are more than `max`. */
export function keptWithin<T>(map: Map<string, T>, key: string, value: T, max: number): T {
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
  return value;
}
