// The names that make up a knowledge directory: one folder per notice, each with
// facts.yaml and the notice text. Shared by the reader (read.ts) and the service's
// watcher, which must not pull the YAML parser into the serving process.

export const FACTS_FILE = 'facts.yaml';
/** the notice text as published; the first one present is used */
export const TEXT_FILES = ['notice.md', 'notice.txt'] as const;

/** Folders starting with . or _ are not notices (drafts, editors' state). */
export const isNoticeFolderName = (name: string): boolean => !name.startsWith('.') && !name.startsWith('_');

/** A file the reader reads; anything else in a notice folder (temp files, backups) is not. */
export const isKnowledgeFile = (name: string): boolean => name === FACTS_FILE || (TEXT_FILES as readonly string[]).includes(name);
