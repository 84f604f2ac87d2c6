// What a newcomer meets first: `npm install` without warnings, a README that points
// only at what the repository holds, and a README example that is the real output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runTsx } from '../support/helpers.ts';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { hasInstallScript?: boolean; optional?: boolean }>;
};

describe('npm install', () => {
  it('every dependency with an install script is reviewed in package.json allowScripts (else npm 11 warns)', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, p]) => path && p.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts).toContain('esbuild');
    const reviewed = Object.keys(pkg.allowScripts ?? {}).map((k) => k.replace(/(.)@.*$/, '$1'));
    expect(withScripts.filter((name) => !reviewed.includes(name))).toEqual([]);
  });
});

describe('the README', () => {
  it('points at nothing outside the repository, in its text or in the npm scripts', () => {
    expect(README).not.toMatch(/\.\.\//);
    expect(Object.entries(pkg.scripts).filter(([, cmd]) => cmd.includes('../'))).toEqual([]);
  });

  it('names only npm scripts that package.json has', () => {
    const named = [...README.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(3);
    expect(named.filter((s) => !(s in pkg.scripts))).toEqual([]);
  });

  it('example reply is exactly what its `npm run ask` command prints', () => {
    const example = /`npm run ask -- ([^`]+)`[^\n]*\n+```\n([\s\S]*?)\n```/.exec(README);
    expect(example, 'README has an `npm run ask -- …` command followed by a fenced reply').not.toBeNull();
    const [, command, shown] = example!;
    // the command's words, "quoted" or bare, as the shell passes them
    const args = [...command!.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
    expect(args).toContain('--at'); // the example must not depend on today's date
    const r = runTsx('bin/ask.ts', ...args);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trimEnd()).toBe(shown);
  }, 60_000);
});
