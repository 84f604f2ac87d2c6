// Ids for the draft's businesses (lowercase ascii, as the schema wants), from their kind.
import type { DraftBusiness } from './model.ts';
import { ID_SETTING, ID_WORDS } from './words.ts';

const DOMAIN_IDS: Record<string, string> = { 医保: 'medical', 社保: 'social', 工伤: 'injury', 征收: 'collection' };

export function assignIds(businesses: DraftBusiness[]): void {
  const used = new Set<string>();
  for (const b of businesses) {
    const what = b.facets.what?.[0];
    const setting = b.facets.setting?.[0];
    const parts = [b.facets.where?.includes('异地') ? 'remote' : '', setting ? (ID_SETTING[setting] ?? '') : '', what ? (ID_WORDS[what] ?? '') : ''].filter(
      Boolean,
    );
    if (!parts.length) parts.push(DOMAIN_IDS[b.domain] ?? 'business', b.unaffected ? 'unaffected' : 'services');
    const base = parts.join('-');
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    b.id = id;
  }
}

/** A notice id from a file name: "Wuhan 2021-12 notice.html" → wuhan-2021-12-notice. */
export function idFromName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const base = name
    .replace(/^.*[\\/]/, '')
    .replace(/(\.[a-z]+)+$/i, '')
    .toLowerCase();
  const id = base.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return id.length >= 2 ? id : undefined;
}
