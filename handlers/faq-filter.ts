// The FAQ's filter: every entry of the page (a timetable row, what to do during a
// suspension, a procedure, a contacts row, an advice line) with its key and the text
// it shows; the assistant says which entries the filter words are about, read as
// the bot reads a question (刷卡 finds 结算, a district finds its contacts row).
// The page marks the others hidden (works without script), the script asks
// GET /api/faq?filter= for the keys, and the JSON keeps only what matched.
import type { EntryFilter } from '../src/assistant.ts';
import type { FaqCity, FaqData, FaqNotice } from './faq-data.ts';

/** The page's section headings (part of each entry's text: 电话 finds the contacts). */
export const SECTIONS = { timetable: '停机时间表', during: '暂停期间怎么办', procedures: '办理指引', contacts: '咨询电话', advice: '其他说明' } as const;

export const entryKey = {
  timetable: (n: FaqNotice, business: string) => `${n.id}/t/${business}`,
  during: (n: FaqNotice, business: string) => `${n.id}/d/${business}`,
  procedure: (n: FaqNotice, procedure: string) => `${n.id}/p/${procedure}`,
  contact: (n: FaqNotice, unit: string) => `${n.id}/c/${unit}`,
  advice: (n: FaqNotice, index: number) => `${n.id}/a/${index}`,
};

/** The words a city section answers to: its name, 名+市, aliases and province. */
export const cityWords = (c: FaqCity) => [c.name, `${c.name}市`, ...c.aliases, c.province ?? ''].filter(Boolean).join(' ');

interface Entry {
  key: string;
  noticeId: string;
  city: string;
  business?: string;
  unit?: string;
  text: string;
}

function entriesOf(c: FaqCity, n: FaqNotice): Entry[] {
  const base = { noticeId: n.id, city: c.name };
  const tail = (section: string) => ` ${section} ${cityWords(c)}`;
  const out: Entry[] = [];
  for (const b of n.businesses) {
    const times = b.windows.flatMap((w) => [w.scope, w.suspendText, w.resumeText, w.resumeDescription]);
    const row = [b.name, b.unaffected, ...times, b.status.label, b.status.text].filter(Boolean).join(' ');
    out.push({ ...base, key: entryKey.timetable(n, b.id), business: b.id, text: row + tail(SECTIONS.timetable) });
    if (b.during.length) out.push({ ...base, key: entryKey.during(n, b.id), business: b.id, text: [b.short, ...b.during].join(' ') + tail(SECTIONS.during) });
  }
  for (const p of n.procedures)
    out.push({ ...base, key: entryKey.procedure(n, p.id), business: p.business, text: `${p.title} ${p.answer}${tail(SECTIONS.procedures)}` });
  for (const r of n.contacts.rows) {
    // each cell is labelled with its column (费用结算 …): "芙蓉区刷卡" finds the row
    const cells = r.cells.flatMap((cell) => (cell ? [cell.label, ...cell.phones.map((p) => `${p.number} ${p.note ?? ''}`)] : []));
    out.push({ ...base, key: entryKey.contact(n, r.unit), unit: r.unit, text: `${r.unit} ${cells.join(' ')}${tail(SECTIONS.contacts)}` });
  }
  n.advice.forEach((a, i) => out.push({ ...base, key: entryKey.advice(n, i), text: a + tail(SECTIONS.advice) }));
  return out;
}

export interface FaqFiltered {
  /** the keys of the entries the filter keeps, and how many entries there are */
  keys: Set<string>;
  total: number;
}

export function filterFaq(data: FaqData, filter: EntryFilter): FaqFiltered {
  const entries = data.cities.flatMap((c) => c.notices.flatMap((n) => entriesOf(c, n)));
  return { keys: new Set(entries.filter((e) => filter.accepts(e)).map((e) => e.key)), total: entries.length };
}

/** The FAQ with only the entries kept (GET /api/faq?filter=): notices and cities left empty are dropped. */
export function keepOnly(data: FaqData, keys: Set<string>): FaqData {
  const cities = data.cities.map((c) => ({
    ...c,
    notices: c.notices
      .map((n) => ({
        ...n,
        businesses: n.businesses.filter((b) => keys.has(entryKey.timetable(n, b.id)) || keys.has(entryKey.during(n, b.id))),
        procedures: n.procedures.filter((p) => keys.has(entryKey.procedure(n, p.id))),
        contacts: { columns: n.contacts.columns, rows: n.contacts.rows.filter((r) => keys.has(entryKey.contact(n, r.unit))) },
        advice: n.advice.filter((_, i) => keys.has(entryKey.advice(n, i))),
      }))
      .filter((n) => n.businesses.length || n.procedures.length || n.contacts.rows.length || n.advice.length),
  }));
  return { ...data, cities: cities.filter((c) => c.notices.length) };
}
