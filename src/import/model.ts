// The draft while it is built: facts.yaml's shape, with a `doubt` beside each item the
// importer is unsure of (the YAML writer turns it into a "# 请核对：…" comment).
import type { Facets } from '../knowledge/facets.ts';

export interface DraftWindow {
  suspend: string;
  suspend_quote: string;
  resume?: string;
  resume_mode?: 'date' | 'gradual' | 'tbd' | 'unstated';
  resume_quote?: string;
  doubt?: string;
}

export interface DraftStep {
  text?: string;
  at?: string;
  quote: string;
  doubt?: string;
}

export interface DraftBusiness {
  id: string;
  name: string;
  domain: string;
  /** which insurance (医疗, 社会, 工伤), to keep like-named businesses apart */
  family?: string;
  /** named only inside a bracket of another business's name ("（含…）"): a statement of its own outranks it */
  lent?: boolean;
  facets: Facets;
  synonyms: string[];
  audience?: string;
  channels: string[];
  unaffected?: string;
  windows: DraftWindow[];
  before: DraftStep[];
  during: DraftStep[];
  after: DraftStep[];
  doubt?: string;
}

export interface DraftResumption {
  at?: string;
  mode: 'date' | 'gradual' | 'tbd' | 'unstated';
  quote: string;
  covers: string;
  except: string[];
  doubt?: string;
}

export interface DraftProcedure {
  id: string;
  business?: string;
  title: string;
  phase?: 'before' | 'during' | 'after';
  questions: string[];
  answer: string;
  quote: string;
  doubt?: string;
}

export interface DraftContact {
  unit: string;
  level: 'city' | 'district';
  topic: string;
  label: string;
  phones: { number: string; note?: string }[];
  area_code?: string;
  quote: string;
  doubt?: string;
}

export type Phase = 'before' | 'during' | 'after';
