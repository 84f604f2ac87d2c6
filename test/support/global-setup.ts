// Builds dist/ once before the tests (as `npm start` does before serving), so that
// the tests which start the service as a process run the current code. Afterwards,
// fails the run if anything wrote into ./data, the production default of MISSED_LOG:
// tests write only to temporary folders (test/support/helpers.ts, testEnv).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataChanges, snapshotData } from './data-guard.ts';

export default function setup(): () => void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(process.execPath, [join(root, 'bin', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  const before = snapshotData(root);
  return () => {
    const changes = dataChanges(before, snapshotData(root));
    if (!changes.length) return;
    // a throw here is only printed by vitest (exit code 0): set the code, then say why
    process.exitCode = 1;
    console.error(
      `\nFAIL: the tests wrote into ./data (the production default of MISSED_LOG): ${changes.join('; ')}. Start servers with testEnv() from test/support/helpers.ts.`,
    );
  };
}
