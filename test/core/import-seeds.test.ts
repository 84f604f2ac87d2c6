// Both seed notices, imported from their raw copies (test/fixtures/notices/), give drafts
// that pass kb:check and hold every window of the hand-written gold folders.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import { readKnowledge } from '../../src/knowledge/read.ts';
import { scoreWindows } from '../../bench/import-windows.ts';
import { removeTempDirs } from '../support/helpers.ts';
import { draft, ROOT } from '../support/import-support.ts';

afterAll(removeTempDirs);

describe.each([
  ['wuhan-2021-12.html.txt', 'wuhan-2021-12', '武汉'],
  ['changsha-2021-10.md', 'changsha-2021-10', '长沙'],
])('the seed %s', (file, id, city) => {
  it('imports into a draft that passes kb:check and holds every gold window', async () => {
    const path = join(ROOT, 'test/fixtures/notices', file);
    const d = await draft(readFileSync(path), basename(path), { id });
    const kb = d.load(); // throws, listing the problems, when kb:check would fail
    expect(kb.notices[0]!.city.name).toBe(city);
    const score = scoreWindows(buildKnowledge(readKnowledge(join(ROOT, 'knowledge', id))), kb);
    expect(score.misses).toEqual([]);
    expect(score.found).toBe(score.gold);
  });
});
