// Every command-line tool a newcomer or a script runs answers --help with its usage
// (stdout, exit 0) and a mistyped flag with the problem and the usage (stderr, exit 2),
// never a stack trace.
import { describe, expect, it } from 'vitest';
import { run, runTsx } from '../support/helpers.ts';
import { SERVICE } from '../support/service-command.ts';

const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

// [name, how to run it with these arguments, what its usage line starts with]
const TOOLS: [string, (...args: string[]) => ReturnType<typeof run>, RegExp][] = [
  ['ask', (...a) => runTsx('bin/ask.ts', ...a), /^usage: npm run ask/],
  ['chat', (...a) => runTsx('bin/chat.ts', ...a), /^usage: npm run chat/],
  ['kb:check', (...a) => runTsx('bin/kb-check.ts', ...a), /^usage: npm run kb:check/],
  ['import', (...a) => runTsx('bin/import.ts', ...a), /^usage: npm run import/],
  ['report', (...a) => runTsx('bin/report.ts', ...a), /^usage: npm run report/],
  // the built service, as `npm start` runs it (vitest's global setup builds dist/)
  ['start', (...a) => run(SERVICE.command, [...SERVICE.args, ...a]), /^usage: npm start/],
];

describe.each(TOOLS)('npm run %s', (_name, cli, usage) => {
  it('--help and -h print the usage on stdout and exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const r = cli(flag);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(usage);
      expect(r.stderr).toBe('');
    }
  });

  it('an unknown flag gets the problem and the usage on stderr, exit 2, no stack trace', () => {
    const r = cli('--no-such-flag');
    expect(r.status, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toContain('--no-such-flag');
    expect(r.stderr.replace(/^.*\n/, '')).toMatch(usage);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});
