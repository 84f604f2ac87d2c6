// Imports a notice in a test: the draft's text and its facts as data, and the draft folder
// loaded by the project's reader (kb:check's rules) from a temporary folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import { readDomain } from '../../src/knowledge/read-domain.ts';
import { readKnowledge } from '../../src/knowledge/read.ts';
import type { KnowledgeBase } from '../../src/knowledge/model.ts';
import { importNotice, type ImportResult } from '../../src/import/index.ts';
import { tempDir } from './helpers.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const domain = readDomain(join(ROOT, 'knowledge'), (p) => p).domain;

export interface Drafted {
  result: ImportResult;
  // the facts as written (plain data)
  facts: Record<string, any>;
  /** the draft loaded as the service loads it (throws KnowledgeLoadError when kb:check would fail) */
  load: () => KnowledgeBase;
}

export async function draft(content: string | Uint8Array, name = 'notice.md', options: { id?: string; city?: string } = {}): Promise<Drafted> {
  const result = await importNotice({ content, name }, { domain, id: options.id ?? 'test-notice', city: options.city });
  const dir = join(tempDir('import-test-'), result.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'notice.md'), result.noticeMd);
  writeFileSync(join(dir, 'facts.yaml'), result.factsYaml);
  return { result, facts: parse(result.factsYaml), load: () => buildKnowledge(readKnowledge(dir)) };
}
