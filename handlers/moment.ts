// Parses the `at` of a request: ISO 8601; without an offset it is Asia/Shanghai time.
import { DateTime } from 'luxon';

export const ZONE = 'Asia/Shanghai';

export function parseMoment(raw: string): DateTime | null {
  // a raw "+08:00" in a query string arrives as " 08:00" (form decoding turns + into a space)
  const s = raw.trim().replace(/ (\d{2}(?::?\d{2})?)$/, '+$1');
  for (const parse of [DateTime.fromISO, DateTime.fromSQL]) {
    const t = parse(s, { zone: ZONE });
    if (t.isValid && t.year >= 2000 && t.year <= 2100) return t.setZone(ZONE);
  }
  return null;
}
