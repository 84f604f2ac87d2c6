// A notice as people get it (bytes and a file name, or pasted text) → its clean text as
// Markdown. No file I/O: the CLI and the operator page read the bytes themselves.
import { parse as parseYaml } from 'yaml';
import { htmlToMarkdown } from './html.ts';
import { ISSUER } from './words.ts';
import { ImportError } from './errors.ts';
import { tabsToTables } from './tabs.ts';
import { joinBrokenTitle, unwrapHardBreaks } from './unwrap.ts';
import { spacedTables } from './spaced-table.ts';
import { flatTimetables } from './flat-timetable.ts';

export type Format = 'html' | 'docx' | 'md' | 'txt';

export interface NoticeSource {
  /** the file's bytes, or pasted text */
  content: Uint8Array | string;
  /** the file name (its extension tells the format) unless `format` is given */
  name?: string;
  format?: Format;
}

const EXTENSIONS: Record<string, Format> = { html: 'html', htm: 'html', docx: 'docx', md: 'md', markdown: 'md', txt: 'txt' };

/** The format of a file name: `wuhan.html.txt` is HTML when its text is. */
export function formatOf(name: string): Format {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (ext === 'pdf') throw new ImportError('PDF: not supported (save the notice as .docx, .html or .txt; scanned images are out of scope)');
  if (ext === 'doc') throw new ImportError('.doc (Word 97) is not supported: save it as .docx');
  const format = EXTENSIONS[ext];
  if (!format) throw new ImportError(`unknown file type "${ext ? '.' + ext : name}": give a .html, .docx, .md or .txt notice`);
  return format;
}

export async function toMarkdown(source: NoticeSource): Promise<string> {
  let format = source.format ?? (source.name ? formatOf(source.name) : 'txt');
  if (format === 'docx') {
    if (typeof source.content === 'string') throw new ImportError('a .docx must be given as bytes');
    if (!isZip(source.content)) throw new ImportError('not a .docx file (a .docx is a zip archive)');
    let html: string;
    try {
      const mammoth = (await import('mammoth')).default; // at first use, like the HTML parser (html.ts): ~15 MB resident
      html = (await mammoth.convertToHtml({ buffer: Buffer.from(source.content) })).value;
    } catch (e) {
      throw new ImportError(`cannot read the .docx: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
    return finish(await htmlToMarkdown(html));
  }
  const text = typeof source.content === 'string' ? source.content : decode(source.content);
  const { front, body } = frontMatter(text);
  if (format === 'txt' && /<(p|div|table|br|html|body)\b[^>]*>/i.test(body)) format = 'html';
  const lines = body.replace(/\r\n?/g, '\n');
  // plain text copied from a PDF breaks lines where the page was full: joined back first, after its
  // flattened timetables are rebuilt (their rows must not be joined as prose)
  const markdown =
    format === 'html' ? await htmlToMarkdown(body) : tabsToTables(format === 'txt' ? spacedTables(unwrapHardBreaks(flatTimetables(lines))) : lines);
  return finish(front + markdown);
}

/** lines of a saved page that are the site's, not the notice's */
const CHROME_LINE =
  /版权所有|ICP备|网站标识码|^主办(单位)?[:：]|当前位置|^(首页\s*[>|]|\|?\s*首页\s*\|)|责任编辑|^相关(新闻|阅读|链接)$|^【打印本页】|^【关闭窗口】|^(上一篇|下一篇)[:：]|^扫一扫|网站地图|点击蓝字|长按识别二维码|^(阅读原文|往期推荐)$/;
/** a page's info line: the notice's date, kept even when the line also credits the editor */
const DATED_INFO = /(发布时间|发布日期|发文日期)[:：]\s*20\d{2}/;
/** the site's words inside a line that also holds the notice's (its date, its source) */
const CHROME_BITS =
  /\s*(责任编辑[:：]\s*[^\s|]*|分享到[:：].*$|[[【]?\s*(字号|字体)[:：]?\s*[[【]?\s*大\s*中\s*小\s*[\]】]*|字号[:：]\s*\[[^\]]*\]|\s【?(打印|关闭)(本页|窗口)?】?\s*$|【打印本页】|【关闭窗口】|(浏览次数|点击数|点击量|阅读数|访问量)[:：]\s*\d+)/g;

/**
 * a WeChat article's own chrome: its counters and buttons (阅读 3.2万, 点赞, 在看, 写留言), the
 * follow prompts, the editors' credit line, a line of emoji pointing at a QR code
 */
const APP_CHROME_LINE =
  /^(阅读|点赞|在看|分享|写留言|留言|收藏|赞|听过|喜欢此内容的人还喜欢)(\s*[\d.]+\s*[万wW]?\+?)?$|^微信扫一扫|^(继续滑动看下一个|向上滑动看下一个|轻触阅读原文|知道了|预览时标签不可点)$|^(编辑|审核|校对|初审|复审|终审|排版|美编|文字|图片)[:：][^。，]{0,20}(\s+(编辑|审核|校对|初审|复审|终审|排版|美编)[:：][^。，]{0,20})*$|^(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\s)+$/u;
/** a section heading's emoji marker ("📅 一、暂停时间", "☎ 三、咨询电话"): the words are the heading */
const EMOJI_MARK = /^((?:#{1,6}\s+|\*\*)?)\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\u{20E3}|\s)*(?=\S)/u;

/** emoji and marks inside a line of a forwarded chat message ("留好‼️", "看看👇"): noise, never words */
const EMOJI = /(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\u{20E3})+/gu;
/** a line that is only "【异地就医备案】": a chat message's section heading */
const BRACKET_HEADING = /^【([^【】]{2,20})】$/;
/** "8号晚上6点", "19号（周一）恢复": a day of the month written with 号, read as 日 (not "3号窗口") */
const DAY_HAO =
  /(?<![\d.])([12]?\d|3[01])号(?=\s*(?:[（(](?:周|星期)|上午|下午|早上|晚上|中午|凌晨|夜里|零时|零点|\d{1,2}\s*[:：点时]|起|以后|之后|前|至|到|—|-|～|~|恢复|暂停|开始))/g;

/** A line of a forwarded chat message as a notice's: emoji dropped, a 【heading】 a heading, 号 a day. */
const informal = (line: string) => {
  const l = line.replace(EMOJI, '').replace(DAY_HAO, '$1日');
  const heading = BRACKET_HEADING.exec(l.trim());
  if (heading) return `## ${heading[1]}`;
  const signature = /^\s*[—－]{1,2}\s*(\S{2,30})$/.exec(l); // "——某某市医疗保障局": the issuer's signature
  return signature && ISSUER.test(signature[1]!) ? signature[1]! : l;
};

function finish(markdown: string): string {
  const lines = markdown
    .split('\n')
    .filter((l) => !((CHROME_LINE.test(l) || APP_CHROME_LINE.test(l.trim())) && l.length <= 120 && !DATED_INFO.test(l)))
    .map((l) => informal(l.replace(EMOJI_MARK, '$1')))
    .map((l) => l.replace(CHROME_BITS, ''));
  // a forwarded message's first line ("【温馨提示】…"), in a text with no heading of its own, is its title
  if (/^【/.test(lines[0] ?? '') && !lines.some((l) => /^#\s/.test(l))) lines[0] = `# ${lines[0]}`;
  const text = joinBrokenTitle(lines)
    .join('\n')
    .replace(/[\u00a0\u3000]/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!text) throw new ImportError('the notice is empty');
  return text + '\n';
}

const isZip = (b: Uint8Array) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b;

/** UTF-8 text, or a clear refusal of binary junk. */
function decode(bytes: Uint8Array): string {
  if (!bytes.length) throw new ImportError('the notice is empty');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('not a text file (the bytes are not UTF-8 text)');
  }
  const control = [...text.slice(0, 4000)].filter((c) => /[\u0000-\u0008\u000e-\u001f]/.test(c)).length;
  if (control > 4) throw new ImportError('not a text file (it holds binary data)');
  return text.replace(/^\uFEFF/, '');
}

/** A page saved by a blog tool starts with YAML front matter: its title and date become the first lines. */
function frontMatter(text: string): { front: string; body: string } {
  const m = /^\s*---\r?\n([\s\S]*?)\r?\n---\s*\r?\n/.exec(text);
  if (!m) return { front: '', body: text };
  let data: Record<string, unknown> = {};
  try {
    data = (parseYaml(m[1]!) ?? {}) as Record<string, unknown>;
  } catch {
    return { front: '', body: text };
  }
  const lines = [
    typeof data.title === 'string' ? `# ${data.title.trim()}` : '',
    data.date ? `日期：${String(data.date)}` : '',
    typeof data.author === 'string' ? `来源：${data.author}` : '',
  ].filter(Boolean);
  return { front: lines.join('\n\n') + '\n\n', body: text.slice(m[0].length) };
}
