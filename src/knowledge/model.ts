// The runtime model of what the bot knows: the validated facts with times
// resolved to instants. Built by load.ts; read by understanding, retrieval and answering.
import type { DateTime } from 'luxon';
import type { Domain, Facets } from './facets.ts';
import type { BusinessFacts, ContactFacts, ProcedureFacts, StepFacts } from './schema.ts';

export type ResumeMode = 'date' | 'gradual' | 'tbd' | 'unstated';

export interface Window {
  scope?: string;
  suspend: DateTime;
  suspendQuote: string;
  resume?: DateTime;
  resumeMode: ResumeMode;
  resumeNote?: string;
  resumeQuote?: string;
}

export interface Step extends Omit<StepFacts, 'at'> {
  at?: DateTime;
}

export interface Business extends Omit<BusinessFacts, 'windows' | 'before' | 'during' | 'after' | 'facets'> {
  /** declared in facts.yaml, or read from the name and synonyms (facets.ts) */
  facets: Facets;
  noticeId: string;
  windows: Window[];
  before: Step[];
  during: Step[];
  after: Step[];
}

export interface Procedure extends ProcedureFacts {
  noticeId: string;
}

export interface Contact extends ContactFacts {
  noticeId: string;
}

export interface Place {
  name: string;
  aliases: string[];
}

export interface Notice {
  id: string;
  dir: string;
  title: string;
  issuers: string[];
  published?: DateTime;
  zone: string;
  city: { name: string; aliases: string[]; province?: string };
  districts: Place[];
  businesses: Business[];
  procedures: Procedure[];
  contacts: Contact[];
  generalAdvice: Step[];
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
