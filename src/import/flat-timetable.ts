// A timetable flattened by copying it out of a PDF: its column names on one line
// ("序号 业务名称 暂停时间 恢复时间"), each row a line of space-parted cells
// ("3 异地就医备案（含转外就 6月11日18:00 6月17日8:30"), a name too long for its cell wrapped
// onto the next line(s) with only the rest of the name ("医备案）"), page numbers between rows.
// Rebuilt as a Markdown table (the wrapped rests joined to their names) before the lines are
// unwrapped, so table-stops.ts reads each row as a business with its stop and its resumption.
import { RESUME_COLUMN, STOP_COLUMN } from './table-stops.ts';
import { PAGE_NUMBER } from './unwrap.ts';

const ROW_NUMBER = /^(序号|编号)$/;
/** a time cell: a date (with its clock time or not), a clock time, 另行通知, 同上 or a dash */
const TIME_CELL =
  /^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[（(][^）)]*[）)])?(?:\d{1,2}(?:[:：]\d{2}|时(?:\d{1,2}分)?|点(?:\d{1,2}分|半)?))?(?:起|前|止)?|另行(?:通知|公告|公布)|待定|逐步恢复|同上|[—–-]+)$/;
/** a clock time printed apart from its date ("6月10日 17:30") */
const CLOCK = /^(?:\d{1,2}(?:[:：]\d{2}|时(?:\d{1,2}分)?|点(?:\d{1,2}分|半)?))(?:起|前|止)?$/;
/** the rest of a wrapped name: a few words alone on a line, no sentence and no heading */
const NAME_REST = /^[^\s。，,；;：:！？]{1,12}$/;
const NOT_REST = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|附件|特此)/;

/** A line's cells, a clock time printed apart joined to the date before it. */
function cellsOf(line: string): string[] {
  const cells: string[] = [];
  for (const c of line.trim().split(/[ \u3000\t]+/)) {
    if (CLOCK.test(c) && /日$/.test(cells.at(-1) ?? '')) cells[cells.length - 1] += c;
    else cells.push(c);
  }
  return cells;
}

interface Columns {
  header: string[];
  numbered: boolean;
  /** how many time cells end a row */
  times: number;
}

/** The header of a timetable: column names only (no digits), a stop column and a name before the times. */
function headerOf(line: string): Columns | undefined {
  const header = cellsOf(line);
  if (header.length < 3 || /\d/.test(line)) return undefined;
  const stop = header.findIndex((h) => STOP_COLUMN.test(h) && !RESUME_COLUMN.test(h));
  const numbered = ROW_NUMBER.test(header[0]!);
  if (stop < (numbered ? 2 : 1)) return undefined;
  // the time columns run from the stop column to the end (a 备注 column after them is not read)
  if (header.slice(stop).some((h) => !STOP_COLUMN.test(h) && !RESUME_COLUMN.test(h))) return undefined;
  return { header, numbered, times: header.length - stop };
}

/** A row's cells fitted to the header (the name's words joined), or undefined when the line is no row. */
function rowOf(line: string, c: Columns): string[] | undefined {
  const cells = cellsOf(line);
  const lead = c.numbered ? 1 : 0;
  if (c.numbered && !/^\d{1,3}$/.test(cells[0] ?? '')) return undefined;
  const names = cells.length - lead - c.times;
  if (names < 1 || !TIME_CELL.test(cells[lead + names]!)) return undefined;
  if (!cells.slice(lead + names).every((x) => TIME_CELL.test(x))) return undefined;
  return [...cells.slice(0, lead), cells.slice(lead, lead + names).join(''), ...cells.slice(lead + names)];
}

const markdownRow = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** The text with every flattened timetable written as a Markdown table. */
export function flatTimetables(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const columns = headerOf(lines[i]!);
    if (!columns) {
      out.push(lines[i]!);
      continue;
    }
    const rows: string[][] = [];
    let j = i + 1;
    let afterRow = false;
    for (; j < lines.length; j++) {
      const line = lines[j]!.trim();
      const row = rowOf(line, columns);
      // a name's rest follows its row's line directly (a gap or a page number ends the cell)
      const rest = afterRow && NAME_REST.test(line) && !NOT_REST.test(line);
      if (row) rows.push(row);
      else if (rest) rows.at(-1)![columns.numbered ? 1 : 0] += line;
      else if (!line || PAGE_NUMBER.test(line)) {
        afterRow = false;
        continue;
      } else break;
      afterRow = true;
    }
    // blank lines and page numbers after the last row are the text's, not the table's
    while (j - 1 > i && (!lines[j - 1]!.trim() || PAGE_NUMBER.test(lines[j - 1]!))) j--;
    if (rows.length < 2) {
      out.push(lines[i]!);
      continue;
    }
    out.push('', markdownRow(columns.header), markdownRow(columns.header.map(() => '---')), ...rows.map(markdownRow), '');
    i = j - 1;
  }
  return out.join('\n');
}
