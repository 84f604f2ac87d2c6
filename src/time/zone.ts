// Time's one home: the service's zone, its clock, and how a moment is read
// (ISO 8601; without an offset it is Asia/Shanghai time).
//
// Why fixed offsets: luxon asks Intl.DateTimeFormat#formatToParts for the offset
// of an IANA zone on every operation (23% of an API request in a profile).
// Shanghai has kept UTC+8 without DST since 1991, so over the years the service
// deals in, the fixed zone UTC+8 gives the same wall-clock times for no cost.
// Any zone is mapped the same way when, and only when, its offset never changes
// over those years; a zone with DST keeps its IANA rules.
import { DateTime, FixedOffsetZone, IANAZone, Settings, type Zone } from 'luxon';

// No Intl in the service: its first Intl.DateTimeFormat maps ~5 MB of ICU data into resident
// memory for good (BENCHMARKS.md, session 9). luxon makes one to learn the system's locale for
// every DateTime that names none; no reply depends on a locale (numeric formats only), so one is named.
Settings.defaultLocale = 'en-US';

/** The zone of the service's clock and of a moment written without an offset. */
export const ZONE_NAME = 'Asia/Shanghai';

/** The years a question may be asked in; a moment outside them is a typing mistake. */
export const MOMENT_YEARS = { first: 2000, last: 2100 } as const;

/** The years checked for a change of offset: every notice's and every question's, with room on both sides. */
export const ZONE_CHECK_YEARS = { first: 1992, last: 2100 } as const;

/**
 * Zones known to keep one offset (minutes) over ZONE_CHECK_YEARS, as the check below finds with Intl
 * (test/core/fixed-zone.test.ts checks each): the service's own needs no Intl (see Settings above).
 */
export const KNOWN_FIXED_OFFSETS: ReadonlyMap<string, number> = new Map([[ZONE_NAME, 480]]);

const zones = new Map<string, Zone>();
/** false only to compare with luxon's own IANA arithmetic (test/fixed-zone.test.ts) */
let fixedOffsets = true;

/** The offset (minutes) of `zone` on the 1st and the 15th of every month of ZONE_CHECK_YEARS, when it is always the same (luxon asks Intl). */
export function constantOffset(zone: IANAZone): number | undefined {
  let offset: number | undefined;
  for (let year = ZONE_CHECK_YEARS.first; year <= ZONE_CHECK_YEARS.last; year++) {
    for (let month = 0; month < 12; month++) {
      for (const day of [1, 15]) {
        const o = zone.offset(Date.UTC(year, month, day, 12));
        if (offset === undefined) offset = o;
        else if (o !== offset) return undefined;
      }
    }
  }
  return offset;
}

/**
 * The zone for an IANA name: a fixed offset when the zone has no DST and no change
 * of offset over ZONE_CHECK_YEARS, else the IANA zone itself (invalid when the name is unknown).
 * Checked once per name.
 */
export function zoneOf(name: string): Zone {
  let zone = zones.get(name);
  if (!zone) {
    const known = fixedOffsets ? KNOWN_FIXED_OFFSETS.get(name) : undefined;
    if (known !== undefined) zone = FixedOffsetZone.instance(known);
    else {
      const iana = IANAZone.create(name);
      const offset = iana.isValid && fixedOffsets ? constantOffset(iana) : undefined;
      zone = offset === undefined ? iana : FixedOffsetZone.instance(offset);
    }
    zones.set(name, zone);
  }
  return zone;
}

/** The service's zone: UTC+8, fixed (see above). */
export let ZONE: Zone = zoneOf(ZONE_NAME);

/**
 * Turns the fixed offsets off (or on again), for a test that compares the replies
 * of both; knowledge loaded before keeps the zones it was built with.
 */
export function useFixedOffsets(on: boolean): void {
  fixedOffsets = on;
  zones.clear();
  readMoments.clear();
  ZONE = zoneOf(ZONE_NAME);
}

/** The instant (epoch ms) its day starts in its own zone, as `t.startOf('day').toMillis()`: arithmetic in a fixed-offset zone, luxon's otherwise. */
export function dayStartMillis(t: DateTime): number {
  if (!t.zone.isUniversal) return t.startOf('day').toMillis();
  const ms = t.toMillis();
  const local = ms + t.offset * 60_000;
  return ms - (((local % 86_400_000) + 86_400_000) % 86_400_000);
}

/** Both moments in one fixed offset: a day is 24 hours there, and a local day is plain arithmetic. */
const oneFixedOffset = (a: DateTime, b: DateTime) => a.zone.isUniversal && b.zone.isUniversal && a.offset === b.offset;

/**
 * How many days (with the fraction) `b` is after `a`, as `b.diff(a, 'days').days`: epoch arithmetic in one
 * fixed offset, luxon's otherwise. The fraction may differ from luxon's in its last bit: compare or round it.
 */
export function daysFrom(a: DateTime, b: DateTime): number {
  return oneFixedOffset(a, b) ? (b.toMillis() - a.toMillis()) / 86_400_000 : b.diff(a, 'days').days;
}

/** How many days `b` is after the start of `a`'s day, as `b.diff(a.startOf('day'), 'days').days` (see daysFrom). */
export function daysFromDayStart(a: DateTime, b: DateTime): number {
  return oneFixedOffset(a, b) ? (b.toMillis() - dayStartMillis(a)) / 86_400_000 : b.diff(a.startOf('day'), 'days').days;
}

/** Whether `b` falls on `a`'s local day, as `a.hasSame(b, 'day')`: arithmetic in one fixed offset, luxon's otherwise. */
export function sameDay(a: DateTime, b: DateTime): boolean {
  return oneFixedOffset(a, b) ? dayStartMillis(a) === dayStartMillis(b) : a.hasSame(b, 'day');
}

const DAY_MS = 86_400_000;

/** The start of `t`'s day, as `t.startOf('day')`: from epoch arithmetic in a fixed offset, luxon's otherwise. */
export function startOfDay(t: DateTime): DateTime {
  return t.zone.isUniversal ? DateTime.fromMillis(dayStartMillis(t), { zone: t.zone }) : t.startOf('day');
}

/**
 * `t`'s day of the (ISO) week, 1 (Monday) to 7, as `t.weekday`, from its local day's number since
 * 1970-01-01 (a Thursday) in every zone: luxon's getter works out the whole ISO week (its year and
 * number) for it, ~2% of a first-seen answer that names a day.
 */
export function weekdayOf(t: DateTime): number {
  const day = Math.floor((t.toMillis() + t.offset * 60_000) / DAY_MS);
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The start of `t`'s (ISO, Monday) week, as `t.startOf('week')` (see startOfDay). */
export function startOfWeek(t: DateTime): DateTime {
  return t.zone.isUniversal ? DateTime.fromMillis(dayStartMillis(t) - (weekdayOf(t) - 1) * DAY_MS, { zone: t.zone }) : t.startOf('week');
}

/** `t` some calendar days later (or earlier), as `t.plus({ days })`: 24 hours a day in a fixed offset, luxon's calendar otherwise. */
export function plusDays(t: DateTime, days: number): DateTime {
  return t.zone.isUniversal ? DateTime.fromMillis(t.toMillis() + days * DAY_MS, { zone: t.zone }) : t.plus({ days });
}

/** `t` some hours and minutes later, as `t.plus({ hours, minutes })`: luxon adds those as milliseconds in every zone. */
export function plusClock(t: DateTime, hours: number, minutes = 0): DateTime {
  return DateTime.fromMillis(t.toMillis() + hours * 3_600_000 + minutes * 60_000, { zone: t.zone });
}

/**
 * Midnight starting a calendar day, as `DateTime.fromObject({ year, month, day }, { zone })`, or null
 * when there is no such day (2月30日): from Date.UTC in a fixed offset, luxon's otherwise.
 */
export function dayOf(year: number, month: number, day: number, zone: Zone): DateTime | null {
  if (!zone.isUniversal || year < 100) {
    const d = DateTime.fromObject({ year, month, day }, { zone });
    return d.isValid ? d : null;
  }
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return null;
  const utc = Date.UTC(year, month - 1, day);
  if (new Date(utc).getUTCDate() !== day) return null;
  return DateTime.fromMillis(utc - zone.offset(utc) * 60_000, { zone });
}

/** Day `n` of the month `k` months from `at`'s, at midnight (null when it has none): by arithmetic in a fixed offset, luxon's otherwise. */
export function dayOfMonth(at: DateTime, k: number, n: number): DateTime | null {
  if (!at.zone.isUniversal) return at.startOf('month').plus({ months: k }).set({ day: n });
  const m = at.month - 1 + k;
  return dayOf(at.year + Math.floor(m / 12), ((m + 12) % 12) + 1, n, at.zone);
}

/** Picks the year that puts month/day nearest to the moment of asking (12-25 asked in January is last year's). */
export function nearestYear(at: DateTime, month: number, day: number): DateTime | null {
  const options = [at.year - 1, at.year, at.year + 1].map((year) => dayOf(year, month, day, at.zone)).filter((d): d is DateTime => !!d);
  if (!options.length) return null;
  const t = at.toMillis();
  return options.reduce((best, d) => (Math.abs(d.toMillis() - t) < Math.abs(best.toMillis() - t) ? d : best));
}

/** The real time, in the service's zone. */
export const now = (): DateTime => DateTime.now().setZone(ZONE);

/** A moment in the service's zone (the same instant). */
export const inZone = (t: DateTime): DateTime => t.setZone(ZONE);

/**
 * Reads a moment: ISO 8601 (or SQL style, "2021-12-20 10:00:00"); without an offset it is
 * Asia/Shanghai time. null when it is none, or outside MOMENT_YEARS.
 */
export function parseMoment(raw: string): DateTime | null {
  let t = readMoments.get(raw);
  if (t === undefined) {
    t = readMoment(raw);
    if (raw.length <= 64) {
      if (readMoments.size >= 256) readMoments.clear();
      readMoments.set(raw, t);
    }
  }
  return t;
}

/** The moments read last: an API caller sends one `at` many times, and luxon's fromISO costs ~30 µs (DateTimes are immutable, so shared). */
const readMoments = new Map<string, DateTime | null>();

function readMoment(raw: string): DateTime | null {
  // a raw "+08:00" in a query string arrives as " 08:00" (form decoding turns + into a space)
  const s = raw.trim().replace(/ (\d{2}(?::?\d{2})?)$/, '+$1');
  for (const parse of [DateTime.fromISO, DateTime.fromSQL]) {
    const t = parse(s, { zone: ZONE });
    if (t.isValid && t.year >= MOMENT_YEARS.first && t.year <= MOMENT_YEARS.last) return t.setZone(ZONE);
  }
  return null;
}

/** How a moment must be written, for error messages. */
export const MOMENT_FORMAT = 'an ISO 8601 date-time, e.g. 2021-12-20T10:00 (Asia/Shanghai) or 2021-12-20T10:00+08:00';

/** The moment of a question (AskRequest.at) in the service's zone; a malformed one is an error, never "now". */
export function askedMoment(at: string | DateTime): DateTime {
  const t = typeof at === 'string' ? parseMoment(at) : at.isValid ? inZone(at) : null;
  if (!t) throw new RangeError(`at must be ${MOMENT_FORMAT}; got "${String(at).slice(0, 40)}"`);
  return t;
}
