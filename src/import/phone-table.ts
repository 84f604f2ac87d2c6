// A table of phone numbers as the notice lays it out → one unit column and its phone columns:
// a 序号 column skipped, the unit read from the column that names units (经办机构, 单位, 地区),
// columns of no phone (地址, 备注) left out, "同左" the number of the cell to its left (同上: above), "—" or
// "/" a blank cell (the notice gives no number there); the sentence that introduces the table
// ("…拨打以下电话咨询（区号0710）：") read with its headings, for the area code it gives.
import type { Blocks, Table } from './blocks.ts';

const ROW_NUMBER = /^(序号|编号|No\.?)$/i;
/** a column naming agencies, else one naming places (地区, 县（市、区）) */
const UNIT_HEADER = [/单位|机构|名称|部门|窗口|中心/, /地区|区域|县|区|市/];
const PHONE_HEADER = /电话|热线|手机|联系方式|号码|座机/;
const SAME_AS_LEFT = /^(同左|同前)$/;
const SAME_AS_ABOVE = /^同上$/;
const NONE = /^[—\-－–/／\\]+$|^(无|暂无)$/;
const PHONE = /\d{5,}/;

/** The sentence under the table's headings that introduces it and gives the area code. */
export function captionOf(blocks: Blocks, t: Table): string | undefined {
  const path = t.headings.join('\u0001');
  return blocks.paragraphs.find((p) => p.headings.join('\u0001') === path && /区号/.test(p.text) && /[:：]$/.test(p.text))?.text;
}

/** a row of column names ("单位名称 | 咨询电话", "区县 | 电话"): no number, a unit column's name and a phone column's */
const namesColumns = (cells: string[]) =>
  cells.filter((c) => c.trim()).length >= 2 &&
  cells.every((c) => !/\d{3,}/.test(c) && c.length <= 12) &&
  cells.some((c) => PHONE_HEADER.test(c)) &&
  cells.some((c) => UNIT_HEADER.some((re) => re.test(c)) || ROW_NUMBER.test(c.trim()));

/**
 * The table with its column names as its header: a caption row above them ("各县（市、区）医保咨询
 *电话" across the table) joins its headings; a header repeated further down is no row of units.
 */
function withColumnNames(t: Table): Table {
  const k = namesColumns(t.header) ? -1 : t.rows.slice(0, 3).findIndex((r) => namesColumns(r.cells));
  const captioned =
    k < 0
      ? t
      : {
          ...t,
          header: t.rows[k]!.cells,
          rows: t.rows.slice(k + 1),
          headings: [...t.headings, ...[t.header, ...t.rows.slice(0, k).map((r) => r.cells)].map((c) => c.filter((x) => x.trim()).join(' '))],
        };
  return { ...captioned, rows: captioned.rows.filter((r) => !namesColumns(r.cells)) };
}

/** The table with its unit column first and only phone columns after it (the same table when it is already so). */
export function asPhoneTable(table: Table, caption?: string): Table {
  const t = withColumnNames(table);
  const width = Math.max(t.header.length, ...t.rows.map((r) => r.cells.length));
  const column = (j: number) => t.rows.map((r) => (r.cells[j] ?? '').trim());
  const isRowNumber = (j: number) =>
    ROW_NUMBER.test(t.header[j] ?? '') || (column(j).every((c) => !c || /^\d{1,3}$/.test(c)) && column(j).some((c) => c !== ''));
  const hasPhones = (j: number) => PHONE_HEADER.test(t.header[j] ?? '') || column(j).some((c) => PHONE.test(c));
  const columns = [...Array(width).keys()];
  const unit =
    columns.find((j) => !isRowNumber(j) && !hasPhones(j) && UNIT_HEADER[0]!.test(t.header[j] ?? '')) ??
    columns.find((j) => !isRowNumber(j) && !hasPhones(j) && UNIT_HEADER[1]!.test(t.header[j] ?? '')) ??
    columns.find((j) => !isRowNumber(j) && !hasPhones(j));
  if (unit === undefined) return caption ? { ...t, headings: [...t.headings, caption] } : t;
  const phones = columns.filter((j) => j !== unit && !isRowNumber(j) && hasPhones(j));
  let above: string[] | undefined;
  return {
    ...t,
    headings: caption ? [...t.headings, caption] : t.headings,
    header: [t.header[unit] ?? '', ...phones.map((j) => t.header[j] ?? '')],
    rows: t.rows.map((r) => {
      const cells = columns.map((j) => cellAt(r.cells, j, above));
      above = cells;
      return { ...r, cells: [r.cells[unit] ?? '', ...phones.map((j) => cells[j]!)] };
    }),
  };
}

/** A phone cell's text: "同左" borrows the cell to its left, "同上" the one above it (as read), "—" is blank. */
function cellAt(cells: string[], j: number, above: string[] | undefined): string {
  const cell = (cells[j] ?? '').trim();
  if (NONE.test(cell)) return '';
  if (SAME_AS_LEFT.test(cell) && j > 0) return cellAt(cells, j - 1, above);
  if (SAME_AS_ABOVE.test(cell)) return above?.[j] ?? '';
  return cell;
}
