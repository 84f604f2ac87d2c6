// What the reload routes (POST /admin/reload, GET /healthz) see of a knowledge
// reload; server/reload.ts does the reloading and is passed in as a Reloader.
import type { DroppedItems } from '../../src/knowledge/dropped.ts';
import type { Problem } from '../../src/knowledge/problems.ts';

export type ReloadTrigger = 'signal' | 'admin' | 'watch';

export interface ReloadStatus {
  /** when the reload ran (ISO 8601, UTC) */
  at: string;
  trigger: ReloadTrigger;
  ok: boolean;
  /** the version serving after the reload (the old one when it failed) */
  version: string;
  /** a new version was swapped in */
  changed: boolean;
  /** why it failed: file, field, line, message — for every problem found */
  problems?: Problem[];
  /** the new files loaded but were not swapped in: they drop items of the running knowledge */
  refused?: RefusedReload;
}

export interface RefusedReload {
  reason: string;
  /** per notice, what the new files lack */
  dropped: DroppedItems[];
}

export interface ReloadOptions {
  /** swap in even what drops items (POST /admin/reload?confirm=drop) */
  allowDrop?: boolean;
}

/** Reloads the knowledge from its folder: what the admin route is handed. */
export interface Reloader {
  reload(trigger: ReloadTrigger, opts?: ReloadOptions): Promise<ReloadStatus>;
}
