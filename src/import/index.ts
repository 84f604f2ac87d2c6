// The importer's API: a notice (file bytes or pasted text) in, a draft knowledge folder out
// (notice.md and facts.yaml as text, a summary, and the items to check with their quotes).
// No file I/O here: the CLI (bin/import.ts) and the operator page read and write files.
import { buildDomain } from '../knowledge/facets.ts';
import type { DomainFacts } from '../knowledge/domain-schema.ts';
import { draftFacts } from './draft.ts';
import { toYaml, type Uncertain } from './emit.ts';
import { ImportError } from './errors.ts';
import { idFromName } from './ids.ts';
import { type NoticeSource, toMarkdown } from './source.ts';

export { ImportError } from './errors.ts';
export type { NoticeSource, Format } from './source.ts';
export type { Uncertain } from './emit.ts';

export interface ImportOptions {
  /** the shared vocabulary (knowledge/_domain, as readDomain gives it) */
  domain: DomainFacts;
  /** the notice folder's id; default from the file name, else notice-<date> */
  id?: string;
  /** the city, when the notice does not name it */
  city?: string;
}

export interface ImportSummary {
  businesses: number;
  windows: number;
  steps: number;
  procedures: number;
  contacts: number;
  uncertain: number;
}

export interface ImportResult {
  id: string;
  noticeMd: string;
  factsYaml: string;
  summary: ImportSummary;
  uncertain: Uncertain[];
}

const ID = /^[a-z0-9-]+$/;

export async function importNotice(source: NoticeSource, options: ImportOptions): Promise<ImportResult> {
  if (options.id !== undefined && !ID.test(options.id)) throw new ImportError(`bad id "${options.id}": lowercase ascii words joined by -`);
  const noticeMd = await toMarkdown(source);
  const id = options.id ?? idFromName(source.name) ?? 'notice';
  const facts = draftFacts(buildDomain(options.domain), noticeMd, { id, city: options.city });
  const businesses = facts.businesses as { windows: unknown[]; before: unknown[]; during: unknown[]; after: unknown[] }[];
  const summary: Omit<ImportSummary, 'uncertain'> = {
    businesses: businesses.length,
    windows: businesses.reduce((n, b) => n + b.windows.length, 0),
    steps: businesses.reduce((n, b) => n + b.before.length + b.during.length + b.after.length, 0),
    procedures: (facts.procedures as unknown[]).length,
    contacts: (facts.contacts as unknown[]).length,
  };
  const header = ` 草稿：由 npm run import 从公告生成，未经核对。每个「请核对」都要看一遍，再用 npm run kb:check 检查。\n 来源文本：同目录的 notice.md`;
  const { yaml, uncertain } = toYaml(facts, header);
  return { id, noticeMd, factsYaml: yaml, summary: { ...summary, uncertain: uncertain.length }, uncertain };
}
