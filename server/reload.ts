// Reloads the knowledge while serving. Load and validate everything first (in a
// child process: the files are parsed off the event loop); only a knowledge base
// that loaded whole is swapped in (assistant.useKnowledge builds the new engine,
// then switches in one assignment; a question already being answered keeps the
// engine it started with). A broken file changes nothing but the reported
// status: the error is logged and shown by GET /healthz. Nor does a reload that
// would drop businesses, procedures, contacts, general advice or a whole notice
// (most often a file caught half-written), unless the admin route asks for it
// with confirm=drop; SIGHUP and the watcher never do.
import type { Assistant } from '../src/assistant.ts';
import { loadKnowledgeInChild } from '../src/knowledge/load-in-child.ts';
import { describeDropped, droppedItems, type DroppedItems } from '../src/knowledge/dropped.ts';
import { KnowledgeLoadError } from '../src/knowledge/problems.ts';
import type { KnowledgeBase } from '../src/knowledge/model.ts';
import type { Reloader as ReloadRoute, ReloadOptions, ReloadStatus, ReloadTrigger } from '../handlers/ops/reload-status.ts';
import { compactHeap } from './heap.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from '../handlers/ops/metrics.ts';

export type { RefusedReload, ReloadOptions, ReloadStatus, ReloadTrigger } from '../handlers/ops/reload-status.ts';

export class Reloader implements ReloadRoute {
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
  reload(trigger: ReloadTrigger, opts: ReloadOptions = {}): Promise<ReloadStatus> {
    const next = this.running.then(() => this.attempt(trigger, opts)).finally(() => compactHeap()); // the replaced engine is garbage now
    this.running = next.catch(() => undefined);
    return next;
  }

  private async attempt(trigger: ReloadTrigger, { allowDrop = false }: ReloadOptions): Promise<ReloadStatus> {
    const running = this.assistant.knowledge();
    const before = running.version;
    const at = new Date().toISOString();
    let kb: KnowledgeBase;
    try {
      kb = await this.load(this.dir);
      const dropped = kb.version === before ? [] : droppedItems(running, kb);
      if (dropped.length && !allowDrop) return this.refuse(trigger, at, before, dropped);
      if (dropped.length) this.log.warn({ trigger, dropped: dropped.map(describeDropped) }, 'knowledge reload drops items, as confirmed');
      // builds the new engine, then switches; if building threw, the old one still serves
      if (kb.version !== before) this.assistant.useKnowledge(kb);
    } catch (e) {
      const problems = e instanceof KnowledgeLoadError ? e.problems : [{ file: this.dir, message: `${(e as Error).name}: ${(e as Error).message}` }];
      this.metrics?.reloadFailures.inc();
      this.metrics?.reloads.inc({ trigger, result: 'failed' });
      // file and field of each problem (no notice text beyond the message)
      this.log.error(
        { trigger, version: before, problems: problems.map(({ file, field, line, message }) => ({ file, field, line, message })) },
        `knowledge reload failed (${problems.length} problem${problems.length === 1 ? '' : 's'}); still serving ${before}`,
      );
      this.lastStatus = { at, trigger, ok: false, version: before, changed: false, problems };
      return this.lastStatus;
    }
    const changed = kb.version !== before;
    this.metrics?.reloads.inc({ trigger, result: changed ? 'ok' : 'unchanged' });
    this.log[changed || trigger !== 'watch' ? 'info' : 'debug'](
      { trigger, version: kb.version, previous: before, changed },
      changed ? `knowledge reloaded: ${before} → ${kb.version}` : `knowledge unchanged (${before})`,
    );
    this.lastStatus = { at, trigger, ok: true, version: kb.version, changed };
    return this.lastStatus;
  }

  private refuse(trigger: ReloadTrigger, at: string, version: string, dropped: DroppedItems[]): ReloadStatus {
    const how =
      trigger === 'admin' ? 'repeat with POST /admin/reload?confirm=drop if that is intended' : 'if intended, confirm with POST /admin/reload?confirm=drop';
    const reason = `the new files drop what the running knowledge has — ${dropped.map(describeDropped).join(' | ')}. A file saved half-way looks like this; ${how}`;
    this.metrics?.reloads.inc({ trigger, result: 'refused' });
    this.log.warn({ trigger, version, dropped: dropped.map(describeDropped) }, `knowledge reload refused: it would drop items; still serving ${version}`);
    this.lastStatus = { at, trigger, ok: false, version, changed: false, refused: { reason, dropped } };
    return this.lastStatus;
  }
}
