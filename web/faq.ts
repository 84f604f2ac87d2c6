// The FAQ page's filter box (compiled by handlers/web-assets.ts): narrows the
// entries as you type. Every word typed must appear in the entry, its section's
// heading or its city's names; sections and cities left empty are hidden.
// `/faq?q=芙蓉区` opens with the filter filled in.

function init(): void {
  const input = document.getElementById('faq-filter') as HTMLInputElement | null;
  const status = document.getElementById('filter-status');
  const noMatch = document.getElementById('no-match');
  if (!input || !status || !noMatch) return;

  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
  const entries = Array.from(document.querySelectorAll<HTMLElement>('[data-entry]')).map((e) => {
    const group = e.closest<HTMLElement>('[data-group]');
    const city = e.closest<HTMLElement>('[data-city]');
    const heading = group?.querySelector('h4')?.textContent ?? '';
    return { e, group, city, hay: norm(`${e.textContent ?? ''} ${heading} ${city?.dataset.city ?? ''}`) };
  });
  const groups = Array.from(document.querySelectorAll<HTMLElement>('[data-group]'));
  const notices = Array.from(document.querySelectorAll<HTMLElement>('.notice'));
  const cities = Array.from(document.querySelectorAll<HTMLElement>('[data-city]'));

  function apply(): void {
    const terms = norm(input!.value).split(' ').filter(Boolean);
    let shown = 0;
    for (const x of entries) {
      const hit = terms.every((t) => x.hay.includes(t));
      x.e.hidden = !hit;
      if (hit) shown++;
    }
    const visible = (root: HTMLElement) => root.querySelector('[data-entry]:not([hidden])') !== null;
    for (const g of groups) g.hidden = !visible(g);
    for (const n of notices) n.hidden = !visible(n);
    for (const c of cities) c.hidden = !visible(c);
    noMatch!.hidden = shown > 0;
    status!.textContent = terms.length ? `显示 ${shown} / ${entries.length} 条` : '';
    const url = new URL(location.href);
    if (terms.length) url.searchParams.set('q', input!.value.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  }

  input.addEventListener('input', apply);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      input.value = '';
      apply();
    }
  });
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    apply();
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
