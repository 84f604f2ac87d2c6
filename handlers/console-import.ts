// The operator page (GET /console/import; page: console-import-page.ts, script:
// web/console-import.ts) and the JSON routes it calls, one per step:
//   POST /console/import/draft?name=&id=&city=   the notice's bytes (pasted text or a file) → the draft
//   POST /console/import/check?at=               {noticeMd, factsYaml} → kb:check, smoke test, timeline
//   POST /console/import/preview?q=&at=&session= {noticeMd, factsYaml} → the reply the draft would give
//   POST /console/import/publish                 {noticeMd, factsYaml, overwrite?} → the folder written, knowledge reloaded
// Behind the console token or the admin token (either one). With neither configured the
// page is open like the console, but publishing is refused: it writes into the knowledge.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Router from '@koa/router';
import type { Context, Middleware } from 'koa';
import type { Assistant } from '../src/assistant.ts';
import { problemFrom } from '../src/knowledge/problems.ts';
import { quoteSpan } from '../src/knowledge/grounding.ts';
import type { DraftReviews } from './console-import-drafts.ts';
import type { Draft } from './console-import-work.ts';
import { importPage, unauthorizedPage } from './console-import-page.ts';
import { asPage } from './errors.ts';
import { PAGE_HEADERS } from './html.ts';
import { readBody, readBodyBytes } from './http/body.ts';
import { momentOf, queryParam, questionParam, sessionParam } from './http/params.ts';
import { refuse } from './http/refuse.ts';
import { tokenGuard } from './http/token-guard.ts';
import type { Reloader } from './ops/reload-status.ts';
import { webAssets } from './web-assets.ts';

/** An uploaded notice: a .docx with its pictures stays well under this. */
export const MAX_NOTICE_BYTES = 4 * 1024 * 1024;
/** A draft sent back for checking: the notice's text and its facts. */
const MAX_DRAFT_BYTES = 2 * 1024 * 1024;

export interface ImportDeps {
  /** the live assistant: its clock, its knowledge's version and notices */
  assistant: Pick<Assistant, 'now' | 'knowledge'>;
  knowledgeDir: string;
  reloader: Reloader;
  consoleToken?: string;
  adminToken?: string;
}

/** The importer, the reader and the writer, loaded when the page is first used (they bring zod and the YAML parsers). */
let loaded: Promise<typeof import('./console-import-work.ts')> | undefined;
const work = () => (loaded ??= import('./console-import-work.ts'));

/** Either token lets a request through; none configured: open, but `canPublish` is false. */
function importGuard(consoleToken: string | undefined, adminToken: string | undefined): Middleware {
  const checks = [tokenGuard(consoleToken, { header: 'X-Console-Token', basic: true }), tokenGuard(adminToken, { header: 'X-Admin-Token', basic: true })];
  return async (ctx, next) => {
    const results = checks.map((check) => check(ctx));
    ctx.state.canPublish = results.includes('ok');
    if (results.every((r) => r === 'off') || results.includes('ok')) return next();
    ctx.status = 401;
    ctx.set('WWW-Authenticate', 'Basic realm="cutover-assistant console", charset="UTF-8"');
    ctx.set('Cache-Control', 'no-store');
    if (ctx.method === 'GET') unauthorizedPage(ctx);
    else ctx.body = { error: 'console or admin token required' };
  };
}

async function draftOf(ctx: Context): Promise<Draft> {
  if (!ctx.is('application/json')) refuse(400, 'the body must be JSON: {"noticeMd": "…", "factsYaml": "…"}');
  let body: unknown;
  try {
    body = JSON.parse(await readBody(ctx, MAX_DRAFT_BYTES));
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    refuse(400, 'the body is not JSON');
  }
  const parsed = (await work()).parseDraft(body);
  if ('error' in parsed) refuse(400, parsed.error);
  return parsed.draft;
}

export function importRoutes(deps: ImportDeps): Router {
  const { assistant, knowledgeDir, reloader } = deps;
  const router = new Router();
  const guard = importGuard(deps.consoleToken, deps.adminToken);
  let reviews: DraftReviews | undefined;
  const drafts = async () => (reviews ??= new (await work()).DraftReviews(knowledgeDir, () => assistant.knowledge().version));
  let publishing: Promise<unknown> = Promise.resolve(); // one publish at a time

  router.get('/console/import', asPage, guard, (ctx) => {
    for (const [k, v] of Object.entries(PAGE_HEADERS)) ctx.set(k, v);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = importPage(momentOf(ctx, assistant).toFormat("yyyy-MM-dd'T'HH:mm"), MAX_NOTICE_BYTES).value;
  });

  router.get('/assets/console-import.js', guard, (ctx) => webAssets.serve(ctx, 'console-import.js'));

  router.post('/console/import/draft', guard, async (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    const name = queryParam(ctx, 'name') || 'notice.txt';
    const [id, city] = [queryParam(ctx, 'id') || undefined, queryParam(ctx, 'city')?.trim() || undefined];
    const content = await readBodyBytes(ctx, MAX_NOTICE_BYTES);
    const { ImportError, importNotice, readDomain } = await work();
    try {
      const domain = readDomain(knowledgeDir, (p) => p).domain;
      const draft = await importNotice({ content, name }, { domain, id, city });
      const uncertain = draft.uncertain.map((u) => ({ ...u, span: u.quote ? (quoteSpan(draft.noticeMd, u.quote) ?? null) : null }));
      ctx.body = { ...draft, uncertain };
    } catch (e) {
      if (e instanceof ImportError) refuse(400, e.message);
      throw e;
    }
  });

  router.post('/console/import/check', guard, async (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    const at = momentOf(ctx, assistant);
    const { checkBody } = await work();
    ctx.body = checkBody(await (await drafts()).review(await draftOf(ctx)), at);
  });

  router.post('/console/import/preview', guard, async (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    const [text, at, session] = [questionParam(ctx), momentOf(ctx, assistant), sessionParam(ctx)];
    const reviewed = await (await drafts()).review(await draftOf(ctx));
    if (!reviewed.assistant) {
      ctx.status = 422;
      ctx.body = { error: 'the draft does not load: fix its problems first', problems: reviewed.problems };
      return;
    }
    const reply = await reviewed.assistant.ask({ text, at, session, channel: 'console' });
    ctx.body = { answer: reply.text, band: reply.band, city: reply.city, at: at.toISO({ suppressMilliseconds: true }), sources: reply.sources };
  });

  router.post('/console/import/publish', guard, async (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    if (!ctx.state.canPublish)
      refuse(403, 'publishing is off: set CONSOLE_TOKEN or ADMIN_TOKEN (it writes into the knowledge), or use npm run import and POST /admin/reload');
    const draft = await draftOf(ctx);
    const reviewed = await (await drafts()).review(draft);
    const problems = (await work()).blockingProblems(reviewed);
    if (problems.length || !reviewed.id) {
      ctx.status = 422;
      ctx.body = { error: 'the draft has problems: nothing was published, the running knowledge stays', problems };
      return;
    }
    const id = reviewed.id;
    const turn = publishing.then(() => publish(ctx, id, draft));
    publishing = turn.catch(() => undefined);
    await turn;
  });

  async function publish(ctx: Context, id: string, draft: Draft): Promise<void> {
    const exists = existsSync(join(knowledgeDir, id)) || assistant.knowledge().notices.some((n) => n.id === id);
    if (exists && !draft.overwrite) {
      ctx.status = 409;
      ctx.body = { error: `a notice "${id}" is already there: confirm to replace it ("overwrite": true)`, exists: id };
      return;
    }
    const { placeFolder } = await work();
    let placed: ReturnType<typeof placeFolder>;
    try {
      placed = placeFolder(knowledgeDir, id, draft);
    } catch (e) {
      ctx.status = 500;
      ctx.body = { error: `cannot write the folder: ${problemFrom(e, id).message}` };
      return;
    }
    const status = await reloader.reload('admin', { allowDrop: placed.replaced });
    if (!status.ok) {
      placed.undo();
      ctx.status = 422;
      ctx.body = {
        error: `the knowledge did not load with "${id}": nothing was published, the running knowledge stays`,
        problems: status.problems ?? [{ file: id, message: status.refused?.reason ?? 'refused' }],
      };
      return;
    }
    placed.keep();
    ctx.body = { published: id, replaced: placed.replaced, version: status.version, cities: assistant.knowledge().cities.map((c) => c.name) };
  }

  return router;
}
