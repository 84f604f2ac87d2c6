// Contacts: a table of phone numbers becomes one contact per unit (row) and column, a blank
// cell a contact with no phone (as the notice has it); "XX服务电话（区号027）：87812393" in
// the prose a contact too, the area code kept.
import type { Domain } from '../knowledge/facets.ts';
import type { Blocks, Table } from './blocks.ts';
import { bestFit } from './classify.ts';
import { asPhoneTable, captionOf } from './phone-table.ts';
import type { DraftBusiness, DraftContact } from './model.ts';

const PHONE = /(?<![\d-])((?:0\d{2,3}-)?\d{5,8}(?:-\d{1,4})?)(?![\d])\s*(?:[（(]([^）)]{1,12})[）)])?/g;

export function phonesIn(cell: string, areaCode?: string): { number: string; note?: string }[] {
  return [...cell.matchAll(PHONE)].map((m) => {
    const bare = m[1]!;
    const number = areaCode && !bare.includes('-') && bare.length >= 7 ? `${areaCode}-${bare}` : bare;
    const note = m[2] ?? (areaCode && number === bare && !bare.includes('-') ? `区号${areaCode}` : undefined);
    return note ? { number, note } : { number };
  });
}

/** a column of no business of its own (投诉电话, 咨询电话): asked for by its label, it never hides a business's column */
const GENERIC_COLUMN = /^(咨询|投诉|监督|举报|联系|服务|值班)*(电话|热线|号码|方式)?$|投诉|监督|举报/;

const isPhoneTable = (t: Table) => t.rows.some((r) => r.cells.slice(1).some((c) => phonesIn(c).length));

export function readContacts(domain: Domain, blocks: Blocks, businesses: DraftBusiness[], city: string, districts: string[]): DraftContact[] {
  const out: DraftContact[] = [];
  const levelOf = (unit: string): 'city' | 'district' =>
    districts.some((d) => unit.includes(d)) || (/(区|县)$/.test(unit) && !unit.startsWith(city)) ? 'district' : 'city';
  const topicOf = (label: string) => {
    const f = bestFit(
      domain,
      label,
      businesses.filter((b) => b.windows.length),
    );
    return { topic: f.business?.id ?? 'general', sure: !!f.business && f.sure };
  };
  for (const t of blocks.tables.map((x) => asPhoneTable(x, captionOf(blocks, x))).filter(isPhoneTable)) {
    const area = /区号[:：]?\s*(0\d{2,3})/.exec(t.header.join(' ') + t.headings.join(' '))?.[1];
    // columns tied to businesses only when the table has a city-wide row and every column names a
    // business surely: else a question finds each column by its label, and the city-wide lines of
    // the prose (all general) stay reachable beside them
    const columns = t.header.slice(1).map((h) => topicOf(h || '电话'));
    const tied =
      t.rows.some((r) => levelOf(r.cells[0] ?? '') === 'city') &&
      columns.every((c, j) => c.sure || (c.topic === 'general' && GENERIC_COLUMN.test(t.header[j + 1] ?? '')));
    for (const row of t.rows) {
      const { unit, serves } = officeOf(row.cells[0]!);
      if (unit.length < 2) continue;
      row.cells.slice(1).forEach((cell, j) => {
        const label = `${serves}${t.header[j + 1] || '电话'}`;
        const { topic, sure } = tied ? columns[j]! : { topic: 'general', sure: true };
        const phones = phonesIn(cell, area);
        out.push({
          unit,
          level: levelOf(unit),
          topic,
          label: label.length >= 2 ? label : `${label}电话`,
          phones,
          ...(area ? { area_code: area } : {}),
          quote: row.line,
          doubt: !cell.trim()
            ? '这一格是空的：公告未给号码'
            : !phones.length
              ? `这一格没有读出电话号码：「${cell}」`
              : !sure && topic !== 'general'
                ? `「${label}」归到哪项业务不确定`
                : undefined,
        });
      });
    }
  }
  // phone numbers in the prose: "全市医疗保障服务电话（区号027）：87812393"
  for (const p of blocks.paragraphs) {
    for (const m of p.text.matchAll(
      /([^，。；：:\s]{2,30}?(?:电话|热线|咨询电话|服务热线|联系方式))(?:[（(]区号\s*(0\d{2,3})[）)])?\s*([:：为是]?)\s*(?=\d)([\d\-、，,\s（）()转]{5,80})/g,
    )) {
      // "市医保中心（异地备案）电话0379-…": the number may follow with no colon, unless it is dialled (read below)
      if (!m[3] && /拨打|致电|联系/.test(m[1]!)) continue;
      const label = m[1]!.replace(/^(咨询|联系|拨打)/, '');
      const phones = phonesIn(m[4]!, m[2]);
      if (!phones.length) continue;
      const unit = label.replace(/(服务电话|咨询电话|服务热线|电话|热线|联系方式)$/, '') || label;
      out.push({
        unit: unit.length >= 2 ? unit : label,
        level: levelOf(unit),
        topic: 'general',
        label,
        phones,
        ...(m[2] ? { area_code: m[2] } : {}),
        quote: p.text.length <= 120 ? p.text : m[0],
      });
    }
  }
  // "…也开通了咨询电话：宝应县0514-88223101，高邮市0514-84682312": places and their numbers, listed
  for (const p of blocks.paragraphs) out.push(...placeList(p.text, districts).map((c) => ({ ...c, level: levelOf(c.unit) })));
  // "异地备案咨询：0379-…；值班电话：0379-…": each part of a line of several is a line of its own
  for (const p of blocks.paragraphs) {
    out.push(...p.text.split(/[；;。]\s*/).flatMap((part) => unitLines(part.replace(/[。.]$/, ''), p.headings, p.text)), ...dialled(p.text));
    for (const c of askedAbout(p.text)) {
      const { topic, sure } = topicOf(c.label);
      out.push(sure ? { ...c, topic } : c);
    }
  }
  // one number said twice is one contact; a table's columns are kept apart ("同左": two labels, one number)
  const key = (c: DraftContact) => [c.unit, c.phones.map((x) => x.number).join(), c.quote.startsWith('|') ? c.label : ''].join('\u0001');
  return out
    .filter((c, i) => out.findIndex((d) => key(d) === key(c)) === i)
    .map((c) =>
      c.level === 'city' && (districts.some((d) => c.unit.includes(d)) || (PLACE.test(c.unit) && !c.unit.startsWith(city))) ? { ...c, level: 'district' } : c,
    ) // "经开区医疗保障服务窗口：…", "高新区：…"
    .map((c) => (c.level === 'district' && c.label === c.unit ? { ...c, label: '电话' } : c)) // "无为市：…": the place is the unit, its line the 电话
    .map((c) => ({ ...c, level: c.level as DraftContact['level'] }));
}

/** "市医保中心异地就医备案": an office, then the business its line serves (asked for by those words) */
const OFFICE_SERVING = /^([\u4e00-\u9fa5]{1,20}?(?:中心|局|站|窗口|大厅))([\u4e00-\u9fa5]{2,12})$/;

/** A table's unit cell as the office and what its line serves ("" when the cell names an office only). */
function officeOf(cell: string): { unit: string; serves: string } {
  const m = OFFICE_SERVING.exec(cell);
  return m && !ORGANISATION.test(m[2]!) ? { unit: m[1]!, serves: m[2]! } : { unit: cell, serves: '' };
}

/** a place: a district, county, county-level city or zone (its line is its 电话; a list of numbers gives it) */
const PLACE = /^[\u4e00-\u9fa5]{1,8}(区|县|市|旗)$/;

/** "咨询电话：宝应县0514-88223101，高邮市0514-84682312，…" ("…咨询电话为：…" too): two places or more, each with its number, after a label. */
function placeList(text: string, districts: string[]): DraftContact[] {
  // "各县（市、区）咨询电话为：…" in prose reads as "咨询电话：…"
  const head = /(咨询电话|服务电话|联系电话|服务热线|电话|热线)\s*(?:[（(][^）)]{1,8}[）)])?\s*[为是]?\s*[:：]/.exec(text);
  if (!head) return [];
  const rest = text.slice(head.index + head[0].length);
  const list = rest.split(/[。；;]/)[0]!;
  const label = head[1] === '电话' || head[1] === '热线' ? `咨询${head[1]}` : head[1]!;
  const quote = text.length <= 160 ? text : list;
  const found = [...list.matchAll(/(?:^|[，,、\s])([\u4e00-\u9fa5]{2,10}?)[：:\s]?((?:0\d{2,3}-)?\d{7,8})(?!\d)/g)]
    .filter((m) => PLACE.test(m[1]!) || districts.includes(m[1]!))
    .map((m): DraftContact => ({ unit: m[1]!, level: 'district', topic: 'general', label, phones: [{ number: m[2]! }], quote }));
  return found.length >= 2 ? found : [];
}

/** "市医疗保障服务中心：0851-85867312、0851-85867325" under a 咨询电话 heading, or after "可拨打以下电话咨询：". */
function unitLines(text: string, headings: string[], line = text): DraftContact[] {
  const m = /^(?:[^：:]*[：:])??([^，。；：:\d]{2,30})[：:]\s*([\d\-、，,\s（）()转]{5,80})$/.exec(text);
  if (!m || /电话|热线/.test(m[1]!)) return []; // "…电话：" lines are read above
  const phones = phonesIn(m[2]!);
  if (!phones.length) return [];
  const heading = [...headings]
    .reverse()
    .find((h) => /电话|热线|联系/.test(h) && !/[？?]$/.test(h)) // a question ("有问题打什么电话？") is no label
    ?.replace(/^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]/, '');
  // "异地就医备案咨询：…" names a kind of line, not an office: asked for by those words
  // a district's line ("镜湖区：…") is its 电话: its name is the unit, never the label as well
  const label = ORGANISATION.test(m[1]!) ? (heading ?? '咨询电话') : PLACE.test(m[1]!) ? '电话' : m[1]!;
  return [{ unit: m[1]!, level: 'city', topic: 'general', label, phones, quote: line.length <= 120 ? line : text }];
}

/** a unit that is an office (the line is its 咨询电话), not a kind of line (应急值班, 医保服务) */
const ORGANISATION = /(中心|局|机构|站|所|处|科|部|厅|办公室|窗口|大厅|医院|公司)$/;

/** "缴费问题可拨打12366咨询": the line for what the words before it name (its topic when they name a business). */
function askedAbout(text: string): DraftContact[] {
  const out: DraftContact[] = [];
  for (const m of text.matchAll(
    /(?:^|[，。；：:])([^，。；：:\d]{2,10}?)(?:问题|事项|方面)[^，。；\d]{0,4}?(?:拨打|致电)((?:0\d{2,3}-)?\d{5,8})(?![\d-])(?![^，。；]{0,12}(热线|电话))/g,
  ))
    out.push({ unit: `${m[1]}咨询`, level: 'city', topic: 'general', label: m[1]!, phones: [{ number: m[2]! }], quote: m[0].replace(/^[，。；：:]/, '') });
  return out;
}

/** "可拨打市医疗保险管理服务中心咨询电话0351-4135210，或拨打12345市民服务热线" */
function dialled(text: string): DraftContact[] {
  const out: DraftContact[] = [];
  for (const m of text.matchAll(/(?:拨打|致电|联系)([^，。；、\d]{2,30}?)(咨询电话|服务热线|热线|电话)[：:]?\s*((?:0\d{2,3}-)?\d{5,8})/g)) {
    // "拨打应急值班电话…": a line named for what it is (not for whom) keeps that name in its label
    const label = ORGANISATION.test(m[1]!) ? m[2]! : `${m[1]}${m[2]}`;
    out.push({ unit: m[1]!, level: 'city', topic: 'general', label, phones: [{ number: m[3]! }], quote: m[0] });
  }
  for (const m of text.matchAll(/(?:拨打|致电)((?:0\d{2,3}-)?\d{5,8})([^，。；、\d]{2,12}?(热线|电话))/g))
    out.push({
      unit: m[2]!.replace(/(服务)?(热线|电话)$/, '') || m[2]!,
      level: 'city',
      topic: 'general',
      label: m[2]!,
      phones: [{ number: m[1]! }],
      quote: m[0],
    });
  return out;
}
