// The operator page in the browser (compiled by handlers/web-assets.ts): sends the
// notice to /console/import/draft, shows the draft for review, sends the edited YAML to
// /console/import/check, asks /console/import/preview, and publishes through
// /console/import/publish. The server decides everything; this only shows it.
// Text is set with textContent; the one exception is the timeline picture (dom.ts).
import { byId, el, timeline } from './dom.ts';

interface Problem {
  file: string;
  field?: string;
  line?: number;
  message: string;
}

interface DraftBody {
  id: string;
  noticeMd: string;
  factsYaml: string;
  summary: { businesses: number; windows: number; steps: number; procedures: number; contacts: number; uncertain: number };
  uncertain: { path: string; why: string; quote?: string; span: [number, number] | null }[];
}

interface CheckBody {
  ok: boolean;
  id: string | null;
  cities: string[];
  problems: Problem[];
  warnings: Problem[];
  smoke: {
    asked: number;
    missed: number;
    misses: { business: string; question: string; at: string; answered: string; hint: string }[];
    failing: string[];
  } | null;
  timelines: string[];
  atText: string;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: { error?: string; problems?: Problem[] },
  ) {
    super(body.error ? `${status}：${body.error}` : `服务器返回 ${status}`);
  }
}

async function post<T>(path: string, params: Record<string, string>, body: BodyInit, type: string): Promise<T> {
  const url = new URL(path, location.href);
  for (const [k, v] of Object.entries(params)) if (v) url.searchParams.set(k, v);
  const res = await fetch(url, { method: 'POST', body, headers: { 'Content-Type': type, Accept: 'application/json' }, credentials: 'same-origin' });
  const json = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (!res.ok) throw new HttpError(res.status, json);
  return json;
}

const problemText = (p: Problem) => `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` ${p.field}` : ''}：${p.message}`;

function problemList(title: string, className: string, problems: Problem[]): Node[] {
  if (!problems.length) return [];
  return [el('h4', { text: `${title}（${problems.length}）` }), el('ul', { className }, ...problems.map((p) => el('li', { text: problemText(p) })))];
}

/** The notice text with each quote to check marked; a mark's id is its item's. */
function markedNotice(text: string, spans: ([number, number] | null)[]): Node[] {
  const order = spans.map((s, i) => ({ s, i })).filter((x): x is { s: [number, number]; i: number } => !!x.s);
  order.sort((a, b) => a.s[0] - b.s[0]);
  const out: Node[] = [];
  let at = 0;
  for (const { s, i } of order) {
    if (s[0] < at) continue; // overlaps the previous mark: its item still shows its quote
    out.push(document.createTextNode(text.slice(at, s[0])));
    const mark = el('mark', { text: text.slice(s[0], s[1]) });
    mark.id = `quote-${i}`;
    out.push(mark);
    at = s[1];
  }
  out.push(document.createTextNode(text.slice(at)));
  return out;
}

function init(): void {
  const [status, error] = [byId('status'), byId('error')];
  const noticeText = byId<HTMLTextAreaElement>('notice-text');
  const noticeFile = byId<HTMLInputElement>('notice-file');
  const facts = byId<HTMLTextAreaElement>('facts');
  const check = byId('check');
  const previewAnswer = byId('preview-answer');
  const publishResult = byId('publish-result');
  let noticeMd = '';

  const showError = (msg: string) => {
    error.textContent = msg;
    error.hidden = !msg;
  };
  const draft = () => JSON.stringify({ noticeMd, factsYaml: facts.value });
  const busy = async (button: string, what: string, run: () => Promise<void>) => {
    const b = byId<HTMLButtonElement>(button);
    b.disabled = true;
    status.textContent = what;
    showError('');
    try {
      await run();
    } catch (e) {
      status.textContent = '';
      showError((e as Error).message);
    } finally {
      b.disabled = false;
    }
  };

  function showDraft(d: DraftBody): void {
    noticeMd = d.noticeMd;
    facts.value = d.factsYaml;
    const s = d.summary;
    byId('summary').textContent =
      `编号 ${d.id}：${s.businesses} 项业务，${s.windows} 个暂停时段，${s.steps} 条办事提示，${s.procedures} 个办事指南，${s.contacts} 个联系电话，${s.uncertain} 处待核对。`;
    byId('notice').replaceChildren(
      ...markedNotice(
        d.noticeMd,
        d.uncertain.map((u) => u.span),
      ),
    );
    byId('uncertain').replaceChildren(
      ...d.uncertain.map((u, i) => {
        const item = el('li', {}, el('code', { text: u.path }), ' ', el('span', { text: u.why }));
        if (u.quote) item.append(el('blockquote', { text: u.quote }));
        if (u.span) {
          const show = el('button', { className: 'secondary', text: '在原文中查看' });
          show.type = 'button';
          show.addEventListener('click', () => {
            const mark = document.getElementById(`quote-${i}`);
            mark?.scrollIntoView({ block: 'center' });
            mark?.classList.add('current');
            window.setTimeout(() => mark?.classList.remove('current'), 2000);
          });
          item.append(show);
        }
        return item;
      }),
    );
    if (!d.uncertain.length) byId('uncertain').replaceChildren(el('li', { text: '没有待核对的内容。' }));
    for (const id of ['review', 'preview', 'publish-panel']) byId(id).hidden = false;
    publishResult.textContent = '';
  }

  function showCheck(c: CheckBody): void {
    byId('timelines').replaceChildren(...c.timelines.flatMap((svg) => timeline(svg)));
    const smoke = c.smoke;
    check.replaceChildren(
      el(
        'p',
        { className: c.ok ? 'check-ok' : 'error' },
        c.ok ? `检查通过，可以发布（城市：${c.cities.join('、')}）。` : '检查未通过：请按下面的问题修改 facts.yaml，再重新检查。',
      ),
      ...problemList('错误', 'problems', c.problems),
      ...problemList('提醒', 'warnings', c.warnings),
      ...(smoke ? [el('p', { text: `冒烟测试：问了 ${smoke.asked} 个问题，${smoke.missed} 个没答对。` })] : []),
      ...(smoke?.misses.length
        ? [
            el(
              'ul',
              { className: 'smoke-misses' },
              ...smoke.misses.map((m) => el('li', { text: `“${m.question}”（${m.at.slice(0, 16).replace('T', ' ')}）→ ${m.answered}；${m.hint}` })),
            ),
          ]
        : []),
    );
    check.dataset.ok = String(c.ok);
    status.textContent = c.ok ? '检查通过' : '检查未通过';
  }

  const runCheck = () => post<CheckBody>('/console/import/check', {}, draft(), 'application/json').then(showCheck);

  byId<HTMLFormElement>('draft-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void busy('make-draft', '正在生成草稿…', async () => {
      const file = noticeFile.files?.[0];
      if (!file && !noticeText.value.trim()) throw new Error('请粘贴公告全文，或选择一个文件。');
      const params = {
        name: file ? file.name : 'notice.txt',
        id: byId<HTMLInputElement>('draft-id').value.trim(),
        city: byId<HTMLInputElement>('draft-city').value.trim(),
      };
      const body = file ? await file.arrayBuffer() : noticeText.value;
      showDraft(await post<DraftBody>('/console/import/draft', params, body, file ? 'application/octet-stream' : 'text/plain; charset=utf-8'));
      status.textContent = '草稿已生成，正在检查…';
      await runCheck();
    });
  });

  byId('recheck').addEventListener('click', () => void busy('recheck', '正在检查…', runCheck));

  byId<HTMLFormElement>('preview-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void busy('ask-preview', '正在试问…', async () => {
      const params = { q: byId<HTMLInputElement>('preview-q').value.trim(), at: byId<HTMLInputElement>('preview-at').value };
      const r = await post<{ answer: string }>('/console/import/preview', params, draft(), 'application/json');
      previewAnswer.textContent = r.answer;
      previewAnswer.hidden = false;
      status.textContent = '已生成试问回复';
    });
  });

  byId('publish').addEventListener('click', () => {
    void busy('publish', '正在发布…', async () => {
      publishResult.textContent = '';
      const overwrite = byId<HTMLInputElement>('overwrite').checked;
      try {
        const r = await post<{ published: string; cities: string[] }>(
          '/console/import/publish',
          {},
          JSON.stringify({ noticeMd, factsYaml: facts.value, overwrite }),
          'application/json',
        );
        publishResult.textContent = `已发布：${r.published}，知识库已重新加载。`;
        status.textContent = publishResult.textContent;
      } catch (e) {
        if (!(e instanceof HttpError)) throw e;
        if (e.status === 409) throw new Error('同名公告已存在：确认要替换时，勾选“覆盖已有的同名公告”再发布。');
        if (e.status === 422)
          check.replaceChildren(el('p', { className: 'error', text: '未发布：' }), ...problemList('错误', 'problems', e.body.problems ?? []));
        throw e;
      }
    });
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
