// A web page saved whole: the part of it that is the notice. The notice is the element that
// holds both its title and most of the page's own text (text not in links: menus, related
// links and footers are mostly links or short); inside it, blocks that are mostly links
// (字号 大 中 小, 分享到, lists of other articles) are the site's, not the notice's.
import type { HTMLElement } from 'node-html-parser';

/** containers the notice's text may sit in (a table cell on old sites laid out by tables) */
const CONTAINERS = new Set(['div', 'article', 'section', 'main', 'td', 'body']);
/** class or id words a notice's title element carries */
const TITLE_CLASS = /title|biaoti|bt\b|tit\b|headline/i;
const NOTICE_WORD = /通告|公告|通知|告知书|提示|说明|停机|暂停|切换/;
/** the share of the page's own text the notice's container holds at least */
const MOST = 0.6;

const ownText = (el: HTMLElement) => el.text.replace(/\s+/g, '').length - linkText(el);
const linkText = (el: HTMLElement) => el.querySelectorAll('a').reduce((n, a) => n + a.text.replace(/\s+/g, '').length, 0);
const tagOf = (el: HTMLElement) => el.tagName?.toLowerCase() ?? '';

/**
 * The element to render: the lowest one that holds the title and the container of most of the
 * text; the title's element when found, so that the caller can mark it a heading.
 */
export function noticeElement(root: HTMLElement, dropped: (el: HTMLElement) => boolean): { element: HTMLElement; title?: HTMLElement } {
  const body = root.querySelector('body') ?? root;
  const total = ownText(body);
  if (total < 50) return { element: root };
  let container = body;
  for (const el of body.querySelectorAll('*')) {
    if (!CONTAINERS.has(tagOf(el)) || dropped(el) || inDropped(el, dropped)) continue;
    if (ownText(el) >= MOST * total && el.querySelectorAll('p, br').length >= 2 && holds(container, el)) container = el;
  }
  const title = titleElement(root, body, dropped);
  const element = title ? commonAncestor(title, container) : container;
  pruneLinkBlocks(element, title);
  return { element, title };
}

/**
 * The notice's title: an element of its own words (no blocks inside) that the page's <title>
 * holds, else the first h1 or title-classed element that reads like a notice's title.
 */
function titleElement(root: HTMLElement, body: HTMLElement, dropped: (el: HTMLElement) => boolean): HTMLElement | undefined {
  const pageTitle = (root.querySelector('title')?.text ?? '').replace(/\s+/g, '');
  const candidates = body.querySelectorAll('h1, h2, h3, div, p, span, td, strong').filter((el) => {
    const t = el.text.replace(/\s+/g, '');
    return t.length >= 6 && t.length <= 80 && !el.querySelector('div, p, table') && !dropped(el) && !inDropped(el, dropped);
  });
  const words = (el: HTMLElement) => el.text.replace(/\s+/g, '');
  return (
    candidates.find((el) => words(el).length >= 8 && pageTitle.includes(words(el)) && NOTICE_WORD.test(words(el))) ??
    candidates.find((el) => tagOf(el) === 'h1' && NOTICE_WORD.test(el.text)) ??
    candidates.find((el) => TITLE_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.id}`) && NOTICE_WORD.test(el.text))
  );
}

function inDropped(el: HTMLElement, dropped: (el: HTMLElement) => boolean): boolean {
  for (let p = el.parentNode; p; p = p.parentNode) if (dropped(p)) return true;
  return false;
}

function holds(outer: HTMLElement, el: HTMLElement): boolean {
  for (let p: HTMLElement | null = el; p; p = p.parentNode) if (p === outer) return true;
  return false;
}

function commonAncestor(a: HTMLElement, b: HTMLElement): HTMLElement {
  for (let p: HTMLElement | null = a; p; p = p.parentNode) if (holds(p, b)) return p;
  return b;
}

/**
 * Blocks of two links or more and few words of their own: font-size controls, share bars,
 * menus, related articles (not a sentence that links two services, not a list of 附件).
 */
function pruneLinkBlocks(element: HTMLElement, title: HTMLElement | undefined): void {
  for (const el of element.querySelectorAll('ul, ol, dl, div, p, span, li')) {
    if (el === element || el.querySelector('table') || (title && holds(el, title))) continue;
    const links = el.querySelectorAll('a');
    const all = el.text.replace(/\s+/g, '').length;
    const words = el.text.replace(/\s+/g, '');
    if (links.length >= 2 && linkText(el) >= 0.5 * all && ownText(el) <= 12 && !/^附件/.test(words)) el.remove();
  }
}
