// The runtime model of what the bot knows: the validated facts with times
// resolved to instants. Built by load.ts; read by understanding, retrieval and answering.
import type { DateTime } from 'luxon';
import type { Domain, Facets } from './facets.ts';
import type { BusinessFacts, ContactFacts, ProcedureFacts, StepFacts } from './schema.ts';

export type ResumeMode = 'date' | 'gradual' | 'tbd' | 'unstated';

export interface Window {
  scope?: string;
  suspend: DateTime;
  /** the local time as facts.yaml writes it: "…T24:00" and "…T00:00" are one instant, shown as written */
  suspendAsWritten: string;
  suspendQuote: string;
  resume?: DateTime;
  resumeAsWritten?: string;
  resumeMode: ResumeMode;
  resumeNote?: string;
  resumeQuote?: string;
  /** the resumption is the operator's inference, not the notice's words (replies say so) */
  resumeInferred: boolean;
  /** the id of the later notice that changed this window (its quotes are in that notice) */
  amendedBy?: string;
  /** the window as the amended notice had it */
  was?: Window;
}

export interface Step extends Omit<StepFacts, 'at'> {
  at?: DateTime;
}

export type PhaseName = 'before' | 'during' | 'after';

export interface Business extends Omit<BusinessFacts, 'windows' | 'before' | 'during' | 'after' | 'no_instructions' | 'facets'> {
  /** declared in facts.yaml, or read from the name and synonyms (facets.ts) */
  facets: Facets;
  noticeId: string;
  /** the notice that lists it (set once, when the knowledge is built) */
  notice: Notice;
  windows: Window[];
  before: Step[];
  during: Step[];
  after: Step[];
  /** phases for which the notice gives no instructions */
  noInstructions: PhaseName[];
}

export interface Procedure extends ProcedureFacts {
  noticeId: string;
  notice: Notice;
}

/** One line of a contact table; a facts.yaml contact with a list of topics is one Contact per topic. */
export interface Contact extends Omit<ContactFacts, 'topic'> {
  topic: string;
  noticeId: string;
  notice: Notice;
}

/** A one-off moment of the cutover (新系统上线, 在途业务清零). */
export interface Event {
  at: DateTime;
  /** as facts.yaml writes it (a date alone is shown without a clock time) */
  atAsWritten: string;
  title: string;
  quote: string;
  noticeId: string;
  notice: Notice;
}

export interface Place {
  name: string;
  aliases: string[];
}

export interface Notice {
  id: string;
  dir: string;
  title: string;
  /** empty when the notice is unsigned */
  issuers: string[];
  published?: DateTime;
  zone: string;
  city: { name: string; aliases: string[]; province?: string };
  districts: Place[];
  businesses: Business[];
  procedures: Procedure[];
  contacts: Contact[];
  generalAdvice: Step[];
  /** when the contact lines answer, in the notice's words (`text` a shorter wording of `quote`) */
  contactHours: { text?: string; quote: string }[];
  events: Event[];
  /** why the systems stop, in the notice's words (`text` a shorter wording of `quote`) */
  reason?: { text?: string; quote: string };
  /** the earlier notice this one amends */
  amends?: string;
  // the notice text itself is not kept: every fact quotes it, and loading checked each quote
}

/** A city the bot covers, with every notice about it. */
export interface City {
  name: string;
  aliases: string[];
  province?: string;
  districts: Place[];
  notices: Notice[];
}

export interface KnowledgeBase {
  notices: Notice[];
  cities: City[];
  /** the shared vocabulary (_domain/): travels with the knowledge, so a reload picks up an edit */
  domain: Domain;
  /** content hash: changes whenever any knowledge file changes */
  version: string;
  loadedAt: DateTime;
}
