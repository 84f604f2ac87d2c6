// The operator page's drafts under review: each draft (notice.md + facts.yaml as sent)
// is checked once (src/check/draft.ts) and gets an assistant of its own for the
// preview, built from the draft alone with the running knowledge's vocabulary; the live
// assistant is never touched. The last few are kept, so that asking question after
// question about the same draft costs one check.
import { createHash } from 'node:crypto';
import type { DateTime } from 'luxon';
import { createAssistant, type Assistant } from '../src/assistant.ts';
import { reviewDraft, type DraftFiles, type DraftReview } from '../src/check/draft.ts';
import type { Problem } from '../src/knowledge/problems.ts';
import { buildFaq } from './faq-data.ts';
import { cityTimeline } from './timeline-svg.ts';

export interface ReviewedDraft extends DraftReview {
  /** answers about the draft alone (absent when the draft did not load) */
  assistant?: Assistant;
}

/** What the page shows of a check (POST /console/import/check). */
export interface DraftCheckBody {
  /** no errors and no failing business: it may be published */
  ok: boolean;
  id: string | null;
  cities: string[];
  problems: Problem[];
  warnings: Problem[];
  smoke: DraftReview['smoke'] | null;
  /** one timeline picture (SVG) per city of the draft, the moment marked */
  timelines: string[];
  at: string;
  atText: string;
}

/** The errors that stop a publish: the reader's, and businesses the smoke test fails (as kb:check exits 1 on them). */
export function blockingProblems(r: DraftReview): Problem[] {
  const failing = (r.smoke?.failing ?? []).map((name) => ({
    file: `${r.id}/facts.yaml`,
    message: `smoke test: more than half of the questions about “${name}” missed; give it the synonyms citizens use`,
  }));
  return [...r.problems, ...failing];
}

export function checkBody(r: DraftReview, at: DateTime): DraftCheckBody {
  const faq = r.knowledge ? buildFaq(r.knowledge, at) : undefined;
  return {
    ok: blockingProblems(r).length === 0,
    id: r.id ?? null,
    cities: r.knowledge?.cities.map((c) => c.name) ?? [],
    problems: r.problems,
    warnings: r.warnings,
    smoke: r.smoke ?? null,
    timelines: faq?.cities.map((c) => cityTimeline(c, faq.asOf, faq.asOfText)) ?? [],
    at: at.toISO({ suppressMilliseconds: true })!,
    atText: faq?.asOfText ?? '',
  };
}

/** The drafts checked most recently, by content and by the running knowledge's version (its _domain may change). */
export class DraftReviews {
  private readonly kept = new Map<string, Promise<ReviewedDraft>>();

  constructor(
    private readonly knowledgeDir: string,
    private readonly runningVersion: () => string,
    private readonly size = 8,
  ) {}

  review(files: DraftFiles): Promise<ReviewedDraft> {
    const key = createHash('sha256').update(this.runningVersion()).update('\0').update(files.noticeMd).update('\0').update(files.factsYaml).digest('hex');
    let p = this.kept.get(key);
    if (p)
      this.kept.delete(key); // most recent last
    else p = this.check(files);
    p.catch(() => this.kept.delete(key));
    this.kept.set(key, p);
    while (this.kept.size > this.size) this.kept.delete(this.kept.keys().next().value!);
    return p;
  }

  private async check(files: DraftFiles): Promise<ReviewedDraft> {
    const review = await reviewDraft(files, this.knowledgeDir);
    return review.knowledge ? { ...review, assistant: await createAssistant({ knowledge: review.knowledge }) } : review;
  }
}
