// An operator without the code learns every field of facts.yaml from the README: each field of
// the schema is named in its "Every field of facts.yaml" section.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { Business, Change, Contact, Event, Notice, Place, Procedure, Resumption, Step, Window } from '../../src/knowledge/schema.ts';
import { ROOT } from '../support/helpers.ts';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = README.split('### Every field of facts.yaml')[1]?.split(/\n##+ /)[0] ?? '';

const fieldsOf = (schema: z.ZodType): string[] => Object.keys((schema as unknown as z.ZodObject).shape);

describe('the README names every field of facts.yaml', () => {
  it('has the section', () => expect(section.length).toBeGreaterThan(500));
  it.each(Object.entries({ Notice, Business, Window, Step, Procedure, Contact, Resumption, Event, Change, Place }))('%s', (_, schema) => {
    const missing = fieldsOf(schema).filter((f) => !section.includes(`\`${f}\``));
    expect(missing).toEqual([]);
  });
});
