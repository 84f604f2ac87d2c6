// Time's one home: the service's zone, its clock, and how a moment is read
// (ISO 8601; without an offset it is Asia/Shanghai time).
import { DateTime } from 'luxon';

/** The zone of the service's clock and of a moment written without an offset. */
export const ZONE_NAME = 'Asia/Shanghai';

/** The years a question may be asked in; a moment outside them is a typing mistake. */
export const MOMENT_YEARS = { first: 2000, last: 2100 } as const;

/** The service's zone. */
export const ZONE = ZONE_NAME;

/** The real time, in the service's zone. */
export const now = (): DateTime => DateTime.now().setZone(ZONE);

/** A moment in the service's zone (the same instant). */
export const inZone = (t: DateTime): DateTime => t.setZone(ZONE);

/**
 * Reads a moment: ISO 8601 (or SQL style, "2021-12-20 10:00:00"); without an offset it is
 * Asia/Shanghai time. null when it is none, or outside MOMENT_YEARS.
 */
export function parseMoment(raw: string): DateTime | null {
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
