// The short "咨询电话" line that ends a reply about a business: the city-level lines of that
// business (or of its domain, or the city's general lines), made once per knowledge load and
// cited again by each reply that shows it.
import type { Business, City, Contact } from '../knowledge/model.ts';
import type { Lexicon } from '../text/tokenize.ts';
import { cite, cityLevelContacts, formatPhones, labelOf } from './contacts.ts';
import type { SourceList } from './sources.ts';
import { contacts as W } from './wording/index.ts';

/** One short "咨询电话" line for a reply about a business. */
export function contactLine(city: City, business: Business | undefined, sources: SourceList, lexicon?: Lexicon): string {
  const { list, line } = contactLineOf(city, business, lexicon);
  list.forEach((c) => cite(city, c, sources));
  return line;
}

/** each reply's contact line and the lines it cites, by lexicon (none: NO_LEXICON), city and business: once per knowledge load */
const madeLines = new WeakMap<object, WeakMap<City, Map<Business | undefined, { list: Contact[]; line: string }>>>();
const NO_LEXICON = {};

function contactLineOf(city: City, business: Business | undefined, lexicon: Lexicon | undefined): { list: Contact[]; line: string } {
  let byCity = madeLines.get(lexicon ?? NO_LEXICON);
  if (!byCity) madeLines.set(lexicon ?? NO_LEXICON, (byCity = new WeakMap()));
  let byBusiness = byCity.get(city);
  if (!byBusiness) byCity.set(city, (byBusiness = new Map()));
  let made = byBusiness.get(business);
  if (!made) {
    let list = cityLevelContacts(city, business?.id, business && lexicon && { of: `${business.domain}${business.name}`, lexicon });
    if (!list.length) list = cityLevelContacts(city).slice(0, 2);
    const line = list.length ? W.contactLine(list.map((c) => W.contactEntry(c.unit, labelOf(c, city), formatPhones(c)))) : '';
    byBusiness.set(business, (made = { list, line }));
  }
  return made;
}
