// Stop sentences → businesses with their windows. A sentence's moment ("12月14日24:00起")
// starts what its clauses stop; a section that gives its dates as labels ("暂停业务办理时间：
// …18时") gives them to the undated stop sentences under it, and its resume label resumes them.
import type { Domain, Facets } from '../knowledge/facets.ts';
import { type Sentence, splitClauses } from './blocks.ts';
import { domainOf, familyOf } from './classify.ts';
import { itemsOf } from './items.ts';
import type { DraftBusiness, DraftWindow } from './model.ts';
import { type Moment, momentsIn } from './moments.ts';
import { A_SYSTEM, NAME_NOISE, NOT_A_STOP_AFTER, RESUME_LABEL, STOP_LABEL, STOP_VERBS } from './words.ts';

interface Label {
  moment: Moment;
  quote: string;
}

/** A moment that starts something: "…17:30起", "自…开始", "从…起". */
export function startingMoment(clause: string, reference: string | undefined): Moment | undefined {
  return momentsIn(clause, reference).find((m) => /^\s*(起|开始|始)/.test(clause.slice(m.index + m.words.length)));
}

const sectionKey = (s: Sentence) => s.headings.join('\u0001');

/** The dates a section states as labels (暂停…时间：date / 恢复…时间：date). */
function sectionLabels(sentences: Sentence[], reference: string | undefined): Map<string, { stop?: Label; resume?: Label }> {
  const labels = new Map<string, { stop?: Label; resume?: Label }>();
  for (const s of sentences) {
    const m = momentsIn(s.text, reference)[0];
    if (!m) continue;
    const entry = labels.get(sectionKey(s)) ?? {};
    if (STOP_LABEL.test(s.text) && !entry.stop) entry.stop = { moment: m, quote: s.text };
    else if (RESUME_LABEL.test(s.text) && !entry.resume) entry.resume = { moment: m, quote: s.text };
    labels.set(sectionKey(s), entry);
  }
  return labels;
}

/** The stop verb of a clause and what follows it, when it stops something. */
export function stopIn(clause: string): { subject: string; object: string } | undefined {
  for (let i = 0; i < clause.length; i++) {
    const verb = STOP_VERBS.find((v) => clause.startsWith(v, i));
    if (!verb) continue;
    const after = clause.slice(i + verb.length).replace(/^(办理|受理)/, '');
    if (!after.trim() || NOT_A_STOP_AFTER.test(after)) {
      i += verb.length - 1;
      continue;
    }
    return { subject: clause.slice(0, i), object: after.trim() };
  }
  return undefined;
}

const cleanName = (s: string) => s.replace(NAME_NOISE, '').replace(/^[，、：:\s]+|[，、：:\s]+$/g, '').trim();

export function readStops(domain: Domain, sentences: Sentence[], reference: string | undefined): DraftBusiness[] {
  const labels = sectionLabels(sentences, reference);
  const found: DraftBusiness[] = [];
  for (const s of sentences) {
    if (STOP_LABEL.test(s.text) || RESUME_LABEL.test(s.text)) continue;
    let current: Moment | undefined;
    const label = labels.get(sectionKey(s));
    let last: { subject: string; object: string } | undefined;
    for (const clause of splitClauses(s.text)) {
      const starts = startingMoment(clause, reference);
      if (starts) current = starts;
      else if (momentsIn(clause, reference).length && /前|截至|之前/.test(clause)) continue; // a deadline, not a stop
      // "…，以及定点医药机构实时联网结算": the list of the clause before goes on
      const continued = last && /^(以及|及|并|和|与)/.test(clause) && !stopIn(clause) ? { subject: last.subject, object: clause.replace(/^(以及|及|并|和|与)/, '') } : undefined;
      const stop = continued ?? stopIn(clause);
      last = stop ?? last;
      if (!stop || A_SYSTEM.test(stop.object)) continue;
      let window: DraftWindow;
      if (current) window = { suspend: current.at, suspend_quote: s.text, doubt: current.doubt };
      else if (label?.stop) {
        window = { suspend: label.stop.moment.at, suspend_quote: label.stop.quote, doubt: label.stop.moment.doubt };
        if (label.resume) Object.assign(window, { resume: label.resume.moment.at, resume_mode: 'date', resume_quote: label.resume.quote });
      } else continue;
      // "城乡居民：暂停办理…" names whom it is about; "全市税务、代征银行暂停…" where
      const subject = stop.subject.replace(starts ? starts.words : /$^/, '').replace(/^[\s，,]*(起|开始)?[，,]?/, '');
      const audience = /[：:]\s*$/.test(subject) ? cleanName(subject) : undefined;
      const where = audience ? '' : cleanName(subject.replace(/(将|会|均|一律|同步|统一)$/, ''));
      for (const item of itemsOf(domain, stop.object)) {
        const generic = !item.facets.setting;
        const name = cleanName((audience ?? '') + (generic && where ? where : '') + cleanName(item.name));
        if (name.length < 2) continue;
        const text = `${name} ${where}`;
        found.push({
          id: '',
          name,
          domain: domainOf(text),
          family: familyOf(text),
          facets: { ...item.facets, ...channelFacets(domain, where) },
          synonyms: [...new Set([...item.words.map(cleanName), ...splitNames(where)].filter((w) => w.length >= 2 && w !== name))],
          audience,
          channels: where ? [where] : [],
          windows: [{ ...window }],
          before: [],
          during: [],
          after: [],
          doubt: Object.keys(item.facets).length ? undefined : '未能归入共享的业务类别（_domain/kinds.yaml）：请补 facets',
        });
      }
    }
  }
  return merge(found);
}

function channelFacets(domain: Domain, where: string): Facets {
  const channel = where ? domain.read(where).channel : undefined;
  return channel ? { channel } : {};
}

/** "“我的长沙”“智慧人社”等公共服务渠道" → 我的长沙, 智慧人社 (words citizens ask with). */
function splitNames(where: string): string[] {
  const quoted = [...where.matchAll(/[“"]([^”"]+)[”"]/g)].map((m) => m[1]!);
  return quoted.length ? quoted : [];
}

/** The same business stated twice (a news lead and the notice it retells): one business, the surer window kept. */
function merge(list: DraftBusiness[]): DraftBusiness[] {
  const out: DraftBusiness[] = [];
  for (const b of list) {
    const same = out.find((x) => x.name === b.name);
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
