// A table copied from a browser or a word processor arrives as tab-separated lines: written
// as a Markdown table, its header rows (those with an empty first cell, as "\t业务类别\t\t")
// folded into one, a header row that spans the table kept as the line above it.

export function tabsToTables(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.includes('\t')) {
      out.push(lines[i]!);
      continue;
    }
    const run: string[] = [];
    while (i < lines.length && lines[i]!.includes('\t')) run.push(lines[i++]!);
    i--;
    if (run.length < 2) {
      out.push(run[0]!.replace(/\t+/g, ' '));
      continue;
    }
    out.push(
      ...table(
        run.map((l) =>
          l
            .replace(/\s+$/, '')
            .split('\t')
            .map((c) => c.trim().replace(/\|/g, '/')),
        ),
      ),
    );
  }
  return out.join('\n');
}

function table(rows: string[][]): string[] {
  const width = Math.max(...rows.map((r) => r.length));
  const headRows: string[][] = [];
  while (rows.length > 1 && !rows[0]![0]) headRows.push(rows.shift()!);
  if (!headRows.length) headRows.push(rows.shift()!);
  const above = headRows.filter((r) => r.filter(Boolean).length === 1 && width > 2).map((r) => r.find(Boolean)!);
  const header = Array.from(
    { length: width },
    (_, j) =>
      [...headRows]
        .reverse()
        .map((r) => r[j] ?? '')
        .find((c) => c && !above.includes(c)) ?? '',
  );
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, j) => r[j] ?? '').join(' | ')} |`;
  return [...above.map((a) => `${a}\n`), line(header), `|${Array(width).fill('---').join('|')}|`, ...rows.map(line), ''];
}
