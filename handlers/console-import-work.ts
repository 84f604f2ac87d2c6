// What the operator page does with a notice, loaded at its first use: the importer, the
// knowledge reader behind the draft's check (zod and the YAML parsers) and the folder writer.
// The serving process never loads them otherwise (test/e2e/production-install.test.ts).
import { z } from 'zod';

export { ImportError, importNotice } from '../src/import/index.ts';
export { placeFolder } from '../src/import/publish.ts';
export { readDomain } from '../src/knowledge/read-domain.ts';
export { blockingProblems, checkBody, DraftReviews } from './console-import-drafts.ts';

const Draft = z.strictObject({
  noticeMd: z.string().min(1, 'noticeMd is empty'),
  factsYaml: z.string().min(1, 'factsYaml is empty'),
  overwrite: z.boolean().optional(),
});
export type Draft = z.output<typeof Draft>;

/** The draft in a request's JSON body, or what is wrong with it. */
export function parseDraft(body: unknown): { draft: Draft } | { error: string } {
  const parsed = Draft.safeParse(body);
  return parsed.success ? { draft: parsed.data } : { error: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') };
}
