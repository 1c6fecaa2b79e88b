// Shapes of the verzuim (Poortwachter) endpoints, docs/api.md "Verzuim (Poortwachter)".

export interface UserRef {
  id: number;
  display_name: string;
}

export interface RevalidantRef {
  id: number;
  given_names: string;
  family_name: string;
}

export type MilestoneStatus =
  | 'done'
  | 'upcoming'
  | 'open'
  | 'due'
  | 'overdue'
  | 'expired'
  | 'passed'
  | 'not_applicable';

export interface Milestone {
  key: string;
  sequence: number;
  kind: 'deadline' | 'window' | 'option' | 'event';
  week: number;
  due: string;
  opens: string | null;
  responsible: string[];
  document: string | null;
  status: MilestoneStatus;
  done_on: string | null;
  late: boolean;
  document_id?: number | null;
}

export interface Timeline {
  today: string;
  first_sick_day: string;
  current_week: number;
  recovered: boolean;
  total_gap_days: number;
  einde_wachttijd: string;
  wia_ingangsdatum: string;
  signal_days: number;
  milestones: Milestone[];
}

export interface Episode {
  id: number;
  version: number;
  start: string;
  end: string | null;
  percentage: number;
}

export interface Period {
  first_sick_day: string;
  last_sick_day: string | null;
  open: boolean;
  episode_ids: number[];
  gaps: { first_fit_day: string; days: number }[];
  total_gap_days: number;
}

export type Content = Record<string, unknown>;

export interface DocumentRevision {
  version: number;
  date: string;
  content: Content;
  medisch: Content | null;
  by: UserRef;
  at: string;
}

export interface VerzuimDocument {
  id: number;
  dossier_id: number;
  version: number;
  kind: string;
  date: string;
  content: Content;
  medisch: Content | null;
  created_by: UserRef;
  created_at: string;
  updated_by: UserRef;
  updated_at: string;
  revisions?: DocumentRevision[];
}

export interface ScenarioRef {
  code: string;
  number: number;
}

export interface ScenarioEntry extends ScenarioRef {
  seq: number;
  date: string;
  reason: string;
  by: UserRef;
  at: string;
}

export interface VerzuimDossier {
  id: number;
  version: number;
  revalidant: RevalidantRef;
  employer: string;
  bedrijfsarts: string;
  casemanager: UserRef | null;
  internal_return_expected: boolean;
  next_due: string | null;
  medical_visible: boolean;
  created_by: UserRef;
  created_at: string;
  updated_by: UserRef;
  updated_at: string;
  episodes: Episode[];
  periods: Period[];
  timeline: Timeline | null;
  documents: VerzuimDocument[];
  scenario: { current: ScenarioRef | null; history: ScenarioEntry[] };
}

export interface DossierInput {
  employer: string;
  bedrijfsarts?: string;
  casemanager_user_id?: number;
}

export interface EpisodeInput {
  start: string;
  end?: string;
  percentage: number;
}

export interface DocumentInput {
  kind?: string;
  date: string;
  content: Content;
  medisch?: Content;
}

export interface RivItem {
  kind: string;
  required: boolean;
  due: string | null;
  dates: string[];
  status: 'present' | 'late' | 'missing' | 'pending' | 'not_required';
}

export interface Riv {
  dossier_id: number;
  week: number;
  complete: boolean;
  urgency: 'none' | 'low' | 'medium' | 'high' | 'critical';
  not_recorded: string[];
  employer_part: RivItem[];
  medical_part: RivItem[] | null;
  employee_part: RivItem[];
}

export interface SignalItem {
  dossier_id: number;
  revalidant: RevalidantRef;
  casemanager: UserRef | null;
  milestone: Milestone;
  days_left: number;
}

export interface SignalList {
  today: string;
  days: number;
  /** Page size: at most this many items, in due-date order from `offset` on. */
  limit: number;
  /** Deadlines (in due-date order) before this page. */
  offset: number;
  /** More deadlines matched after this page (the next one starts at offset + limit). */
  truncated: boolean;
  items: SignalItem[];
}

export interface SignalQuery {
  scope?: 'all' | 'mine';
  days?: number;
  status?: 'due' | 'overdue' | '';
  party?: string;
  sort?: 'due' | 'revalidant';
  /** Page size, 1-500 (server default 100). */
  limit?: number;
  /** Deadlines to skip, in due-date order. */
  offset?: number;
}

export interface VerzuimCatalogue {
  scenarios: (ScenarioRef & { interventions: string[] })[];
  interventions: { code: string; group: string; scenarios: string[] }[];
  document_kinds: { code: string; milestone: string | null; riv: string | null; riv_part: string | null }[];
}

/** POST /wia/schatting: euros with at most two decimals; exactly one of the two capacities. */
export interface WiaEstimateInput {
  maatmanloon: number;
  restverdiencapaciteit: number | null;
  functielonen: number[] | null;
  duurzaam: boolean;
}

export interface WiaEstimate {
  ao_percentage: number;
  uitkomst: 'geen_wia' | 'wga' | 'iva';
  restverdiencapaciteit: number;
  gebruikte_functielonen: number[];
}

/** GET /wia/begeleiding: who guides the way back per benefit law, and the reintegration means. */
export interface WiaGuidance {
  items: { wet: string; begeleider: 'uwv' | 'gemeente' | 'private_verzekeraar' }[];
  bij_letselschade: string;
  middelen: ReintegrationMeans[];
}

export interface ReintegrationMeans {
  code: string;
  categorie: string;
  financier: string | null;
  max_weken: number | null;
  blijft_ziekgemeld: boolean;
  alleen_in_wachttijd: boolean;
  ciz_indicatie_nodig: boolean;
}
