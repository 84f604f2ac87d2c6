// The notices the import benchmark measures: the two seeds (test/fixtures/notices/, gold in
// knowledge/) and every folder of test/fixtures/import-styles/ that holds a raw notice
// (notice.raw.*) beside its gold facts.yaml and notice.md.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Case } from '../test/questions/lib.ts';

export interface ImportCase {
  /** the raw notice */
  file: string;
  /** the gold knowledge folder */
  gold: string;
  /** questions about this notice alone (the styles' cases.mjs), if they load */
  questions?: () => Promise<Case[] | undefined>;
}

export function importCases(root: string): ImportCase[] {
  const notices = join(root, 'test/fixtures/notices');
  const seeds = readdirSync(notices).map((f) => ({ file: join(notices, f), gold: join(root, 'knowledge', f.replace(/\..*$/, '')) }));
  const styles = join(root, 'test/fixtures/import-styles');
  const others: ImportCase[] = [];
  if (existsSync(styles))
    for (const name of readdirSync(styles).sort()) {
      const dir = join(styles, name);
      const raw = existsSync(dir) && !name.includes('.') ? readdirSync(dir).find((f) => /^notice\.raw\./.test(f)) : undefined;
      if (!raw || !existsSync(join(dir, 'facts.yaml'))) continue;
      const cases = join(dir, 'cases.mjs');
      others.push({
        file: join(dir, raw),
        gold: dir,
        questions: existsSync(cases)
          ? async () => {
              try {
                return ((await import(cases)) as { cases: Case[] }).cases;
              } catch {
                return undefined; // its scorer helpers live outside the repository
              }
            }
          : undefined,
      });
    }
  return [...seeds.filter((s) => existsSync(join(s.gold, 'facts.yaml'))), ...others];
}
