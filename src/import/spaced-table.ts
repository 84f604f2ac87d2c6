// A table flattened by copying it out of a PDF: each row one line, its cells parted by spaces
// ("张店区 0533-2286317 0533-2286320"), its header the line above ("单位 参保缴费咨询电话 待遇结算咨询电话").
// Rewritten with tabs, tabs.ts then makes it a Markdown table like any table copied from a page.

/** A cell of a phone table: a number (area code optional), a hotline, or a mark for a blank cell. */
const PHONE_CELL = /^(?:(?:\d{3,4}[-－—])?\d{7,8}|12\d{3}|[—–/／无-]+)$/;

const cellsOf = (line: string) => line.trim().split(/[ \u3000]{1,}/);

/** A row: a name without digits, then only phone cells. */
function isRow(line: string): boolean {
  const cells = cellsOf(line);
  return cells.length >= 2 && !/\d/.test(cells[0]!) && cells.slice(1).every((c) => PHONE_CELL.test(c));
}

/** A header: as many cells as a row, none of them a number. */
const isHeader = (line: string, cells: number) => cellsOf(line).length === cells && !/\d/.test(line);

export function spacedTables(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!isRow(lines[i]!)) continue;
    let end = i;
    while (end + 1 < lines.length && isRow(lines[end + 1]!)) end++;
    if (end > i) {
      const width = Math.max(...lines.slice(i, end + 1).map((l) => cellsOf(l).length));
      const start = i > 0 && isHeader(lines[i - 1]!, width) ? i - 1 : i;
      for (let j = start; j <= end; j++) lines[j] = cellsOf(lines[j]!).join('\t');
    }
    i = end;
  }
  return lines.join('\n');
}
