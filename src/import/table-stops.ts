// A timetable written as a table ("| 业务 | 暂停时间 | 恢复时间 |"): each row stops the businesses
// its name cell lists at its stop cell's moment and resumes them as its resume cell says (a
// moment, 另行通知, 逐步恢复). The row, as the notice prints it, is the quote of both.
import type { Domain } from '../knowledge/facets.ts';
import type { Table } from './blocks.ts';
import { itemsOf } from './items.ts';
import type { DraftBusiness, DraftWindow } from './model.ts';
import { momentsIn } from './moments.ts';
import { business } from './stops.ts';
import { GRADUAL, NAME_NOISE, TBD } from './words.ts';

const STOP_COLUMN = /(暂停|停止|停机|停办|停用).*(时间|日期)|^(开始|起始)?(时间|日期)$/;
const RESUME_COLUMN = /恢复|上线/;
const NAME_COLUMN = /业务|事项|项目|范围|内容|服务/;
const CATEGORY_COLUMN = /(类别|类型|分类|板块)$/;

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

export function readTableStops(domain: Domain, tables: Table[], reference: string | undefined): DraftBusiness[] {
  const found: DraftBusiness[] = [];
  for (const t of tables) {
    const cols = columnsOf(t);
    if (!cols) continue;
    for (const row of t.rows) {
      const from = momentsIn(row.cells[cols.stop] ?? '', reference)[0];
      const what = (row.cells[cols.name] ?? '').replace(NAME_NOISE, '').trim();
      if (!from || what.length < 2) continue;
      const back = cols.resume >= 0 ? (row.cells[cols.resume] ?? '') : '';
      const until = momentsIn(back, reference)[0];
      const window: DraftWindow = { suspend: from.at, suspend_quote: row.line, doubt: from.doubt };
      if (until && until.at > from.at)
        Object.assign(window, { resume: until.at, resume_mode: GRADUAL.test(back) ? 'gradual' : 'date', resume_quote: row.line });
      else if (TBD.test(back)) Object.assign(window, { resume_mode: 'tbd', resume_quote: row.line });
      else if (GRADUAL.test(back)) Object.assign(window, { resume_mode: 'gradual', resume_quote: row.line });
      if (until?.doubt) window.doubt = [window.doubt, `恢复时间：${until.doubt}`].filter(Boolean).join('；');
      for (const item of itemsOf(domain, what)) {
        const name = item.name.replace(NAME_NOISE, '').trim();
        if (name.length >= 2) found.push(business(domain, name, name, item, '', undefined, { ...window }));
      }
    }
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
