// The agents' console: GET / (one page; its script is web/console.ts) and its API,
// GET /console/api/ask (the reply exactly as a citizen gets it, with band, sources
// and alternatives) and GET /console/api/status (each business's phase at a moment,
// with each city's timeline picture as SVG).
// With CONSOLE_TOKEN set, all of it needs the token: HTTP Basic (any user name,
// the token as password — the browser's own login prompt), or
// `Authorization: Bearer <token>`, or an `X-Console-Token` header.
import Router from '@koa/router';
import type { Middleware } from 'koa';
import type { ConsoleAskResponse } from './api-schemas.ts';
import type { AppOptions as Config } from './http/options.ts';
import { asPage } from './errors.ts';
import { buildFaq, statusStrip } from './faq-data.ts';
import { html, PAGE_HEADERS } from './html.ts';
import { askParams, cityOf, MAX_QUESTION_CHARS, momentOf } from './http/params.ts';
import { requestOf, type RequestAssistant } from './http/request-info.ts';
import { withTimelines } from './timeline-svg.ts';
import { tokenGuard } from './http/token-guard.ts';
import { webAssets } from './web-assets.ts';

export const CONSOLE_REALM = 'cutover-assistant console';

/** Lets a request through when no token is configured or the right one is presented (the one check: token-guard.ts). */
export function consoleGuard(token: string | undefined): Middleware {
  if (!token) return (_ctx, next) => next();
  const check = tokenGuard(token, { header: 'X-Console-Token', basic: true });
  return async (ctx, next) => {
    if (check(ctx) === 'ok') return next();
    ctx.status = 401;
    ctx.set('WWW-Authenticate', `Basic realm="${CONSOLE_REALM}", charset="UTF-8"`);
    ctx.set('Cache-Control', 'no-store');
    if (ctx.path.startsWith('/console/api/')) ctx.body = { error: 'console token required' };
    else {
      ctx.type = 'text/html; charset=utf-8';
      ctx.body =
        html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>需要登录</title></head><body><h1>坐席控制台需要登录</h1><p>请使用管理员提供的访问令牌登录（用户名任意，密码为令牌）。</p></body></html>`.value;
    }
  };
}

export function consoleRoutes(assistant: RequestAssistant, config: Pick<Config, 'now' | 'consoleToken'>): Router {
  const router = new Router();
  const guard = consoleGuard(config.consoleToken);
  webAssets.warm();

  router.get('/', asPage, guard, (ctx) => {
    const at = momentOf(ctx, assistant);
    for (const [k, v] of Object.entries(PAGE_HEADERS)) ctx.set(k, v);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = consolePage(assistant.cityNames(), at.toFormat("yyyy-MM-dd'T'HH:mm"), assistant.examples()[0]).value;
  });

  router.get('/assets/console.js', guard, (ctx) => webAssets.serve(ctx, 'console.js'));

  router.get('/console/api/status', guard, (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    const [kb, at, city] = [assistant.knowledge(), momentOf(ctx, assistant), cityOf(ctx, assistant)];
    ctx.body = withTimelines(statusStrip(kb, at, city), () => buildFaq(kb, at, city));
  });

  router.get('/console/api/ask', guard, async (ctx) => {
    const { text, at, city, session } = askParams(ctx, assistant);
    const reply = await assistant.ask({ text, at, city: city?.name, session, channel: 'console' }, requestOf(ctx));
    ctx.set('Cache-Control', 'no-store');
    ctx.body = {
      answer: reply.text,
      band: reply.band,
      city: reply.city,
      at: at.toISO({ suppressMilliseconds: true })!,
      sources: reply.sources,
      suggestions: reply.suggestions.slice(0, 3),
    } satisfies ConsoleAskResponse;
  });

  return router;
}

function consolePage(cities: string[], atValue: string, example = '') {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>坐席控制台 · 停机切换问答助手</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/console.js" defer></script>
</head>
<body class="console-page">
<a class="skip" href="#question">跳到提问框</a>
<header class="page-head console-head">
  <h1>停机切换问答助手 · 坐席控制台</h1>
  <p class="meta">输入市民的问题，得到与市民收到的完全一致的回复，可直接朗读或复制。<a href="/faq">常见问题页</a></p>
</header>
<noscript><p class="error">本控制台需要启用 JavaScript。</p></noscript>
<main class="console">
  <section class="ask-panel" aria-labelledby="ask-title">
    <h2 id="ask-title" class="sr-only">提问</h2>
    <form id="ask-form" class="ask-form" autocomplete="off">
      <label for="question">市民的问题</label>
      <textarea id="question" name="q" rows="3" maxlength="${String(MAX_QUESTION_CHARS)}" required placeholder="${example ? `例如：${example}` : '请输入市民的问题'}" aria-describedby="question-hint"></textarea>
      <p id="question-hint" class="hint">按 Enter 提问，Shift+Enter 换行。</p>
      <div class="controls">
        <div class="field">
          <label for="city">城市</label>
          <select id="city" name="city">
            <option value="">全部城市</option>
            ${cities.map((c) => html`<option value="${c}">${c}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="at">按此时刻回答（北京时间）</label>
          <div class="inline">
            <input id="at" name="at" type="datetime-local" step="60" value="${atValue}" data-now="${atValue}" required>
            <button type="button" id="now" class="secondary" title="恢复为当前时刻">现在</button>
          </div>
        </div>
        <div class="field actions">
          <button type="submit" id="ask" class="primary">提问</button>
          <button type="button" id="new-session" class="secondary" title="清空上下文，开始接待新的市民">新对话</button>
        </div>
      </div>
    </form>
    <p id="ask-status" class="visually-quiet" role="status" aria-live="polite"></p>
    <p id="ask-error" class="error" role="alert" hidden></p>

    <section id="result" class="result" aria-labelledby="result-title" hidden>
      <div class="result-head">
        <h2 id="result-title">回复</h2>
        <span id="band" class="band"></span>
        <span id="reply-meta" class="reply-meta"></span>
      </div>
      <p id="stale-note" class="stale-note" role="status" hidden>时刻或城市已更改，这条回复仍按原来的时刻和城市生成；按“提问”重新生成。</p>
      <pre id="answer" class="answer" tabindex="0" aria-label="回复原文"></pre>
      <div class="copy-row">
        <button type="button" id="copy" class="primary">复制回复</button>
        <span id="copied" class="copied" role="status" aria-live="polite"></span>
      </div>
      <section id="alternatives" class="alternatives" aria-labelledby="alt-title" hidden>
        <h3 id="alt-title">其他可能的问题</h3>
        <ul id="alt-list"></ul>
      </section>
      <section id="sources" class="sources" aria-labelledby="src-title" hidden>
        <h3 id="src-title">依据</h3>
        <div id="source-list"></div>
      </section>
    </section>
  </section>

  <section class="status-panel" aria-labelledby="status-title" tabindex="0">
    <h2 id="status-title">各业务当前状态</h2>
    <p id="status-at" class="meta"></p>
    <div id="status-strip" class="status-strip" aria-live="polite" aria-busy="true"><p class="meta">加载中…</p></div>
  </section>
</main>
</body>
</html>`;
}
