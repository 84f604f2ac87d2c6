// The service's log lines on stdout, written a few kilobytes at a time. pino's own stdout writer
// (sonic-boom, asynchronous) wrote whatever was waiting as soon as no write was in flight: under
// load nearly a write per request, each a round trip through libuv's thread pool, ≈ 9 µs of a
// cache hit's ≈ 40 µs in process (BENCHMARKS.md, session 8, s8-http). Here lines wait until
// BATCH_CHARS of them or BATCH_MS have gone by, then go out in one synchronous write (one per
// twenty lines or so is cheap): every line, in order, at most BATCH_MS late; at exit
// (process.exit, a crash) the lines waiting are written first. An asynchronous writer let a write
// still in flight at exit land after the lines written at exit (test/ops/log-batch.test.ts).
import { pino, type DestinationStream } from 'pino';

/** about twenty request lines */
const BATCH_CHARS = 4096;
/** the longest a line waits for others */
const BATCH_MS = 50;

/** the writers holding lines not yet handed over */
const waiting = new Set<BatchedStdout>();
// registered before any writer is made, so it runs before their own flush at exit
process.on('exit', () => {
  for (const batch of waiting) batch.handOver();
});

export class BatchedStdout implements DestinationStream {
  private pending = '';
  private timer: NodeJS.Timeout | undefined;
  /** sonic-boom on stdout, as pino(options) writes by default, but synchronous */
  private readonly out = pino.destination({ dest: process.stdout.fd || 1, sync: true });

  write(line: string): void {
    this.pending += line;
    if (this.pending.length >= BATCH_CHARS) this.handOver();
    else if (this.timer === undefined) {
      waiting.add(this);
      this.timer = setTimeout(this.handOver, BATCH_MS).unref(); // never what keeps the process alive
    }
  }

  /** the lines waiting, to the writer in one write */
  readonly handOver = (): void => {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    waiting.delete(this);
    const lines = this.pending;
    this.pending = '';
    if (lines !== '') this.out.write(lines);
  };

  /** pino's logger.flush() */
  flush(cb?: (err?: Error) => void): void {
    this.handOver();
    this.out.flush(cb);
  }

  flushSync(): void {
    this.handOver();
    this.out.flushSync();
  }
}
