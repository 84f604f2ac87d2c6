// Reloads the knowledge while serving. Load and validate everything first; only
// a knowledge base that loaded whole is swapped in (assistant.useKnowledge builds
// the new engine, then switches in one assignment; a question already being
// answered keeps the engine it started with). A broken file changes nothing but
// the reported status: the error is logged and shown by GET /healthz.
import type { Assistant } from '../../src/assistant.ts';
import { KnowledgeLoadError, loadKnowledge, type Problem } from '../../src/knowledge/load.ts';
import type { KnowledgeBase } from '../../src/knowledge/model.ts';
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

  constructor(
    private readonly assistant: Pick<Assistant, 'knowledge' | 'useKnowledge'>,
    private readonly dir: string,
    private readonly log: Logger,
    private readonly metrics?: Metrics,
    private readonly load: (dir: string) => KnowledgeBase = loadKnowledge,
  ) {}

  /** the last reload's outcome; null until the first one */
  get last(): ReloadStatus | null {
    return this.lastStatus;
  }

  /**
   * Loading is synchronous, so reloads never overlap and no question runs while
   * one loads: questions arriving meanwhile wait the load time (milliseconds for the
   * seed knowledge; the index build time of large ones is in BENCHMARKS.md).
   */
  reload(trigger: ReloadTrigger): ReloadStatus {
    const before = this.assistant.knowledge().version;
    const at = new Date().toISOString();
    let kb: KnowledgeBase;
    try {
      kb = this.load(this.dir);
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
