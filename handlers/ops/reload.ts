// Reloads the knowledge while serving. Load and validate everything first (in a
// child process: the files are parsed off the event loop); only a knowledge base
// that loaded whole is swapped in (assistant.useKnowledge builds the new engine,
// then switches in one assignment; a question already being answered keeps the
// engine it started with). A broken file changes nothing but the reported
// status: the error is logged and shown by GET /healthz.
import type { Assistant } from '../../src/assistant.ts';
import { loadKnowledgeInChild } from '../../src/knowledge/load-in-child.ts';
import { KnowledgeLoadError, type Problem } from '../../src/knowledge/problems.ts';
import type { KnowledgeBase } from '../../src/knowledge/model.ts';
import { compactHeap } from './heap.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';

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
}

export class Reloader {
  private lastStatus: ReloadStatus | null = null;
  /** the reload running now, if any; the next one starts after it */
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly assistant: Pick<Assistant, 'knowledge' | 'useKnowledge'>,
    private readonly dir: string,
    private readonly log: Logger,
    private readonly metrics?: Metrics,
    private readonly load: (dir: string) => Promise<KnowledgeBase> = loadKnowledgeInChild,
  ) {}

  /** the last reload's outcome; null until the first one */
  get last(): ReloadStatus | null {
    return this.lastStatus;
  }

  /**
   * Reloads one after another, never two at once. Questions keep being answered
   * while the files are read; building the new engine (synchronous) holds them for
   * its duration (milliseconds for the seed knowledge; BENCHMARKS.md for large ones).
   */
  reload(trigger: ReloadTrigger): Promise<ReloadStatus> {
    const next = this.running.then(() => this.attempt(trigger)).finally(() => compactHeap()); // the replaced engine is garbage now
    this.running = next.catch(() => undefined);
    return next;
  }

  private async attempt(trigger: ReloadTrigger): Promise<ReloadStatus> {
    const before = this.assistant.knowledge().version;
    const at = new Date().toISOString();
    let kb: KnowledgeBase;
    try {
      kb = await this.load(this.dir);
      // builds the new engine, then switches; if building threw, the old one still serves
      if (kb.version !== before) this.assistant.useKnowledge(kb);
    } catch (e) {
      const problems = e instanceof KnowledgeLoadError ? e.problems : [{ file: this.dir, message: `${(e as Error).name}: ${(e as Error).message}` }];
      this.metrics?.reloadFailures.inc();
      this.metrics?.reloads.inc({ trigger, result: 'failed' });
      // file and field of each problem (no notice text beyond the message)
      this.log.error({ trigger, version: before, problems: problems.map(({ file, field, line, message }) => ({ file, field, line, message })) }, `knowledge reload failed (${problems.length} problem${problems.length === 1 ? '' : 's'}); still serving ${before}`);
      this.lastStatus = { at, trigger, ok: false, version: before, changed: false, problems };
      return this.lastStatus;
    }
    const changed = kb.version !== before;
    this.metrics?.reloads.inc({ trigger, result: changed ? 'ok' : 'unchanged' });
    this.log[changed || trigger !== 'watch' ? 'info' : 'debug']({ trigger, version: kb.version, previous: before, changed }, changed ? `knowledge reloaded: ${before} → ${kb.version}` : `knowledge unchanged (${before})`);
    this.lastStatus = { at, trigger, ok: true, version: kb.version, changed };
    return this.lastStatus;
  }
}
