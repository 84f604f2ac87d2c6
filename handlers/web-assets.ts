// The browser side of the console and the FAQ page: web/*.ts compiled with esbuild,
// kept in memory, and served by us with the stylesheet — nothing is fetched from
// elsewhere, so the pages work offline. The built service (dist/start.mjs, see
// bin/build.mjs) carries the scripts compiled at build time; run from source (tsx,
// the tests), they are compiled when the server starts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Context } from 'koa';

const WEB_DIR = fileURLToPath(new URL('../web/', import.meta.url));

/** Set by bin/build.mjs in the built service: each script of web/, compiled. */
declare const __WEB_SCRIPTS__: Record<string, string> | undefined;
const PREBUILT: Record<string, string> = typeof __WEB_SCRIPTS__ === 'undefined' ? {} : __WEB_SCRIPTS__;

/** How a browser script is compiled; bin/build.mjs reads the same file. */
const SCRIPT_BUILD = (JSON.parse(readFileSync(`${WEB_DIR}build.json`, 'utf8')) as { esbuild: Record<string, unknown> }).esbuild;

export type AssetFile = 'console.js' | 'console-import.js' | 'faq.js' | 'app.css';

export interface Asset {
  body: string;
  type: string;
  etag: string;
}

const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;

async function compileScript(name: string): Promise<Asset> {
  let body = PREBUILT[name];
  if (body === undefined) {
    // esbuild is loaded only here: the built service never needs it
    const { build } = await import('esbuild');
    const result = await build({ ...SCRIPT_BUILD, write: false, entryPoints: [`${WEB_DIR}${name}.ts`] });
    body = result.outputFiles[0]!.text;
  }
  return { body, type: 'text/javascript; charset=utf-8', etag: etagOf(body) };
}

async function readStyle(name: string): Promise<Asset> {
  const body = await readFile(`${WEB_DIR}${name}.css`, 'utf8');
  return { body, type: 'text/css; charset=utf-8', etag: etagOf(body) };
}

/** Builds every asset once, at first use (the console router starts it when the app is built). */
export class WebAssets {
  private readonly pending = new Map<string, Promise<Asset>>();

  /** `console.js`, `console-import.js`, `faq.js`, `app.css` */
  get(file: AssetFile): Promise<Asset> {
    let p = this.pending.get(file);
    if (!p) {
      const [name, ext] = file.split('.') as [string, string];
      p = ext === 'js' ? compileScript(name) : readStyle(name);
      p.catch(() => this.pending.delete(file)); // a failed build is retried on the next request
      this.pending.set(file, p);
    }
    return p;
  }

  /** Starts every build now, so the first visitor does not wait; failures are reported, not thrown. */
  warm(log: (msg: string) => void = console.error): void {
    for (const f of ['console.js', 'console-import.js', 'faq.js', 'app.css'] as const)
      this.get(f).catch((e: Error) => log(`web asset ${f} failed to build: ${e.message}`));
  }

  async serve(ctx: Context, file: AssetFile): Promise<void> {
    const asset = await this.get(file);
    ctx.set('Cache-Control', 'no-cache');
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.status = 200;
    ctx.etag = asset.etag;
    ctx.type = asset.type;
    if (ctx.fresh) {
      ctx.status = 304;
      return;
    }
    ctx.body = asset.body;
  }
}

/** One set of assets per process: both routers share the builds. */
export const webAssets = new WebAssets();
