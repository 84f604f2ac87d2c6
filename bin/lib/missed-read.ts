// Reads the missed-question log for `npm run report`: the file and the older ones
// rotation renamed (FILE.1, FILE.2 …), line by line from a stream, so a log of any
// size is never held as one string (a 555 MB file once was, and broke the report).
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { MissedEntry } from '../../server/missed-log.ts';

/** beyond this many renamed files, the rest are not looked for */
const MAX_ROTATED = 1000;

/** `file` and its renamed predecessors that exist, oldest first: FILE.3, FILE.2, FILE.1, FILE. */
export function withRotated(file: string): string[] {
  const older: string[] = [];
  for (let i = 1; i <= MAX_ROTATED && existsSync(`${file}.${i}`); i++) older.unshift(`${file}.${i}`);
  return existsSync(file) ? [...older, file] : older;
}

/** One line of the log, or undefined when it is not a missed entry (a crash may leave a torn last line). */
export function parseMissedLine(line: string): MissedEntry | undefined {
  try {
    const e = JSON.parse(line) as MissedEntry;
    return typeof e?.question === 'string' && typeof e.time === 'string' ? e : undefined;
  } catch {
    return undefined;
  }
}

/** Streams a JSONL file to `onEntry`; returns how many non-blank lines were not entries. */
export async function readMissed(file: string, onEntry: (e: MissedEntry) => void, opts: { highWaterMark?: number } = {}): Promise<{ skipped: number }> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: opts.highWaterMark }), crlfDelay: Infinity });
  let skipped = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const e = parseMissedLine(line);
    if (e) onEntry(e);
    else skipped++;
  }
  return { skipped };
}
