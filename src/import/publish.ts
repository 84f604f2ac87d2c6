// Puts a notice folder into the knowledge directory in one step, so that a reload or
// the watcher never sees half a folder: the files are written into a hidden folder
// beside the others (readers skip names starting with "."), then renamed into place.
// A folder it replaces is kept aside until the caller keeps or undoes the change.
import { chmodSync, existsSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FACTS_FILE } from '../knowledge/files.ts';
import type { DraftFiles } from '../check/draft.ts';

export interface PlacedFolder {
  /** the folder now in place */
  folder: string;
  /** whether a folder of that name was replaced */
  replaced: boolean;
  /** keeps the change: the replaced folder is removed */
  keep(): void;
  /** undoes it: the new folder goes, the replaced one comes back */
  undo(): void;
}

/** `id` must be a notice id (lowercase ascii words joined by -): it is the folder's name. */
export function placeFolder(knowledgeDir: string, id: string, files: DraftFiles): PlacedFolder {
  if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`not a notice id: "${id}"`);
  const folder = join(knowledgeDir, id);
  const staged = mkdtempSync(join(knowledgeDir, `.import-${id}-`));
  let aside: string | undefined;
  try {
    chmodSync(staged, statSync(knowledgeDir).mode & 0o777); // mkdtemp's folder is private; the others are as their parent
    writeFileSync(join(staged, 'notice.md'), files.noticeMd);
    writeFileSync(join(staged, FACTS_FILE), files.factsYaml);
    if (existsSync(folder)) {
      aside = `${staged}-replaced`;
      renameSync(folder, aside);
    }
    renameSync(staged, folder);
  } catch (e) {
    if (aside && !existsSync(folder)) renameSync(aside, folder);
    rmSync(staged, { recursive: true, force: true });
    throw e;
  }
  return {
    folder,
    replaced: aside !== undefined,
    keep: () => {
      if (aside) rmSync(aside, { recursive: true, force: true });
    },
    undo: () => {
      const gone = mkdtempSync(join(knowledgeDir, `.undone-${id}-`));
      renameSync(folder, join(gone, id));
      if (aside) renameSync(aside, folder);
      rmSync(gone, { recursive: true, force: true });
    },
  };
}
