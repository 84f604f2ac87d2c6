// kb:check of a draft notice folder held in memory (the operator page's review): the
// draft is written to a temporary folder beside a copy of the running knowledge's
// _domain vocabulary, read by the same reader the service loads with, built, and
// smoke-tested. Nothing is written into the knowledge directory.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildKnowledge } from '../knowledge/build.ts';
import { DOMAIN_FOLDER, FACTS_FILE } from '../knowledge/files.ts';
import type { KnowledgeBase } from '../knowledge/model.ts';
import { KnowledgeLoadError, type Problem } from '../knowledge/problems.ts';
import { readKnowledge } from '../knowledge/read.ts';
import { smokeTest } from './smoke.ts';

/** A notice folder's two files, as text. */
export interface DraftFiles {
  noticeMd: string;
  factsYaml: string;
}

export interface DraftSmoke {
  asked: number;
  missed: number;
  misses: { business: string; question: string; at: string; answered: string; hint: string }[];
  /** businesses whose questions missed more than half the time: kb:check counts these as errors */
  failing: string[];
}

export interface DraftReview {
  /** the facts' id when it is a usable folder name, else undefined */
  id: string | undefined;
  /** the reader's errors: the draft cannot be loaded while there are any */
  problems: Problem[];
  warnings: Problem[];
  /** the draft as the service would load it (absent when there are problems) */
  knowledge?: KnowledgeBase;
  /** absent when the draft did not load */
  smoke?: DraftSmoke;
}

const ID = /^[a-z0-9-]+$/;

/** The `id:` of a facts.yaml when it can be read and is a folder name. */
export function draftId(factsYaml: string): string | undefined {
  try {
    const id = (parse(factsYaml) as { id?: unknown } | null)?.id;
    return typeof id === 'string' && ID.test(id) ? id : undefined;
  } catch {
    return undefined; // the reader names the YAML problem
  }
}

/** `knowledgeDir`: the running knowledge's directory, whose _domain the draft is read with (else the shipped one). */
export async function reviewDraft(files: DraftFiles, knowledgeDir: string): Promise<DraftReview> {
  const id = draftId(files.factsYaml);
  const root = mkdtempSync(join(tmpdir(), 'cutover-draft-'));
  try {
    const folder = join(root, id ?? 'draft');
    mkdirSync(folder);
    writeFileSync(join(folder, FACTS_FILE), files.factsYaml);
    writeFileSync(join(folder, 'notice.md'), files.noticeMd);
    const domain = join(knowledgeDir, DOMAIN_FOLDER);
    if (existsSync(domain)) cpSync(domain, join(root, DOMAIN_FOLDER), { recursive: true });
    let knowledge: KnowledgeBase;
    let warnings: Problem[];
    try {
      const read = readKnowledge(folder);
      warnings = read.warnings;
      knowledge = buildKnowledge(read);
    } catch (e) {
      if (!(e instanceof KnowledgeLoadError)) throw e;
      return { id, problems: e.problems.map(inDraft), warnings: e.warnings.map(inDraft) };
    }
    return { id, problems: [], warnings: warnings.map(inDraft), knowledge, smoke: await smokeOf(knowledge) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** A problem's file as the operator knows it (`<id>/facts.yaml`), not the temporary path. */
function inDraft(p: Problem): Problem {
  return { ...p, file: p.file.split(/[\\/]/).slice(-2).join('/') };
}

async function smokeOf(kb: KnowledgeBase): Promise<DraftSmoke> {
  const smoke: DraftSmoke = { asked: 0, missed: 0, misses: [], failing: [] };
  for await (const city of smokeTest(kb)) {
    smoke.asked += city.asked;
    smoke.missed += city.missed;
    for (const b of city.businesses) {
      if (b.failing) smoke.failing.push(b.business.name);
      for (const m of b.misses)
        smoke.misses.push({
          business: b.business.name,
          question: m.question.text,
          at: m.question.at.toISO({ suppressMilliseconds: true }) ?? '',
          answered: m.answered,
          hint: m.hint,
        });
    }
  }
  return smoke;
}
