// From the notice's clean text to the draft facts (plain data, with doubts): the other
// modules of this folder each read one kind of fact; this one puts them in order.
import type { Domain } from '../knowledge/facets.ts';
import { statedMoments } from '../time/when.ts';
import { resumeTheAbove } from './above.ts';
import { readBlocks } from './blocks.ts';
import { readContacts } from './contacts.ts';
import { ImportError } from './errors.ts';
import { readDeadlines, readGuidance } from './guidance.ts';
import { readHeader } from './header.ts';
import { readHours } from './hours.ts';
import { assignIds } from './ids.ts';
import type { DraftBusiness } from './model.ts';
import { firstFullDate } from './moments.ts';
import { asPhoneTable } from './phone-table.ts';
import { districtAliases, guessCity } from './places.ts';
import { tidyQuestions } from './questions.ts';
import { attachResumptions } from './resumptions.ts';
import { statedResumptions } from './stated.ts';
import { resumedNext } from './said-next.ts';
import { hereUnsaid, settlementElsewhere } from './settle-apart.ts';
import { splitByName, splitByPhase } from './phases.ts';
import { merge, readStops } from './stops.ts';
import { notInTable, readTableStops } from './table-stops.ts';
import { readUnaffected } from './unaffected.ts';

export interface DraftOptions {
  id: string;
  /** the city, when the notice does not name it (or names it wrongly) */
  city?: string;
}

export function draftFacts(domain: Domain, markdown: string, options: DraftOptions): Record<string, unknown> {
  const blocks = readBlocks(markdown);
  if (!statedMoments(markdown).length) throw new ImportError('the notice states no date (no 月/日 found): nothing to draft');
  const header = readHeader(blocks);
  const reference = header.published ?? firstFullDate(markdown) ?? firstYearMonth(markdown);

  const tableStops = readTableStops(domain, blocks.tables, reference);
  const stopped = merge([...notInTable(readStops(domain, blocks.sentences, reference), tableStops), ...tableStops]);
  if (!stopped.length) throw new ImportError('found no sentence that stops a business (暂停/停止/停办 … with a date): nothing to draft');
  const stated = hereUnsaid(domain, statedResumptions(domain, blocks.sentences, reference));
  const split = splitByPhase(domain, splitByName(domain, stopped, stated), stated);
  const businesses: DraftBusiness[] = [...split, ...settlementElsewhere(domain, split, stated), ...readUnaffected(domain, blocks.sentences)];
  assignIds(businesses);
  resumedNext(businesses, blocks.sentences, reference);

  const { resumptions, unmatched } = attachResumptions(domain, businesses, resumeTheAbove(businesses, stated, blocks.sentences));
  for (const b of businesses)
    for (const w of b.windows)
      if (!w.resume_mode && !resumptions.some((r) => r.covers === b.domain && !r.except.includes(b.id)))
        w.doubt = [w.doubt, '公告未写明它何时恢复（或未读出）：请补 resume_mode'].filter(Boolean).join('；');
  const procedures = readGuidance(
    domain,
    blocks,
    businesses,
    header.title,
    new Set([...stated.map((r) => r.quote), ...businesses.flatMap((b) => b.windows.map((w) => w.suspend_quote))]),
  );
  const general = readDeadlines(domain, blocks.sentences, businesses, reference);

  const tablePlaces = blocks.tables.map((t) => asPhoneTable(t)).flatMap((t) => t.rows.map((r) => r.cells[0] ?? ''));
  const city = guessCity(header.title, header.issuers, markdown, [...tablePlaces, markdown], options.city);
  const contacts = readContacts(domain, blocks, businesses, city.name, city.districts);

  const hours = readHours(blocks.sentences);
  for (const r of unmatched) general.push({ quote: r.quote, doubt: `这句恢复「${r.object}」没有对上任何业务：请把它写进对应业务的 windows` });

  return {
    id: options.id,
    title: header.title,
    ...(header.issuers.length ? { issuers: header.issuers } : {}),
    ...(header.published ? { published: header.published } : {}),
    timezone: 'Asia/Shanghai',
    city: { name: city.name, aliases: city.aliases, ...(city.province ? { province: city.province } : {}), doubt: city.doubt },
    ...(header.reason ? { reason: { quote: header.reason } } : {}),
    // a place whose line the prose lists ("高新区：0553-…") is a district the notice names
    districts: [...new Set([...city.districts, ...contacts.filter((c) => c.level === 'district' && PLACE_NAME.test(c.unit)).map((c) => c.unit)])].map(
      (name) => ({
        name,
        aliases: districtAliases(name),
      }),
    ),
    businesses: businesses.map(businessFacts),
    ...(resumptions.length ? { resumptions } : {}),
    procedures: tidyQuestions(header.reason ? [reasonProcedure(header.reason), ...procedures] : procedures),
    contacts,
    ...(hours.length ? { contact_hours: hours } : {}),
    general_advice: general.filter((g) => !hours.some((h) => h.quote === g.quote)),
  };
}

/** "将于2024年9月中旬进行升级切换": the year a notice with no full date states (the month's first day), for "9月10日" */
function firstYearMonth(text: string): string | undefined {
  const m = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月/.exec(text);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-01` : undefined;
}

/** a unit that is only a place's name (镜湖区, 高新区) */
const PLACE_NAME = /^[\u4e00-\u9fa5]{2,8}(区|县|旗|市|新区|开发区)$/;

/** Why the systems stop and what they move to: every notice says it once, and people ask. */
function reasonProcedure(quote: string) {
  return {
    id: 'cutover-reason',
    title: '停机原因：系统切换到哪个平台',
    questions: ['为什么停机', '系统切换到哪个新平台', '这次停机切换是怎么回事'],
    answer: quote,
    quote,
  };
}

function businessFacts(b: DraftBusiness): Record<string, unknown> {
  const facets = Object.fromEntries(Object.entries(b.facets).filter(([, v]) => v.length));
  return {
    id: b.id,
    name: b.name,
    domain: b.domain,
    ...(Object.keys(facets).length ? { facets } : {}),
    synonyms: b.synonyms,
    ...(b.audience ? { audience: b.audience } : {}),
    channels: b.channels,
    ...(b.unaffected ? { unaffected: b.unaffected } : {}),
    windows: b.windows,
    before: b.before,
    during: b.during,
    after: b.after,
    doubt: b.doubt,
  };
}
