// GET /faq — every city's suspension timetable, what to do meanwhile, the notice's
// procedures and the contacts table, server-rendered and printable; a filter box
// narrows it, read as the bot reads a question (handlers/faq-filter.ts; web/faq.ts asks
// as you type, and without script the form sends ?filter=). GET /api/faq — the same
// content as JSON. Both take ?city= (name or alias), ?at= (statuses as of that moment;
// default now) and ?filter=.
import Router from '@koa/router';
import type { Context } from 'koa';
import { labelParts } from '../src/answer/format.ts';
import type { Assistant } from '../src/assistant.ts';
import type { FaqResponse } from './api-schemas.ts';
import type { AppOptions as Config } from './http/options.ts';
import { buildFaq, type FaqBusiness, type FaqCity, type FaqData, type FaqNotice, type FaqPhone } from './faq-data.ts';
import { cityWords, entryKey, type FaqFiltered, filterFaq, keepOnly, SECTIONS } from './faq-filter.ts';
import { asPage } from './errors.ts';
import { Html, html, PAGE_HEADERS } from './html.ts';
import { cityOf, filterParam, momentOf, queryParam } from './http/params.ts';
import { cityTimeline } from './timeline-svg.ts';
import { webAssets } from './web-assets.ts';
import { pages as P } from '../src/answer/wording/index.ts';

export function faqRoutes(assistant: Assistant, _config: Pick<Config, 'now'>): Router {
  const router = new Router();
  webAssets.warm();

  /** The FAQ as the request asks for it, and which entries its ?filter= keeps (none given: no filtering). */
  function faqFor(ctx: Context): { data: FaqData; filter: string; filtered?: FaqFiltered } {
    const data = buildFaq(assistant.knowledge(), momentOf(ctx, assistant), cityOf(ctx, assistant));
    const filter = filterParam(ctx);
    const match = filter ? assistant.faqMatch(filter) : undefined;
    return { data, filter, filtered: match && !match.empty ? filterFaq(data, match) : undefined };
  }

  router.get('/api/faq', (ctx) => {
    const { data, filter, filtered } = faqFor(ctx);
    ctx.set('Cache-Control', 'no-cache');
    const body: FaqResponse = filtered ? { ...keepOnly(data, filtered.keys), filter: { text: filter, keys: [...filtered.keys], total: filtered.total } } : data;
    ctx.body = body;
  });

  router.get('/faq', asPage, (ctx) => {
    const { data, filter, filtered } = faqFor(ctx);
    for (const [k, v] of Object.entries(PAGE_HEADERS)) ctx.set(k, v);
    ctx.set('Cache-Control', 'no-cache');
    ctx.type = 'text/html; charset=utf-8';
    // the form keeps the page's city and moment when it sends the filter
    const keep = { city: queryParam(ctx, 'city') ?? '', at: queryParam(ctx, 'at') ?? '' };
    ctx.body = faqPage(data, { filter, filtered, keep }).value;
  });

  router.get('/assets/faq.js', (ctx) => webAssets.serve(ctx, 'faq.js'));
  router.get('/assets/app.css', (ctx) => webAssets.serve(ctx, 'app.css'));
  return router;
}

// ───────────────────────────── rendering ─────────────────────────────

const telHref = (n: string) => `tel:${n.replace(/[^0-9]/g, '')}`;

function phones(list: FaqPhone[]): Html {
  if (!list.length) return html`<span class="sr-only">${P.CELL_BLANK}</span>`;
  return html`${list.map((p) => html`<span class="phone"><a href="${telHref(p.number)}">${p.number}</a>${p.note ? html`<span class="note">（${p.note}）</span>` : ''}</span>`)}`;
}

/** The whole name as the notice writes it, its bracketed details set in small print. */
function businessName(name: string): Html {
  return html`${labelParts(name).map((p) => (p.detail ? html`<span class="detail">${p.text}</span>` : html`<span class="biz">${p.text}</span>`))}`;
}

/** Which entries to show: all, or those a filter kept. */
type Shown = (key: string) => boolean;

/** An entry's key, and `hidden` when the filter leaves it out. */
const entry = (key: string, shown: Shown) => html`data-entry data-key="${key}"${shown(key) ? '' : ' hidden'}`;
/** `hidden` on a section none of whose entries is shown. */
const hiddenUnless = (keys: string[], shown: Shown) => (keys.some(shown) ? '' : ' hidden');

function timetableRow(n: FaqNotice, b: FaqBusiness, shown: Shown): Html {
  const scopes = b.windows.map((w) => w.scope).filter(Boolean);
  const stops = b.unaffected ? html`不暂停` : b.windows.length ? b.windows.map((w) => html`<div class="when">${w.suspendText}</div>`) : html`公告未列出`;
  // a plain time when the notice gives one; its own wording otherwise (逐步恢复, 另行通知, …)
  const resumes = b.unaffected
    ? html`—`
    : b.windows.map((w) =>
        w.resumeMode === 'date' && w.resumeText && !w.inferred ? html`<div class="when">${w.resumeText}</div>` : html`<div>${w.resumeDescription}</div>`,
      );
  const changes = [...new Set(b.windows.map((w) => w.changed).filter(Boolean))];
  return html`<tr ${entry(entryKey.timetable(n, b.id), shown)}>
      <th scope="row">${businessName(b.name)}${
        scopes.length ? html`<span class="scope">范围：${scopes.join('；')}</span>` : ''
      }${b.unaffected ? html`<span class="scope">公告原文：${b.unaffected}</span>` : ''}${changes.map((c) => html`<span class="scope changed">${c}</span>`)}</th>
      <td data-label="暂停">${stops}</td>
      <td data-label="恢复">${resumes}</td>
      <td data-label="当前状态"><span class="chip chip-${b.status.state}" title="${b.status.text}">${b.status.label}</span></td>
    </tr>`;
}

function noticeSection(n: FaqNotice, city: FaqCity, asOfText: string, shown: Shown): Html {
  const issuedBy = n.issuers.join('、') || P.UNSIGNED;
  const during = n.businesses.filter((b) => b.during.length || b.noInstructions);
  const eventKeys = n.events.map((_, i) => `${n.id}/e/${i}`); // shown unfiltered; no filter entry of their own
  const amendsKey = n.amends ? [`${n.id}/m`] : [];
  const { columns, rows } = n.contacts;
  const keys = {
    timetable: [...n.businesses.map((b) => entryKey.timetable(n, b.id)), ...eventKeys],
    during: during.map((b) => entryKey.during(n, b.id)),
    procedures: n.procedures.map((p) => entryKey.procedure(n, p.id)),
    contacts: rows.map((r) => entryKey.contact(n, r.unit)),
    advice: n.advice.map((_, i) => entryKey.advice(n, i)),
    amends: amendsKey,
  };
  return html`<article class="notice" aria-labelledby="n-${n.id}"${hiddenUnless(Object.values(keys).flat(), shown)}>
  <h3 id="n-${n.id}">《${n.title}》</h3>
  <p class="issuer">${P.issuedBy(issuedBy)}<span aria-hidden="true"> · </span>${P.publishedOn(n.publishedText)}</p>
  ${n.amends ? html`<p class="amends" ${entry(amendsKey[0]!, shown)}>${P.amendsNote(n.amends.title)}</p>` : ''}

  <section class="group" data-group aria-labelledby="tt-${n.id}"${hiddenUnless(keys.timetable, shown)}>
    <h4 id="tt-${n.id}">${SECTIONS.timetable}</h4>
    <table class="stack timetable">
      <caption class="sr-only">${city.name}各项业务的暂停、恢复时间及截至${asOfText}的状态</caption>
      <thead><tr><th scope="col">业务</th><th scope="col">暂停</th><th scope="col">恢复</th><th scope="col">当前状态（截至${asOfText}）</th></tr></thead>
      <tbody>${n.businesses.map((b) => timetableRow(n, b, shown))}${n.events.map(
        (e, i) =>
          html`<tr class="event" ${entry(eventKeys[i]!, shown)}><th scope="row">${e.title}</th><td data-label="时间" colspan="3"><div class="when">${e.atText}</div></td></tr>`,
      )}</tbody>
    </table>
  </section>

  ${
    during.length
      ? html`<section class="group" data-group aria-labelledby="du-${n.id}"${hiddenUnless(keys.during, shown)}>
    <h4 id="du-${n.id}">${SECTIONS.during}</h4>
    ${during.map((b) => html`<div class="entry" ${entry(entryKey.during(n, b.id), shown)}><h5>${b.short}</h5><ul>${b.during.map((s) => html`<li>${s}</li>`)}</ul>${b.noInstructions ? html`<p>${b.noInstructions}</p>` : ''}</div>`)}
  </section>`
      : ''
  }

  ${
    n.procedures.length
      ? html`<section class="group" data-group aria-labelledby="pr-${n.id}"${hiddenUnless(keys.procedures, shown)}>
    <h4 id="pr-${n.id}">${SECTIONS.procedures}</h4>
    ${n.procedures.map((p) => html`<div class="entry" ${entry(entryKey.procedure(n, p.id), shown)}><h5>${p.title}</h5><p>${p.answer}</p></div>`)}
  </section>`
      : ''
  }

  ${
    rows.length
      ? html`<section class="group" data-group aria-labelledby="ct-${n.id}"${hiddenUnless(keys.contacts, shown)}>
    <h4 id="ct-${n.id}">${SECTIONS.contacts}</h4>
    <table class="stack contacts">
      <caption class="sr-only">${city.name}咨询电话：按单位（区县）和业务分列，空白为公告中该栏空白</caption>
      <thead><tr><th scope="col">单位</th>${columns.map((c) => html`<th scope="col">${c.label}</th>`)}</tr></thead>
      <tbody>${rows.map(
        (r) =>
          html`<tr ${entry(entryKey.contact(n, r.unit), shown)}><th scope="row">${r.unit}</th>${r.cells.map(
            (cell, i) => html`<td data-label="${columns[i]!.label}">${cell ? phones(cell.phones) : ''}</td>`,
          )}</tr>`,
      )}</tbody>
    </table>
  </section>`
      : ''
  }

  ${
    n.advice.length
      ? html`<section class="group" data-group aria-labelledby="ad-${n.id}"${hiddenUnless(keys.advice, shown)}>
    <h4 id="ad-${n.id}">${SECTIONS.advice}</h4>
    <ul class="entry-list">${n.advice.map((a, i) => html`<li ${entry(entryKey.advice(n, i), shown)}>${a}</li>`)}</ul>
  </section>`
      : ''
  }
</article>`;
}

function citySection(c: FaqCity, asOfText: string, asOf: string, shown: Shown, filtered?: FaqFiltered): Html {
  const mine = [...(filtered?.keys ?? [])].some((k) => c.notices.some((n) => k.startsWith(`${n.id}/`)));
  return html`<section class="city" id="city-${c.name}" data-city="${cityWords(c)}" aria-labelledby="h-${c.name}"${!filtered || mine ? '' : ' hidden'}>
  <h2 id="h-${c.name}">${c.province ? `${c.province} · ` : ''}${c.name}</h2>
  <figure class="timeline"><figcaption>停机时间线</figcaption>${new Html(cityTimeline(c, asOf, asOfText))}</figure>
  ${c.notices.map((n) => noticeSection(n, c, asOfText, shown))}
</section>`;
}

/** The filter box's hint, with a district the knowledge names (or a city when none does). */
function filterHint(data: FaqData): string {
  const place = data.cities.flatMap((c) => c.districts)[0] ?? data.cities[0]?.name;
  return P.filterHint(place);
}

export interface FaqView {
  /** the filter words, and what they keep (absent: everything is shown) */
  filter: string;
  filtered?: FaqFiltered;
  /** the page's own ?city= and ?at=, sent again with the filter form */
  keep: { city: string; at: string };
}

export function faqPage(data: FaqData, view: FaqView = { filter: '', keep: { city: '', at: '' } }): Html {
  const { filtered } = view;
  const shown: Shown = filtered ? (key) => filtered.keys.has(key) : () => true;
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>医保、社保系统停机切换常见问题</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/faq.js" defer></script>
</head>
<body class="faq-page">
<a class="skip no-print" href="#faq-main">跳到正文</a>
<header class="page-head">
  <h1>医保、社保系统停机切换常见问题</h1>
  <p class="meta">${P.asOfNote} <time datetime="${data.asOf}">${data.asOfText}</time>（北京时间）。</p>
  ${
    data.cities.length > 1
      ? html`<nav class="city-nav no-print" aria-label="城市"><span>城市：</span>${data.cities.map((c) => html`<a href="#city-${c.name}">${c.name}</a>`)}</nav>`
      : ''
  }
</header>
<form class="filter no-print" role="search" method="get" action="/faq">
  <label for="faq-filter">筛选</label>
  <input id="faq-filter" name="filter" type="search" autocomplete="off" value="${view.filter}" placeholder="${filterHint(data)}" aria-describedby="filter-status">
  ${Object.entries(view.keep).map(([k, v]) => (v ? html`<input type="hidden" name="${k}" value="${v}">` : ''))}
  <button type="submit" class="secondary">筛选</button>
  <p id="filter-status" class="filter-status" role="status" aria-live="polite">${filtered ? `显示 ${filtered.keys.size} / ${filtered.total} 条` : ''}</p>
</form>
<main id="faq-main">
${data.cities.map((c) => citySection(c, data.asOfText, data.asOf, shown, filtered))}
<p id="no-match" class="no-match"${filtered && !filtered.keys.size ? '' : ' hidden'}>${P.NO_MATCH}</p>
</main>
<footer class="page-foot">
  <p>以上内容摘自各地官方公告；办理前请以当地医保、社保经办机构的最新通知为准。</p>
  <p class="no-print"><a href="/api/faq">以 JSON 格式获取本页内容</a></p>
</footer>
</body>
</html>`;
}
