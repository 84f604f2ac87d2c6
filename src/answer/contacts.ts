// Phone numbers from the notices' contact tables: by unit (city centre or
// district) and business. A blank cell stays blank: we say so and point to the
// city centre's number for that business instead of inventing one.
import type { Domain } from '../knowledge/facets.ts';
import type { Business, City, Contact, Place } from '../knowledge/model.ts';
import { unitNamesPlace } from '../knowledge/lookup.ts';
import type { Entry, Retriever } from '../retrieve/index.ts';
import type { Lexicon } from '../text/tokenize.ts';
import type { Understanding } from '../understand/index.ts';
import { HOURS_CUE } from '../understand/lexicon.ts';
import { type ColumnsOf, columnSubjects, namedColumnCells } from './contact-columns.ts';
import { businessesWithColumn, columnWords, contactsOf, contactTopics } from './contact-cells.ts';
import { ofUnitNamed } from './contact-units.ts';
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

/** One line per cell: a column that covers several businesses (topic: [a, b]) is one contact per business, shown once. */
function distinct(cs: Contact[]): Contact[] {
  const seen = new Set<string>();
  return cs.filter((c) => {
    const key = `${c.unit}\n${c.label}\n${c.quote}\n${c.phones.map((p) => p.number).join()}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

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

/** the concepts of the two domains (医保, 社保): "医保服务热线" is the 医保 line of a city that has one of each */
const DOMAINS = ['@medins', '@socins'];

/** The lines of the one domain the question names, when some lines are of it and others not. */
function ofDomainAsked(cells: Contact[], asked: ContactQuery['asked']): Contact[] {
  const said = asked?.text ? asked.lexicon.extractConcepts(asked.text).concepts : [];
  const named = DOMAINS.filter((d) => said.includes(d));
  if (named.length !== 1 || !asked) return cells;
  const of = cells.filter((c) => conceptsOfLine(c, asked.lexicon).includes(named[0]!));
  return of.length ? of : cells;
}

/** the concept of a line for complaints (监督电话, 举报电话): no business's line, unless asked for */
const SUPERVISE = '@supervise';

/** The lines less those for complaints (when others remain): a question about a business is no complaint. */
function notForComplaints(cells: Contact[], lexicon: Lexicon | undefined, asked?: string[]): Contact[] {
  if (!lexicon || asked?.includes(SUPERVISE)) return cells;
  const kept = cells.filter((c) => !conceptsOfLine(c, lexicon).includes(SUPERVISE));
  return kept.length ? kept : cells;
}

/** the concept of the words for a phone number itself (电话, 咨询电话): every label holds it */
const PHONE = '@phone';

export function cite(_city: City, c: Contact, sources: SourceList): void {
  sources.add(c.notice, c.quote);
}

/** City-level lines for a business (or the general lines when it has none, those of its domain first: `domain.of` read with `domain.lexicon`). */
export function cityLevelContacts(city: City, topic?: string, domain?: { of: string; lexicon: Lexicon }): Contact[] {
  const all = cityLevelOf(city);
  const exact = topic ? all.filter((c) => c.topic === topic) : [];
  if (exact.length) return exact;
  const general = notForComplaints(
    all.filter((c) => c.topic === 'general'),
    domain?.lexicon,
  );
  const concepts = domain ? domain.lexicon.extractConcepts(domain.of).concepts : [];
  const sameDomain = domain ? general.filter((c) => conceptsOfLine(c, domain.lexicon).some((x) => concepts.includes(x))) : [];
  if (sameDomain.length) return sameDomain;
  return general.length ? general : topic ? [] : [...all];
}

/** each city's city-level lines with a number, once per knowledge load (two or three replies' lines read them) */
const cityLevel = new WeakMap<City, Contact[]>();
function cityLevelOf(city: City): Contact[] {
  let all = cityLevel.get(city);
  if (!all) cityLevel.set(city, (all = distinct(contactsOf(city)).filter((c) => c.level === 'city' && c.phones.length > 0)));
  return all;
}

/** the concepts of a line's label and unit, read once per lexicon (each knowledge load has its own) */
const lineConcepts = new WeakMap<Lexicon, WeakMap<Contact, string[]>>();
function conceptsOfLine(c: Contact, lexicon: Lexicon): string[] {
  let byLine = lineConcepts.get(lexicon);
  if (!byLine) lineConcepts.set(lexicon, (byLine = new WeakMap()));
  let concepts = byLine.get(c);
  if (!concepts) byLine.set(c, (concepts = lexicon.extractConcepts(c.label + c.unit).concepts));
  return concepts;
}

export interface ContactQuery {
  city: City;
  district?: Place;
  /** the business asked about, if one was recognised */
  business?: Business;
  /** the question names the city-level unit */
  cityUnit: boolean;
  /** the question's content tokens and the lexicon that read them: which line of a unit it names (投诉 is the 监督电话 line) */
  asked?: { tokens: string[]; lexicon: Lexicon; text?: string };
  /** the columns of the table the question names (出院结账 → 费用结算), and how a label's are read */
  columns?: { asked: string[]; of: ColumnsOf };
  /** the question as heard: which unit it names (医保中心, 经开区) */
  question?: string;
}

/** The reply lines for "…电话" questions. */
export function contactLines(q: ContactQuery, sources: SourceList): string[] {
  const { head, lines } = contactBlock(q, sources);
  return head ? [head, ...lines] : lines;
}

/** The lines for one subject, and the heading they go under (several subjects share it). */
function contactBlock(q: ContactQuery, sources: SourceList): { head?: string; lines: string[] } {
  const { city, district, business } = q;
  const all = contactsOf(city);
  const named = (cells: Contact[]) => (q.columns && namedColumnCells(cells, q.columns.asked, q.columns.of)) ?? cells;
  const labelled = (cells: Contact[]) => asLabelled(named(cells), q.asked?.tokens, q.asked?.lexicon);
  const where = district ? `${city.name}·${district.name}` : city.name;
  const topic = business && contactTopics(city).has(business.id) ? business.id : undefined;
  // the labels of the column asked, anywhere in the city's table (a district's row may lack it)
  const askedLabels = new Set((q.columns && namedColumnCells(all, q.columns.asked, q.columns.of))?.map((c) => c.label));
  const asked = (c: Contact) => (askedLabels.size ? askedLabels.has(c.label) : c.topic === topic);
  const column = askedLabels.size ? [...askedLabels].join('、') : business?.name.split('（')[0];

  if (district && !q.cityUnit) {
    const row = all.filter((c) => unitNamesPlace(c.unit, district));
    if (!row.length) {
      const fallback = labelled(cityLevelContacts(city, topic));
      fallback.forEach((c) => cite(city, c, sources));
      return { lines: [W.noDistrictRow(district.name), ...fallback.map((c) => W.unitPhones(c.unit, labelOf(c, city), formatPhones(c)))] };
    }
    const cells = distinct(askedLabels.size || topic ? row.filter(asked) : row);
    if ((askedLabels.size || topic) && !cells.length) {
      // the district's row has no such column: say so, and give the city's line of that column, never another column
      const centre = all.filter((c) => c.level === 'city' && c.phones.length && asked(c));
      if (centre.length) {
        centre.forEach((c) => cite(city, c, sources));
        return { lines: [W.noDistrictColumn(where, column!), W.centreInstead(centre.map((x) => W.centreEntry(x.unit, x.label, formatPhones(x))))] };
      }
    }
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
    return { lines };
  }

  const inColumn = (c: Contact) => (askedLabels.size ? asked(c) : !topic || c.topic === topic);
  let centre = all.filter((c) => c.level === 'city' && inColumn(c));
  // a notice that lists only district numbers: show those rather than nothing
  if (!centre.length && !all.some((c) => c.level === 'city')) centre = all.filter(inColumn).slice(0, 12);
  const units = (cells: Contact[]) => (q.asked ? ofUnitNamed(cells, q.question, city, q.asked.lexicon) : cells);
  centre = notForComplaints(ofDomainAsked(labelled(units(distinct(centre))), q.asked), q.asked?.lexicon, q.asked?.tokens);
  const lines = centre.map((c) => {
    cite(city, c, sources);
    return W.unitPhones(c.unit, labelOf(c, city), c.phones.length ? formatPhones(c) : W.EMPTY_IN_TABLE);
  });
  if ((topic || askedLabels.size) && !q.cityUnit && centre.some((c) => c.level === 'city')) {
    const districts = all.filter((c) => c.level === 'district' && asked(c));
    // one list per column (a question may name two: 结算应急值班)
    const columnOf = (c: Contact) => (askedLabels.size ? c.label : column!);
    for (const name of new Set(districts.map(columnOf))) {
      lines.push(W.districtsHead(name));
      for (const c of districts.filter((d) => columnOf(d) === name)) {
        cite(city, c, sources);
        lines.push(W.districtRow(c.unit, c.phones.length ? formatPhones(c) : W.EMPTY_CELL));
      }
    }
  } else if (!topic && !askedLabels.size && all.some((c) => c.level === 'district') && centre.some((c) => c.level === 'city')) {
    const example = all.find((c) => c.level === 'district')!;
    lines.push(W.nameTheDistrict(`${example.unit}${example.label}`));
  }
  if (!lines.length) return { lines: [W.noContacts(city.name)] };
  return { head: W.contactsHead(city.name), lines };
}

/**
 * Which column of the contacts table a question means: the column header's own
 * words first (费用结算, 医疗异地备案 …), then the best retrieval match that has a column.
 */
export function contactBusiness(u: Subject, city: City, retriever: Retriever, lexicon: Lexicon, columnsOf?: ColumnsOf): Business | undefined {
  if (!u.topicTokens.length) return undefined;
  const topics = contactTopics(city);
  const businesses = businessesWithColumn(city);
  // the column the question names by what the citizen is doing (出院结账 is 费用结算's), when it is one business's
  const named = columnsOf && namedColumnCells(contactsOf(city), columnsOf(u.topic), columnsOf);
  if (named) {
    const ids = new Set(named.map((c) => c.topic));
    const only = ids.size === 1 ? businesses.find((b) => ids.has(b.id)) : undefined;
    if (only || ![...ids].some((id) => topics.has(id))) return only;
  }
  const asked = new Set(u.topicTokens);
  let best: { b: Business; overlap: number } | undefined;
  for (const b of businesses) {
    const words = columnWords(city, b, lexicon);
    let overlap = 0;
    for (const t of asked) if (words.has(t)) overlap++;
    if (overlap > (best?.overlap ?? 0)) best = { b, overlap };
  }
  if (best) return best.b;
  // (only the businesses with a column are made into candidates)
  const withColumn = (e: Entry) => e.kind === 'business' && topics.has((e.item as Business).id);
  const hit = retriever.search(u.topic, [city], Infinity, withColumn).find((c) => c.kind === 'business' && topics.has(c.business.id) && c.coverage > 0);
  return hit?.kind === 'business' ? hit.business : undefined;
}

/** What a "…电话" question (or one of its subjects) is about. */
type Subject = Pick<Understanding, 'topic' | 'topicTokens'>;

/** When each city's lines answer, as its notices say (quoted), or that they do not say. */
function hoursLines(cities: City[], sources: SourceList): string[] {
  return cities.map((city) => {
    const said = city.notices.flatMap((n) => n.contactHours.map((h) => ({ n, h })));
    for (const { n, h } of said) sources.add(n, h.quote);
    return said.length
      ? W.contactHours(
          city.name,
          said.map(({ h }) => h.text ?? h.quote),
        )
      : W.noContactHours(city.name);
  });
}

/** The reply lines for a "…电话" question about these cities: each city's, after a word when the district it names is several cities' (高新区); each subject's when it asks for several ("A电话和B电话"). */
export function contactReplyLines(u: Understanding, cities: City[], retriever: Retriever, domain: Domain, sources: SourceList): string[] {
  const { lexicon } = domain;
  const lines: string[] = [];
  const named = new Set(u.places.filter((p) => p.district).map((p) => p.matched));
  if (named.size === 1 && cities.length > 1 && u.places.every((p) => p.district))
    lines.push(
      W.sameDistrictName(
        [...named][0]!,
        cities.map((c) => c.name),
      ),
    );
  if (HOURS_CUE.test(u.text)) lines.push(...hoursLines(cities, sources));
  const pieces = columnSubjects(u.topic, domain.columns);
  const subjects: Subject[] = pieces.length
    ? pieces.map((topic) => ({ topic, topicTokens: u.topicTokens.filter((t) => lexicon.tokenize(topic).includes(t)) }))
    : [u];
  for (const city of cities) {
    // each district the question names ("芙蓉区和天心区的…"), or the city's table
    const named = [...new Set(u.places.filter((p) => p.city === city && p.district).map((p) => p.district!))];
    const districts = named.length ? named : [u.places.find((p) => p.city === city)?.district];
    // several subjects share the heading; two that come to the same lines give them once
    const heads = new Set<string>();
    const blocks = new Set<string>();
    for (const district of districts)
      for (const s of subjects) {
        const columns = { asked: domain.columns(s.topic), of: domain.columns };
        const business = contactBusiness(s, city, retriever, lexicon, domain.columns);
        const block = contactBlock(
          { city, district, business, cityUnit: u.cityUnit, asked: { tokens: s.topicTokens, lexicon, text: s.topic }, columns, question: u.text },
          sources,
        );
        const key = block.lines.join('\n');
        if (blocks.has(key)) continue;
        blocks.add(key);
        if (block.head && !heads.has(block.head)) lines.push(block.head), heads.add(block.head);
        lines.push(...block.lines);
      }
  }
  return lines;
}
