// A business's domain (医保, 社保, 工伤, 征收) and insurance family, from its words; and how
// well a text fits a business (for resumptions, steps, procedures and contact columns).
import type { Domain, Facets } from '../knowledge/facets.ts';
import type { DraftBusiness } from './model.ts';
import { DOMAINS, FAMILIES } from './words.ts';

export const domainOf = (text: string): string => DOMAINS.find((d) => d.words.test(text))!.domain;
export const familyOf = (text: string): string | undefined => FAMILIES.find((f) => f.words.test(text))?.family;

/**
 * "参保缴费查询功能" reads 缴费 and 查询: one name (no list) of several kinds of what is of the kind
 * its last business word names, as 缴费核定 is 核定 (the words before it say what it is about).
 */
export function ownKinds(domain: Domain, name: string, facets: Facets): Facets {
  if ((facets.what?.length ?? 0) < 2 || /[、，]/.test(name)) return facets;
  for (let i = name.length - 1; i > 0; i--) {
    const what = domain.read(name.slice(i)).what;
    if (what?.length) return { ...facets, what };
  }
  return facets;
}

const FIT_FACETS = ['what', 'setting', 'where', 'insurance', 'channel'] as const;

/**
 * How many facet values the text shares with the business; -1 when they contradict (another
 * family, or, when strict, a stated facet the business lacks; when 'stated', only a facet the
 * business states otherwise: "工伤就医结算" fits "工伤协议机构结算", which names no setting).
 */
export function fit(domain: Domain, text: string, b: DraftBusiness, strict: boolean | 'stated' = false): number {
  const f: Facets = domain.read(text);
  const family = familyOf(text);
  if (family && b.family && family !== b.family) return -1;
  let score = !strict && b.domain !== '医保' && domainOf(text) === b.domain ? 1 : 0; // 工伤就医 is the 工伤 business's
  for (const k of FIT_FACETS) {
    const asked = f[k] ?? [];
    if (!asked.length) continue;
    const own = b.facets[k] ?? [];
    const shared = asked.filter((v) => own.includes(v)).length;
    if (strict && k !== 'insurance' && k !== 'channel' && !shared && (strict === true || own.length)) return -1;
    score += shared;
  }
  return score;
}

/** The text names the business: its name, or one of its own words ("零星报销" of "经办机构零星报销等经办业务"). */
export function namedIn(text: string, b: DraftBusiness): boolean {
  if (b.name && text.includes(b.name)) return true;
  const words = [b.name, ...b.synonyms].flatMap((w) => w.split(/[、（）()]/)).map((w) => w.replace(/等.*$|业务$/, ''));
  return words.some((w) => w.length >= 3 && text.includes(w));
}

/** The business a text is most about, if one fits better than the others. */
export function bestFit(domain: Domain, text: string, businesses: DraftBusiness[]): { business?: DraftBusiness; sure: boolean } {
  const scored = businesses.map((b) => ({ b, s: fit(domain, text, b) + (namedIn(text, b) ? 3 : 0) })).filter((x) => x.s > 0);
  scored.sort((a, b) => b.s - a.s);
  if (!scored.length) return { sure: false };
  // a tie between businesses of the same windows changes no answer about when
  const when = (b: DraftBusiness) => JSON.stringify(b.windows.map((w) => [w.suspend, w.resume, w.resume_mode]));
  const tied = scored.filter((x) => x.s === scored[0]!.s);
  return { business: scored[0]!.b, sure: tied.length === 1 || tied.every((x) => when(x.b) === when(scored[0]!.b) && x.b.windows.length > 0) };
}
