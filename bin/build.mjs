// `npm run build` (and the first step of `npm start`): bundles the service into
// dist/start.mjs, its knowledge reader into dist/read-child.mjs, and the
// command-line tools into dist/ask.mjs, chat.mjs, kb-check.mjs, import.mjs and report.mjs, so
// that production runs plain `node` with neither tsx nor esbuild installed (both are
// devDependencies): tsx kept ~37 MB more resident on 300 cities (BENCHMARKS.md). The browser scripts of web/ are compiled here too and carried in
// the bundle, so the built service never loads esbuild.
//
// Packages stay in node_modules (not bundled); only our own modules are joined, in
// ~150 ms. Source maps are written beside: `node --enable-source-maps dist/start.mjs`
// makes stack traces name the .ts files. Plain JavaScript, so that it runs before
// anything is compiled.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// which scripts and how: the same file handlers/web-assets.ts compiles them by when run from source
const web = JSON.parse(readFileSync(new URL('../web/build.json', import.meta.url), 'utf8'));

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true }); // nothing left from an earlier layout

const scripts = {};
for (const name of web.scripts) {
  const result = await build({ ...web.esbuild, write: false, absWorkingDir: root, entryPoints: [`web/${name}.ts`] });
  scripts[name] = result.outputFiles[0].text;
}

await build({
  absWorkingDir: root,
  // the service, the child process that reads the knowledge files (src/knowledge/load-in-child.ts,
  // found beside whichever bundle forks it), and the command-line tools
  entryPoints: {
    start: 'bin/start.ts',
    'read-child': 'src/knowledge/read-child.ts',
    ask: 'bin/ask.ts',
    chat: 'bin/chat.ts',
    'kb-check': 'bin/kb-check.ts',
    import: 'bin/import.ts',
    report: 'bin/report.ts',
  },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  packages: 'external',
  // the operator page's importer and reader are a chunk of their own, loaded at first use (handlers/console-import-work.ts)
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  define: { __WEB_SCRIPTS__: JSON.stringify(scripts), __BUILT__: 'true' },
  logLevel: 'warning',
});
