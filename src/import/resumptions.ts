// Resumptions → the businesses they name. A resumption of named businesses is written into their
// windows; a blanket one ("其他医保经办业务逐步恢复", "恢复各项医保业务") becomes a notice-level
// resumption of its whole domain, "除…外" kept as its exceptions.
import type { Domain } from '../knowledge/facets.ts';
import { domainOf, familyOf, fit } from './classify.ts';
import { itemsOf, listParts } from './items.ts';
import type { DraftBusiness, DraftResumption } from './model.ts';
import { isBlanket, itemsReferred, named, namesPart, placeFree, type Stated } from './stated.ts';
import { BLANKET, ET_CETERA } from './words.ts';

/** a blanket object that says whose businesses it resumes (医保, 社保, 征收…) */
const NAMES_A_DOMAIN = /医保|医疗|生育|社保|社会保险|养老|失业|工伤|征收|征缴|缴费|税务/;
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
      const except = businesses.filter((b) => r.except.some((e) => excepted(domain, e, b, stated))).map((b) => b.id);
      for (const covers of domains) {
        if (!businesses.some((b) => b.domain === covers)) continue;
        if (resumptions.some((x) => x.covers === covers && x.mode === r.mode && x.at === at)) continue;
        resumptions.push({ at, mode: r.mode, quote: r.quote, covers, except, doubt: r.moment?.doubt });
      }
      continue;
    }
    // a moved moment is for what it names in its own words (attached above), never for a kind
    if (r.revised) {
      if (!businesses.some((b) => b.windows.some((w) => w.resume_quote === r.quote))) unmatched.push(r);
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
  for (const b of businesses) alongWith(b, businesses) || withItsKind(b, businesses);
  return { resumptions, unmatched };
}

/**
 * "…暂停医保联网结算，异地就医直接结算同步暂停": what stopped along with the sentence's other
 * businesses resumes with them, when no resumption names it and they all resume at one moment.
 */
function alongWith(b: DraftBusiness, businesses: DraftBusiness[]): boolean {
  const w = b.windows[0];
  if (!w || w.resume_mode || b.windows.length > 1) return false;
  const at = w.suspend_quote.indexOf(b.name);
  if (at < 0 || !/^[^，。；]{0,4}(同步|同时|一并|随之)(暂停|停止)/.test(w.suspend_quote.slice(at + b.name.length))) return false;
  const leads = businesses.flatMap((c) =>
    c.windows.filter((x) => c !== b && x.suspend_quote === w.suspend_quote && x.suspend === w.suspend && x.resume_mode === 'date'),
  );
  if (!leads.length || leads.some((x) => x.resume !== leads[0]!.resume)) return false;
  const { resume, resume_quote } = leads[0]!;
  Object.assign(w, { resume, resume_mode: 'date', resume_quote });
  w.doubt = [w.doubt, '公告未单独写它何时恢复，按同一句一起暂停的业务的恢复时间：请核对'].filter(Boolean).join('；');
  return true;
}

/**
 * "暂停普通门诊、门诊慢特病及住院医疗费用医保联网结算" resumed as "门诊、住院医保联网结算…于…起恢复":
 * a business no resumption names takes the one moment every business of its kind (结算) stopped in
 * the same sentence resumes at, by one resumption; the editor checks it.
 */
function withItsKind(b: DraftBusiness, businesses: DraftBusiness[]): void {
  const w = b.windows[0];
  const what = b.facets.what ?? [];
  if (!w || w.resume_mode || b.windows.length > 1 || !what.length) return;
  const kin = businesses.flatMap((c) =>
    c === b || !(c.facets.what ?? []).some((x) => what.includes(x))
      ? []
      : c.windows.filter((x) => x.suspend_quote === w.suspend_quote && x.suspend === w.suspend && x.resume_mode === 'date'),
  );
  if (kin.length < 2 || kin.some((x) => x.resume !== kin[0]!.resume || x.resume_quote !== kin[0]!.resume_quote)) return;
  const { resume, resume_quote } = kin[0]!;
  Object.assign(w, { resume, resume_mode: 'date', resume_quote });
  w.doubt = [w.doubt, '恢复的一句未写它的名称，按同一句暂停的同类业务的恢复时间：请核对'].filter(Boolean).join('；');
}

/** An exception of a blanket resumption names the business, or refers to the items that resumed it ("第（一）至（三）项所列业务"). */
function excepted(domain: Domain, exception: string, b: DraftBusiness, stated: Stated[]): boolean {
  const items = itemsReferred(exception);
  if (!items) return fit(domain, exception, b, true) > 0 || b.name.includes(exception) || exception.includes(b.name);
  const quotes = new Set(stated.filter((r) => r.item !== undefined && items.includes(r.item)).map((r) => r.quote));
  return b.windows.some((w) => w.resume_quote !== undefined && quotes.has(w.resume_quote));
}

/** Stopped by the same sentence as one of `covers`, and not resumed yet. */
const stoppedWith = (b: DraftBusiness, covers: DraftBusiness[]) =>
  b.windows.some((w) => !w.resume_mode && covers.some((c) => c.windows.some((x) => x.suspend_quote === w.suspend_quote && x.suspend === w.suspend)));

function resume(b: DraftBusiness, r: Stated, doubt?: string): void {
  const at = r.moment?.at;
  for (const w of b.windows) {
    if ((w.resume_mode && !(r.revised && w.resume_quote !== r.quote)) || (at && at <= w.suspend)) continue;
    if (r.revised) doubt = [doubt, `恢复时间经「${r.quote}」调整，原为：${w.resume_quote ?? '未写明'}`].filter(Boolean).join('；');
    Object.assign(w, { resume_mode: r.mode, resume_quote: r.quote }, at ? { resume: at } : {});
    const doubts = [w.doubt, r.moment?.doubt && `恢复时间：${r.moment.doubt}`, doubt];
    w.doubt = doubts.filter(Boolean).join('；') || undefined;
  }
}
