// A timetable written as a table ("| 业务 | 暂停时间 | 恢复时间 |"): each row stops the businesses
// its name cell lists at its stop cell's moment and resumes them as its resume cell says (a
// moment, 另行通知, 逐步恢复). The row, as the notice prints it, is the quote of both. A time
// cell "同上" (or left blank under a merged cell) says what the row above says: the quote then
// runs from the row that states it down to this one.
import type { Domain } from '../knowledge/facets.ts';
import type { Table } from './blocks.ts';
import { itemsOf } from './items.ts';
import type { DraftBusiness, DraftWindow } from './model.ts';
import { momentsIn } from './moments.ts';
import { business } from './stops.ts';
import { GRADUAL, NAME_NOISE, TBD } from './words.ts';

export const STOP_COLUMN = /(暂停|停止|停机|停办|停用).*(时间|日期)|^(开始|起始)?(时间|日期)$/;
export const RESUME_COLUMN = /恢复|上线/;
const NAME_COLUMN = /业务|事项|项目|范围|内容|服务/;
const CATEGORY_COLUMN = /(类别|类型|分类|板块)$/;
/** a cell that repeats the one above it */
const DITTO = /^(同上|同前|同上栏|〃|"|＂)$/;

/** The columns of a timetable: what, from when, until when (resume may be absent). */
function columnsOf(t: Table): { name: number; stop: number; resume: number } | undefined {
  const stop = t.header.findIndex((h) => STOP_COLUMN.test(h) && !RESUME_COLUMN.test(h));
  if (stop < 0) return undefined;
  const resume = t.header.findIndex((h) => RESUME_COLUMN.test(h));
  // "| 业务类别 | 暂停业务 | …": the businesses are the column that lists them, not their category
  const names = t.header.map((h, j) => (j !== stop && j !== resume && NAME_COLUMN.test(h) ? j : -1)).filter((j) => j >= 0);
  const named = names.find((j) => !CATEGORY_COLUMN.test(t.header[j]!)) ?? names[0] ?? -1;
  const name = named >= 0 ? named : t.header.findIndex((_, j) => j !== stop && j !== resume);
  return name < 0 ? undefined : { name, stop, resume };
}

/** A time cell as the row means it: its own words, or those of the row above when it says 同上 or is blank. */
interface Cell {
  text: string;
  /** the row that states it (its index in t.rows) */
  from: number;
}

function cellsOf(t: Table, column: number): Cell[] {
  const out: Cell[] = [];
  t.rows.forEach((row, i) => {
    const text = (row.cells[column] ?? '').trim();
    const above = out[i - 1];
    out.push(above?.text && (DITTO.test(text) || !text) ? above : { text, from: i });
  });
  return out;
}

/** The rows from the one that states a cell to this one, as the notice prints them. */
const quoteOf = (t: Table, from: number, to: number) =>
  t.rows
    .slice(from, to + 1)
    .map((r) => r.line)
    .join('\n');

export function readTableStops(domain: Domain, tables: Table[], reference: string | undefined): DraftBusiness[] {
  const found: DraftBusiness[] = [];
  for (const t of tables) {
    const cols = columnsOf(t);
    if (!cols) continue;
    const stops = cellsOf(t, cols.stop);
    const resumes = cols.resume >= 0 ? cellsOf(t, cols.resume) : [];
    t.rows.forEach((row, i) => {
      const from = momentsIn(stops[i]!.text, reference)[0];
      const what = (row.cells[cols.name] ?? '').replace(NAME_NOISE, '').trim();
      if (!from || what.length < 2) return;
      const back = resumes[i]?.text ?? '';
      const until = momentsIn(back, reference)[0];
      const window: DraftWindow = { suspend: from.at, suspend_quote: quoteOf(t, stops[i]!.from, i), doubt: from.doubt };
      const resume_quote = quoteOf(t, Math.min(resumes[i]?.from ?? i, i), i);
      if (until && until.at > from.at) Object.assign(window, { resume: until.at, resume_mode: GRADUAL.test(back) ? 'gradual' : 'date', resume_quote });
      else if (TBD.test(back)) Object.assign(window, { resume_mode: 'tbd', resume_quote });
      else if (GRADUAL.test(back)) Object.assign(window, { resume_mode: 'gradual', resume_quote });
      if (until?.doubt) window.doubt = [window.doubt, `恢复时间：${until.doubt}`].filter(Boolean).join('；');
      if (stops[i]!.from !== i || (resumes[i] && resumes[i]!.from !== i))
        window.doubt = [window.doubt, '这一行的时间写作“同上”或留空，按上一行读出：请核对'].filter(Boolean).join('；');
      for (const item of itemsOf(domain, what)) {
        const name = item.name.replace(NAME_NOISE, '').trim();
        if (name.length >= 2) found.push(business(domain, name, name, item, '', undefined, { ...window }));
      }
    });
  }
  return found;
}

/**
 * The prose stops a timetable restates: "自…20:00起，门诊、住院医保结算…暂停；恢复时间见下表" and the
 * table's rows of the same moment. A row says more (its resumption), so the prose business of the
 * same moment and kind is left out when a row stops one of its settings (or both name none).
 */
export function notInTable(prose: DraftBusiness[], table: DraftBusiness[]): DraftBusiness[] {
  const shares = (a: string[] = [], b: string[] = []) => a.some((x) => b.includes(x));
  const covered = (p: DraftBusiness) =>
    p.windows.every((w) => !w.resume_mode) &&
    table.some(
      (t) =>
        t.windows.some((tw) => p.windows.some((w) => w.suspend === tw.suspend)) &&
        shares(p.facets.what, t.facets.what) &&
        (shares(p.facets.setting, t.facets.setting) || (!p.facets.setting?.length && !t.facets.setting?.length)) &&
        !!p.facets.where?.length === !!t.facets.where?.length,
    );
  return prose.filter((p) => !covered(p));
}
