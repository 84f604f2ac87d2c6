// One stop that resumes in phases by setting: "暂停定点医疗机构…联网结算" (门诊 and 住院 together),
// then "12月1日起恢复门诊和药店结算；12月6日起恢复住院结算". The business is split by setting
// before the resumptions attach, so that each setting keeps its own phase.
import type { Domain } from '../knowledge/facets.ts';
import { domainOf } from './classify.ts';
import { itemsOf, listParts, mergeFacets, scrap } from './items.ts';
import type { DraftBusiness } from './model.ts';
import { isBlanket, named, namesPart, placeFree, type Stated } from './stated.ts';
import { ET_CETERA } from './words.ts';

export function splitByPhase(domain: Domain, businesses: DraftBusiness[], stated: Stated[]): DraftBusiness[] {
  return businesses.flatMap((b) => {
    const own = b.facets.setting ?? [];
    if (own.length < 2 || b.windows.length !== 1 || b.windows[0]!.resume_mode) return [b];
    const phaseOf = new Map<string, string>(); // setting → the moment it resumes at
    for (const r of stated) {
      if (r.mode !== 'date' || !r.moment || isBlanket(domain, r.object) || domainOf(r.object) !== b.domain) continue;
      const f = domain.read(placeFree(domain, r.object));
      if (f.what?.length && !f.what.some((w) => b.facets.what?.includes(w))) continue;
      const named = own.filter((s) => f.setting?.includes(s));
      if (!named.length || named.length === own.length) continue;
      for (const s of named) if (!phaseOf.has(s)) phaseOf.set(s, r.moment.at);
    }
    if (new Set(phaseOf.values()).size < 2) return [b];
    return own.map((s) => ({
      ...b,
      name: `${b.name}（${s}）`,
      facets: { ...b.facets, setting: [s] },
      synonyms: [...b.synonyms],
      channels: [...b.channels],
      windows: [{ ...b.windows[0]!, doubt: [b.windows[0]!.doubt, `公告分阶段恢复：按「${s}」拆出，请核对`].filter(Boolean).join('；') }],
      before: [],
      during: [],
      after: [],
    }));
  });
}

/**
 * "暂停…零星报销、生育津贴申领" kept as one business (one kind), then "生育津贴6月14日起恢复" and
 * "手工报销6月13日起恢复": a list whose parts a resumption names apart, at another moment, is split
 * into one business per moment. The parts a resumption does not name stay together; those of a
 * resumption that goes on with "等" ("参保登记等业务…恢复") resume with it; and a part that is no
 * business name on its own ("变更", "停保") stays with the part before it.
 */
export function splitByName(domain: Domain, businesses: DraftBusiness[], stated: Stated[]): DraftBusiness[] {
  const dated = stated.filter((r) => r.mode === 'date' && r.moment && !isBlanket(domain, r.object));
  return businesses.flatMap((b) => {
    const parts = listParts(b.name, /^、/);
    // a window already resumed is split only by a 补充通知 that moves a part's moment
    if (parts.length < 2 || b.windows.length !== 1 || (b.windows[0]!.resume_mode && !dated.some((r) => r.revised))) return [b];
    const naming = (part: string) =>
      dated.find((r) => itemsOf(domain, named(r.object)).some((i) => [i.name, ...i.words].some((w) => namesPart(named(w), part))));
    const namers = parts.map(naming);
    const goesOn = namers.find((r) => r && ET_CETERA.test(r.object));
    const phases = namers.map((r) => r?.moment?.at ?? goesOn?.moment?.at ?? 'unnamed');
    if (!phases.some((p) => p !== 'unnamed') || new Set(phases).size < 2) return [b];
    const groups = new Map<string, string[]>();
    parts.forEach((part, i) => {
      const phase = scrap(domain, part) && i > 0 ? phases[i - 1]! : phases[i]!;
      phases[i] = phase;
      groups.set(phase, [...(groups.get(phase) ?? []), part]);
    });
    if (groups.size < 2) return [b];
    return [...groups.values()].map((group) => {
      const name = group.join('、');
      return {
        ...b,
        name,
        facets: { ...mergeFacets(group.map((p) => domain.read(p))), ...(b.facets.channel ? { channel: b.facets.channel } : {}) },
        synonyms: b.synonyms.filter((w) => w !== name),
        channels: [...b.channels],
        windows: [{ ...b.windows[0]! }],
        before: [],
        during: [],
        after: [],
      };
    });
  });
}
