// Which lines of a contacts table a question names, by the column each label is of
// (words.yaml `contact_columns`: 出院结账 asks for 费用结算, 慢特病 for 特门特药,
// 应急值班 for a 值班 line), and the several subjects of one question ("A电话和B电话").
import type { Contact } from '../knowledge/model.ts';

/** The columns a text names (Domain.columns). */
export type ColumnsOf = (text: string) => string[];

/** each label's columns, read once per knowledge load (a domain's `columns` is made per load; labels are the tables') */
const labelColumns = new WeakMap<ColumnsOf, Map<string, readonly string[]>>();

function columnsOfLabel(label: string, columnsOf: ColumnsOf): readonly string[] {
  let byLabel = labelColumns.get(columnsOf);
  if (!byLabel) labelColumns.set(columnsOf, (byLabel = new Map()));
  let own = byLabel.get(label);
  if (!own) byLabel.set(label, (own = columnsOf(label)));
  return own;
}

/** How well a label fits the columns asked: each column asked that it is of counts, each column of its own not asked counts against (医疗异地备案 for 结算). */
function fit(asked: string[], label: string, columnsOf: ColumnsOf): number {
  const own = columnsOfLabel(label, columnsOf);
  return 2 * own.filter((c) => asked.includes(c)).length - own.filter((c) => !asked.includes(c)).length;
}

/** The cells whose label best fits the columns asked, or undefined when no label is of one of them. */
export function namedColumnCells(cells: Contact[], asked: string[], columnsOf: ColumnsOf): Contact[] | undefined {
  if (!asked.length) return undefined;
  const scored = cells.map((c) => ({ c, score: fit(asked, c.label, columnsOf) }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  return best > 0 ? scored.filter((s) => s.score === best).map((s) => s.c) : undefined;
}

/** The words that join two subjects of one question: "A和B", "A跟B", "A、B", "A以及B". */
const JOIN = /以及|还有|及(?!时)|[和跟与、，,\s]/;

/** The subjects of a question that asks for several columns ("异地备案电话和慢特病电话各是多少"): one piece per subject, or none when it asks for one. */
export function columnSubjects(topic: string, columnsOf: ColumnsOf): string[] {
  const pieces = topic.split(JOIN).filter((p) => columnsOf(p).length);
  const distinct = new Set(pieces.map((p) => columnsOf(p).sort().join('+')));
  return pieces.length > 1 && distinct.size > 1 ? pieces : [];
}

/** "各是多少", "分别多少": asks for each one's number */
const EACH_NUMBER = /(?:分别|各自|各)(?:是)?多少/;

/** "费用结算、异地备案分别多少": two columns of the table and a number asked of each is a phone question without the word 电话. */
export function asksEachColumnNumber(text: string, topic: string, columnsOf: ColumnsOf): boolean {
  return EACH_NUMBER.test(text) && columnSubjects(topic, columnsOf).length > 1;
}
