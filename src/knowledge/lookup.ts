// A notice by its id, for the ids that are kept as ids: a window's `amendedBy`, a notice's
// `amends`, an entry a caller names by notice and business. What a notice lists (businesses,
// procedures, contacts, events) points to its notice itself (`.notice`, set by build.ts).
import type { Business, Notice, Place } from './model.ts';

/** A contact's unit is a district's row when it names the district: 游仙区, or 游仙区医疗保障事务中心 (the unit as printed). */
export const unitNamesPlace = (unit: string, place: Place): boolean => [place.name, ...place.aliases].some((n) => n.length >= 2 && unit.includes(n));

export function noticeById(notices: readonly Notice[], id: string | undefined): Notice | undefined {
  return id === undefined ? undefined : notices.find((n) => n.id === id);
}

export function businessById(notices: readonly Notice[], noticeId: string, businessId: string): Business | undefined {
  return noticeById(notices, noticeId)?.businesses.find((b) => b.id === businessId);
}
