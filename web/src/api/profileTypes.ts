// Types of the profile endpoints (docs/api.md "Profielen"; issue 4): forms 4 and 6, FML, matching,
// goals, work training, function catalogues and the ranking of alternative functions.

import type { UserRef } from './agrTypes';

export type SectionCode = 'persoonlijk' | 'sociaal' | 'fysiek_statisch' | 'fysiek_dynamisch' | 'werktijden_vervoer';

export type MeasureCode =
  | 'frequentie'
  | 'zonder_hulpmiddel'
  | 'min_per_dag'
  | 'min_achtereen'
  | 'keer'
  | 'kg'
  | 'uur_per_dag'
  | 'uur_per_week'
  | 'diensten'
  | 'volledige_start'
  | 'vervoerswijzen'
  | 'reistijd_min';

export interface ItemDefinition {
  code: string;
  label: string;
  help?: string;
  activity: string;
  section: SectionCode;
  kind: string;
  measures: MeasureCode[];
  frequency_unit?: 'per_uur' | 'per_dag';
  disciplines: string[];
  fml?: { code: string; confidence: string; note?: string }[];
}

export interface ItemCatalogue {
  version: number;
  disciplines: { code: string; label: string }[];
  fml_items: { code: string; label: string }[];
  items: ItemDefinition[];
}

export interface ItemCatalogueView {
  version: number;
  catalogue: ItemCatalogue;
  assignment: { item: string; disciplines: string[]; overridden: boolean }[];
}

/** One item's disciplines in the institution's assignment (PUT /profiel/toewijzing). */
export interface AssignmentOverride {
  item: string;
  disciplines: string[];
}

/** A demand or capacity value: keys are measure fields (docs: codec/profiles/profile_json.hpp). */
export type ProfileValue = Record<string, string | number | boolean | string[] | null>;

export interface ItemDemand {
  item: string;
  relevant: boolean;
  demand?: ProfileValue | null;
  note?: string;
}

export interface FunctionProfile {
  code?: string;
  title?: string;
  organisation?: string;
  hours_per_week?: number | null;
  wage_cents?: number | null;
  items: ItemDemand[];
}

export interface DemandProfile {
  trajectory_id: number;
  version: number;
  visit_date: string | null;
  filled_with: string;
  note: string;
  profile: FunctionProfile;
  created_by: UserRef;
  created_at: string;
  updated_by: UserRef;
  updated_at: string;
  may_edit: boolean;
}

export interface DemandRevision {
  version: number;
  visit_date: string | null;
  filled_with: string;
  note: string;
  profile: FunctionProfile;
  by: UserRef;
  at: string;
}

export type AssessmentStatus = 'voldoet' | 'voldoet_deels' | 'voldoet_niet' | 'niet_beoordeeld';
export type RoundKind = 'eerste_indruk' | 'herbeoordeling' | 'definitief';

export interface Assessment {
  item: string;
  label: string;
  version: number;
  discipline: string;
  status: AssessmentStatus;
  capacity: ProfileValue | null;
  unrestricted: boolean;
  note: string;
  date: string;
  assessor: UserRef;
  updated_at: string;
  may_assess: boolean;
}

export interface AssessmentRound {
  id: number;
  trajectory_id: number;
  version: number;
  kind: RoundKind;
  date: string;
  note: string;
  closed: boolean;
  created_by: UserRef;
  created_at: string;
  updated_at: string;
  filtered: boolean;
  assessable_items: string[];
  assessments: Assessment[];
}

export interface AssessmentInput {
  status: AssessmentStatus;
  capacity: ProfileValue | null;
  unrestricted: boolean;
  date?: string;
  note: string;
  version?: number;
}

export interface CapacityProfileDoc {
  source: 'fml' | 'izp' | 'bar' | 'formulier6';
  date: string;
  assessor?: string;
  items: { item: string; status?: AssessmentStatus; capacity?: ProfileValue | null; unrestricted?: boolean; note?: string }[];
}

export interface CapacityProfile {
  id: number;
  trajectory_id: number;
  source: 'bedrijfsarts' | 'uwv';
  instrument: string;
  date: string;
  author: string;
  note: string;
  profile: CapacityProfileDoc;
  created_by: UserRef;
  created_at: string;
}

export interface MeasureGap {
  measure: MeasureCode;
  demand: number;
  capacity: number | null;
  shortfall: number;
}

export interface ItemMatch {
  item: string;
  label: string;
  status: string;
  verdict: string | null;
  computed: string;
  inconsistent: boolean;
  severity: number;
  description: string;
  disciplines: string[];
  assessed_by: string | null;
  gaps: MeasureGap[];
}

export interface MatchSummary {
  relevant: number;
  met: number;
  partly: number;
  not_met: number;
  not_assessed: number;
  not_relevant: number;
  unanswered: number;
  inconsistent: number;
}

export interface AssessmentChange {
  item: string;
  label: string;
  kind: string;
  before: string;
  after: string;
  severity_before: number;
  severity_after: number;
  description: string;
}

export interface ProfileMatch {
  trajectory_id: number;
  against: 'persoonsprofiel' | 'capaciteitsprofiel';
  source_id: number;
  date: string | null;
  kind: string;
  filtered: boolean;
  summary: MatchSummary;
  discrepancies: ItemMatch[];
  met: ItemMatch[];
  not_assessed: ItemMatch[];
  not_relevant: string[];
  unanswered: string[];
  assessed_but_not_relevant: string[];
  by_discipline: { discipline: string; items: string[] }[];
  previous_round_id: number | null;
  changes: {
    summary: {
      closed: number;
      narrowed: number;
      widened: number;
      newly_assessed: number;
      no_longer_assessed: number;
      unchanged: number;
    };
    items: AssessmentChange[];
  } | null;
}

export interface ProgressPoint {
  round_id: number;
  date: string;
  kind: string;
  status: string;
  severity: number;
  description: string;
  measures: MeasureGap[];
}

export interface ProgressItem {
  item: string;
  label: string;
  demand: { measure: MeasureCode; value: number }[];
  points: ProgressPoint[];
}

export interface Progress {
  trajectory_id: number;
  filtered: boolean;
  items: ProgressItem[];
}

export type GoalStatus = 'actief' | 'behaald' | 'bijgesteld' | 'gestopt';

export interface GoalEvent {
  seq: number;
  kind: string;
  date: string;
  status: string;
  description: string;
  target: ProfileValue | null;
  target_date: string;
  note: string;
  d4_seq: number | null;
  by: UserRef;
  at: string;
}

export interface Goal {
  id: number;
  trajectory_id: number;
  version: number;
  discipline: string;
  item: string | null;
  round_id: number | null;
  description: string;
  target: ProfileValue | null;
  target_date: string;
  status: GoalStatus;
  created_at: string;
  updated_at: string;
  session_ids: number[];
  events: GoalEvent[];
}

export interface GoalInput {
  discipline: string;
  item?: string;
  round_id?: number;
  description: string;
  target?: ProfileValue | null;
  target_date: string;
}

export interface Worksample {
  id: number;
  version: number;
  name: string;
  kind: 'fysiek' | 'cognitief' | 'fysiek_cognitief';
  employer_material: boolean;
  description: string;
  active: boolean;
  updated_at: string;
}

export interface WorksampleInput {
  name: string;
  kind: Worksample['kind'];
  employer_material: boolean;
  description: string;
  active: boolean;
}

export interface TrainingSession {
  id: number;
  trajectory_id: number;
  version: number;
  kind: 'werksample' | 'werkplek';
  date: string;
  worksample_id: number | null;
  duration_minutes: number;
  disciplines: string[];
  observations: string;
  goal_ids: number[];
  created_by_id: number;
  created_at: string;
}

export interface SessionInput {
  kind: 'werksample' | 'werkplek';
  date: string;
  worksample_id?: number;
  duration_minutes: number;
  disciplines: string[];
  observations: string;
  goal_ids: number[];
}

export interface TrainingReport {
  id: number;
  trajectory_id: number;
  version: number;
  date: string;
  period_from: string;
  period_to: string;
  text: string;
  created_by_id: number;
  created_at: string;
}

export interface WorkTraining {
  trajectory_id: number;
  sessions: TrainingSession[];
  reports: TrainingReport[];
  worksamples: Worksample[];
}

export interface FunctionCatalogue {
  id: number;
  version: number;
  name: string;
  kind: 'instelling' | 'werkgever';
  employer: string | null;
  function_count: number;
  updated_at: string;
}

export interface FunctionSummary {
  id: number;
  catalogue_id: number;
  version: number;
  code: string;
  title: string;
  organisation: string;
  hours_per_week: number | null;
  wage_cents: number | null;
  updated_at: string;
}

export interface CatalogueFunction extends FunctionSummary {
  profile: FunctionProfile;
}

export interface ImportResult {
  rows: number;
  valid: number;
  imported: number;
  dry_run: boolean;
  preview: FunctionProfile[];
}

export interface RankedFunction {
  function: FunctionSummary & { catalogue_name: string };
  relevant: number;
  met: number;
  partly: number;
  not_met: number;
  not_assessed: number;
  shortfall: number;
  unmet: ItemMatch[];
  not_assessed_items: ItemMatch[];
}

export interface FunctionRanking {
  trajectory_id: number;
  against: string;
  source_id: number;
  functions: number;
  top: RankedFunction[];
}
