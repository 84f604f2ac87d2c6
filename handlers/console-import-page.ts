// The operator page's HTML (GET /console/import): paste or upload a notice, review the
// draft (timeline, items to check beside their quotes in the notice, kb:check's
// problems), edit its YAML, preview answers at any moment, publish. Its script,
// web/console-import.ts, fills it from the JSON routes of console-import.ts. The page
// speaks to the 医保局 operator, so its words live here, not with the citizens' wording.
import type { Context } from 'koa';
import { html, PAGE_HEADERS } from './html.ts';

const ACCEPT = '.html,.htm,.docx,.md,.markdown,.txt';

export function importPage(atValue: string, maxBytes: number) {
  const mb = Math.round(maxBytes / 1024 / 1024);
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>导入公告 · 停机切换问答助手</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/console-import.js" defer></script>
</head>
<body class="console-page import-page">
<header class="page-head console-head">
  <h1>停机切换问答助手 · 导入公告</h1>
  <p class="meta">粘贴公告原文或上传文件，生成草稿；核对、试问之后再发布。<a href="/">返回坐席控制台</a></p>
</header>
<noscript><p class="error">本页需要启用 JavaScript。</p></noscript>
<main class="import">
  <section class="import-source" aria-labelledby="source-title">
    <h2 id="source-title">1. 公告</h2>
    <form id="draft-form" class="ask-form" autocomplete="off">
      <label for="notice-text">粘贴公告全文</label>
      <textarea id="notice-text" rows="8" placeholder="把公告的标题、正文、落款和日期一起粘贴进来"></textarea>
      <div class="controls">
        <div class="field">
          <label for="notice-file">或上传文件（.html .docx .md .txt，${String(mb)} MB 以内；不支持 PDF 和扫描图片）</label>
          <input id="notice-file" type="file" accept="${ACCEPT}">
        </div>
        <div class="field">
          <label for="draft-id">编号（可不填）</label>
          <input id="draft-id" pattern="[a-z0-9\\-]+" placeholder="yichang-2022-03">
        </div>
        <div class="field">
          <label for="draft-city">城市（公告里找不到时填写）</label>
          <input id="draft-city" placeholder="宜昌">
        </div>
        <div class="field actions"><button type="submit" id="make-draft" class="primary">生成草稿</button></div>
      </div>
    </form>
  </section>
  <p id="status" class="visually-quiet" role="status" aria-live="polite"></p>
  <p id="error" class="error" role="alert" hidden></p>

  <section id="review" class="import-review" aria-labelledby="review-title" hidden>
    <h2 id="review-title">2. 核对草稿</h2>
    <p id="summary" class="meta"></p>
    <div id="timelines" class="import-timelines" aria-live="polite"></div>
    <div class="import-columns">
      <section aria-labelledby="uncertain-title">
        <h3 id="uncertain-title">待核对（请核对）</h3>
        <ol id="uncertain" class="uncertain-list"></ol>
      </section>
      <section aria-labelledby="notice-title">
        <h3 id="notice-title">公告原文（黄色为待核对的出处）</h3>
        <pre id="notice" class="notice-text" tabindex="0"></pre>
      </section>
    </div>
    <section aria-labelledby="check-title">
      <h3 id="check-title">检查结果（kb:check 与冒烟测试）</h3>
      <div id="check" class="check-result" aria-live="polite"></div>
    </section>
    <section aria-labelledby="facts-title">
      <h3 id="facts-title">facts.yaml（可直接修改，改完按“重新检查”）</h3>
      <textarea id="facts" class="facts-editor" rows="24" spellcheck="false"></textarea>
      <div class="copy-row"><button type="button" id="recheck" class="secondary">重新检查</button></div>
    </section>
  </section>

  <section id="preview" class="import-preview" aria-labelledby="preview-title" hidden>
    <h2 id="preview-title">3. 试问（只用这份草稿回答，不影响正在服务的知识库）</h2>
    <form id="preview-form" class="ask-form" autocomplete="off">
      <label for="preview-q">问题</label>
      <input id="preview-q" maxlength="500" required placeholder="例如：现在还能刷医保卡吗">
      <div class="controls">
        <div class="field">
          <label for="preview-at">按此时刻回答（北京时间）</label>
          <input id="preview-at" type="datetime-local" step="60" value="${atValue}" required>
        </div>
        <div class="field actions"><button type="submit" id="ask-preview" class="primary">试问</button></div>
      </div>
    </form>
    <pre id="preview-answer" class="answer" tabindex="0" aria-live="polite" hidden></pre>
  </section>

  <section id="publish-panel" class="import-publish" aria-labelledby="publish-title" hidden>
    <h2 id="publish-title">4. 发布</h2>
    <p class="meta">写入知识库目录并立即重新加载。有错误的草稿不会发布，正在服务的知识库保持不变。</p>
    <p><label><input id="overwrite" type="checkbox"> 覆盖已有的同名公告</label></p>
    <div class="copy-row"><button type="button" id="publish" class="primary">发布</button></div>
    <p id="publish-result" role="status" aria-live="polite"></p>
  </section>
</main>
</body>
</html>`;
}

/** 401 for a browser: its login prompt takes the console token or the admin token as the password. */
export function unauthorizedPage(ctx: Context): void {
  for (const [k, v] of Object.entries(PAGE_HEADERS)) ctx.set(k, v);
  ctx.type = 'text/html; charset=utf-8';
  ctx.body =
    html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>需要登录</title></head><body><h1>导入公告需要登录</h1><p>请使用坐席控制台令牌或管理员令牌登录（用户名任意，密码为令牌）。</p></body></html>`.value;
}
