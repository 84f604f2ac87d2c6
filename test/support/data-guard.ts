// What ./data holds (file → size and mtime), to prove the tests left it alone.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export type DataSnapshot = Map<string, string>;

export function snapshotData(root: string): DataSnapshot {
  const out: DataSnapshot = new Map();
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return; // no ./data (the usual case)
    }
    out.set(relative(root, dir) + '/', 'dir');
    for (const name of names) {
      const path = join(dir, name);
      const st = statSync(path, { throwIfNoEntry: false });
      if (st?.isDirectory()) walk(path);
      else if (st) out.set(relative(root, path), `${st.size} bytes, modified ${st.mtime.toISOString()}`);
    }
  };
  walk(join(root, 'data'));
  return out;
}

/** What appeared or changed in `after` (a file removed during the run is not a write). */
export function dataChanges(before: DataSnapshot, after: DataSnapshot): string[] {
  return [...after]
    .filter(([path, what]) => before.get(path) !== what)
    .map(([path, what]) => (before.has(path) ? `${path} changed (${what})` : `${path} created`));
}
