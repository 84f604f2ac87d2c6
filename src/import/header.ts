// The notice's own lines: its title, who signed it, when, and why the systems stop.
import type { Blocks } from './blocks.ts';
import { ISSUER } from './words.ts';

export interface Header {
  title: string;
  issuers: string[];
  /** YYYY-MM-DD */
  published?: string;
  reason?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const NOTICE_WORD = /通告|公告|通知|告知书|说明/;

export function readHeader(blocks: Blocks): Header {
  const headings = blocks.headings.map((h) => h.text);
  const lines = [...headings, ...blocks.paragraphs.map((p) => p.text)];
  const early = [...blocks.headings.map((h) => h.text), ...blocks.paragraphs.slice(0, 12).map((p) => p.text)];
  const title =
    early.find((l) => l.length <= 60 && !/[。；:：>|]/.test(l) && /(通告|公告|通知|告知书)$/.test(l)) ??
    headings.find((h) => NOTICE_WORD.test(h) && h.length >= 6) ??
    headings[0] ??
    firstLine(blocks);
  // issuers: short lines of agency names, near the end (the signature) or above the title
  const tail = blocks.paragraphs.slice(-6).map((p) => p.text);
  const issuers = [
    ...new Set(
      [...headings.filter((h) => h !== title && isIssuerLine(h)), ...tail.filter(isIssuerLine), ...early.flatMap(sourceOf)]
        .flatMap((l) => l.split(/\s+/))
        .filter((n) => ISSUER.test(n) && n.length >= 4),
    ),
  ];
  return { title, issuers, published: published(tail, lines) ?? bylineDate(early, lines.join('\n')), reason: reason(blocks, title) };
}

const firstLine = (b: Blocks) => (b.paragraphs[0]?.text ?? '公告').slice(0, 40);
/** A line of the signature: who signed, or the date alone. */
export const isSignature = (l: string) => isIssuerLine(l) || /^(20\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(l.trim());
const isIssuerLine = (l: string) => l.length <= 60 && !/[，。；：:]/.test(l) && l.split(/\s+/).every((n) => ISSUER.test(n));

/** "来源：九江市医疗保障局" (a byline, a page's info line): the agency it names. */
const sourceOf = (line: string) => [...line.matchAll(/(?:信息)?来源[:：]\s*([^\s，。；|*]{4,30})/g)].map((m) => m[1]!);

const FULL_DATE = String.raw`(20\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})`;
const BYLINES = [
  // "原创 九江医保 2023-04-18 17:45", "原创 泉州医保 2022年12月20日 18:30": a WeChat article's byline
  new RegExp(`^原创\\s.{0,40}?${FULL_DATE}`),
  // "发布时间：2023年4月18日" inside a line of the page's info
  new RegExp(`(?:^|\\s)(?:发布时间|发布日期|发文日期|成文日期|日期)[:：]\\s*${FULL_DATE}`),
  // "2022年07月15日 星期五 扬州日报 第A03版": a newspaper's page line, the date first
  new RegExp(`^${FULL_DATE}日?(?=\\s|星期|周|$)(?!.*[。，；])`),
];

/** A byline's date, else a news dateline's ("本报讯（记者…）7月14日，…") with the year of the text's first full date. */
function bylineDate(early: string[], text: string): string | undefined {
  for (const l of early.map((x) => x.replace(/\*/g, '').trim())) {
    const m = BYLINES.map((re) => re.exec(l)).find(Boolean);
    if (m) return `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`;
  }
  const year = (/(20\d{2})\s*年\s*\d{1,2}\s*月/.exec(text) ?? /(20\d{2})\s*年/.exec(text))?.[1];
  for (const l of early) {
    const m = /^(?:本报讯|本台讯|[^，。]{2,12}讯)\s*[（(][^）)]{0,40}[）)]\s*(?:(20\d{2})年)?(\d{1,2})月(\d{1,2})日/.exec(l);
    if (m && (m[1] ?? year)) return `${m[1] ?? year}-${pad(+m[2]!)}-${pad(+m[3]!)}`;
  }
  return undefined;
}

/** The signature date (a line that is only a date), else a 日期 line. */
function published(tail: string[], lines: string[]): string | undefined {
  for (const l of [...tail].reverse()) {
    const m = /^(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(l.trim());
    if (m) return `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`;
  }
  const dated = lines.find((l) => /^(日期|发布时间|发布日期|时间)[:：]/.test(l)) ?? lines.find((l) => /^20\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}/.test(l));
  if (dated) {
    const value = dated.replace(/^(日期|发布时间|发布日期|时间)[:：]\s*/, '');
    const full = /(20\d{2})[-年/.](\d{1,2})[-月/.](\d{1,2})/.exec(value);
    if (full) return `${full[1]}-${pad(+full[2]!)}-${pad(+full[3]!)}`;
    const d = new Date(value);
    if (!Number.isNaN(d.getTime())) return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  }
  return undefined;
}

/** Why the systems stop: the first sentence after the title that says 部署/为/根据 … 切换/上线. */
function reason(blocks: Blocks, title: string): string | undefined {
  const after = blocks.sentences.filter((s) => s.headings.includes(title) || !blocks.headings.some((h) => h.text === title));
  const s = after.find((x) => /(部署|为进一步|为了|根据|按照)/.test(x.text) && /(切换|上线|升级|迁移|停机)/.test(x.text));
  return s?.text;
}
