// The JSON bodies the HTTP routes answer, as zod schemas: the one description of
// each, from which the handlers' body types are read, openapi.json is generated
// (handlers/openapi.ts) and live answers are checked in the tests. Objects are
// strict: a field the code adds without adding it here fails the typecheck (the
// checks at the end) and the tests.
import { z } from 'zod';
import type { FaqData as FaqModel, StatusStrip as StripModel } from './faq-data.ts';
import type { StatusWithTimelines } from './timeline-svg.ts';
import type { HealthBody } from './ops/health.ts';
import type { ReloadStatus } from './ops/reload-status.ts';
import type { Source } from '../src/contract/types.ts';

/** The schemas named in openapi.json's components, by id. */
export const apiRegistry = z.registry<{ id: string; description?: string }>();

/** The same schemas by id, for checking a response against what openapi.json names. */
export const apiSchemas = new Map<string, z.ZodType>();

function named<T extends z.ZodType>(schema: T, id: string, description: string): T {
  apiRegistry.add(schema, { id, description });
  apiSchemas.set(id, schema);
  return schema;
}

export const ErrorBody = named(z.strictObject({ error: z.string() }), 'Error', 'a refused request: what was wrong, in English, for the developer');
export type ErrorBody = z.output<typeof ErrorBody>;

// ── GET /api/ask ───────────────────────────────────────────────────────────────

export const SourceBody = named(
  z.strictObject({
    noticeId: z.string(),
    title: z.string(),
    issuers: z.array(z.string()),
    published: z.string().optional().describe('YYYY-MM-DD; absent when the notice carries no date'),
    quotes: z.array(z.string()).describe("the notice's own sentences behind the reply"),
  }),
  'Source',
  'a notice a reply rests on',
);

export const AskResponse = named(
  z.strictObject({
    answer: z.string().describe('the plain text a citizen gets'),
    band: z
      .enum(['answer', 'clarify', 'fallback'])
      .describe('answer: confident; clarify: a question back with numbered suggestions; fallback: outside what it knows'),
    city: z.string().nullable().describe('the city answered for'),
    sources: z.array(SourceBody),
    suggestions: z.array(z.string()).describe('self-contained questions: alternatives to the answer, or the choices of a clarifying reply'),
  }),
  'AskResponse',
  'one answer',
);
export type AskResponse = z.output<typeof AskResponse>;

// ── GET /api/faq ───────────────────────────────────────────────────────────────

const Standing = z.strictObject({
  state: z.enum(['before', 'suspended', 'open-ended', 'outdated', 'resuming', 'resumed', 'unaffected', 'unscheduled']),
  label: z.string(),
  text: z.string(),
});
const FaqWindow = z.strictObject({
  scope: z.string().optional(),
  suspend: z.string().describe('ISO 8601 with offset'),
  suspendText: z.string(),
  resume: z.string().optional(),
  resumeText: z.string().optional(),
  resumeMode: z.enum(['date', 'gradual', 'tbd', 'unstated']),
  resumeDescription: z.string(),
  quotes: z.array(z.string()),
  inferred: z.boolean(),
  changed: z.string().optional(),
  amendedBy: z.string().optional(),
});
const FaqBusiness = z.strictObject({
  id: z.string(),
  name: z.string(),
  short: z.string(),
  domain: z.string(),
  audience: z.string().optional(),
  unaffected: z.string().optional(),
  windows: z.array(FaqWindow),
  status: Standing,
  before: z.array(z.string()),
  during: z.array(z.string()),
  after: z.array(z.string()),
  noInstructions: z.string().optional(),
});
const Phone = z.strictObject({ number: z.string(), note: z.string().optional() });
const FaqNotice = z.strictObject({
  id: z.string(),
  title: z.string(),
  issuers: z.array(z.string()),
  published: z.string().optional(),
  publishedText: z.string().optional(),
  businesses: z.array(FaqBusiness),
  procedures: z.array(
    z.strictObject({
      id: z.string(),
      business: z.string().optional(),
      title: z.string(),
      audience: z.string().optional(),
      answer: z.string(),
      quote: z.string(),
    }),
  ),
  contacts: z.strictObject({
    columns: z.array(z.strictObject({ topic: z.string(), label: z.string(), business: z.string().optional() })),
    rows: z.array(
      z.strictObject({
        unit: z.string(),
        level: z.enum(['city', 'district']),
        cells: z
          .array(z.strictObject({ label: z.string(), phones: z.array(Phone) }).nullable())
          .describe('one per column: null where the notice has no such cell; phones [] where its cell is blank'),
      }),
    ),
  }),
  advice: z.array(z.string()),
  events: z.array(z.strictObject({ at: z.string(), atText: z.string(), title: z.string(), quote: z.string() })),
  amends: z.strictObject({ id: z.string(), title: z.string() }).optional().describe('the earlier notice this one changes'),
});
const FaqData = z.strictObject({
  asOf: z.string().describe('the moment the statuses refer to (ISO 8601 with offset)'),
  asOfText: z.string(),
  knowledgeVersion: z.string(),
  cities: z.array(
    z.strictObject({
      name: z.string(),
      aliases: z.array(z.string()),
      province: z.string().optional(),
      districts: z.array(z.string()),
      notices: z.array(FaqNotice),
    }),
  ),
});
export const FaqResponse = named(
  FaqData.extend({
    filter: z
      .strictObject({ text: z.string(), keys: z.array(z.string()), total: z.number().int() })
      .optional()
      .describe('with ?filter=: the words, the keys of the entries kept, and how many entries there were'),
  }),
  'FaqResponse',
  'the FAQ of every city (or of ?city=) at ?at=',
);
export type FaqResponse = z.output<typeof FaqResponse>;

// ── GET /console/api/ask, GET /console/api/status (the agents' console) ──────────

export const ConsoleAskResponse = named(
  AskResponse.extend({
    at: z.string().describe('the moment answered for (ISO 8601 with offset)'),
    suggestions: z.array(z.string()).max(3),
  }),
  'ConsoleAskResponse',
  "one answer for the console: /api/ask's, with the moment it is for and at most three suggestions",
);
export type ConsoleAskResponse = z.output<typeof ConsoleAskResponse>;

const StatusStrip = z.strictObject({
  at: z.string(),
  atText: z.string(),
  cities: z.array(
    z.strictObject({
      name: z.string(),
      notices: z.array(z.strictObject({ id: z.string(), title: z.string() })),
      businesses: z.array(Standing.extend({ id: z.string(), noticeId: z.string(), name: z.string(), short: z.string(), domain: z.string() })),
    }),
  ),
});
export const ConsoleStatusResponse = named(
  StatusStrip.extend({
    cities: z.array(
      StatusStrip.shape.cities.element.extend({ timeline: z.string().optional().describe('the timeline picture (SVG); absent above five cities') }),
    ),
  }),
  'ConsoleStatusResponse',
  "each business's phase at ?at=, per city",
);

// ── GET /healthz, POST /admin/reload ───────────────────────────────────────────

const Problem = z.strictObject({ file: z.string(), field: z.string().optional(), line: z.number().int().optional(), message: z.string() });
export const ReloadStatusBody = named(
  z.strictObject({
    at: z.string().describe('when the reload ran (ISO 8601, UTC)'),
    trigger: z.enum(['signal', 'admin', 'watch']),
    ok: z.boolean(),
    version: z.string().describe('the version serving after the reload (the old one when it failed)'),
    changed: z.boolean(),
    problems: z.array(Problem).optional().describe('why it failed: every problem found'),
    refused: z
      .strictObject({
        reason: z.string(),
        dropped: z.array(
          z.strictObject({
            notice: z.string(),
            dir: z.string(),
            whole: z.literal(true).optional(),
            businesses: z.array(z.string()).optional(),
            procedures: z.array(z.string()).optional(),
            contacts: z.array(z.string()).optional(),
            generalAdvice: z.array(z.string()).optional(),
          }),
        ),
      })
      .optional()
      .describe('the new files loaded but would drop items of the running knowledge'),
  }),
  'ReloadStatus',
  "a reload's outcome",
);

export const HealthResponse = named(
  z.strictObject({
    ok: z.literal(true),
    knowledge: z.string().describe('the version of the knowledge served'),
    pid: z.number().int(),
    notices: z.number().int().optional().describe('admin only'),
    cities: z.array(z.string()).optional().describe('admin only'),
    lastReload: ReloadStatusBody.nullable().optional().describe('admin only; null before the first reload'),
  }),
  'HealthResponse',
  'ready; with the admin token, also what is loaded and the last reload',
);
export type HealthResponse = z.output<typeof HealthResponse>;

// ── the code's own types are exactly what the schemas describe (checked by tsc) ──

// Same: each is assignable to the other (so types and required fields agree), and they have the
// same field paths (so an optional field is not left out on either side)
type Paths<T> = T extends readonly (infer U)[]
  ? Paths<U>
  : T extends object
    ? { [K in keyof T & string]-?: K | `${K}.${Paths<NonNullable<T[K]>>}` }[keyof T & string]
    : never;
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Same<A, B> = Mutual<A, B> extends true ? Mutual<Paths<A>, Paths<B>> : false;
const same = <A, B>(proof: Same<A, B>) => proof;
same<z.output<typeof SourceBody>, Source>(true);
same<z.output<typeof FaqData>, FaqModel>(true);
same<z.output<typeof ReloadStatusBody>, ReloadStatus>(true);
same<HealthResponse, HealthBody>(true);
same<z.output<typeof StatusStrip>, StripModel>(true);
same<z.output<typeof ConsoleStatusResponse>, StatusWithTimelines>(true);
