// A table flattened by copying it out of a PDF: each row one line, its cells parted by spaces
// ("张店区 0533-2286317 0533-2286320"), its header the line above ("单位 参保缴费咨询电话 待遇结算咨询电话").
// A column between the unit and the phones (an address, "人民路17号") is read when the header names it;
// a long unit name wrapped in its cell leaves its rest on a line of its own ("中心"), joined back;
// a page break inside the table (blank lines) does not end it.
// Rewritten with tabs, tabs.ts then makes it a Markdown table like any table copied from a page.

/** A cell of a phone table: a number (area code optional), a hotline, or a mark for a blank cell. */
const PHONE_CELL = /^(?:(?:\d{3,4}[-－—])?\d{7,8}|12\d{3}|[—–/／无-]+)$/;

const cellsOf = (line: string) => line.trim().split(/[ \u3000]{1,}/);

/** How many cells after the name are not phones (an address): -1 when the line is no row. */
function middleOf(cells: string[]): number {
  if (cells.length < 2 || /\d/.test(cells[0]!)) return -1;
  let k = cells.length;
  while (k > 1 && PHONE_CELL.test(cells[k - 1]!)) k--;
  return k === cells.length ? -1 : k - 1;
}

/** A row: a name without digits, at most two cells of other words (an address), then phone cells. */
export const isSpacedRow = (line: string) => {
  const middle = middleOf(cellsOf(line));
  return middle >= 0 && middle <= 2;
};

/** A header's cells: a line of two cells or more, none of them a number. */
const headerCells = (line: string | undefined) => (line !== undefined && !/\d/.test(line) && cellsOf(line).length >= 2 ? cellsOf(line) : undefined);

/** A row of `width` cells: an address written with a space ("双清区 中华路8号") is one cell. */
function fitted(row: string[], width: number): string[] {
  const extra = row.length - width;
  if (extra <= 0 || middleOf(row) < extra + 1) return row;
  return [row[0]!, row.slice(1, extra + 2).join(' '), ...row.slice(extra + 2)];
}

/** The rest of a unit's name wrapped in its cell: a few characters alone on a line ("中心", "保障局"). */
const isNameRest = (line: string) => /^[\u4e00-\u9fa5）)]{1,6}$/.test(line.trim());

/** The table's rows from line `i` on (rests joined to their names, page breaks skipped), and the line after it. */
function rowsFrom(lines: string[], i: number): { rows: string[][]; end: number } {
  const rows: string[][] = [];
  let j = i;
  while (j < lines.length) {
    const line = lines[j]!;
    if (isSpacedRow(line)) rows.push(cellsOf(line));
    else if (rows.length && isNameRest(line) && (j + 1 === lines.length || !lines[j + 1]!.trim() || isSpacedRow(lines[j + 1]!))) rows.at(-1)![0] += line.trim();
    else {
      let k = j;
      while (k < lines.length && !lines[k]!.trim()) k++;
      if (k === j || k === lines.length || !isSpacedRow(lines[k]!)) break;
      j = k;
      continue;
    }
    j++;
  }
  return { rows, end: j };
}

export function spacedTables(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isSpacedRow(lines[i]!)) {
      out.push(lines[i]!);
      continue;
    }
    const { rows: read, end } = rowsFrom(lines, i);
    const above = headerCells(out.at(-1));
    const rows = above ? read.map((r) => fitted(r, above.length)) : read;
    const header = above?.length === Math.max(...rows.map((r) => r.length)) ? above : undefined;
    // columns of words beside the phones are read only under a header that names them
    const worded = rows.some((r) => middleOf(r) > 0);
    if (rows.length < 2 || (worded && !header)) {
      out.push(...lines.slice(i, end));
    } else {
      if (header) out[out.length - 1] = header.join('\t');
      out.push(...rows.map((r) => r.join('\t')));
    }
    i = end - 1;
  }
  return out.join('\n');
}
