// Stop sentences → businesses with their windows. A sentence's moment ("12月14日24:00起")
// starts what its clauses stop; a section that gives its dates as labels ("暂停业务办理时间：
// …18时") gives them to the undated stop sentences under it, and its resume label resumes them.
import type { Domain, Facets } from '../knowledge/facets.ts';
import { LIST_LINE, type Sentence, splitClauses } from './blocks.ts';
import { cannotIn, underHeading } from './said-informally.ts';
import { domainOf, familyOf, ownKinds } from './classify.ts';
import { balancedName, type Item, itemsOf, withInclusions } from './items.ts';
import { bareMoment, bareResume, rangeIn, startingMoment, stoppingMoment } from './clause-times.ts';
import { paragraphLabel, sectionKey, sectionWindows, timetable } from './schedule.ts';
import type { DraftBusiness, DraftWindow } from './model.ts';
import { type LastDay, type Moment, momentsIn, withDays } from './moments.ts';
import {
  A_SYSTEM,
  ATTACHED_STOP,
  DENIED,
  NAME_NOISE,
  NOT_A_RESUME,
  NOT_A_STOP_AFTER,
  RESUME_LABEL,
  PERIOD,
  RESUME_VERB,
  STOP_LABEL,
  STOP_VERBS,
  UNAFFECTED,
} from './words.ts';

/** The stop verb of a clause and what follows it, when it stops something. */
export function stopIn(clause: string): { subject: string; object: string } | undefined {
  for (let i = 0; i < clause.length; i++) {
    const verb = STOP_VERBS.find((v) => clause.startsWith(v, i));
    if (!verb) continue;
    const after = clause.slice(i + verb.length).replace(/^(办理|受理)/, '');
    if (!after.trim() || NOT_A_STOP_AFTER.test(after) || DENIED.test(clause.slice(0, i))) {
      i += verb.length - 1;
      continue;
    }
    return { subject: clause.slice(0, i), object: after.trim() };
  }
  return undefined;
}

/** an object that is only ways of doing business (APP, 柜台, 渠道) */
const CHANNELS = /(渠道|平台|终端|APP|App|小程序|公众号)$/;

/** "以下业务：" before the list it introduces */
const LIST_INTRO = /^(以下|下列|如下)(各项)?(业务|事项|服务)?[:：]\s*/;

/** "在经办窗口", "通过线上渠道": where or how, never what is stopped */
const wayOnly = (domain: Domain, name: string) => /^(在|通过|到|经由)/.test(name) && Object.keys(domain.read(name)).every((k) => k === 'channel');

/** a business the notice says goes on ("…待遇按月发放不受影响") is never one it stops */
const notStopped = (domain: Domain, name: string) => name.length < 2 || UNAFFECTED.test(name) || wayOnly(domain, name);

const cleanName = (s: string) =>
  balancedName(s)
    .replace(NAME_NOISE, '')
    .replace(/^[，、：:\s]+|[，、：:\s]+$/g, '')
    .trim();

/**
 * An item of its own ("（四）…；同时暂停X"): its 同时/同步 is with its own stop, never with the item
 * before, unless it refers to that one ("（二）上述业务暂停期间，…同步暂停").
 */
const OWN_ITEM = /^\s*[（(][一二三四五六七八九十\d]+[）)](?!.*(上述|以上|前述|上列))/;
/** "…，省内和跨省异地就医直接结算同步暂停": the object before the verb, when it names a kind of business. */
function stopAtEnd(domain: Domain, clause: string, reference: string | undefined): { subject: string; object: string } | undefined {
  const m = /(暂停|停止|停办|关闭)(办理|受理|服务)?$/.exec(clause);
  if (!m || /各项|部分|陆续|有关/.test(clause) || DENIED.test(clause.slice(0, m.index))) return undefined;
  let object = clause.slice(0, m.index);
  for (const t of momentsIn(object, reference)) object = object.replace(t.words, '');
  object = object
    .replace(/[（(][^）)]*\d日[^）)]*[）)]/g, '') // "（20日零点）": the moment said again
    .replace(/^其中[^，。的]{0,8}的/, '') // "其中影响最大的医保刷卡结算"
    .replace(/(将|于|自|从|起|同步|同样|也|亦|均|一并|同时|开始|会|在|全部|全面|一律|统一|暂时|提前|推迟|延后|至|到)+$/, '')
    .replace(/^(将|于|自|从)/, '')
    .trim();
  const f = domain.read(object);
  return object.length >= 2 && (f.what || f.setting || f.where) ? { subject: '', object } : undefined;
}

/** "…，也就是定点医院和定点药店的联网结算，将从…起暂停": a verb with nothing before it stops what the clause before names. */
function namedBefore(domain: Domain, before: string | undefined, clause: string, reference: string | undefined) {
  const verb = /^(将|会|也|均|同步|一并)*(于|自|从|在)?$/;
  let rest = clause.replace(/(暂停|停止|停办)(办理|受理|服务)?$/, '');
  if (!before || rest === clause) return undefined;
  for (const m of momentsIn(rest, reference)) rest = rest.replace(m.words, '');
  rest = rest.replace(/[（(][^）)]*[）)]/g, '').replace(/(起|开始)$/, '');
  return verb.test(rest.trim()) ? stopAtEnd(domain, `${before.replace(/^(也就是|也即|亦即|就是|即)/, '')}暂停`, reference) : undefined;
}

export function readStops(domain: Domain, sentences: Sentence[], reference: string | undefined): DraftBusiness[] {
  const sections = sectionWindows(sentences, reference);
  const table = timetable(sentences, reference);
  const headed = new Set<string>(); // timetable labels that head a paragraph of what stops
  const found: DraftBusiness[] = [];
  const day: LastDay = {}; // "同一天下午5点半": the day of the moment before
  let listing: { para: number; section: string; window: DraftWindow; where: string } | undefined; // "暂停办理以下业务：A；B；C。"
  let previous: { para: number; section: string; text: string; window: DraftWindow } | undefined; // the last stop that stated its moment
  for (const s of sentences) {
    if (STOP_LABEL.test(s.text) || RESUME_LABEL.test(s.text) || table.lines.has(s.text)) continue;
    const listed =
      listing &&
      sectionKey(s) === listing.section &&
      (s.para === listing.para || (s.para === listing.para + 1 && LIST_LINE.test(s.paragraph) && s.paragraph.length <= 60));
    if (listing && listed && !stopIn(s.text) && !momentsIn(s.text, reference).length && !UNAFFECTED.test(s.text)) {
      listing.para = s.para;
      for (const item of itemsOf(domain, s.text.replace(LIST_LINE, '').replace(/[。；;]$/, ''))) {
        const name = cleanName(item.name);
        if (!notStopped(domain, name)) found.push(business(domain, name, `${name} ${listing.where}`, item, listing.where, undefined, { ...listing.window }));
      }
      if (s.text.endsWith('。')) listing = undefined; // the list's last item
      continue;
    }
    listing = undefined;
    let current: Moment | undefined;
    let until: Moment | undefined;
    let last: { subject: string; object: string } | undefined;
    const label = paragraphLabel(s.paragraph, table);
    const made: DraftWindow[] = []; // this sentence's windows, which a bare "…起恢复" after them resumes
    const written = splitClauses(s.text);
    let relativeFrom: number | undefined; // the clause of a start read from "同一天…", which no date of the sentence states
    const clauses = withDays(written, day, reference);
    for (const [at, clause] of clauses.entries()) {
      const range = rangeIn(clause, reference);
      if (range && PERIOD.test(clause.slice(0, range.from.index))) {
        [current, until] = [undefined, undefined]; // "集中缴费期为9月1日至12月31日": a period to act in, not a stop
        continue;
      }
      const starts = range?.from ?? startingMoment(clause, reference) ?? bareMoment(clause, reference) ?? stoppingMoment(clause, reference);
      if (starts) [current, until, relativeFrom] = [starts, range?.to, clause === written[at] ? undefined : at];
      else if (momentsIn(clause, reference).length && /前|截至|之前/.test(clause)) continue; // a deadline, not a stop
      // "…，以及定点医药机构实时联网结算": the list of the clause before goes on
      const continued =
        last && /^(以及|及|并|和|与)/.test(clause) && !stopIn(clause)
          ? { subject: last.subject, object: clause.replace(/^(以及|及|并|和|与)/, '') }
          : undefined;
      // "以上暂停的业务，涉及…APP、小程序等线上服务渠道": the ways of what the sentence stopped
      const via = !continued && !stopIn(clause) ? /涉及(.{2,80}?渠道)$/.exec(clause) : null;
      if (via) for (const b of found) if (made.includes(b.windows[0]!)) b.channels.push(cleanName(via[1]!));
      if (via) continue;
      // "将从A暂停至B": what stops is named up to the verb; "…也将暂停一晚": how long is no business
      const stopping = (range?.stopped ?? clause).replace(/(暂停|停止|关闭)(一晚|一夜|[一两半][天日]|[\d一二两三四五六七八九十]+个?(小时|天|日|晚))$/, '$1');
      const said =
        continued ??
        stopIn(stopping) ??
        stopAtEnd(domain, stopping, reference) ??
        namedBefore(domain, clauses[at - 1], stopping, reference) ??
        cannotIn(clause);
      const stop = said && underHeading(domain, s, said);
      if (!stop) {
        const back = made.length ? bareResume(clause, reference) : undefined;
        if (back)
          for (const w of made)
            if (!w.resume_mode && (!back.moment || back.moment.at > w.suspend))
              Object.assign(
                w,
                { resume_mode: back.mode, resume_quote: clause === written[at] ? s.text : written[at]! },
                back.moment ? { resume: back.moment.at } : {},
              );
        continue;
      }
      // "恢复此前暂停办理的…": a resumption, never a stop's quote
      if (RESUME_VERB.test(stop.subject) && !NOT_A_RESUME.test(stop.subject)) continue;
      last = stop;
      if (A_SYSTEM.test(stop.object)) continue;
      // "…的征收，银行柜台、“贵州税务”APP等各缴费渠道同步暂停": the ways to do what the sentence stopped, not a business
      const ways = CHANNELS.test(stop.object) ? found.filter((b) => made.includes(b.windows[0]!)) : [];
      if (ways.length) {
        for (const b of ways) b.channels.push(cleanName(stop.object));
        const names = splitNames(stop.object);
        ways[0]!.synonyms.push(...names.filter((n) => !ways[0]!.synonyms.includes(n)));
        continue;
      }
      let window: DraftWindow;
      if (current) {
        // the quote states the moment: the clauses from a relative day's to the verb, else the sentence
        const quote = relativeFrom === undefined ? s.text : span(s.text, written[relativeFrom]!, written[at]!);
        window = { suspend: current.at, suspend_quote: quote, doubt: current.doubt };
        if (until && until.at > current.at) Object.assign(window, { resume: until.at, resume_mode: 'date', resume_quote: quote });
        previous = { para: s.para, section: sectionKey(s), text: s.text, window };
      } else if (previous && (previous.para === s.para || (previous.section === sectionKey(s) && !OWN_ITEM.test(s.paragraph))) && ATTACHED_STOP.test(clause)) {
        // "…查询功能也一并暂停": no moment of its own, the moment of the stop it is attached to (quoted with it in one paragraph)
        const from = s.paragraph.indexOf(previous.text);
        const to = s.paragraph.indexOf(s.text, from);
        window = { ...previous.window, suspend_quote: from >= 0 && to > from ? s.paragraph.slice(from, to + s.text.length) : s.text };
      } else if (label) {
        window = table.windows.get(label)!;
        headed.add(label);
      } else if (sections.has(sectionKey(s))) window = sections.get(sectionKey(s))!;
      else continue;
      // "城乡居民：暂停办理…" names whom it is about; "全市税务、代征银行暂停…" where
      const subject = momentsIn(stop.subject, reference)
        .reduce((text, m) => text.replace(m.words, ''), stop.subject)
        .replace(LIST_LINE, '') // "四、…起暂停": the item's number names nothing
        .replace(/^[\s，,]*(起|开始|以后|之后)?[，,]?/, '');
      const audience = /[：:]\s*$/.test(subject) ? cleanName(subject) : undefined;
      const where = audience ? '' : cleanName(subject.replace(/(将|会|均|一律|同步|统一)$/, ''));
      const intro = LIST_INTRO.exec(stop.object);
      if (intro) listing = { para: s.para, section: sectionKey(s), window: { ...window }, where };
      if (intro) stop.object = stop.object.slice(intro[0].length);
      for (const item of withInclusions(domain, itemsOf(domain, stop.object))) {
        // an item that names neither where care happens nor elsewhere (异地就医备案 does) takes the place the clause names
        const generic = !item.facets.setting && !item.facets.where;
        const name = cleanName((audience ?? '') + (generic && where ? where.replace(/[（(][^）)]*[）)]/g, '') : '') + cleanName(item.name));
        if (notStopped(domain, name)) continue;
        const own = { ...window };
        made.push(own);
        // the channel's own names ("浙里办") are a synonym of the clause's first business only: shared, they name none
        const drafted = business(domain, name, `${name} ${where}`, item, where, audience, own);
        if (found.some((b) => b.windows[0]?.suspend_quote === s.text && b.channels[0] === where))
          drafted.synonyms = drafted.synonyms.filter((w) => !splitNames(where).includes(w));
        found.push(drafted);
      }
    }
  }
  // a timetable line that heads no paragraph names the business itself
  for (const [label, w] of table.windows)
    if (!headed.has(label)) found.push(business(domain, label, label, { name: label, words: [], facets: domain.read(label) }, '', undefined, { ...w }));
  return merge(found);
}

export function business(
  domain: Domain,
  name: string,
  text: string,
  item: Item,
  where: string,
  audience: string | undefined,
  window: DraftWindow,
): DraftBusiness {
  const place = where ? domain.read(where) : {};
  const facets: Facets = { ...ownKinds(domain, item.name, item.facets), ...(place.channel ? { channel: place.channel } : {}) };
  // 定点医疗机构、定点零售药店暂停医保联网结算; not care elsewhere (异地就医备案), which is no setting's
  if (!facets.setting && !facets.where && place.setting) facets.setting = place.setting;
  return {
    id: '',
    name,
    domain: domainOf(text),
    family: familyOf(text),
    ...(item.lent ? { lent: true } : {}),
    facets,
    synonyms: [...new Set([...item.words.map(cleanName), ...splitNames(where)].filter((w) => w.length >= 2 && w !== name))],
    audience,
    channels: where ? [where] : [],
    windows: [window],
    before: [],
    during: [],
    after: [],
    doubt: Object.keys(item.facets).length ? undefined : '未能归入共享的业务类别（_domain/kinds.yaml）：请补 facets',
  };
}

/** The words of `text` from clause `from` to the end of clause `to`. */
function span(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  return text.slice(start, text.indexOf(to, start) + to.length);
}

/** "“我的长沙”“智慧人社”等公共服务渠道" → 我的长沙, 智慧人社 (words citizens ask with). */
function splitNames(where: string): string[] {
  const quoted = [...where.matchAll(/[“"]([^”"]+)[”"]/g)].map((m) => m[1]!);
  return quoted.length ? quoted : [];
}

const bare = (name: string) => name.replace(/业务$/, '');
const kindsOf = (b: DraftBusiness) => JSON.stringify([b.facets.what, b.facets.where, b.facets.setting]);

/**
 * The same business stated twice (a news lead and the notice it retells): one business, the surer
 * window kept. Named in a bracket of another's ("（含跨省异地就医直接结算）") and then on its own
 * ("其中，跨省…提前至…起暂停"): its own statement holds.
 */
export function merge(list: DraftBusiness[]): DraftBusiness[] {
  const out: DraftBusiness[] = [];
  for (const b of list) {
    // lent and stated again in other words ("（含异地就医直接结算）", then "跨省异地就医直接结算于…提前暂停")
    const lender = out.find((x) => x.lent !== b.lent && kindsOf(x) === kindsOf(b) && (x.name.includes(b.name) || b.name.includes(x.name)));
    if (lender && !b.lent) out[out.indexOf(lender)] = b;
    if (lender) continue;
    const same = out.find((x) => bare(x.name) === bare(b.name));
    if (!same) {
      out.push(b);
      continue;
    }

    const w = b.windows[0]!;
    const twin = same.windows.find((x) => x.suspend === w.suspend);
    if (!twin) same.windows.push(w);
    else if (twin.doubt && !w.doubt) Object.assign(twin, w, { doubt: undefined });
  }
  return out;
}
