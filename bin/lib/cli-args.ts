// How every command-line tool reads its arguments: a mistyped one prints the problem and the
// usage and exits 2 (parseArgs' own message names the flag; its stack trace helps nobody);
// -h/--help prints the usage and exits 0.
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The problem, then the usage, on stderr; exit 2: a mistyped command, not a failure of the tool. */
export function usageError(problem: string, usage: string): never {
  console.error(`${problem}\n${usage}`);
  process.exit(2);
}

/** parseArgs with those manners; `config.options` holds `help: { type: 'boolean', short: 'h' }`. */
export function readArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  let args: ReturnType<typeof parseArgs<T>>;
  try {
    args = parseArgs(config);
  } catch (e) {
    usageError(e instanceof Error ? e.message : String(e), usage);
  }
  if ((args.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return args;
}
