// The FAQ page's filter box (compiled by handlers/web-assets.ts): narrows the
// entries as you type. The server reads the words as the bot reads a question
// (刷卡 finds 结算, a district its contacts) and answers GET /api/faq?filter= with
// the keys of the entries to show; sections and cities left empty are hidden.
// Without script the form sends ?filter= and the server hides the rest itself.

interface FilterAnswer {
  filter?: { keys: string[]; total: number };
}

function init(): void {
  const form = document.querySelector<HTMLFormElement>('form.filter');
  const input = document.getElementById('faq-filter') as HTMLInputElement | null;
  const status = document.getElementById('filter-status');
  const noMatch = document.getElementById('no-match');
  if (!form || !input || !status || !noMatch) return;

  const entries = Array.from(document.querySelectorAll<HTMLElement>('[data-entry]'));
  const sections = Array.from(document.querySelectorAll<HTMLElement>('[data-group], .notice, [data-city]'));
  const page = new URL(location.href);
  let asked = 0;

  function show(keys: Set<string> | null): void {
    let shown = 0;
    for (const e of entries) {
      e.hidden = keys !== null && !keys.has(e.dataset.key ?? '');
      if (!e.hidden) shown++;
    }
    // a section is shown when one of its entries is (sections nest: groups, then notices, then cities)
    for (const s of sections) s.hidden = s.querySelector('[data-entry]:not([hidden])') === null;
    noMatch!.hidden = shown > 0;
    status!.textContent = keys ? `显示 ${shown} / ${entries.length} 条` : '';
  }

  async function apply(): Promise<void> {
    const words = input!.value.trim();
    const url = new URL(location.href);
    if (words) url.searchParams.set('filter', words);
    else url.searchParams.delete('filter');
    history.replaceState(null, '', url);
    const ticket = ++asked;
    const main = document.getElementById('faq-main');
    const settle = () => {
      if (ticket === asked) main?.removeAttribute('aria-busy');
    };
    if (!words) {
      settle();
      return show(null);
    }
    main?.setAttribute('aria-busy', 'true');
    const query = new URLSearchParams({ filter: words });
    for (const k of ['city', 'at']) {
      const v = page.searchParams.get(k);
      if (v) query.set(k, v);
    }
    try {
      const res = await fetch(`/api/faq?${query}`, { headers: { Accept: 'application/json' } });
      if (!res.ok) throw new Error(String(res.status));
      const answer = (await res.json()) as FilterAnswer;
      if (ticket !== asked) return; // a later keystroke has asked again
      show(answer.filter ? new Set(answer.filter.keys) : null);
    } catch {
      if (ticket === asked) status!.textContent = '筛选暂时不可用，请按“筛选”按钮重试。';
    } finally {
      settle();
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void apply(), 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      input.value = '';
      void apply();
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void apply();
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
