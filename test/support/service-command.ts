// How `npm start` runs the service once built: package.json's `serve` script, as
// [program, args] for spawn. The tests that start a real process use this, so
// they run what production runs (vitest's global setup builds dist/ first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.ts';

const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** `npm run serve`, e.g. node --expose-gc --max-semi-space-size=4 --v8-pool-size=1 dist/start.mjs */
export const SERVE_SCRIPT = scripts.serve!;

const [program, ...args] = SERVE_SCRIPT.split(/\s+/);
if (program !== 'node') throw new Error(`package.json "serve" should start with node: ${SERVE_SCRIPT}`);
// what the tests run is what `npm start` runs after building
if (scripts.start !== `node bin/build.mjs && exec ${SERVE_SCRIPT}`)
  throw new Error(`package.json "start" should be "node bin/build.mjs && exec" + "serve": ${scripts.start}`);

/** spawn(SERVICE.command, SERVICE.args, { cwd: ROOT }) starts the built service as `npm start` does. */
export const SERVICE = { command: process.execPath, args };
