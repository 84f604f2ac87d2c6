// "6月9日22:00起，定点医疗机构和药店暂停医保结算。本地就医刷卡结算6月12日8:00恢复，异地就医直接
//结算6月14日8:00恢复": a stop of settlement at the places of care stops the direct settlement of
// those insured elsewhere (异地) at them too. When the notice resumes the two apart, each is a
// business of its own with its own resumption: 本地 is the places' own settlement (read without
// the word, which no local setting states), and 异地 settlement is drafted from the stop.
import type { Domain } from '../knowledge/facets.ts';
import type { DraftBusiness } from './model.ts';
import { named, type Stated } from './stated.ts';

/** the words that say "care here", which every local setting already means */
const HERE = /本地|本市|市内|当地/g;

/** Resumptions of 本地 settlement read without 本地, so that they fit the settings they name. */
export function hereUnsaid(domain: Domain, stated: Stated[]): Stated[] {
  return stated.map((r) => {
    const f = domain.read(r.object);
    const bare = r.object.replace(HERE, '');
    return f.where?.length === 1 && f.where[0] === '本地' && bare.length >= 2 && !domain.read(bare).where ? { ...r, object: bare } : r;
  });
}

/** settlement, or care named with no other kind of business ("本地就医", "异地就医"), which is settled there */
const isSettlement = (domain: Domain, text: string) => {
  const f = domain.read(text);
  return f.what ? f.what.includes('结算') : !!(f.setting?.length || f.where?.length);
};
const elsewhere = (domain: Domain, text: string) => domain.read(text).where?.includes('异地') ?? false;

/**
 * A business of 异地 direct settlement for each resumption that names one no stop named, stopped with the
 * places' settlement, when the same sentence resumes the places' own settlement at another moment (else
 * such a resumption stays to review: it may be a business the notice stops elsewhere).
 */
export function settlementElsewhere(domain: Domain, businesses: DraftBusiness[], stated: Stated[]): DraftBusiness[] {
  const added: DraftBusiness[] = [];
  if (businesses.some((b) => b.facets.what?.includes('结算') && b.facets.where?.includes('异地'))) return added;
  // the places' settlement: stopped at a setting, for no one elsewhere, not resumed by its stop sentence
  const local = businesses.find((b) => b.facets.what?.includes('结算') && b.facets.setting?.length && !b.facets.where?.length && b.windows.length === 1);
  if (!local) return added;
  for (const r of stated) {
    const name = named(r.object).trim();
    if (!isSettlement(domain, name) || !elsewhere(domain, name) || added.some((b) => b.name === name)) continue;
    // only when the same sentence resumes the places' own settlement at another moment: the two are told apart there
    const apart = stated.some(
      (o) => o !== r && o.quote === r.quote && isSettlement(domain, o.object) && !elsewhere(domain, o.object) && o.moment?.at !== r.moment?.at,
    );
    if (!apart) continue;
    const w = local.windows[0]!;
    added.push({
      ...local,
      id: '',
      name,
      facets: { what: ['结算'], where: ['异地'] },
      synonyms: [],
      channels: [...local.channels],
      windows: [
        {
          suspend: w.suspend,
          suspend_quote: w.suspend_quote,
          doubt: [w.doubt, `公告只在恢复时单独说到「${name}」：按「${local.name}」的暂停读出，请核对`].filter(Boolean).join('；'),
        },
      ],
      before: [],
      during: [],
      after: [],
      doubt: undefined,
    });
  }
  return added;
}
