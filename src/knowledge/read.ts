// Reads every notice folder under a knowledge directory, with the shared vocabulary
// (_domain/, read-domain.ts), and validates it: the YAML,
// the schema (schema.ts), every quote against the notice text, and every time
// against its quote (times.ts). Nothing
// half-read escapes: any problem in any folder throws one KnowledgeLoadError
// listing them all. The result is plain data, so that it can be read in a child
// process (load-in-child.ts) and turned into the runtime model by build.ts.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { DateTime } from 'luxon';
import { amendmentProblems } from './amend.ts';
import { collectQuotes, groundingKey } from './grounding.ts';
import { FACTS_FILE as FACTS, TEXT_FILES as TEXTS, isNoticeFolderName } from './files.ts';
import { farFromPublication, quotedTimeMistakes } from './times.ts';
import { unitNamesPlace } from './lookup.ts';
import { KnowledgeLoadError, problemFrom, type Problem } from './problems.ts';
import { Notice as NoticeSchema, type NoticeFacts } from './schema.ts';
import { parseYamlFile } from './yaml-file.ts';
import { valueList, type DomainFacts } from './domain-schema.ts';
import { facetMistakes, readDomain } from './read-domain.ts';

/** One notice's validated facts, and its folder as shown in messages. */
export interface ReadNotice {
  dir: string;
  facts: NoticeFacts;
}

export interface ReadKnowledge {
  notices: ReadNotice[];
  /** the shared vocabulary (_domain/) */
  domain: DomainFacts;
  /** content hash: changes whenever any knowledge file changes */
  version: string;
  /** what looks wrong but may be right (kb:check prints them; they do not stop a load) */
  warnings: Problem[];
}

/** `dir`: the knowledge directory, or one notice folder in it (kb:check of that folder alone). */
export function readKnowledge(dir: string): ReadKnowledge {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new KnowledgeLoadError([{ file: dir, message: 'knowledge directory not found' }]);
  if (existsSync(join(dir, FACTS))) return readFolders(dirname(dir), [basename(dir)]);
  return readFolders(dir);
}

function readFolders(dir: string, only?: string[]): ReadKnowledge {
  const problems: Problem[] = [];
  // a file-system error (symbolic link loop, permission) is a problem of that path, not a crash
  const shown = (p: string) => relative(process.cwd(), p) || p;
  const fsProblem = (e: unknown, path: string) => problems.push(problemFrom(e, shown(path), shown));
  const isFolder = (p: string) => {
    try {
      return statSync(p).isDirectory();
    } catch (e) {
      fsProblem(e, p);
      return false;
    }
  };
  const folders = (only ?? readdirSync(dir))
    .filter(isNoticeFolderName)
    .map((name) => join(dir, name))
    .filter(isFolder)
    .sort();
  const warnings: Problem[] = [];
  const notices: ReadNotice[] = [];
  const hash = createHash('sha256');
  const { domain, problems: domainProblems, raw: domainRaw } = readDomain(dir, shown);
  problems.push(...domainProblems);
  hash.update(domainRaw);
  for (const folder of folders) {
    try {
      // a notice's facets are checked once facets.yaml could be read (else every facet would look unknown)
      const result = readNoticeFolder(folder, shown(folder), Object.keys(domain.facets).length ? domain : undefined);
      problems.push(...result.problems);
      warnings.push(...result.warnings);
      if (result.notice) notices.push(result.notice);
      hash.update(result.raw);
    } catch (e) {
      fsProblem(e, folder);
    }
  }
  if (folders.length === 0 && problems.length === 0) problems.push({ file: dir, message: 'no notice folders (each needs facts.yaml and notice.md)' });
  const seen = new Map<string, string>();
  for (const { dir: folder, facts } of notices) {
    if (seen.has(facts.id)) problems.push({ file: folder, field: 'id', message: `duplicate notice id "${facts.id}" (also in ${seen.get(facts.id)})` });
    seen.set(facts.id, folder);
  }
  problems.push(...amendmentProblems(notices));
  if (problems.length) throw new KnowledgeLoadError(problems, warnings);
  return { notices, domain, version: hash.digest('hex').slice(0, 12), warnings };
}

function readNoticeFolder(
  folder: string,
  shown: string,
  domain: DomainFacts | undefined,
): { notice?: ReadNotice; problems: Problem[]; warnings: Problem[]; raw: string } {
  const factsFile = join(shown, FACTS);
  const textName = TEXTS.find((t) => present(join(folder, t)));
  const problems: Problem[] = [];
  if (!present(join(folder, FACTS))) problems.push({ file: factsFile, message: 'missing (every notice folder needs facts.yaml)' });
  if (!textName) problems.push({ file: join(shown, TEXTS[0]!), message: 'missing: the notice text as published' });
  if (problems.length) return { problems, warnings: [], raw: '' };

  const yamlText = readFileSync(join(folder, FACTS), 'utf8');
  const text = readFileSync(join(folder, textName!), 'utf8');
  const raw = yamlText + '\0' + text;
  const yaml = parseYamlFile(yamlText, factsFile);
  if (yaml.problems.length) return { raw, warnings: [], problems: yaml.problems };
  const data = yaml.data;
  // every check runs on what could be read, so that one run lists every mistake of the file
  const problem = yaml.problem;
  const parsed = NoticeSchema.safeParse(data);
  if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => problem(issue.path as (string | number)[], issue.message)));
  const haystack = groundingKey(text);
  for (const { path, quote } of collectQuotes(data)) {
    if (!haystack.includes(groundingKey(quote))) problems.push(problem(path, `quote not found in ${textName}: "${quote.slice(0, 40)}…"`));
  }
  if (parsed.success && domain)
    parsed.data.businesses.forEach((b, i) => {
      const declared = Object.fromEntries(Object.entries(b.facets ?? {}).map(([f, v]) => [f, valueList(v)]));
      for (const m of facetMistakes(declared, domain)) problems.push(problem(['businesses', i, 'facets', m.facet], m.text));
    });
  problems.push(...quotedTimeMistakes(data).map(({ path, message }) => problem(path, message)));
  const zone = (data as { timezone?: unknown } | null)?.timezone;
  if (typeof zone === 'string' && !DateTime.now().setZone(zone).isValid) problems.push(problem(['timezone'], `unknown time zone "${zone}"`));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)); // the file's order, whichever check found each
  const warnings = farFromPublication(data).map(({ path, message }) => problem(path, message));
  // an operator finds a notice by its folder; a copied folder keeps the old id otherwise
  if (parsed.success && basename(folder) !== parsed.data.id)
    warnings.push(problem(['id'], `id "${parsed.data.id}" is not the folder's name "${basename(folder)}": name the folder after the id`));
  // a district's row that names no listed district is never found by "<区>电话"
  if (parsed.success)
    parsed.data.contacts.forEach((c, i) => {
      if (c.level === 'district' && !parsed.data.districts.some((d) => unitNamesPlace(c.unit, d)))
        warnings.push(
          problem(
            ['contacts', i, 'unit'],
            `"${c.unit}" names no district of districts: add the district (name or alias) so that a question naming it finds this row`,
          ),
        );
    });
  if (!parsed.success || problems.length) return { raw, problems, warnings };
  return { raw, problems, warnings, notice: { dir: shown, facts: parsed.data } };
}

/** existsSync, except that a path that is there but unusable (a link loop) throws, to be reported as such. */
function present(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}
