// What a notice lists points to that notice: a reply cites the notice of the item it
// answers without looking it up by id (src/knowledge/build.ts sets the links once).
import { describe, expect, it } from 'vitest';
import { noticeById } from '../../src/knowledge/lookup.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../support/helpers.ts';

describe('model objects point to their notice', () => {
  const kb = loadKnowledge(KNOWLEDGE_DIR);

  it('every business, procedure, contact and event of a notice points to it', () => {
    let items = 0;
    for (const n of kb.notices) {
      for (const x of [...n.businesses, ...n.procedures, ...n.contacts, ...n.events]) {
        expect(x.notice).toBe(n);
        expect(x.noticeId).toBe(n.id);
        items++;
      }
    }
    expect(items).toBeGreaterThan(50);
  });

  it('the notice pointed to is the one in its city (a reply cites what the city lists)', () => {
    for (const city of kb.cities) for (const n of city.notices) for (const b of n.businesses) expect(city.notices).toContain(b.notice);
  });

  it('an id kept as an id (amends, amendedBy) finds its notice; an unknown one finds none', () => {
    const n = kb.notices[0]!;
    expect(noticeById(kb.notices, n.id)).toBe(n);
    expect(noticeById(kb.notices, 'no-such-notice')).toBeUndefined();
    expect(noticeById(kb.notices, undefined)).toBeUndefined();
  });
});
