// The packages a production install keeps (`npm prune --omit=dev`), read from
// package-lock.json, and what they take on disk in this node_modules.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface LockEntry {
  dev?: boolean;
}

/** Top-level package names (`koa`, `@koa/router`) that are not devDependencies, installed here. */
export function productionPackages(root: string): string[] {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(path) && !entry.dev)
    .map(([path]) => path.slice('node_modules/'.length))
    .filter((name) => exists(join(root, 'node_modules', name))); // other platforms' optional binaries are not installed
}

/** Bytes on disk of the production packages (with what they nest), as `du` counts them. */
export function productionSizeBytes(root: string): number {
  return productionPackages(root).reduce((sum, name) => sum + diskBytes(join(root, 'node_modules', name)), 0);
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function diskBytes(path: string): number {
  const s = lstatSync(path);
  const own = s.blocks * 512;
  if (!s.isDirectory()) return own;
  return readdirSync(path).reduce((sum, name) => sum + diskBytes(join(path, name)), own);
}
