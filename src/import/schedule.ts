// Dates stated apart from the sentences that say what stops: a section's labels ("暂停业务办理
// 时间：…18时" above "暂停办理参保登记…"), or a timetable of named lines ("（一）医保费缴纳：5月16日
// 17:00起暂停，6月1日9:00起恢复") whose names head the paragraphs that list what stops.
import type { Sentence } from './blocks.ts';
import { bareResume, rangeIn, startingMoment } from './clause-times.ts';
import type { DraftWindow } from './model.ts';
import { momentsIn } from './moments.ts';
import { PERIOD, RESUME_LABEL, STOP_LABEL, TBD } from './words.ts';

export const sectionKey = (s: Sentence) => s.headings.join('\u0001');
const NUMBERING = /^([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．]|第[一二三四五六七八九十]+(阶段|部分|步)?[：:、]?)\s*/;
const labelOf = (text: string) => /^(.{2,16}?)[：:。]/.exec(text.replace(NUMBERING, ''))?.[1];

/** The window of each section that states its dates as labels. */
export function sectionWindows(sentences: Sentence[], reference: string | undefined): Map<string, DraftWindow> {
  const found = new Map<string, DraftWindow>();
  for (const s of sentences) {
    const m = momentsIn(s.text, reference)[0];
    if (!m) continue;
    const w = found.get(sectionKey(s));
    if (STOP_LABEL.test(s.text) && !w) found.set(sectionKey(s), { suspend: m.at, suspend_quote: s.text, doubt: m.doubt });
    else if (RESUME_LABEL.test(s.text) && w && !w.resume && m.at > w.suspend) Object.assign(w, { resume: m.at, resume_mode: 'date', resume_quote: s.text });
  }
  return found;
}

export interface Timetable {
  /** label → its window */
  windows: Map<string, DraftWindow>;
  /** the sentences that are timetable lines */
  lines: Set<string>;
}

/** Timetable lines: a label, a colon, a start (…起 or a range) and maybe a resumption, and no object. */
export function timetable(sentences: Sentence[], reference: string | undefined): Timetable {
  const windows = new Map<string, DraftWindow>();
  const lines = new Set<string>();
  for (const s of sentences) {
    if (STOP_LABEL.test(s.text) || RESUME_LABEL.test(s.text)) continue;
    const label = /^(.{2,16}?)[：:]/.exec(s.text.replace(NUMBERING, ''))?.[1];
    // "缴费期：9月1日至12月31日" is a period to act in, not a stop
    if (!label || /时间|日期|阶段/.test(label) || PERIOD.test(label)) continue;
    const rest = s.text.slice(s.text.indexOf(label) + label.length + 1);
    const range = rangeIn(rest, reference);
    const start = range?.from ?? startingMoment(rest, reference);
    if (!start || !/暂停|停止|停办|停机|至|到/.test(rest)) continue;
    // a timetable line names no object: what follows the verbs is only times and 恢复
    const after = rest.split(/[，,；]/).slice(1);
    const resume = range ? { mode: 'date' as const, moment: range.to } : after.map((c) => bareResume(c, reference)).find(Boolean);
    if (!range && !/^[^，]*(起|开始)(暂停|停止|停办)(办理|受理|服务)?[。；]?$/.test(rest.split(/[，,]/)[0]!.replace(start.words, ''))) continue;
    const w: DraftWindow = { suspend: start.at, suspend_quote: s.text, doubt: start.doubt };
    if (resume && (!resume.moment || resume.moment.at > w.suspend))
      Object.assign(w, { resume_mode: resume.mode, resume_quote: s.text }, resume.moment ? { resume: resume.moment.at } : {});
    else if (TBD.test(rest)) Object.assign(w, { resume_mode: 'tbd', resume_quote: s.text });
    windows.set(label, w);
    lines.add(s.text);
  }
  return { windows, lines };
}

/** The timetable label a paragraph begins with ("（一）医保费缴纳。税务部门暂停…"). */
export function paragraphLabel(paragraph: string, table: Timetable): string | undefined {
  const label = labelOf(paragraph);
  return label && table.windows.has(label) ? label : undefined;
}
