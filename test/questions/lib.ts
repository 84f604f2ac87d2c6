// Helpers for the project's own question set: regex builders that accept the usual
// ways a Chinese reply writes a date and a time, verdict patterns, and the scorer.
// A TypeScript port of ../shared/eval/lib.mjs with the same semantics (that file is
// outside the repository, so tests must not import it).

export type Case = {
  id: string;
  cat: string;
  /** moment of asking, ISO 8601 with +08:00 offset */
  at: string;
  q: string;
  /** cases sharing a session id form one conversation, asked in array order */
  session?: string;
  must?: RegExp[];
  not?: RegExp[];
};

const CN_NUM = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** Normalise a reply: full-width digits/colons/parens to ASCII, whitespace runs to one space. */
export function norm(s: unknown): string {
  return String(s)
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/：/g, ':')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/\s+/g, ' ');
}

function hourForms(h: number, min: number): string[] {
  // 24-hour forms
  const mm = String(min).padStart(2, '0');
  const forms: string[] = [];
  const hs = [String(h), String(h).padStart(2, '0')];
  for (const hh of new Set(hs)) {
    forms.push(`${hh}:${mm}`);
    if (min === 0) forms.push(`${hh}(?:时|点)(?!\\d)`, `${hh}时00分`, `${hh}点00分?`);
    else forms.push(`${hh}时${mm}分`, `${hh}点${mm}分?`, ...(min === 30 ? [`${hh}点半`] : []));
  }
  // 12-hour forms with a day-part prefix
  const h12 = h > 12 ? h - 12 : h;
  const parts = h < 12 ? '(?:凌晨|早上|早晨|上午|早)' : h < 13 ? '(?:中午|上午)' : h < 19 ? '(?:下午|傍晚|晚上|晚)' : '(?:晚上|晚间|夜间|夜里|晚)';
  const h12s = [String(h12), CN_NUM[h12] ?? String(h12)];
  for (const x of h12s) {
    if (min === 0) forms.push(`${parts}${x}(?:点|时|:00)(?!\\d)(?!半)(?!:[1-5])`);
    else if (min === 30) forms.push(`${parts}${x}(?:点半|点30分?|时30分|:30)`);
    else forms.push(`${parts}${x}(?:点${mm}分?|时${mm}分|:${mm})`);
  }
  return forms;
}

function dateForms(m: number, d: number): string[] {
  const M = `0?${m}`;
  const D = `0?${d}`;
  return [`${M}月${D}(?:日|号)`, `(?:20\\d\\d[-/.])?${M}[-/.]${D}(?!\\d)`];
}

/** Date + time with optional weekday and connectors between them. */
export function dt(m: number, d: number, h: number, min = 0): RegExp {
  if (h === 24) {
    // "D日24:00" is the same instant as "D+1日0:00"
    const next = new Date(Date.UTC(2021, m - 1, d + 1));
    const a = `(?:${dateForms(m, d).join('|')})(?:\\(?(?:星期|周)[一二三四五六日天]\\)?)? ?(?:的)? ?(?:24:00|24时|24点|二十四时|晚上12点|深夜12点|午夜|夜里12点|零点前)`;
    const b = dt(next.getUTCMonth() + 1, next.getUTCDate(), 0, 0).source;
    return new RegExp(`${a}|${b}`);
  }
  const dates = dateForms(m, d).join('|');
  const times = (h === 0 ? ['0:00', '00:00', '0时', '0点', '零点', '零时', '凌晨0点', '凌晨12点'] : hourForms(h, min)).join('|');
  return new RegExp(`(?:${dates}) ?(?:\\(?(?:星期|周)[一二三四五六日天]\\)?)? ?(?:的|起|,|，)? ?(?:${times})`);
}

/** Time of day alone (for "today"/"tonight" answers). */
export function tm(h: number, min = 0): RegExp {
  return new RegExp(`(?<!\\d)(?:${hourForms(h, min).join('|')})`);
}

export const R = {
  /** the service is stopped (at the asked moment) */
  stopped: /暂停|停机|停办|停止|无法|不能|不可以|不支持|暂不/,
  /** the service still/already works at the asked moment (a positive not preceded by a negation) */
  works: /(?<![不未没])(可以|能够|能正常|仍可|仍能|还能|还可以|照常|正常(办理|结算|使用|刷卡|报销|发放))/,
  resumed: /已(经)?(于.{0,30})?恢复|恢复正常|已恢复|已经可以|已(经)?重新|已上线|已完成切换|(切换|停机)(已经?)?(结束|完成)/,
  notResumed: /尚未恢复|还未恢复|还没(有)?恢复|未恢复(?!前)|(目前|现在|当前)(仍|还)?(处于|在)?(暂停|停机)(期间|中)/,
  fallback:
    /抱歉|没有找到|未找到|暂未收录|暂无|未收录|无法回答|不在.{0,8}范围|仅(支持|提供|收录|能回答)|只(支持|能|收录)|暂不支持|超出|不清楚|没有相关|没有.{0,6}信息|暂时无法|人工|转接/,
};

/** Score one reply against a case; returns the list of failed checks (empty = pass). */
export function check(c: Pick<Case, 'must' | 'not'>, answer: string): string[] {
  const a = norm(answer);
  const fails: string[] = [];
  for (const p of c.must ?? []) {
    const re = p instanceof RegExp ? p : new RegExp(p);
    if (!re.test(a)) fails.push(`missing ${re}`);
  }
  for (const p of c.not ?? []) {
    const re = p instanceof RegExp ? p : new RegExp(p);
    if (re.test(a)) fails.push(`forbidden ${re}`);
  }
  const bytes = Buffer.byteLength(answer, 'utf8');
  if (bytes > 2048) fails.push(`reply is ${bytes} bytes (> 2048)`);
  return fails;
}
