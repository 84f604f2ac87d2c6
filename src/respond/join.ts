// One reply to a message that asked several things ("结算啥时候停？什么时候恢复？另外异地备案电话多少"):
// each part's answer in turn, an answer that two parts share shown once, every source line
// once at the end, a contact line only where its numbers are not shown already, and the
// numbered options of all parts in one sequence (so that "2" picks what is shown as 2).
import type { Composed } from './respond.ts';
import { choicesIn, isChoice, plainLine, plainText } from '../contract/reply-text.ts';
import type { Band, ReplyLine, Source } from '../contract/types.ts';
import { partNotAnswered } from '../answer/wording/index.ts';

const PHONE = /\d[\d-]{4,}\d/g;
const BAND_ORDER: Band[] = ['answer', 'clarify', 'fallback'];

/** `questions[i]`: the words of the question `parts[i]` answers, as typed. */
export function joinReplies(parts: Composed[], questions: readonly string[]): Composed {
  const bodies = new Map<string, { part: Composed; body: ReplyLine[] }>();
  const answered = parts.some((p) => p.band !== 'fallback');
  for (const [i, part] of parts.entries()) {
    const full = part.lines.slice(0, part.lines.length - citedCount(part));
    // "今天天气怎么样？…" beside an answer: which part it was and that it is not answered here, without the list of what is covered
    const body: ReplyLine[] = answered && part.band === 'fallback' && !part.sources.length ? [partNotAnswered(questions[i]!, plainLine(full[0] ?? ''))] : full;
    const key = plainText(body);
    if (!bodies.has(key)) bodies.set(key, { part, body });
  }
  const kept = [...bodies.values()];

  const suggestions: string[] = [];
  const numbered = kept.map(({ body }) => {
    const offset = suggestions.length;
    suggestions.push(...choicesIn(body).map((c) => c.question));
    return offset ? body.map((line) => (isChoice(line) ? { ...line, n: line.n + offset } : line)) : body;
  });

  // a line a part before has shown already ("涉及渠道：…") is not shown again
  const seen = new Set<string>();
  for (const [i, body] of numbered.entries()) {
    numbered[i] = withoutHeadlessSections(body.filter((line) => isHeading(line) || !seen.has(plainLine(line))));
    for (const line of body) seen.add(plainLine(line));
  }
  const shownText = plainText(numbered.flat());
  const lines: ReplyLine[] = [];
  const sourceLines: string[] = [];
  numbered.forEach((body, i) => {
    const { cited } = kept[i]!.part;
    if (lines.length) lines.push('');
    lines.push(...body);
    const contact = cited?.contact;
    const phones = contact?.match(PHONE) ?? [];
    if (contact && !lines.includes(contact) && !phones.every((p) => shownText.includes(p) || lines.some((l) => plainLine(l).includes(p)))) lines.push(contact);
    for (const s of cited?.sources ?? []) if (!sourceLines.includes(s)) sourceLines.push(s);
  });
  lines.push(...sourceLines);

  const all = kept.map((k) => k.part);
  const cities = new Set(all.map((p) => p.city));
  const shown = suggestions.length > 0;
  return {
    lines,
    band: BAND_ORDER.find((b) => all.some((p) => p.band === b))!,
    city: cities.size === 1 ? all[0]!.city : null,
    sources: mergeSources(all.flatMap((p) => p.sources)),
    suggestions: shown ? suggestions : [...new Set(all.flatMap((p) => p.suggestions))],
    top: all.find((p) => p.top)?.top,
    ...(all.some((p) => p.uncovered) ? { uncovered: all.find((p) => p.uncovered)!.uncovered } : {}),
  };
}

/** "暂停期间怎么办：" introduces the lines after it. */
const isHeading = (line: ReplyLine) => plainLine(line).endsWith('：');

/** A heading whose lines were all left out goes too. */
function withoutHeadlessSections(body: ReplyLine[]): ReplyLine[] {
  return body.filter((line, i) => !isHeading(line) || i === 0 || (i + 1 < body.length && !isHeading(body[i + 1]!)));
}

const citedCount = (c: Composed) => (c.cited ? (c.cited.contact ? 1 : 0) + c.cited.sources.length : 0);

/** One entry per notice, with the quotes of every part. */
function mergeSources(list: Source[]): Source[] {
  const byNotice = new Map<string, Source>();
  for (const s of list) {
    const had = byNotice.get(s.noticeId);
    byNotice.set(s.noticeId, had ? { ...had, quotes: [...new Set([...had.quotes, ...s.quotes])] } : { ...s, quotes: [...s.quotes] });
  }
  return [...byNotice.values()];
}
