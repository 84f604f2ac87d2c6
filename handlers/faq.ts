// GET /faq — every city's suspension timetable, what to do meanwhile, the notice's
// procedures and the contacts table, server-rendered and printable; a filter box
// narrows it as you type (web/faq.ts). GET /api/faq — the same content as JSON.
// Both take ?city= (name or alias) and ?at= (statuses as of that moment; default now).
import Router from '@koa/router';
import type { Context } from 'koa';
import { DateTime } from 'luxon';
import type { Assistant } from '../src/assistant.ts';
import type { City } from '../src/knowledge/model.ts';
import type { Config } from './config.ts';
import { buildFaq, type FaqBusiness, type FaqCity, type FaqData, type FaqNotice, type FaqPhone } from './faq-data.ts';
import { Html, html, PAGE_HEADERS } from './html.ts';
import { parseMoment, ZONE } from './moment.ts';
import { cityTimeline } from './timeline-svg.ts';
import { webAssets } from './web-assets.ts';

/** `?at=` or the assistant's clock (BOT_NOW when pinned). */
export function momentOf(ctx: Context, assistant: Pick<Assistant, 'now'>): DateTime {
  const raw = typeof ctx.query.at === 'string' ? ctx.query.at : '';
  if (raw) {
    const at = parseMoment(raw);
    if (!at) ctx.throw(400, 'at must be an ISO 8601 date-time, e.g. 2021-12-20T10:00 (Asia/Shanghai)');
    return at;
  }
  return assistant.now().setZone(ZONE);
}

/** `?city=`: undefined for all cities; 400 for a city we do not cover. */
export function cityOf(ctx: Context, assistant: Assistant): City | undefined {
  const raw = typeof ctx.query.city === 'string' ? ctx.query.city.trim() : '';
  if (!raw || raw === 'all' || raw === '全部') return undefined;
  const city = assistant.findCity(raw);
  if (!city) ctx.throw(400, `unknown city "${raw.slice(0, 40)}"; known: ${assistant.cityNames().join(', ')}`);
  return city;
}

export function faqRoutes(assistant: Assistant, config: Pick<Config, 'now'>): Router {
  const router = new Router();
  webAssets.warm();

  router.get('/api/faq', (ctx) => {
    const data = buildFaq(assistant.knowledge(), momentOf(ctx, assistant), cityOf(ctx, assistant));
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = data;
  });

  router.get('/faq', (ctx) => {
    const data = buildFaq(assistant.knowledge(), momentOf(ctx, assistant), cityOf(ctx, assistant));
    for (const [k, v] of Object.entries(PAGE_HEADERS)) ctx.set(k, v);
    ctx.set('Cache-Control', 'no-cache');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = faqPage(data).value;
  });

  router.get('/assets/faq.js', (ctx) => webAssets.serve(ctx, 'faq.js'));
  router.get('/assets/app.css', (ctx) => webAssets.serve(ctx, 'app.css'));
  return router;
}

// ───────────────────────────── rendering ─────────────────────────────

const telHref = (n: string) => `tel:${n.replace(/[^0-9]/g, '')}`;

function phones(list: FaqPhone[]): Html {
  if (!list.length) return html`<span class="sr-only">（公告此栏空白）</span>`;
  return html`${list.map((p) => html`<span class="phone"><a href="${telHref(p.number)}">${p.number}</a>${p.note ? html`<span class="note">（${p.note}）</span>` : ''}</span>`)}`;
}

function timetableRow(b: FaqBusiness): Html {
  const scopes = b.windows.map((w) => w.scope).filter(Boolean);
  const stops = b.unaffected ? html`不暂停` : b.windows.length ? b.windows.map((w) => html`<div class="when">${w.suspendText}</div>`) : html`公告未列出`;
  // a plain time when the notice gives one; its own wording otherwise (逐步恢复, 另行通知, …)
  const resumes = b.unaffected ? html`—` : b.windows.map((w) =>
        w.resumeMode === 'date' && w.resumeText ? html`<div class="when">${w.resumeText}</div>` : html`<div>${w.resumeDescription}</div>`,
      );
  return html`<tr data-entry>
      <th scope="row"><span class="biz">${b.short}</span>${b.short !== b.name ? html`<span class="detail">${b.name.slice(b.short.length)}</span>` : ''}${
        scopes.length ? html`<span class="scope">范围：${scopes.join('；')}</span>` : ''
      }${b.unaffected ? html`<span class="scope">公告原文：${b.unaffected}</span>` : ''}</th>
      <td data-label="暂停">${stops}</td>
      <td data-label="恢复">${resumes}</td>
      <td data-label="当前状态"><span class="chip chip-${b.status.state}" title="${b.status.text}">${b.status.label}</span></td>
    </tr>`;
}

function noticeSection(n: FaqNotice, city: FaqCity, asOfText: string): Html {
  const issuedBy = n.issuers.join('、');
  const during = n.businesses.filter((b) => b.during.length);
  const { columns, rows } = n.contacts;
  return html`<article class="notice" aria-labelledby="n-${n.id}">
  <h3 id="n-${n.id}">《${n.title}》</h3>
  <p class="issuer">发布单位：${issuedBy}<span aria-hidden="true"> · </span>${n.publishedText ? `发布日期：${n.publishedText}` : '公告未注明发布日期'}</p>

  <section class="group" data-group aria-labelledby="tt-${n.id}">
    <h4 id="tt-${n.id}">停机时间表</h4>
    <table class="stack timetable">
      <caption class="sr-only">${city.name}各项业务的暂停、恢复时间及截至${asOfText}的状态</caption>
      <thead><tr><th scope="col">业务</th><th scope="col">暂停</th><th scope="col">恢复</th><th scope="col">当前状态（截至${asOfText}）</th></tr></thead>
      <tbody>${n.businesses.map(timetableRow)}</tbody>
    </table>
  </section>

  ${during.length
    ? html`<section class="group" data-group aria-labelledby="du-${n.id}">
    <h4 id="du-${n.id}">暂停期间怎么办</h4>
    ${during.map((b) => html`<div class="entry" data-entry><h5>${b.short}</h5><ul>${b.during.map((s) => html`<li>${s}</li>`)}</ul></div>`)}
  </section>`
    : ''}

  ${n.procedures.length
    ? html`<section class="group" data-group aria-labelledby="pr-${n.id}">
    <h4 id="pr-${n.id}">办理指引</h4>
    ${n.procedures.map((p) => html`<div class="entry" data-entry><h5>${p.title}</h5><p>${p.answer}</p></div>`)}
  </section>`
    : ''}

  ${rows.length
    ? html`<section class="group" data-group aria-labelledby="ct-${n.id}">
    <h4 id="ct-${n.id}">咨询电话</h4>
    <table class="stack contacts">
      <caption class="sr-only">${city.name}咨询电话：按单位（区县）和业务分列，空白为公告中该栏空白</caption>
      <thead><tr><th scope="col">单位</th>${columns.map((c) => html`<th scope="col">${c.label}</th>`)}</tr></thead>
      <tbody>${rows.map(
        (r) => html`<tr data-entry><th scope="row">${r.unit}</th>${r.cells.map(
          (cell, i) => html`<td data-label="${columns[i]!.label}">${cell ? phones(cell.phones) : ''}</td>`,
        )}</tr>`,
      )}</tbody>
    </table>
  </section>`
    : ''}

  ${n.advice.length
    ? html`<section class="group" data-group aria-labelledby="ad-${n.id}">
    <h4 id="ad-${n.id}">其他说明</h4>
    <ul class="entry-list">${n.advice.map((a) => html`<li data-entry>${a}</li>`)}</ul>
  </section>`
    : ''}
</article>`;
}

function citySection(c: FaqCity, asOfText: string, asOf: string): Html {
  const names = [c.name, `${c.name}市`, ...c.aliases, c.province ?? ''].filter(Boolean).join(' ');
  return html`<section class="city" id="city-${c.name}" data-city="${names}" aria-labelledby="h-${c.name}">
  <h2 id="h-${c.name}">${c.province ? `${c.province} · ` : ''}${c.name}</h2>
  <figure class="timeline"><figcaption>停机时间线</figcaption>${new Html(cityTimeline(c, asOf, asOfText))}</figure>
  ${c.notices.map((n) => noticeSection(n, c, asOfText))}
</section>`;
}

/** The filter box's hint, with a district the knowledge names (or a city when none does). */
function filterHint(data: FaqData): string {
  const place = data.cities.flatMap((c) => c.districts)[0] ?? data.cities[0]?.name;
  return place ? `区县、业务或电话，如：${place}` : '区县、业务或电话';
}

export function faqPage(data: FaqData): Html {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>医保、社保系统停机切换常见问题</title>
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/faq.js" defer></script>
</head>
<body class="faq-page">
<a class="skip no-print" href="#faq-main">跳到正文</a>
<header class="page-head">
  <h1>医保、社保系统停机切换常见问题</h1>
  <p class="meta">依据官方公告整理。业务状态截至 <time datetime="${data.asOf}">${data.asOfText}</time>（北京时间）。</p>
  ${data.cities.length > 1
    ? html`<nav class="city-nav no-print" aria-label="城市"><span>城市：</span>${data.cities.map((c) => html`<a href="#city-${c.name}">${c.name}</a>`)}</nav>`
    : ''}
</header>
<div class="filter no-print" role="search">
  <label for="faq-filter">筛选</label>
  <input id="faq-filter" type="search" autocomplete="off" placeholder="${filterHint(data)}" aria-describedby="filter-status">
  <p id="filter-status" class="filter-status" role="status" aria-live="polite"></p>
</div>
<main id="faq-main">
${data.cities.map((c) => citySection(c, data.asOfText, data.asOf))}
<p id="no-match" class="no-match" hidden>没有符合筛选条件的内容。请换个说法，或清空筛选框查看全部。</p>
</main>
<footer class="page-foot">
  <p>以上内容摘自各地官方公告；办理前请以当地医保、社保经办机构的最新通知为准。</p>
  <p class="no-print"><a href="/api/faq">以 JSON 格式获取本页内容</a></p>
</footer>
</body>
</html>`;
}
