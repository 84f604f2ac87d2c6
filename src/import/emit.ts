// The draft as facts.yaml text: the fields in the schema's order, and a "# 请核对：…" comment
// above every item the importer is unsure of. Also lists those items with their quotes.
import { Document, isNode } from 'yaml';

export interface Uncertain {
  /** where in facts.yaml, e.g. businesses[2].windows[0] */
  path: string;
  why: string;
  /** the notice's words it was read from */
  quote?: string;
}

/** Removes every `doubt` from the draft, returning them with their paths. */
export function takeDoubts(value: unknown, path: (string | number)[] = [], out: { path: (string | number)[]; why: string; quote?: string }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => takeDoubts(v, [...path, i], out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.doubt === 'string' && o.doubt) {
      const quote = ['quote', 'suspend_quote', 'unaffected', 'resume_quote'].map((k) => o[k]).find((q) => typeof q === 'string') as string | undefined;
      out.push({ path, why: o.doubt, quote });
    }
    if ('doubt' in o) delete o.doubt;
    for (const [k, v] of Object.entries(o)) {
      if (v === undefined) delete o[k];
      else takeDoubts(v, [...path, k], out);
    }
  }
  return out;
}

const shown = (path: (string | number)[]) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${p}`)).join('');

export function toYaml(facts: Record<string, unknown>, header: string): { yaml: string; uncertain: Uncertain[] } {
  const doubts = takeDoubts(facts);
  const doc = new Document(facts);
  for (const d of doubts) {
    const node = doc.getIn(d.path, true);
    if (isNode(node)) node.commentBefore = [node.commentBefore, ` 请核对：${d.why}`].filter(Boolean).join('\n');
  }
  doc.commentBefore = header;
  const yaml = doc.toString({ lineWidth: 0 });
  return { yaml, uncertain: doubts.map((d) => ({ path: shown(d.path), why: d.why, quote: d.quote })) };
}
