// The suspension timeline as an SVG picture, rendered on the server (works without
// script, prints, scales with its viewBox): one row per business with its name on
// its own line, a bar per suspension window, a green mark where it resumes, a fading
// end for 逐步恢复, a dashed end with an arrow when the notice gives no date, and a
// vertical line at the chosen moment. A pure function from the FAQ's data (faq-data.ts,
// whose statuses and wording src/answer/standing.ts decides) to a string; every text is escaped.
import { DateTime } from 'luxon';
import { fmtDay } from '../src/answer/format.ts';
import type { StandingState } from '../src/answer/standing.ts';
import type { BusinessStatus, FaqCity, FaqData, FaqWindow, StatusStrip } from './faq-data.ts';
import { escapeHtml as esc } from './html.ts';
import { textWidth, wrap } from './svg-text.ts';
import { pages as P } from '../src/answer/wording/index.ts';

export interface TimelineRow {
  name: string;
  status: Pick<BusinessStatus, 'state' | 'label' | 'text'>;
  windows: Pick<FaqWindow, 'suspend' | 'suspendText' | 'resume' | 'resumeMode' | 'resumeDescription'>[];
}

export interface TimelineInput {
  /** prefix for the picture's ids (gradients, title), unique on the page */
  id: string;
  title: string;
  /** the chosen moment: ISO 8601 with offset, and as the notice writes it */
  asOf: string;
  asOfText: string;
  rows: TimelineRow[];
}

// viewBox units: 360 wide, so at a phone's ~340 px the text keeps about its nominal size
const W = 360;
const PLOT_L = 8;
const PLOT_R = W - 8;
const NAME_SIZE = 14;
const TEXT_SIZE = 12;
const BAR_H = 12;
/** the fixed-length ends drawn at the right edge: open (dashed + arrow) and undated gradual (fade) */
const OPEN_TAIL = 34;
const FADE_TAIL = 64;
const DAY = 86_400_000;

const COLOR = {
  bar: '#c0392b',
  resume: '#1e7b3a',
  moment: '#0b4fb3',
  grid: '#d5dae0',
  text: '#1b1f24',
  muted: '#4a525c',
  state: {
    suspended: '#8c1d13',
    'open-ended': '#8c1d13',
    outdated: '#7a4b00',
    resuming: '#0f4c55',
    resumed: '#14532b',
    before: '#183d7a',
    unscheduled: '#183d7a',
    unaffected: '#30363d',
  } satisfies Record<StandingState, string> as Record<string, string>,
};

/** What each mark means; only the marks a picture uses are listed under it. */
const LEGEND = P.LEGEND;
type Mark = keyof typeof LEGEND;

const ms = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toMillis();
const r1 = (n: number) => Math.round(n * 10) / 10;
const text = (x: number, y: number, s: string, attrs = '') => `<text x="${r1(x)}" y="${r1(y)}"${attrs ? ` ${attrs}` : ''}>${esc(s)}</text>`;

/** The end as the notice words it, less "no date given": the drawn end already shows that. */
const endText = (w: TimelineRow['windows'][number]) => w.resumeDescription.replace(/（公告未给出具体日期）$/, '');

/** Where a window ends, as drawn. */
type End = 'date' | 'gradual-dated' | 'gradual-open' | 'open';
function endOf(w: TimelineRow['windows'][number]): End {
  if (w.resumeMode === 'date' && w.resume) return 'date';
  if (w.resumeMode === 'gradual') return w.resume ? 'gradual-dated' : 'gradual-open';
  return 'open';
}

interface Scale {
  x: (t: number) => number;
  from: number;
  to: number;
  /** the chosen moment is off the picture's range: its line is drawn at that edge */
  off?: 'left' | 'right';
}

/** The time range: every date the rows name, room at the right for open ends, and the chosen moment when it is near. */
function scaleOf(rows: TimelineRow[], at: number): Scale {
  const windows = rows.flatMap((r) => r.windows);
  const known = windows.flatMap((w) => [ms(w.suspend), ...(w.resume ? [ms(w.resume)] : [])]);
  const t0 = known.length ? Math.min(...known) : at - DAY;
  const t1 = known.length ? Math.max(...known) : at + DAY;
  const span = Math.max(t1 - t0, 2 * DAY);
  const hasTail = windows.some((w) => endOf(w) !== 'date');
  let from = t0 - span * 0.06;
  // the drawn ends must lie right of the last named date
  let to = hasTail ? t1 + (t1 - from) * ((FADE_TAIL + 6) / (PLOT_R - PLOT_L - FADE_TAIL - 6)) : t1 + span * 0.06;
  let off: Scale['off'];
  if (at < from - span * 0.6) off = 'left';
  else if (at > to + span * 0.6) off = 'right';
  else {
    from = Math.min(from, at - span * 0.04);
    to = Math.max(to, at + span * 0.04);
  }
  const k = (PLOT_R - PLOT_L) / (to - from);
  return { x: (t) => PLOT_L + (t - from) * k, from, to, off };
}

/** Day ticks at midnight in the notice's offset, far enough apart for their labels. */
function ticks(scale: Scale, offsetIso: string): { x: number; label: string }[] {
  const pxPerDay = scale.x(scale.from + DAY) - scale.x(scale.from);
  const step = [1, 2, 3, 4, 7, 14, 28, 56, 112, 224, 448].find((d) => d * pxPerDay >= 74) ?? 896;
  const zone = DateTime.fromISO(offsetIso, { setZone: true }).zone;
  const first = DateTime.fromMillis(scale.from, { zone }).startOf('day').plus({ days: 1 });
  const out: { x: number; label: string }[] = [];
  for (let t = first; t.toMillis() < scale.to; t = t.plus({ days: step })) {
    const x = scale.x(t.toMillis());
    if (x > PLOT_R - 30) break;
    out.push({ x, label: fmtDay(t, first) });
  }
  return out;
}

function windowMarks(w: TimelineRow['windows'][number], scale: Scale, y: number, ids: { fade: string }, used: Set<Mark>): string {
  const xs = Math.max(PLOT_L, scale.x(ms(w.suspend)));
  const end = endOf(w);
  const data = `data-window="" data-suspend="${esc(w.suspend)}" data-end="${end}"`;
  const out: string[] = [];
  const bar = (x0: number, x1: number, attrs = '') => `<rect x="${r1(x0)}" y="${r1(y)}" width="${r1(Math.max(x1 - x0, 2))}" height="${BAR_H}" ${attrs}/>`;
  used.add('bar');
  if (end === 'date' || end === 'gradual-dated') {
    const xe = scale.x(ms(w.resume!));
    out.push(bar(xs, xe, `fill="${COLOR.bar}" class="tl-bar" ${data}`));
    if (end === 'gradual-dated') {
      used.add('fade');
      out.push(bar(xe, Math.min(xe + FADE_TAIL, PLOT_R), `fill="url(#${ids.fade})"`));
    }
    used.add('resume');
    out.push(`<rect x="${r1(xe - 1.5)}" y="${r1(y - 4)}" width="3" height="${BAR_H + 8}" fill="${COLOR.resume}" class="tl-resume"/>`);
  } else if (end === 'gradual-open') {
    used.add('fade');
    const xf = Math.max(xs + 6, PLOT_R - FADE_TAIL);
    out.push(`<g class="tl-bar" ${data}>${bar(xs, xf, `fill="${COLOR.bar}"`)}${bar(xf, PLOT_R, `fill="url(#${ids.fade})"`)}</g>`);
  } else {
    used.add('open');
    const xo = Math.max(xs + 6, PLOT_R - OPEN_TAIL);
    const tip = `${r1(PLOT_R - 9)},${r1(y - 3)} ${PLOT_R},${r1(y + BAR_H / 2)} ${r1(PLOT_R - 9)},${r1(y + BAR_H + 3)}`;
    out.push(
      `<g class="tl-bar" ${data}>${bar(xs, xo, `fill="${COLOR.bar}"`)}${bar(xo, PLOT_R - 9, `fill="${COLOR.bar}" fill-opacity="0.18" stroke="${COLOR.bar}" stroke-width="1.2" stroke-dasharray="3 2"`)}<polygon points="${tip}" fill="${COLOR.bar}"/></g>`,
    );
  }
  return out.join('');
}

function legend(used: Set<Mark>, y: number, ids: { fade: string }): { svg: string; height: number } {
  const items: string[] = [];
  let x = PLOT_L;
  let line = 0;
  for (const mark of Object.keys(LEGEND) as Mark[]) {
    if (!used.has(mark)) continue;
    const label = LEGEND[mark];
    const w = 26 + textWidth(label, TEXT_SIZE) + 12;
    if (x > PLOT_L && x + w > PLOT_R) {
      x = PLOT_L;
      line++;
    }
    const ly = y + line * 18;
    const swatch = {
      bar: `<rect x="${r1(x)}" y="${r1(ly - 9)}" width="20" height="10" fill="${COLOR.bar}"/>`,
      resume: `<rect x="${r1(x + 9)}" y="${r1(ly - 12)}" width="3" height="15" fill="${COLOR.resume}"/>`,
      fade: `<rect x="${r1(x)}" y="${r1(ly - 9)}" width="20" height="10" fill="url(#${ids.fade})"/>`,
      open: `<rect x="${r1(x)}" y="${r1(ly - 9)}" width="13" height="10" fill="${COLOR.bar}" fill-opacity="0.18" stroke="${COLOR.bar}" stroke-dasharray="3 2"/><polygon points="${r1(x + 13)},${r1(ly - 11)} ${r1(x + 21)},${r1(ly - 4)} ${r1(x + 13)},${r1(ly + 3)}" fill="${COLOR.bar}"/>`,
      moment: `<rect x="${r1(x + 9)}" y="${r1(ly - 12)}" width="2" height="15" fill="${COLOR.moment}"/>`,
    }[mark];
    items.push(`${swatch}${text(x + 26, ly, label, `font-size="${TEXT_SIZE}" fill="${COLOR.text}"`)}`);
    x += w;
  }
  return { svg: `<g class="tl-legend">${items.join('')}</g>`, height: (line + 1) * 18 };
}

/** The picture as an SVG string (no XML declaration: it goes inline into HTML, or through DOMParser). */
export function timelineSvg(input: TimelineInput): string {
  const id = input.id.replace(/[^A-Za-z0-9_-]/g, '_');
  const ids = { title: `${id}-title`, desc: `${id}-desc`, fade: `${id}-fade` };
  const at = ms(input.asOf);
  const scale = scaleOf(input.rows, at);
  const used = new Set<Mark>(['moment']);
  const top = 44; // moment label, then the day ticks
  const marks: string[] = [];
  const body: string[] = [];
  let y = top;
  for (const row of input.rows) {
    const statusW = textWidth(row.status.label, TEXT_SIZE) + 4;
    const names = wrap(row.name, NAME_SIZE, PLOT_R - PLOT_L - statusW - 10);
    const lines: string[] = [];
    y += NAME_SIZE;
    body.push(`<g class="tl-row" data-state="${esc(row.status.state)}">`);
    body.push(
      text(PLOT_R, y, row.status.label, `font-size="${TEXT_SIZE}" font-weight="700" text-anchor="end" fill="${COLOR.state[row.status.state] ?? COLOR.muted}"`),
    );
    names.forEach((n, i) =>
      body.push(text(PLOT_L, y + i * (NAME_SIZE + 3), n, `font-size="${NAME_SIZE}" font-weight="700" fill="${COLOR.text}" class="tl-name"`)),
    );
    y += (names.length - 1) * (NAME_SIZE + 3) + 9;
    if (row.windows.length) {
      for (const w of row.windows) marks.push(windowMarks(w, scale, y, ids, used));
      y += BAR_H + 4;
      for (const w of row.windows) lines.push(...wrap(P.windowText(w.suspendText, endText(w)), TEXT_SIZE, PLOT_R - PLOT_L));
    } else lines.push(row.status.text);
    for (const l of lines) {
      y += TEXT_SIZE + 3;
      body.push(text(PLOT_L, y, l, `font-size="${TEXT_SIZE}" fill="${COLOR.muted}" class="tl-dates"`));
    }
    body.push('</g>');
    y += 14;
  }
  const bottom = y - 8;

  // the chosen moment: a line over every row, its label above the ticks
  const mx = scale.off === 'left' ? PLOT_L : scale.off === 'right' ? PLOT_R : scale.x(at);
  const label = scale.off === 'left' ? `← ${input.asOfText}` : scale.off === 'right' ? `${input.asOfText} →` : input.asOfText;
  const lw = textWidth(label, TEXT_SIZE + 0.5);
  const anchor = mx - lw / 2 < PLOT_L ? 'start' : mx + lw / 2 > PLOT_R ? 'end' : 'middle';
  const lx = anchor === 'start' ? Math.max(PLOT_L, mx - 4) : anchor === 'end' ? Math.min(PLOT_R, mx + 4) : mx;
  const momentLine = `<line x1="${r1(mx)}" x2="${r1(mx)}" y1="18" y2="${r1(bottom)}" stroke="${COLOR.moment}" stroke-width="2"${scale.off ? ' stroke-dasharray="4 3"' : ''} class="tl-now"/>`;
  const moment = `<g class="tl-moment" data-at="${esc(input.asOf)}"${scale.off ? ` data-off="${scale.off}"` : ''}>${text(lx, 14, label, `font-size="${TEXT_SIZE + 0.5}" font-weight="700" text-anchor="${anchor}" fill="${COLOR.moment}"`)}${momentLine}</g>`;

  const grid = ticks(scale, input.asOf)
    .map((t) => {
      const half = textWidth(t.label, TEXT_SIZE - 1) / 2;
      const lx = Math.min(Math.max(t.x, PLOT_L + half), PLOT_R - half); // the label stays inside the picture
      return `<line x1="${r1(t.x)}" x2="${r1(t.x)}" y1="34" y2="${r1(bottom)}" stroke="${COLOR.grid}" stroke-width="1"/>${text(lx, 31, t.label, `font-size="${TEXT_SIZE - 1}" text-anchor="middle" fill="${COLOR.muted}"`)}`;
    })
    .join('');
  // the legend goes first, so a reader knows the marks before meeting them; the rest moves down by its height
  const key = legend(used, 13, ids);
  const shift = key.height + 6;
  const height = Math.ceil(shift + bottom + 8);
  const desc = [
    P.timelineLead(input.asOfText),
    ...input.rows.map((r) =>
      P.timelineRow(
        r.name,
        r.status.label,
        r.windows.map((w) => P.windowText(w.suspendText, w.resumeDescription)),
        r.status.text,
      ),
    ),
  ].join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="timeline-svg" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-labelledby="${ids.title} ${ids.desc}" font-family="inherit"><title id="${ids.title}">${esc(input.title)}</title><desc id="${ids.desc}">${esc(desc)}</desc><defs><linearGradient id="${ids.fade}" x1="0" x2="1" y1="0" y2="0"><stop offset="0" stop-color="${COLOR.bar}" stop-opacity="0.9"/><stop offset="1" stop-color="${COLOR.bar}" stop-opacity="0"/></linearGradient></defs>${key.svg}<g transform="translate(0 ${shift})">${grid}<g class="tl-marks">${marks.join('')}</g>${moment}<g stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${body.join('')}</g></g></svg>`;
}

/** A city's picture from the FAQ's data: one row per business of each of its notices. */
export function cityTimeline(city: FaqCity, asOf: string, asOfText: string): string {
  return timelineSvg({
    id: `tl-${city.notices.map((n) => n.id).join('-') || 'city'}`,
    title: P.timelineTitle(city.name, asOfText),
    asOf,
    asOfText,
    rows: city.notices.flatMap((n) => n.businesses.map((b) => ({ name: b.short, status: b.status, windows: b.windows }))),
  });
}

/** The console's status payload with each city's picture (as of the same moment) added. */
export type StatusWithTimelines = Omit<StatusStrip, 'cities'> & { cities: (StatusStrip['cities'][number] & { timeline?: string })[] };

/** Above this many cities (the console's 全部城市 with a large knowledge) no pictures: a city must be chosen. */
export const MAX_TIMELINES = 5;

/** `faqOf` builds the FAQ's data for the same moment and cities; it is called only when pictures are drawn. */
export function withTimelines(strip: StatusStrip, faqOf: () => FaqData): StatusWithTimelines {
  if (strip.cities.length > MAX_TIMELINES) return strip;
  const faq = faqOf();
  const cities = strip.cities.map((c) => {
    const city = faq.cities.find((f) => f.name === c.name);
    return city ? { ...c, timeline: cityTimeline(city, faq.asOf, faq.asOfText) } : c;
  });
  return { ...strip, cities };
}
