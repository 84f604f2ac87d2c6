// The agents' console in the browser (compiled by handlers/web-assets.ts).
// Asks /console/api/ask, shows the reply as the citizen gets it, copies it, and keeps
// the status strip (/console/api/status) in step with the chosen city and moment.
// Everything is built with textContent: nothing from the server is parsed as HTML. The one
// exception is each city's timeline picture: the server's own SVG (handlers/timeline-svg.ts,
// every text escaped), parsed as XML (no scripts run) and shown as it comes.
import type { StatusWithTimelines as StatusStrip } from '../handlers/timeline-svg.ts';
import type { Band, Source } from '../src/contract/types.ts';
import { byId, el, timeline } from './dom.ts';

interface AskResponse {
  answer: string;
  band: Band;
  city: string | null;
  at: string;
  sources: Source[];
  suggestions: string[];
}

const BAND_LABEL: Record<Band, string> = { answer: '直接回答', clarify: '需追问', fallback: '无法回答（兜底）' };

/** A random conversation key; crypto.randomUUID needs a secure context, an intranet http page is not one. */
function newSession(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `console-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** "2021-12-11" → "2021年12月11日" */
function dateText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

async function getJson<T>(path: string, params: Record<string, string>): Promise<T> {
  const url = new URL(path, location.href);
  for (const [k, v] of Object.entries(params)) if (v) url.searchParams.set(k, v);
  const res = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  const body = (await res.json().catch(() => ({}))) as { error?: string };
  if (!res.ok) throw new Error(body.error ? `${res.status}：${body.error}` : `服务器返回 ${res.status}`);
  return body as T;
}

/** Clipboard API where allowed (https or localhost), else the selection fallback that also works on plain http. */
async function copyText(text: string): Promise<boolean> {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      /* fall through */
    }
  }
  const area = el('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

function init(): void {
  const form = byId<HTMLFormElement>('ask-form');
  const question = byId<HTMLTextAreaElement>('question');
  const city = byId<HTMLSelectElement>('city');
  const at = byId<HTMLInputElement>('at');
  const nowButton = byId<HTMLButtonElement>('now');
  const askButton = byId<HTMLButtonElement>('ask');
  const newSessionButton = byId<HTMLButtonElement>('new-session');
  const askStatus = byId('ask-status');
  const askError = byId('ask-error');
  const result = byId('result');
  const band = byId('band');
  const replyMeta = byId('reply-meta');
  const answer = byId('answer');
  const copyButton = byId<HTMLButtonElement>('copy');
  const copied = byId('copied');
  const alternatives = byId('alternatives');
  const altList = byId('alt-list');
  const sources = byId('sources');
  const sourceList = byId('source-list');
  const strip = byId('status-strip');
  const stripAt = byId('status-at');
  const staleNote = byId('stale-note');

  let session = newSession();
  let lastAnswer = '';
  let copiedTimer: number | undefined;
  let statusSeq = 0;
  /** the moment and city the shown reply was made for */
  let asked = { at: '', city: '' };

  const showError = (msg: string) => {
    askError.textContent = msg;
    askError.hidden = !msg;
  };

  async function refreshStatus(): Promise<void> {
    const seq = ++statusSeq;
    strip.setAttribute('aria-busy', 'true');
    try {
      const data = await getJson<StatusStrip>('/console/api/status', { at: at.value, city: city.value });
      if (seq !== statusSeq) return; // a newer request is on its way
      renderStatus(data);
    } catch (e) {
      if (seq !== statusSeq) return;
      strip.replaceChildren(el('p', { className: 'error', text: `状态加载失败：${(e as Error).message}` }));
    } finally {
      if (seq === statusSeq) strip.setAttribute('aria-busy', 'false');
    }
  }

  function renderStatus(data: StatusStrip): void {
    stripAt.textContent = `截至 ${data.atText}（北京时间）`;
    strip.replaceChildren(
      ...data.cities.map((c) => {
        const list = el('ul');
        for (const b of c.businesses) {
          const name = el('span', { className: 'biz', text: b.short });
          name.title = b.name;
          const item = el(
            'li',
            { className: `status-item state-${b.state}` },
            el('span', { className: `chip chip-${b.state}`, text: b.label }),
            name,
            el('span', { className: 'status-text', text: b.text }),
          );
          item.dataset.business = b.id;
          item.dataset.state = b.state;
          list.append(item);
        }
        const section = el('section', { className: 'status-city' }, el('h3', { text: c.name }), ...timeline(c.timeline), list);
        section.dataset.city = c.name;
        return section;
      }),
    );
  }

  function renderReply(q: string, r: AskResponse): void {
    lastAnswer = r.answer;
    answer.textContent = r.answer;
    band.textContent = BAND_LABEL[r.band] ?? r.band;
    band.className = `band band-${r.band}`;
    band.dataset.band = r.band;
    band.title = r.band;
    replyMeta.textContent = [r.city ? `城市：${r.city}` : '', `时刻：${asked.at.replace('T', ' ')}`].filter(Boolean).join(' · ');
    copied.textContent = '';

    altList.replaceChildren(
      ...r.suggestions.slice(0, 3).map((s) => {
        const b = el('button', { text: s });
        b.type = 'button';
        b.addEventListener('click', () => {
          question.value = s;
          void ask();
        });
        return el('li', {}, b);
      }),
    );
    alternatives.hidden = r.suggestions.length === 0;

    sourceList.replaceChildren(
      ...r.sources.map((s) =>
        el(
          'div',
          { className: 'source' },
          el('p', { className: 'source-title', text: `《${s.title}》` }),
          el('p', {
            className: 'source-meta',
            text: `发布单位：${s.issuers.join('、') || '公告未署名'} · ${s.published ? `发布日期：${dateText(s.published)}` : '公告未注明发布日期'}`,
          }),
          ...s.quotes.map((quote) => el('blockquote', { text: quote })),
        ),
      ),
    );
    sources.hidden = r.sources.length === 0;
    result.hidden = false;
    askStatus.textContent = `已生成回复（${BAND_LABEL[r.band] ?? r.band}）：${q.slice(0, 30)}`;
  }

  async function ask(): Promise<void> {
    const q = question.value.trim();
    if (!q) {
      showError('请先输入问题。');
      question.focus();
      return;
    }
    showError('');
    askButton.disabled = true;
    askStatus.textContent = '正在生成回复…';
    const used = { at: at.value, city: city.value };
    try {
      const r = await getJson<AskResponse>('/console/api/ask', { q, at: used.at, city: used.city, session });
      asked = used;
      renderReply(q, r);
      markStale();
    } catch (e) {
      askStatus.textContent = '';
      showError(`提问失败：${(e as Error).message}`);
    } finally {
      askButton.disabled = false;
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void ask();
  });

  // Enter asks; Shift+Enter is a new line; Enter that confirms an IME composition (拼音输入) is left alone.
  question.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      form.requestSubmit();
    }
  });

  copyButton.addEventListener('click', async () => {
    const ok = await copyText(lastAnswer);
    copied.textContent = ok ? '已复制' : '复制失败，请手动选中回复文字复制';
    window.clearTimeout(copiedTimer);
    copiedTimer = window.setTimeout(() => (copied.textContent = ''), 4000);
  });

  // a reply made for another moment or city is marked, so it is not read out by mistake
  const markStale = () => {
    const stale = !result.hidden && (asked.at !== at.value || asked.city !== city.value);
    result.classList.toggle('stale', stale);
    staleNote.hidden = !stale;
  };
  at.addEventListener('change', () => {
    markStale();
    if (at.value) void refreshStatus();
  });
  city.addEventListener('change', () => {
    markStale();
    void refreshStatus();
  });

  nowButton.addEventListener('click', async () => {
    // the server's clock decides "now" (it may be pinned for training)
    try {
      const data = await getJson<StatusStrip>('/console/api/status', { city: city.value });
      at.value = data.at.slice(0, 16);
      markStale();
      renderStatus(data);
    } catch (e) {
      showError(`无法获取当前时刻：${(e as Error).message}`);
    }
  });

  newSessionButton.addEventListener('click', () => {
    session = newSession();
    lastAnswer = '';
    result.hidden = true;
    question.value = '';
    askStatus.textContent = '已开始新对话，上文已清空。';
    question.focus();
  });

  void refreshStatus();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
