// One YAML file of the knowledge, read so that every problem names its line: js-yaml
// reads the file (3.6× faster than yaml); yaml, which keeps each node's position,
// parses it again only when something is wrong, to say on which line.
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from './problems.ts';

export interface YamlFile {
  /** the parsed data (undefined when the YAML itself is broken: see problems) */
  data?: unknown;
  /** YAML syntax problems */
  problems: Problem[];
  /** a problem of the field at `path`, with the line of the field or of the nearest enclosing map/list */
  problem(path: (string | number)[], message: string): Problem;
}

export function parseYamlFile(text: string, file: string): YamlFile {
  let where: ReturnType<typeof positions> | undefined;
  const lineOf = (path: (string | number)[]): number | undefined => {
    const { doc, lines } = (where ??= positions(text));
    for (let n = path.length; n >= 0; n--) {
      const node = (n ? doc.getIn(path.slice(0, n), true) : doc.contents) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const problem = (path: (string | number)[], message: string): Problem => ({ file, field: fieldPath(path), line: lineOf(path), message });
  try {
    // a JSON round trip gives plain strings: values cut from the YAML source would keep each whole file alive
    return { data: JSON.parse(JSON.stringify(loadYaml(text, { schema: CORE_SCHEMA }) ?? null)), problems: [], problem };
  } catch (e) {
    const { doc, lines } = (where ??= positions(text));
    if (doc.errors.length)
      return { problems: doc.errors.map((err) => ({ file, line: lines.linePos(err.pos[0]).line, message: `YAML: ${err.message.split('\n')[0]}` })), problem };
    const line = (e as { mark?: { line?: number } }).mark?.line;
    return { problems: [{ file, line: line === undefined ? undefined : line + 1, message: `YAML: ${(e as Error).message.split('\n')[0]}` }], problem };
  }
}

/** The file parsed by yaml, which knows where each node is. */
function positions(yamlText: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  return { doc: parseDocument(yamlText, { lineCounter: lines, prettyErrors: false }), lines };
}

function fieldPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('') || '(root)';
}
