// Resume sentences → what each resumes, when and how (resumptions.ts attaches them to the
// businesses). "恢复X" names X after the verb; "X逐步恢复" and "X的具体时间另行通知" before it;
// "X，预计于…恢复" in the clauses before it; "除…外" are its exceptions.
import type { Domain } from '../knowledge/facets.ts';
import { LIST_LINE, type Sentence, splitClauses } from './blocks.ts';
import type { DraftResumption } from './model.ts';
import { type LastDay, type Moment, momentsIn, withDays } from './moments.ts';
import { bareResume, startingMoment } from './clause-times.ts';
import { stopIn } from './stops.ts';
import {
  AGAIN,
  ANY_PLACE,
  BLANKET,
  GRADUAL,
  NAME_NOISE,
  NOT_A_RESUME,
  POINTS_BACK,
  RESUME_HOW,
  RESUME_LABEL,
  RESUME_VERB,
  RESUMES_SOMETHING,
  STOP_LABEL,
  TBD,
} from './words.ts';

export interface Stated {
  object: string;
  mode: DraftResumption['mode'];
  moment?: Moment;
  quote: string;
  except: string[];
  /** the number of the list item its paragraph is ("（二）…" → 2), for "除第（一）至（三）项所列业务外" */
  item?: number;
  /** a later word on a moment already stated ("恢复时间调整为…"): it replaces the earlier one */
  revised?: boolean;
}

function readClause(clause: string): { object: string; mode: Stated['mode']; lead?: string; revised?: boolean } | undefined {
  if (TBD.test(clause)) {
    if (!/时间|日期|恢复|上线|开通/.test(clause)) return undefined; // 如有其它调整将另行通知: no resumption
    const object = clause.split(/的?(具体|开始|恢复)?(恢复)?(时间|日期)|另行/)[0]!;
    return { object, mode: 'tbd' };
  }
  if (NOT_A_RESUME.test(clause)) return undefined;
  const verb = RESUME_VERB.exec(clause);
  if (!verb) return undefined;
  let after = clause.slice(verb.index + verb[0].length).trim();
  const before = clause.slice(0, verb.index).replace(/的$/, '');
  if (/^(时间|日期)(为|是|定于|[:：])/.test(after)) after = ''; // "上述业务的恢复时间为…": the object is before the verb
  // "X的恢复时间调整为…" (a 补充通知): a new moment for what already had one
  const revised = /^(时间|日期)(调整|变更|更改|改|推迟|延后|延迟|提前)(为|至|到)/.test(after);
  if (revised) after = '';
  // "…等业务恢复正常办理": what follows the verb is only how, the object is before it
  const object = after.length >= 2 && !RESUME_HOW.test(after) ? after : before.replace(GRADUAL, '').replace(/(将|会|可|予以)$/, '');
  return { object, mode: GRADUAL.test(clause) ? 'gradual' : 'unstated', ...(object === after ? { lead: before } : {}), ...(revised ? { revised } : {}) };
}

/** "门诊和药店恢复医保结算": the settings named before the verb narrow the object after it. */
function withLead(domain: Domain, object: string, lead: string | undefined, reference: string | undefined): string {
  if (!lead) return object;
  let words = lead;
  for (const m of momentsIn(words, reference)) words = words.replace(m.words, '');
  words = words
    .replace(/^.*?(起|开始)[，,]?/, '')
    .replace(/(将|会|可|予以|均|同步|同时|一并|逐步|陆续)+$/, '')
    .trim();
  const own = domain.read(object.replace(ANY_PLACE, ''));
  const led = domain.read(words.replace(ANY_PLACE, ''));
  return !own.setting && !own.where && (led.setting || led.where) && words.length <= 20 ? `${words}${object}` : object;
}

/** "上线后恢复…": the moment the same paragraph says the new system goes live ("3月12日上线"). */
function launchOf(clause: string, paragraph: string, reference: string | undefined): Moment | undefined {
  if (!/届时|(上线|切换|割接)(完成)?(后|以后)/.test(clause)) return undefined;
  return momentsIn(paragraph, reference).find(
    (m) =>
      /^[^，。；]{0,12}?(正式)?(上线|切换|割接)/.test(paragraph.slice(m.index + m.words.length)) ||
      /(上线|切换|割接)[^，。；]{0,8}$/.test(paragraph.slice(Math.max(0, m.index - 12), m.index)), // 上线后（预计4月16日）
  );
}

/** "X的恢复时间，由市医保局、市税务局另行公告": X is to be announced, named in the clause before */
function laterOf(clause: string, before: string | undefined): { object: string; mode: Stated['mode']; lead?: string } | undefined {
  const m = before && TBD.test(clause) && /的?(具体)?恢复(办理)?(时间|日期)$/.exec(before);
  return m ? { object: before.slice(0, m.index), mode: 'tbd' } : undefined;
}

/** "4月15日8:30以后": a moment from which things go on */
function fromThen(clause: string, reference: string | undefined): Moment | undefined {
  return momentsIn(clause, reference).find((m) => /^\s*(以后|之后)/.test(clause.slice(m.index + m.words.length)));
}

/** "…起，参保人员可正常办理门诊结算业务": after a starting moment, working normally again is a resumption */
function normalAgain(clause: string): { object: string; mode: Stated['mode']; lead?: string } | undefined {
  const m = AGAIN.exec(clause);
  return m && clause.slice(m.index + m[0].length).length >= 2 ? { object: clause.slice(m.index + m[0].length), mode: 'unstated' } : undefined;
}

/** Every resumption the notice states, in order. */
export function statedResumptions(domain: Domain, sentences: Sentence[], reference: string | undefined): Stated[] {
  const out: Stated[] = [];
  let previous: Moment | undefined; // "…，工伤医疗联网结算同步恢复": at the moment of the resumption before it
  let para = -1;
  const day: LastDay = {}; // "次日零时起恢复": the day after the moment before
  for (const s of sentences) {
    if (STOP_LABEL.test(s.text) || RESUME_LABEL.test(s.text)) continue;
    if (s.para !== para) [para, previous] = [s.para, undefined]; // "…恢复；X同步恢复。": the paragraph's, not only the sentence's
    const except = [...s.text.matchAll(/除(.{2,40}?)外/g)].map((m) => m[1]!);
    let pending: Moment | undefined;
    let lead = 0; // the first clause of what the sentence names before its verb
    const written = splitClauses(s.text);
    const clauses = withDays(written, day, reference);
    for (const [i, clause] of clauses.entries()) {
      const starts = startingMoment(clause, reference) ?? fromThen(clause, reference);
      if (starts) pending = starts;
      const stops = stopIn(clause) && !RESUME_VERB.test(clause);
      if (stops) pending = undefined; // a moment that starts a stop resumes nothing
      const read = laterOf(clause, clauses[i - 1]) ?? readClause(clause.replace(/除.{2,40}?外/, '')) ?? (pending ? normalAgain(clause) : undefined);
      if (!read) {
        if (stops) lead = i + 1;
        continue;
      }
      const subject = subjectBefore(domain, clauses.slice(lead, i), reference);
      lead = i + 1;
      let object = withLead(domain, read.object, read.lead, reference);
      for (const m of momentsIn(object, reference)) object = object.replace(m.words, '');
      object = object
        .replace(/(需|须|待|经|在)[^，。；]{2,40}?(后|以后|之后)$/, '') // "…需在省平台与国家平台完成对接测试后": a condition, not a name
        .replace(/^[\s，,起]+|^(预计|计划|拟)/, '')
        .replace(/(将|于|自|从|起|在|会|可|一并|同步|同样|也|亦|同时|均|全部|统一|最迟|最晚)+$/, '')
        .trim();
      if (object.length < 2 && subject) object = subject; // "X，预计于…恢复": X is what resumes
      if (object.length < 2 || /时间|安排|情况|进度/.test(object)) continue; // 对于业务恢复时间和相关安排: no business
      if (/(后|以后|之后|期间|初期|之初)$/.test(object)) continue; // "恢复各项业务后，请错峰办理": when, not what resumes
      if (isBlanket(domain, object) && !BLANKET.test(named(object)) && !RESUMES_SOMETHING.test(object) && !POINTS_BACK.test(object)) continue; // a tip's words resume nothing
      // "查询功能随参保类业务同步恢复": when (and as) the resumption of what it follows
      const along = /^(.{2,}?)(随|跟随|伴随)(.{2,30})$/.exec(object);
      const led = along && [...out].reverse().find((r) => r.object.includes(named(along[3]!)) || named(along[3]!).includes(r.object));
      if (along) object = along[1]!;
      // the clause's own moment first ("…暂停X，预计4月15日恢复": not the stop's moment before it)
      const alike = SAME_TIME.test(clause) ? previous : undefined;
      const moment =
        read.mode === 'tbd'
          ? undefined
          : (momentsIn(clause, reference)[0] ?? pending ?? (led || undefined)?.moment ?? alike ?? launchOf(s.text, s.paragraph, reference));
      pending = undefined; // a moment is the first resumption's after it, not the next clause's
      previous = moment;
      // "…后逐步恢复，具体时间另行通知", "…联调通过后恢复，具体时间另行通知": no date to expect, the notice will say it
      const later = read.mode !== 'tbd' && !moment && bareResume(clauses[i + 1] ?? '', reference)?.mode === 'tbd';
      const mode =
        led && moment === led.moment ? led.mode : read.mode === 'tbd' || later ? 'tbd' : read.mode === 'gradual' ? 'gradual' : moment ? 'date' : 'unstated';
      // "次日零时起恢复…": no date of the sentence states the moment, the clause does
      const quote = clause !== written[i] && momentsIn(clause, reference).length ? written[i]! : s.text;
      out.push({ object, mode, moment, quote, except, item: itemNumber(s.paragraph), ...('revised' in read && read.revised ? { revised: true } : {}) });
    }
  }
  return out;
}

/**
 * "（一）门诊、住院联网结算和药店购药，预计于…恢复": the clauses before a verb that names nothing
 * are its subject, when they name a kind of business (or all of them) and stop nothing.
 */
function subjectBefore(domain: Domain, clauses: string[], reference: string | undefined): string | undefined {
  const text = clauses.join('，').replace(LIST_LINE, '').trim();
  if (!text || clauses.some((c) => stopIn(c) || momentsIn(c, reference).length)) return undefined;
  const f = domain.read(text);
  return f.what || f.setting || f.where || BLANKET.test(named(text)) ? text : undefined;
}

/** a resumption "at the same time" as the one before it */
const SAME_TIME = /(同步|同时|一并|随之|也)(逐步)?恢复/;

export const isBlanket = (domain: Domain, object: string) => {
  const f = domain.read(object);
  return BLANKET.test(object) || (!f.what && !f.setting && !f.where);
};
export const named = (object: string) => object.replace(NAME_NOISE, '');

/** A resumption names a part of a list in its own words ("生育津贴" of "生育津贴申领"). */
export const namesPart = (item: string, part: string) => (item.length >= 3 && part.includes(item)) || (part.length >= 3 && item.includes(part));

/** "定点医疗机构门诊" names 门诊 only: a place of any care tells no setting when a setting word is there too */
export const placeFree = (domain: Domain, text: string) => {
  const bare = text.replace(ANY_PLACE, '');
  return domain.read(bare).setting ? bare : text;
};

const NUMERALS = '一二三四五六七八九';
/** "三" → 3, "十二" → 12, "4" → 4 */
const numeral = (text: string): number | undefined => {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || !text) return undefined;
  const tens = m[2] ? (m[1] ? NUMERALS.indexOf(m[1]) + 1 : 1) : 0;
  const ones = m[2] ? (m[3] ? NUMERALS.indexOf(m[3]) + 1 : 0) : NUMERALS.indexOf(m[1]!) + 1;
  return tens * 10 + ones || undefined;
};

/** The number of the innermost list label a paragraph opens with ("二、（一）…" → 1). */
function itemNumber(paragraph: string): number | undefined {
  let rest = paragraph;
  let last: number | undefined;
  for (let m = LIST_LINE.exec(rest); m?.[0]; m = LIST_LINE.exec(rest)) {
    last = numeral(m[0].replace(/[\s（()）、.．]/g, '')) ?? last;
    rest = rest.slice(m[0].length);
  }
  return last;
}

/** "第（一）至（三）项所列业务" → [1, 2, 3]; "第一、二项" → [1, 2]; not a reference → undefined */
export function itemsReferred(text: string): number[] | undefined {
  const m = /第(.{1,24}?)项/.exec(text);
  if (!m) return undefined;
  const out: number[] = [];
  for (const part of m[1]!.split(/[、，,和及与]/)) {
    const ends = part.split(/至|到|—|－|-|~/).map((x) => numeral(x.replace(/[第（()）\s]/g, '')));
    if (ends.some((n) => n === undefined)) return undefined;
    const [from, to = from] = ends as number[];
    for (let n = from!; n <= to!; n++) out.push(n);
  }
  return out.length ? out : undefined;
}
