// Whether a bench file is the one node was started on. By file name, not import.meta.url:
// bench/built.mjs bundles a bench with the benches it imports into one file, where every module
// shares one import.meta.url.
import { basename } from 'node:path';

export function isMain(name: string): boolean {
  const started = basename(process.argv[1] ?? '');
  return started === `${name}.ts` || started === `${name}.mjs`;
}
