// A notice by its id, for the ids that are kept as ids: a window's `amendedBy`, a notice's
// `amends`, an entry a caller names by notice and business. What a notice lists (businesses,
// procedures, contacts, events) points to its notice itself (`.notice`, set by build.ts).
import type { Business, Notice } from './model.ts';

export function noticeById(notices: readonly Notice[], id: string | undefined): Notice | undefined {
  return id === undefined ? undefined : notices.find((n) => n.id === id);
}

export function businessById(notices: readonly Notice[], noticeId: string, businessId: string): Business | undefined {
  return noticeById(notices, noticeId)?.businesses.find((b) => b.id === businessId);
}
