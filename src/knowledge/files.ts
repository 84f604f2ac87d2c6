// The names that make up a knowledge directory: one folder per notice, each with
// facts.yaml and the notice text, and the shared domain vocabulary in _domain/.
// Shared by the readers (read.ts, read-domain.ts) and the service's watcher, which
// must not pull the YAML parser into the serving process.

export const FACTS_FILE = 'facts.yaml';
/** the notice text as published; the first one present is used */
export const TEXT_FILES = ['notice.md', 'notice.txt'] as const;

/** The shared domain vocabulary: a folder beside the notices, with these files (read-domain.ts). */
export const DOMAIN_FOLDER = '_domain';
export const DOMAIN_FILES = { facets: 'facets.yaml', kinds: 'kinds.yaml', words: 'words.yaml', concepts: 'concepts.yaml' } as const;

/** Folders starting with . or _ are not notices (drafts, editors' state, the _domain vocabulary). */
export const isNoticeFolderName = (name: string): boolean => !name.startsWith('.') && !name.startsWith('_');

/** A folder whose files the knowledge is read from: the notices' and the domain vocabulary's. */
export const isKnowledgeFolderName = (name: string): boolean => isNoticeFolderName(name) || name === DOMAIN_FOLDER;

/** A file the readers read; anything else in a knowledge folder (temp files, backups) is not. */
export const isKnowledgeFile = (name: string): boolean =>
  name === FACTS_FILE || (TEXT_FILES as readonly string[]).includes(name) || (Object.values(DOMAIN_FILES) as string[]).includes(name);
