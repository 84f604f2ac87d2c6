// Phone numbers from the notices' contact tables: by unit (city centre or
// district) and business. A blank cell stays blank: we say so and point to the
// city centre's number for that business instead of inventing one.
import type { Business, City, Contact, Place } from '../knowledge/model.ts';
import type { Retriever } from '../retrieve/index.ts';
import type { Lexicon } from '../text/tokenize.ts';
import type { Understanding } from '../understand/index.ts';
import type { SourceList } from './sources.ts';
import { contacts as W } from './wording/index.ts';

export function formatPhones(c: Contact): string {
  return c.phones
    .map((p) => {
      const area = c.area_code && !p.number.startsWith(c.area_code) ? W.areaCode(c.area_code) : undefined;
      const notes = [...new Set([p.note, area].filter(Boolean))];
      return `${p.number}${notes.length ? `（${notes.join('，')}）` : ''}`;
    })
    .join('、');
}

/** each city's contacts, gathered once per knowledge load (a reply reads them several times per line) */
const gathered = new WeakMap<City, Contact[]>();
const contactsOf = (city: City): Contact[] => {
  let all = gathered.get(city);
  if (!all) gathered.set(city, (all = city.notices.flatMap((n) => n.contacts)));
  return all;
};

/** A line's label when it tells the line apart: a business's column, or one of several lines of the same unit in the city's table (咨询电话, 监督电话). */
export function labelOf(c: Contact, city: City): string | undefined {
  return c.topic !== 'general' || contactsOf(city).some((o) => o.unit === c.unit && o.label !== c.label) ? c.label : undefined;
}

/** The lines whose label the question names (投诉 → 监督电话), or all of them when it names none or no line has it. */
function asLabelled(cells: Contact[], asked: string[] | undefined, lexicon: Lexicon | undefined): Contact[] {
  if (!asked?.length || !lexicon) return cells;
  const named = cells.filter((c) => lexicon.tokenize(c.label).some((t) => t !== PHONE && asked.includes(t)));
  return named.length ? named : cells;
}

/** the concept of the words for a phone number itself (电话, 咨询电话): every label holds it */
const PHONE = '@phone';

function cite(_city: City, c: Contact, sources: SourceList): void {
  sources.add(c.notice, c.quote);
}

/** City-level lines for a business (or the general lines when it has none, those of its domain first: `domain.of` read with `domain.lexicon`). */
export function cityLevelContacts(city: City, topic?: string, domain?: { of: string; lexicon: Lexicon }): Contact[] {
  const all = contactsOf(city).filter((c) => c.level === 'city' && c.phones.length);
  const exact = topic ? all.filter((c) => c.topic === topic) : [];
  if (exact.length) return exact;
  const general = all.filter((c) => c.topic === 'general');
  const concepts = domain ? domain.lexicon.extractConcepts(domain.of).concepts : [];
  const sameDomain = domain ? general.filter((c) => domain.lexicon.extractConcepts(c.label + c.unit).concepts.some((x) => concepts.includes(x))) : [];
  if (sameDomain.length) return sameDomain;
  return general.length ? general : topic ? [] : all;
}

/** One short "咨询电话" line for a reply about a business. */
export function contactLine(city: City, business: Business | undefined, sources: SourceList, lexicon?: Lexicon): string {
  let list = cityLevelContacts(city, business?.id, business && lexicon && { of: `${business.domain}${business.name}`, lexicon });
  if (!list.length) list = cityLevelContacts(city).slice(0, 2);
  if (!list.length) return '';
  list.forEach((c) => cite(city, c, sources));
  return W.contactLine(list.map((c) => W.contactEntry(c.unit, labelOf(c, city), formatPhones(c))));
}

/** Businesses of a city that have a column in its contacts table. */
export function contactTopics(city: City): Set<string> {
  return new Set(
    contactsOf(city)
      .map((c) => c.topic)
      .filter((t) => t !== 'general'),
  );
}

export interface ContactQuery {
  city: City;
  district?: Place;
  /** the business asked about, if one was recognised */
  business?: Business;
  /** the question names the city-level unit */
  cityUnit: boolean;
  /** the question's content tokens and the lexicon that read them: which line of a unit it names (投诉 is the 监督电话 line) */
  asked?: { tokens: string[]; lexicon: Lexicon };
}

/** The reply lines for "…电话" questions. */
export function contactLines(q: ContactQuery, sources: SourceList): string[] {
  const { city, district, business } = q;
  const all = contactsOf(city);
  const labelled = (cells: Contact[]) => asLabelled(cells, q.asked?.tokens, q.asked?.lexicon);
  const where = district ? `${city.name}·${district.name}` : city.name;
  const topic = business && contactTopics(city).has(business.id) ? business.id : undefined;

  if (district && !q.cityUnit) {
    const row = all.filter((c) => c.unit === district.name);
    if (!row.length) {
      const fallback = labelled(cityLevelContacts(city, topic));
      fallback.forEach((c) => cite(city, c, sources));
      return [W.noDistrictRow(district.name), ...fallback.map((c) => W.unitPhones(c.unit, labelOf(c, city), formatPhones(c)))];
    }
    const cells = topic ? row.filter((c) => c.topic === topic) : row;
    const lines: string[] = [];
    for (const c of labelled(cells.length ? cells : row)) {
      cite(city, c, sources);
      if (c.phones.length) {
        lines.push(W.cellPhones(where, c.label, formatPhones(c)));
        continue;
      }
      lines.push(W.emptyCell(where, c.label));
      const centre = cityLevelContacts(city, c.topic);
      centre.forEach((x) => cite(city, x, sources));
      if (centre.length) lines.push(W.centreInstead(centre.map((x) => W.centreEntry(x.unit, x.label, formatPhones(x)))));
    }
    return lines;
  }

  let centre = all.filter((c) => c.level === 'city' && (!topic || c.topic === topic));
  // a notice that lists only district numbers: show those rather than nothing
  if (!centre.length && !all.some((c) => c.level === 'city')) centre = all.filter((c) => !topic || c.topic === topic).slice(0, 12);
  centre = labelled(centre);
  const lines = centre.map((c) => {
    cite(city, c, sources);
    return W.unitPhones(c.unit, labelOf(c, city), c.phones.length ? formatPhones(c) : W.EMPTY_IN_TABLE);
  });
  if (topic && !q.cityUnit && centre.some((c) => c.level === 'city')) {
    const districts = all.filter((c) => c.level === 'district' && c.topic === topic);
    if (districts.length) {
      lines.push(W.districtsHead(business!.name.split('（')[0]!));
      for (const c of districts) {
        cite(city, c, sources);
        lines.push(W.districtRow(c.unit, c.phones.length ? formatPhones(c) : W.EMPTY_CELL));
      }
    }
  } else if (!topic && all.some((c) => c.level === 'district') && centre.some((c) => c.level === 'city')) {
    const example = all.find((c) => c.level === 'district')!;
    lines.push(W.nameTheDistrict(`${example.unit}${example.label}`));
  }
  if (!lines.length) return [W.noContacts(city.name)];
  return [W.contactsHead(city.name), ...lines];
}

/**
 * Which column of the contacts table a question means: the column header's own
 * words first (费用结算, 医疗异地备案 …), then the best retrieval match that has a column.
 */
export function contactBusiness(u: Understanding, city: City, retriever: Retriever, lexicon: Lexicon): Business | undefined {
  if (!u.topicTokens.length) return undefined;
  const topics = contactTopics(city);
  const businesses = city.notices.flatMap((n) => n.businesses).filter((b) => topics.has(b.id));
  const asked = new Set(u.topicTokens);
  let best: { b: Business; overlap: number } | undefined;
  for (const b of businesses) {
    const labels = contactsOf(city)
      .filter((c) => c.topic === b.id)
      .map((c) => c.label);
    const overlap = new Set(lexicon.tokenize([...new Set(labels)].join(' ')).filter((t) => asked.has(t))).size;
    if (overlap > (best?.overlap ?? 0)) best = { b, overlap };
  }
  if (best) return best.b;
  const hit = retriever.search(u.topic, [city]).find((c) => c.kind === 'business' && topics.has(c.business.id) && c.coverage > 0);
  return hit?.kind === 'business' ? hit.business : undefined;
}

/** The reply lines for a "…电话" question about these cities: each city's, after a word when the district it names is several cities' (高新区). */
export function contactReplyLines(u: Understanding, cities: City[], retriever: Retriever, lexicon: Lexicon, sources: SourceList): string[] {
  const lines: string[] = [];
  const named = new Set(u.places.filter((p) => p.district).map((p) => p.matched));
  if (named.size === 1 && cities.length > 1 && u.places.every((p) => p.district))
    lines.push(
      W.sameDistrictName(
        [...named][0]!,
        cities.map((c) => c.name),
      ),
    );
  const asked = { tokens: u.topicTokens, lexicon };
  for (const city of cities) {
    const district = u.places.find((p) => p.city === city)?.district;
    lines.push(...contactLines({ city, district, business: contactBusiness(u, city, retriever, lexicon), cityUnit: u.cityUnit, asked }, sources));
  }
  return lines;
}
