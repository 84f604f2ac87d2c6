// The notice's city, from its title or issuer (then its text), in the project's division
// data (GB/T 2260); and the districts it names, from its tables and text.
import { DIVISIONS } from '../understand/divisions.ts';

export interface CityGuess {
  name: string;
  aliases: string[];
  province?: string;
  districts: string[];
  doubt?: string;
}

const short = (name: string) => name.replace(/(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|省|市|盟)$/, '');
const NOT_A_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

interface Known {
  name: string;
  province: string;
  districts: string[];
}

let cities: Known[] | undefined;
function allCities(): Known[] {
  if (cities) return cities;
  cities = [];
  for (const [province, prefectures] of Object.entries(DIVISIONS))
    for (const [name, districts] of Object.entries(prefectures)) {
      if (NOT_A_CITY.test(name))
        cities.push({ name: province, province: short(province), districts }); // a municipality
      else cities.push({ name, province: short(province), districts });
    }
  return cities;
}

/** The city a text names first, by full name (武汉市) or short name (武汉, 2+ characters). */
function cityIn(text: string): Known | undefined {
  let best: { city: Known; at: number } | undefined;
  for (const city of allCities()) {
    for (const word of [city.name, short(city.name)]) {
      if (word.length < 2) continue;
      const at = text.indexOf(word);
      if (at >= 0 && (!best || at < best.at || (at === best.at && word.length > best.city.name.length))) best = { city, at };
    }
  }
  return best?.city;
}

/** `given`: the --city option, which wins. `places`: table units and text, where districts are looked for. */
export function guessCity(title: string, issuers: string[], text: string, places: string[], given?: string): CityGuess {
  const city = (given && cityIn(given)) || cityIn(title) || cityIn(issuers.join(' ')) || cityIn(text);
  if (!city) {
    const name = given ?? '待定';
    return { name: short(name) || name, aliases: [], districts: [], doubt: given ? undefined : '标题、发文单位和正文都未找到城市：请填写城市名' };
  }
  const name = short(city.name);
  const found = new Set<string>();
  for (const district of city.districts) if (places.some((p) => p.includes(district))) found.add(district);
  // units of a contacts table named like a district (高新区, 经开区) though not in GB/T 2260
  for (const p of places) if (/^[\u4e00-\u9fa5]{2,6}(区|县|新区)$/.test(p) && !p.startsWith(name)) found.add(p);
  for (const p of places) for (const zone of zonesIn(p, [city.name, name])) found.add(zone);
  // an office of a zone in a contacts table ("某某新区社会事务局"): the zone, by its own name or the city's
  for (const p of places) {
    const zone = ZONE_OFFICE.exec(p)?.[1];
    const own = zone?.startsWith(city.name) ? zone.slice(city.name.length) : zone?.startsWith(name) ? zone.slice(name.length) : zone;
    if (zone && own) found.add(own.length >= 3 ? own : zone);
  }
  return { name, aliases: [city.name !== name ? city.name : `${name}市`], province: city.province, districts: [...found] };
}

/** development zones, which GB/T 2260 does not list: 高新区, 经开区, 科创区, 东津新区, 经济技术开发区 */
const ZONE = /(高新区|经开区|科创区|新区|开发区)$/;
/** what ends a place's name on its left in running text */
const BEFORE = /[^，。；：、,.;:\s（）()【】“”"|及和与或由到在向至的对按]{0,8}?/.source;
const ZONE_OFFICE = /^([\u4e00-\u9fa5]{2,8}?(?:高新区|经开区|科创区|新区|开发区))[\u4e00-\u9fa5]{0,10}?(?:局|中心|办公室|办|处|站|窗口|大厅)$/;
const ZONE_UNIT = new RegExp(`(${BEFORE}(?:高新区|经开区|科创区|新区|开发区))(?=(?:分局)?(?:医保|医疗保障|社保|社会保险))`, 'g');

/**
 * The development zones a text names as the place of a 医保 unit ("高新区医疗保障服务中心"),
 * with the others of its list ("濂溪区、经开区、八里湖新区医疗保障服务窗口"), without the city's name.
 */
export function zonesIn(text: string, cityNames: string[]): string[] {
  const found: string[] = [];
  const bare = (n: string) => cityNames.reduce((x, c) => (x.startsWith(c) ? x.slice(c.length) : x), n.replace(/^(我市|全市|本市)/, ''));
  for (const m of text.matchAll(ZONE_UNIT)) {
    const list = /(?:[^，。；：、,.;:\s（）()|]{2,10}[、和及与])*$/.exec(text.slice(0, m.index))?.[0] ?? '';
    for (const item of [...list.split(/[、和及与]/), m[1]!].map(bare)) if (item.length >= 3 && ZONE.test(item) && !found.includes(item)) found.push(item);
  }
  return found;
}

/** A district's aliases: its name without 区/县/市 when two characters remain; an autonomous county's without its peoples. */
export function districtAliases(name: string): string[] {
  const autonomous = AUTONOMOUS_COUNTY.exec(name);
  // 城步苗族自治县 → 城步县, 城步; 河南蒙古族自治县 → 河南县 alone (河南 is the province)
  if (autonomous) return [`${autonomous[1]}${autonomous[2]}`, ...(isRegionName(autonomous[1]!) ? [] : [autonomous[1]!])];
  const short = SHORT_ZONE.find(([long]) => name.endsWith(long));
  if (short) return [name.replace(short[0], short[1]), short[1].slice(0, -1)].filter((a) => a !== name); // 经济技术开发区 → 经开区, 经开
  const s = /^(高新|经开|科创)区$/.test(name) ? name.slice(0, -1) : name.replace(/(新区|区|县|市)$/, '');
  return s.length >= 2 && s !== name && !/县$/.test(name) && !isRegionName(s) ? [s] : []; // 邵阳新区: never 邵阳
}

/** the peoples an autonomous county (自治县) or banner (自治旗) is named for, as GB/T 2260 writes them (锡伯 without 族) */
const PEOPLES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各';
/** "城步苗族自治县", "双江拉祜族佤族布朗族傣族自治县", "东乡族自治县": the place's own name, then 县 or 旗 */
const AUTONOMOUS_COUNTY = new RegExp(`^([\\u4e00-\\u9fa5]{2,}?)族?(?:(?:${PEOPLES})族?)*自治(县|旗)$`);

/** a province's or a city's name without its suffix (河南, 本溪): never a county's short name */
const isRegionName = (word: string) => allCities().some((c) => short(c.name) === word || c.province === word);

/** how people shorten a development zone's full name */
const SHORT_ZONE: [string, string][] = [
  ['经济技术开发区', '经开区'],
  ['高新技术产业开发区', '高新区'],
  ['高新技术开发区', '高新区'],
];
