// Finds which place a question is about: a city the knowledge covers (by name,
// alias or one of its districts), or a place elsewhere in China that it does not
// cover (so the bot says so instead of answering with another city's facts).
import type { City, Place } from '../knowledge/model.ts';
import { DIVISIONS } from './divisions.ts';

/** Prefecture names that are also everyday words; matched only with their suffix. */
const AMBIGUOUS = new Set([
  '来宾',
  '中山',
  '安康',
  '普洱',
  '黄山',
  '白山',
  '长治',
  '吉林',
  '东方',
  '合作',
  '阿里',
  '和田',
  '三明',
  '保山',
  '南平',
  '玉溪',
  '海东',
  '通化',
  '白城',
]);

/** Containers in GB/T 2260 that are not a city of their own (a municipality's districts, a province's directly governed counties). */
const NOT_A_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const stripSuffix = (name: string) => name.replace(/(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|省|市|盟)$/, '');

export interface PlaceMatch {
  city: City;
  district?: Place;
  /** the words that named it */
  matched: string;
}

export interface PlaceIndex {
  /**
   * known places named in the text: one match per district (a district implies its city), or per city;
   * a district name several cities share (高新区) matches each of them, unless the text or `prefer` (the conversation's city) names one
   */
  find(text: string, prefer?: string): { known: PlaceMatch[]; unknown?: string; rest: string };
  /** every name it knows: of the covered cities and their districts, and of places elsewhere */
  readonly names: { covered: string[]; elsewhere: string[] };
}

/** how many bits the hashed pairs of first units take (32 KB a dictionary; a collision only costs a lookup) */
const PAIR_BITS = 1 << 18;
const pairBit = (first: number, second: number) => Math.imul((first << 16) | second, 0x9e3779b1) >>> 14;
const setBit = (bits: Uint8Array, n: number) => void (bits[n >> 3]! |= 1 << (n & 7));
const hasBit = (bits: Uint8Array, n: number) => (bits[n >> 3]! & (1 << (n & 7))) !== 0;

/** Words looked up by their first character; the longest word starting at a position wins (长沙县 over 长沙). */
class Dictionary<T> {
  /** by first UTF-16 unit (a number: no one-character string is made per position of a text) */
  private readonly byFirst = new Map<number, { word: string; value: T }[]>();
  /** the same entries by word (a build adds thousands: no list searched per word) */
  private readonly byWord = new Map<string, { word: string; value: T }>();
  /** the first UTF-16 unit of every one-unit word, as bits */
  private readonly oneUnit = new Uint8Array(0x10000 >> 3);
  /** the first two UTF-16 units of every longer word, hashed to bits: most positions of a text start no word, and are passed over without a slice, a list or a number boxed for a set */
  private readonly pairs = new Uint8Array(PAIR_BITS >> 3);

  /** `share`: whether a word already owned may stand for this value too (else the first owner keeps it) */
  add(word: string, value: T, share?: (owner: T) => T | undefined): void {
    if (!word) return;
    const owner = this.byWord.get(word);
    if (owner) {
      const shared = share?.(owner.value);
      if (shared) owner.value = shared;
      return;
    }
    const entry = { word, value };
    const list = this.byFirst.get(word.charCodeAt(0)) ?? [];
    list.push(entry);
    list.sort((a, b) => b.word.length - a.word.length);
    this.byFirst.set(word.charCodeAt(0), list);
    this.byWord.set(word, entry);
    if (word.length === 1) setBit(this.oneUnit, word.charCodeAt(0));
    else setBit(this.pairs, pairBit(word.charCodeAt(0), word.charCodeAt(1)));
  }

  /** Leftmost-longest matches, without overlaps. */
  scan(text: string): { word: string; value: T; at: number }[] {
    const out: { word: string; value: T; at: number }[] = [];
    for (let i = 0; i < text.length; i++) {
      const hit = this.longestAt(text, i);
      if (!hit) continue;
      out.push({ word: hit.word, value: hit.value, at: i });
      i += hit.word.length - 1;
    }
    return out;
  }

  /** The first word of scan(text), looking no further. */
  first(text: string): string | undefined {
    for (let i = 0; i < text.length; i++) {
      const hit = this.longestAt(text, i);
      if (hit) return hit.word;
    }
    return undefined;
  }

  private longestAt(text: string, i: number): { word: string; value: T } | undefined {
    const c = text.charCodeAt(i);
    if (!hasBit(this.oneUnit, c) && (i + 1 >= text.length || !hasBit(this.pairs, pairBit(c, text.charCodeAt(i + 1))))) return undefined;
    const list = this.byFirst.get(c);
    if (list) for (const e of list) if (text.startsWith(e.word, i)) return e;
    return undefined;
  }

  has(word: string): boolean {
    return this.byWord.has(word);
  }

  words(): string[] {
    return [...this.byFirst.values()].flatMap((list) => list.map((e) => e.word));
  }
}

export function buildPlaceIndex(cities: City[]): PlaceIndex {
  /** a place, and the other cities' districts of the same name (高新区 in 长沙 and in 南宁) */
  type Known = { city: City; district?: Place; alike?: { city: City; district: Place }[] };
  const known = new Dictionary<Known>();
  const knownNames = new Set(cities.map((c) => c.name));
  for (const city of cities) for (const w of [city.name, ...city.aliases]) known.add(w, { city });
  for (const city of cities) {
    const districts = city.districts.length ? city.districts : districtsFromDivisions(city.name);
    for (const d of districts)
      for (const w of [d.name, ...d.aliases])
        known.add(w, { city, district: d }, (owner) =>
          owner.district && owner.city !== city ? { ...owner, alike: [...(owner.alike ?? []), { city, district: d }] } : undefined,
        );
  }

  // provinces that contain a covered city are not "elsewhere"; nor is any part of a covered name
  const coveredProvinces = new Set(cities.map((c) => c.province).filter((p): p is string => !!p));
  const knownText = cities.flatMap((c) => [c.name, ...c.aliases, ...c.districts.flatMap((d) => [d.name, ...d.aliases])]).join('|');
  const elsewhere = new Dictionary<string>();
  const addElsewhere = (name: string) => {
    if (coveredProvinces.has(stripSuffix(name)) || known.has(name) || knownText.includes(name)) return;
    elsewhere.add(name, name);
  };
  for (const [province, cityMap] of Object.entries(DIVISIONS)) {
    addElsewhere(province);
    if (stripSuffix(province).length >= 2) addElsewhere(stripSuffix(province));
    for (const [cityName, districts] of Object.entries(cityMap)) {
      if (knownNames.has(stripSuffix(cityName))) continue;
      if (!NOT_A_CITY.test(cityName)) {
        addElsewhere(cityName);
        const short = stripSuffix(cityName);
        if (short.length >= 2 && !AMBIGUOUS.has(short)) addElsewhere(short);
      }
      for (const d of districts) if (d.length >= 3 && !/^(市辖区|城区|郊区|矿区)$/.test(d)) addElsewhere(d);
    }
  }

  return {
    names: { covered: known.words(), elsewhere: elsewhere.words() },
    find(text, prefer) {
      let found: PlaceMatch[] = [];
      let rest = text;
      const hits = known.scan(text);
      const named = new Set(hits.filter((h) => !h.value.district).map((h) => h.value.city.name));
      // one match per district named ("浏阳和宁乡"), or one for the city when no district is
      for (const { word, value } of hits) {
        rest = rest.replaceAll(word, ' ');
        for (const place of sameName(value, named, prefer)) {
          if (found.some((f) => f.city === place.city && f.district === place.district)) continue;
          found.push({ city: place.city, district: place.district, matched: word });
        }
      }
      // "潍坊高新区": a district name another city has (保定's 高新区) is the named city's own unit, not the other city
      if (named.size) found = found.filter((f) => !f.district || named.has(f.city.name));
      const withDistrict = new Set(found.filter((f) => f.district).map((f) => f.city));
      found = found.filter((f) => f.district || !withDistrict.has(f.city));
      const unknown = elsewhere.first(rest);
      return { known: found, unknown, rest };
    },
  };
}

/** The places a name stands for: a district several cities have is each of theirs, unless one of those cities is named or preferred. */
function sameName<K extends { city: City; district?: Place; alike?: { city: City; district: Place }[] }>(
  value: K,
  named: Set<string>,
  prefer: string | undefined,
): { city: City; district?: Place }[] {
  const all = [value, ...(value.alike ?? [])];
  if (all.length === 1) return all;
  const chosen = all.filter((p) => named.has(p.city.name));
  if (chosen.length) return chosen;
  const preferred = all.filter((p) => p.city.name === prefer);
  return preferred.length ? preferred : all;
}

function districtsFromDivisions(cityName: string): Place[] {
  for (const cityMap of Object.values(DIVISIONS)) {
    const districts = cityMap[`${cityName}市`] ?? cityMap[cityName];
    if (districts) return districts.filter((d) => d !== '市辖区').map((d) => ({ name: d, aliases: d.length > 2 ? [d.replace(/(区|县|市)$/, '')] : [] }));
  }
  return [];
}

/**
 * The city (or province) a place elsewhere belongs to, short form: 广州市 → 广州, 天河区 → 广州,
 * 朝阳区 → 北京, 广东省 → 广东; a name it does not know comes back as given. A district name
 * shared by several cities goes to the first in GB/T 2260 order.
 */
export function regionOf(place: string): string {
  let region = regions.get(place);
  if (region === undefined) {
    if (regions.size >= 10_000) regions.clear(); // names come from logs too: bound the memo
    regions.set(place, (region = lookUpRegion(place)));
  }
  return region;
}

/** regionOf's answers: a lookup walks every division, and a report asks once per line */
const regions = new Map<string, string>();

function lookUpRegion(place: string): string {
  const same = (name: string) => name === place || stripSuffix(name) === place;
  for (const [province, cityMap] of Object.entries(DIVISIONS)) {
    if (same(province)) return stripSuffix(province);
    for (const [cityName, districts] of Object.entries(cityMap)) {
      const own = NOT_A_CITY.test(cityName);
      if (!own && same(cityName)) return stripSuffix(cityName);
      if (!districts.includes(place)) continue;
      if (!own) return stripSuffix(cityName);
      return province.endsWith('市') ? stripSuffix(province) : stripSuffix(place); // 朝阳区, 城口县 → 北京, 重庆; 仙桃市 → 仙桃
    }
  }
  return place;
}
