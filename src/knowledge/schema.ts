// The shape of one notice's structured facts (`knowledge/<id>/facts.yaml`).
// Every fact carries `quote`: a verbatim sentence or table row from the
// notice text (`notice.md` beside it); `kb:check` fails when a quote is absent
// from it, or when a time disagrees with the moment its quote states (times.ts).
import { z } from 'zod';
import { calendarMistake, LOCAL_MOMENT } from './times.ts';
import { FacetValues } from './domain-schema.ts';

/** A time or date that the calendar has (no month 13, no 2月30日, no 25:00; 24:00 is the end of a day). */
const real = (s: string, ctx: z.RefinementCtx) => {
  const mistake = calendarMistake(s);
  if (mistake) ctx.addIssue({ code: 'custom', message: `"${s}" is not on the calendar: ${mistake}` });
};

/** Local wall-clock time as the notice states it, e.g. "2021-12-14T24:00" (= 12-15 00:00), or a date alone ("2022-10-10", its 0:00) when it states no time. */
const LocalTime = z
  .string()
  .regex(LOCAL_MOMENT, 'expected "YYYY-MM-DDTHH:mm" (local time of the notice), or "YYYY-MM-DD" when it gives no time')
  .superRefine(real);

const Quote = z.string().min(4, 'a quote must be a verbatim passage of the notice');

/** One thing to do, as the notice says it. `text` is an optional shorter wording; `at` a deadline. */
export const Step = z.strictObject({
  text: z.string().min(2).optional(),
  at: LocalTime.optional(),
  quote: Quote,
});

/** How a suspension ends: `date` (resume is given), `gradual` (逐步恢复, maybe from `resume`), `tbd` (另行通知), `unstated` (the notice names no time). */
const ResumeMode = z.enum(['date', 'gradual', 'tbd', 'unstated']);

/**
 * One suspension window of a business.
 * resume_mode: see ResumeMode. Omitted, it is `unstated`, unless a notice-level
 * `resumptions:` entry covers the business and fills it in.
 */
export const Window = z
  .strictObject({
    scope: z.string().min(2).optional(),
    suspend: LocalTime,
    suspend_quote: Quote,
    resume: LocalTime.optional(),
    resume_mode: ResumeMode.optional(),
    resume_note: z.string().min(2).optional(),
    resume_quote: Quote.optional(),
    /** true when the notice does not state `resume` and the operator inferred it (from `resume_quote`, the basis); replies say so */
    resume_inferred: z.boolean().optional(),
  })
  .refine((w) => w.resume_mode !== 'date' || (w.resume && w.resume_quote), {
    message: 'resume_mode "date" needs resume and resume_quote',
  })
  .refine((w) => !w.resume_inferred || (w.resume && w.resume_quote), { message: 'resume_inferred needs resume and resume_quote (what it was inferred from)' })
  .refine((w) => !w.resume || w.resume > w.suspend, { message: 'resume must be after suspend' });

/**
 * A resumption written once for many businesses ("恢复各项医保业务", "其他业务同步恢复").
 * It fills in the resumption of each covered business's open windows (no resume_mode, or
 * `unstated` without resume_quote) that began before `at`; a business's own stated resumption wins.
 */
export const Resumption = z
  .strictObject({
    /** the moment it resumes (needed for `date`; for `gradual`, the moment it starts) */
    at: LocalTime.optional(),
    mode: ResumeMode.default('date'),
    quote: Quote,
    /** a domain (医保, 社保 …) or a list of business ids */
    covers: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    /** business ids it does not cover ("…除外", which stay suspended) */
    except: z.array(z.string().min(1)).default([]),
    /** true when the notice does not state `at` and the operator inferred it from `quote`; replies say so */
    inferred: z.boolean().default(false),
  })
  .refine((r) => r.mode !== 'date' || r.at, { message: 'mode "date" needs at' });

/** A one-off moment of the cutover that is no business's suspension (在途业务清零, 数据迁移截止, 新系统上线). */
export const Event = z.strictObject({
  at: LocalTime,
  /** short, as on a timetable: 新系统上线 */
  title: z.string().min(2),
  quote: Quote,
});

export const Business = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase ascii words joined by -'),
  name: z.string().min(2),
  /** category for overviews: 医保 / 社保 / 工伤 / 征收 … */
  domain: z.string().min(1),
  synonyms: z.array(z.string().min(1)).default([]),
  /** how citizens phrase questions about it (used for retrieval) */
  questions: z.array(z.string().min(2)).default([]),
  audience: z.string().optional(),
  channels: z.array(z.string()).default([]),
  /** what kind of business it is, in the facets of knowledge/_domain/facets.yaml (`{ what: 结算, setting: [门诊, 药店] }`);
   *  read from the name and synonyms when omitted. It inherits the facet values' words and the fitting kinds' phrasings. */
  facets: z.record(z.string(), FacetValues).optional(),
  /** the notice says it is NOT affected (e.g. 待遇发放不受影响) */
  unaffected: Quote.optional(),
  /** phases for which the notice gives no instructions; replies then say so and point to the hotline instead of saying nothing */
  no_instructions: z.array(z.enum(['before', 'during', 'after'])).default([]),
  windows: z.array(Window).default([]),
  before: z.array(Step).default([]),
  during: z.array(Step).default([]),
  after: z.array(Step).default([]),
});

export const Procedure = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** the business whose window this procedure applies to (for time-aware framing) */
  business: z.string().optional(),
  title: z.string().min(2),
  /** when it applies; inferred from the title when omitted (停机前 → before, 期间 → during, 上线后/补办 → after) */
  phase: z.enum(['before', 'during', 'after']).optional(),
  audience: z.string().optional(),
  /** several phrasings of the question */
  questions: z.array(z.string().min(2)).min(1),
  answer: z.string().min(2),
  quote: Quote,
});

/**
 * What an amending notice changes in one business of the notice it amends (延期, 提前,
 * 另行通知 → a date). Every given field replaces the earlier one, in each window of the
 * business; replies say what it was ("原定…，现调整为…") and cite the amending notice.
 */
export const Change = z
  .strictObject({
    /** the business's id in the amended notice */
    business: z.string().min(1),
    suspend: LocalTime.optional(),
    suspend_quote: Quote.optional(),
    resume: LocalTime.optional(),
    resume_mode: ResumeMode.optional(),
    resume_quote: Quote.optional(),
    resume_inferred: z.boolean().optional(),
  })
  .refine((c) => !c.suspend === !c.suspend_quote, { message: 'suspend and suspend_quote go together' })
  .refine((c) => !c.resume || c.resume_quote, { message: 'resume needs resume_quote' })
  .refine((c) => c.resume_mode !== 'date' || c.resume, { message: 'resume_mode "date" needs resume' })
  .refine((c) => c.suspend || c.resume || c.resume_mode, { message: 'a change needs suspend, resume or resume_mode' });

export const Phone = z.strictObject({ number: z.string().regex(/^[0-9-]{5,}$/), note: z.string().optional() });

export const Contact = z.strictObject({
  /** unit as printed, e.g. 市医保中心 or a district name */
  unit: z.string().min(2),
  level: z.enum(['city', 'district']),
  /** business id, or "general" for a catch-all line; a list when one column covers several businesses (参保登记及缴费) */
  topic: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  /** the column or label in the notice, e.g. 医疗异地备案 */
  label: z.string().min(2),
  phones: z.array(Phone),
  /** area code when the notice gives it separately, e.g. 027 */
  area_code: z.string().optional(),
  quote: Quote,
});

export const Place = z.strictObject({ name: z.string().min(2), aliases: z.array(z.string()).default([]) });

export const Notice = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(4),
    /** who signed it; omitted when the notice is unsigned (the source line then names the notice only) */
    issuers: z.array(z.string().min(2)).min(1).optional(),
    /** YYYY-MM-DD as printed; omitted when the notice carries no date */
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected "YYYY-MM-DD"')
      .superRefine(real)
      .optional(),
    timezone: z.string().default('Asia/Shanghai'),
    city: z.strictObject({ name: z.string().min(2), aliases: z.array(z.string()).default([]), province: z.string().optional() }),
    /** places the notice names beyond the city itself (districts, zones, counties) */
    districts: z.array(Place).default([]),
    /** the id of an earlier notice of the same city that this one changes (延期, 提前, 调整); see `changes` */
    amends: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    /** what an amending notice changes in the earlier one's businesses (by id); the later notice wins for what it covers */
    changes: z.array(Change).default([]),
    /** new businesses; an amending notice may have none */
    businesses: z.array(Business).default([]),
    /** resumptions written once for many businesses (see Resumption) */
    resumptions: z.array(Resumption).default([]),
    /** one-off moments shown on the timetable (see Event) */
    events: z.array(Event).default([]),
    procedures: z.array(Procedure).default([]),
    contacts: z.array(Contact).default([]),
    /** what to tell people when nothing else fits (the notice's own words) */
    general_advice: z.array(Step).default([]),
    /** when the contact lines answer ("咨询时间为工作日上午8:30—12:00…"): quoted to a contact question that asks about hours */
    contact_hours: z.array(z.strictObject({ text: z.string().min(2).optional(), quote: Quote })).default([]),
    /** why the systems stop, as the notice gives it ("为什么停机" is answered with it); omitted when the notice says not */
    reason: z.strictObject({ text: z.string().min(2).optional(), quote: Quote }).optional(),
  })
  // on the raw data, and even when other fields are wrong: one run lists every mistake
  .superRefine((n, ctx) => checkReferences(n, ctx), { when: () => true });

/** Procedures, contacts and resumptions name businesses of the same notice; only an amending notice may have no business. */
function checkReferences(n: unknown, ctx: z.RefinementCtx): void {
  const list = (v: unknown) => (Array.isArray(v) ? (v as unknown[]) : []).map((x) => (x && typeof x === 'object' ? (x as Record<string, unknown>) : {}));
  const facts = (n && typeof n === 'object' ? n : {}) as Record<string, unknown>;
  const businesses = list(facts.businesses);
  const ids = new Set(businesses.map((b) => b.id));
  if (!businesses.length && !facts.amends)
    ctx.addIssue({ code: 'custom', path: ['businesses'], message: 'a notice needs at least one business (unless it amends another: amends:)' });
  list(facts.resumptions).forEach((r, i) => {
    const covers = typeof r.covers === 'string' ? [r.covers] : Array.isArray(r.covers) ? r.covers : [];
    if (typeof r.covers === 'string' && !businesses.some((b) => b.domain === r.covers || b.id === r.covers))
      ctx.addIssue({ code: 'custom', path: ['resumptions', i, 'covers'], message: `no business of domain "${r.covers}"` });
    if (Array.isArray(r.covers))
      covers.forEach((id, j) => {
        if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['resumptions', i, 'covers', j], message: `unknown business "${id}"` });
      });
    (Array.isArray(r.except) ? r.except : []).forEach((id, j) => {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['resumptions', i, 'except', j], message: `unknown business "${id}"` });
    });
  });
  list(facts.procedures).forEach((p, i) => {
    if (typeof p.business === 'string' && !ids.has(p.business))
      ctx.addIssue({ code: 'custom', path: ['procedures', i, 'business'], message: `unknown business "${p.business}"` });
  });
  list(facts.contacts).forEach((c, i) => {
    const topics = typeof c.topic === 'string' ? [c.topic] : Array.isArray(c.topic) ? c.topic : [];
    topics.forEach((t, j) => {
      const path = typeof c.topic === 'string' ? ['contacts', i, 'topic'] : ['contacts', i, 'topic', j];
      if (typeof t === 'string' && t !== 'general' && !ids.has(t)) ctx.addIssue({ code: 'custom', path, message: `unknown business "${t}"` });
    });
  });
}

export type NoticeFacts = z.infer<typeof Notice>;
export type BusinessFacts = z.infer<typeof Business>;
export type WindowFacts = z.infer<typeof Window>;
export type StepFacts = z.infer<typeof Step>;
export type ProcedureFacts = z.infer<typeof Procedure>;
export type ContactFacts = z.infer<typeof Contact>;
export type ResumptionFacts = z.infer<typeof Resumption>;
export type ChangeFacts = z.infer<typeof Change>;
