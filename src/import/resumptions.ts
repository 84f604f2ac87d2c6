// Resume sentences → the resumption of the businesses they name. "恢复X" names X after the
// verb; "X逐步恢复" and "X的具体时间另行通知" before it. A resumption of named businesses is
// written into their windows; a blanket one ("其他医保经办业务逐步恢复", "恢复各项医保业务")
// becomes a notice-level resumption of its whole domain, "除…外" kept as its exceptions.
import type { Domain } from '../knowledge/facets.ts';
import { LIST_LINE, type Sentence, splitClauses } from './blocks.ts';
import { domainOf, familyOf, fit } from './classify.ts';
import { itemsOf, listParts } from './items.ts';
import type { DraftBusiness, DraftResumption } from './model.ts';
import { type Moment, momentsIn } from './moments.ts';
import { bareResume, startingMoment } from './clause-times.ts';
import { stopIn } from './stops.ts';
import { AGAIN, ANY_PLACE, BLANKET, GRADUAL, NAME_NOISE, NOT_A_RESUME, RESUME_HOW, RESUME_LABEL, RESUME_VERB, STOP_LABEL, TBD } from './words.ts';

export interface Stated {
  object: string;
  mode: DraftResumption['mode'];
  moment?: Moment;
  quote: string;
  except: string[];
}

function readClause(clause: string): { object: string; mode: Stated['mode']; lead?: string } | undefined {
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
  // "…等业务恢复正常办理": what follows the verb is only how, the object is before it
  const object = after.length >= 2 && !RESUME_HOW.test(after) ? after : before.replace(GRADUAL, '').replace(/(将|会|可|予以)$/, '');
  return { object, mode: GRADUAL.test(clause) ? 'gradual' : 'unstated', ...(object === after ? { lead: before } : {}) };
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
  for (const s of sentences) {
    if (STOP_LABEL.test(s.text) || RESUME_LABEL.test(s.text)) continue;
    if (s.para !== para) [para, previous] = [s.para, undefined]; // "…恢复；X同步恢复。": the paragraph's, not only the sentence's
    const except = [...s.text.matchAll(/除(.{2,40}?)外/g)].map((m) => m[1]!);
    let pending: Moment | undefined;
    let lead = 0; // the first clause of what the sentence names before its verb
    const clauses = splitClauses(s.text);
    for (const [i, clause] of clauses.entries()) {
      const starts = startingMoment(clause, reference) ?? fromThen(clause, reference);
      if (starts) pending = starts;
      const stops = stopIn(clause) && !RESUME_VERB.test(clause);
      if (stops) pending = undefined; // a moment that starts a stop resumes nothing
      const read = readClause(clause.replace(/除.{2,40}?外/, '')) ?? (pending ? normalAgain(clause) : undefined);
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
        .replace(/(将|于|自|从|起|在|会|可|一并|同步|同时|均|全部|统一|最迟|最晚)+$/, '')
        .trim();
      if (object.length < 2 && subject) object = subject; // "X，预计于…恢复": X is what resumes
      if (object.length < 2 || /时间|安排|情况|进度/.test(object)) continue; // 对于业务恢复时间和相关安排: no business
      // the clause's own moment first ("…暂停X，预计4月15日恢复": not the stop's moment before it)
      const alike = SAME_TIME.test(clause) ? previous : undefined;
      const moment = read.mode === 'tbd' ? undefined : (momentsIn(clause, reference)[0] ?? pending ?? alike ?? launchOf(s.text, s.paragraph, reference));
      pending = undefined; // a moment is the first resumption's after it, not the next clause's
      previous = moment;
      // "…后逐步恢复，具体时间另行通知": no date to expect, the notice will say it
      const later = read.mode === 'gradual' && !moment && bareResume(clauses[i + 1] ?? '', reference)?.mode === 'tbd';
      const mode = read.mode === 'tbd' || later ? 'tbd' : read.mode === 'gradual' ? 'gradual' : moment ? 'date' : 'unstated';
      out.push({ object, mode, moment, quote: s.text, except });
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
/** a blanket object that says whose businesses it resumes (医保, 社保, 征收…) */
const NAMES_A_DOMAIN = /医保|医疗|生育|社保|社会保险|养老|失业|工伤|征收|征缴|缴费|税务/;
export const named = (object: string) => object.replace(NAME_NOISE, '');

/** A resumption names a part of a list in its own words ("生育津贴" of "生育津贴申领"). */
export const namesPart = (item: string, part: string) => (item.length >= 3 && part.includes(item)) || (part.length >= 3 && item.includes(part));

/** "定点医疗机构门诊" names 门诊 only: a place of any care tells no setting when a setting word is there too */
export const placeFree = (domain: Domain, text: string) => {
  const bare = text.replace(ANY_PLACE, '');
  return domain.read(bare).setting ? bare : text;
};

const matches = (domain: Domain, object: string, b: DraftBusiness, strict: true | 'stated' = true) =>
  b.domain === domainOf(object) && (!familyOf(object) || !b.family || familyOf(object) === b.family) && fit(domain, placeFree(domain, object), b, strict) > 0;

/**
 * 结算 and 备案 are different kinds of what: a resumption of one never resumes the other, whatever
 * else they share ("跨省及省内异地就医直接结算" is no "异地就医备案", though both are 异地).
 */
const otherWhat = (domain: Domain, object: string, b: DraftBusiness) => {
  const what = domain.read(object).what ?? [];
  const own = b.facets.what ?? [];
  return what.length > 0 && own.length > 0 && !what.some((w) => own.includes(w));
};

/** The businesses a resumption names: each item of its list ("恢复办理A、B和C业务") by its kind, or by the notice's own name. */
function resumedBy(domain: Domain, object: string, businesses: DraftBusiness[]): DraftBusiness[] {
  const items = itemsOf(domain, object).map((i) => named(i.name));
  // an item of no what of its own ("跨省" of "跨省及省内异地就医直接结算") is of the whole's
  const whatOf = (i: string) => (domain.read(i).what ? i : object);
  const found = businesses.filter(
    (b) =>
      (matches(domain, object, b) && !otherWhat(domain, object, b)) ||
      items.some(
        (i) =>
          (matches(domain, i, b) && !otherWhat(domain, whatOf(i), b)) ||
          (!otherWhat(domain, i, b) && ((b.name.length >= 3 && i.includes(b.name)) || (i.length >= 3 && b.name.includes(i)))),
      ),
  );
  // none named exactly: a business still stopped that states none of the object's other facets ("工伤医疗" for "工伤协议机构"),
  // though never care elsewhere (异地) for care at a local setting (门诊), nor the other way
  const f = domain.read(placeFree(domain, object));
  const elsewhere = (x: { where?: string[]; setting?: string[] }) => (x.where?.length ? 'where' : x.setting?.length ? 'setting' : undefined);
  const apart = (b: DraftBusiness) => !!elsewhere(f) && !!elsewhere(b.facets) && elsewhere(f) !== elsewhere(b.facets);
  return found.length
    ? found
    : businesses.filter((b) => b.windows.some((w) => !w.resume_mode) && !apart(b) && !otherWhat(domain, object, b) && matches(domain, object, b, 'stated'));
}

/** Writes named resumptions into the windows; returns the blanket ones. */
export function attachResumptions(domain: Domain, businesses: DraftBusiness[], stated: Stated[]): { resumptions: DraftResumption[]; unmatched: Stated[] } {
  const resumptions: DraftResumption[] = [];
  const unmatched: Stated[] = [];
  // named ones first: a blanket resumption covers what they leave stopped
  const others: { r: Stated; covers: DraftBusiness[] }[] = [];
  const blanket = (r: Stated) => isBlanket(domain, r.object);
  // a business a resumption names in its own words takes that one, before any matched by kind only
  for (const r of stated.filter((r) => !blanket(r)))
    for (const b of businesses)
      if (
        listParts(b.name, /^、/).length === 1 &&
        itemsOf(domain, named(r.object)).some((i) => [i.name, ...i.words].some((w) => !otherWhat(domain, w, b) && namesPart(named(w), b.name)))
      )
        resume(b, r);
  for (const r of [...stated.filter((r) => !blanket(r)), ...stated.filter(blanket)]) {
    const at = r.moment?.at;
    if (blanket(r)) {
      // "恢复其余各项业务" names no domain: it resumes every domain that still has a business stopped
      const open = businesses.filter((b) => b.windows.some((w) => !w.resume_mode)).map((b) => b.domain);
      const domains = BLANKET.test(r.object) && !NAMES_A_DOMAIN.test(r.object) ? [...new Set(open)] : [domainOf(r.object)];
      const except = businesses.filter((b) => r.except.some((e) => fit(domain, e, b, true) > 0 || b.name.includes(e) || e.includes(b.name))).map((b) => b.id);
      for (const covers of domains) {
        if (!businesses.some((b) => b.domain === covers)) continue;
        if (resumptions.some((x) => x.covers === covers && x.mode === r.mode && x.at === at)) continue;
        resumptions.push({ at, mode: r.mode, quote: r.quote, covers, except, doubt: r.moment?.doubt });
      }
      continue;
    }
    const covers = resumedBy(domain, named(r.object), businesses);
    if (!covers.length) unmatched.push(r);
    for (const b of covers) resume(b, r);
    if (ET_CETERA.test(r.object) && covers.length) others.push({ r, covers });
  }
  // "参保登记、变更等经办业务…恢复": the rest of the list they were stopped with, when nothing else resumes them
  for (const { r, covers } of others)
    for (const b of businesses)
      if (!covers.includes(b) && b.domain === covers[0]!.domain && stoppedWith(b, covers))
        resume(b, r, '这句恢复列举「…等」业务，按同一句暂停的其余业务处理：请核对');
  for (const b of businesses) alongWith(b, businesses);
  return { resumptions, unmatched };
}

/**
 * "…暂停医保联网结算，异地就医直接结算同步暂停": what stopped along with the sentence's other
 * businesses resumes with them, when no resumption names it and they all resume at one moment.
 */
function alongWith(b: DraftBusiness, businesses: DraftBusiness[]): void {
  const w = b.windows[0];
  if (!w || w.resume_mode || b.windows.length > 1) return;
  const at = w.suspend_quote.indexOf(b.name);
  if (at < 0 || !/^[^，。；]{0,4}(同步|同时|一并|随之)(暂停|停止)/.test(w.suspend_quote.slice(at + b.name.length))) return;
  const leads = businesses.flatMap((c) =>
    c.windows.filter((x) => c !== b && x.suspend_quote === w.suspend_quote && x.suspend === w.suspend && x.resume_mode === 'date'),
  );
  if (!leads.length || leads.some((x) => x.resume !== leads[0]!.resume)) return;
  const { resume, resume_quote } = leads[0]!;
  Object.assign(w, { resume, resume_mode: 'date', resume_quote });
  w.doubt = [w.doubt, '公告未单独写它何时恢复，按同一句一起暂停的业务的恢复时间：请核对'].filter(Boolean).join('；');
}

/** "A、B等业务", "A等": the list goes on beyond its named items */
const ET_CETERA = /等(.{0,6}(业务|事项|服务))?$/;

/** Stopped by the same sentence as one of `covers`, and not resumed yet. */
const stoppedWith = (b: DraftBusiness, covers: DraftBusiness[]) =>
  b.windows.some((w) => !w.resume_mode && covers.some((c) => c.windows.some((x) => x.suspend_quote === w.suspend_quote && x.suspend === w.suspend)));

function resume(b: DraftBusiness, r: Stated, doubt?: string): void {
  const at = r.moment?.at;
  for (const w of b.windows) {
    if (w.resume_mode || (at && at <= w.suspend)) continue;
    Object.assign(w, { resume_mode: r.mode, resume_quote: r.quote }, at ? { resume: at } : {});
    const doubts = [w.doubt, r.moment?.doubt && `恢复时间：${r.moment.doubt}`, doubt];
    w.doubt = doubts.filter(Boolean).join('；') || undefined;
  }
}
