// Where a reply's facts come from: the notice, its issuers and date, and the quoted sentences.
import type { Notice } from '../knowledge/model.ts';
import { fmtDay } from './format.ts';
import { contacts as W } from './wording/index.ts';
import type { Source } from '../contract/types.ts';

export type { Source } from '../contract/types.ts';

/** Collects quotes per notice while a reply is composed. */
export class SourceList {
  private readonly byNotice = new Map<string, Source>();
  private readonly used = new Map<string, Notice>();

  add(notice: Notice, ...quotes: (string | undefined)[]): void {
    this.used.set(notice.id, notice);
    const s = this.byNotice.get(notice.id) ?? {
      noticeId: notice.id,
      title: notice.title,
      issuers: notice.issuers,
      published: publishedDate(notice),
      quotes: [],
    };
    for (const q of quotes) if (q && !s.quotes.includes(q)) s.quotes.push(q);
    this.byNotice.set(notice.id, s);
  }

  list(): Source[] {
    return [...this.byNotice.values()];
  }

  /** One "来源：…" line per notice used. */
  lines(): string[] {
    return [...this.used.values()].map(sourceLine);
  }
}

/** each notice's date (ISO) and source line, written once per knowledge load */
const written = new WeakMap<Notice, { published?: string; line: string }>();
function writtenOf(notice: Notice): { published?: string; line: string } {
  let w = written.get(notice);
  if (!w) written.set(notice, (w = { published: notice.published?.toISODate() ?? undefined, line: sourceLineOf(notice) }));
  return w;
}
const publishedDate = (notice: Notice) => writtenOf(notice).published;

/** "来源：长沙市医疗保障局《…》（2021年12月11日）"; an unsigned notice: "来源：《…》" */
export function sourceLine(notice: Notice): string {
  return writtenOf(notice).line;
}

function sourceLineOf(notice: Notice): string {
  const issuer = notice.issuers.length > 1 ? W.issuerAndOthers(notice.issuers[0]!) : (notice.issuers[0] ?? '');
  return W.sourceLine(issuer, notice.title, notice.published ? fmtDay(notice.published) : undefined);
}
