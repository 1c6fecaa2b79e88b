// Types for the AGR part of the API (docs/api.md, section "AGR"). Keys stay snake_case.

import type { Answers, Duration, FormDefinition } from '../agr/forms/model';
import type { ContactMomentInfo } from './contactTypes';

export interface UserRef {
  id: number;
  display_name: string;
}

export interface PersonRef {
  id: number;
  given_names: string;
  family_name: string;
}

export const ROUTE_STEPS = ['intake_arts', 'intake_ric', 'werkbezoek', 'terugkoppeling', 'werktraining', 'afronding'] as const;
export type RouteStatus = 'done' | 'current' | 'next' | 'later' | 'stopped_here' | 'not_reached';

export interface RouteEntry {
  step: string;
  status: RouteStatus;
  without_employer: boolean;
}

export interface AllowedDecision {
  kind: string;
  outcome: string;
  to: string;
  reason_classes: string[];
  end_reason_required: boolean;
  contacts_required: boolean;
  requires_consent_form: boolean;
}

export interface Contacts {
  werkgever: boolean;
  bedrijfsarts: boolean;
}

export type CriterionAnswer = 'voldoet' | 'voldoet_niet' | 'onbekend';

/** The D3 checklist as sent with the decision (docs/api.md "AGR"). */
export interface D3ChecklistInput {
  belastbaarheid: CriterionAnswer;
  orientatie: CriterionAnswer;
  taalbegrip: CriterionAnswer;
  leerbaarheid: CriterionAnswer;
  herstel_binnen_drie_maanden: boolean | null;
}

/** The checklist stored with a D3 decision and the server's suggestion from it. */
export interface D3Checklist extends D3ChecklistInput {
  suggested_outcome: string | null;
  suggested_reason: string | null;
  differs_from_suggestion: boolean;
}

/** Age on the intake date against 18 and the statutory AOW age (docs/agr-route.md). */
export interface AgeCheck {
  on: string;
  age_years: number;
  status: 'onder_18' | 'binnen_leeftijdsgrens' | 'aow_leeftijd_bereikt';
  under_18: boolean;
  aow_age_reached: boolean;
  eighteenth_birthday: string;
  aow_age: { years: number; months: number; fixed: boolean };
  aow_date: string;
  source: string;
}

export interface Decision {
  seq: number;
  kind: string;
  outcome: string;
  from: string;
  to: string;
  decided_by: UserRef;
  decided_at: string;
  reason: string | null;
  reason_class: string | null;
  end_reason: string | null;
  contacts: Contacts | null;
  checklist: D3Checklist | null;
  folder_handed_out: boolean | null;
  note: string;
}

export interface TeamMember {
  discipline: string;
  user: UserRef;
}

export interface SettingChange {
  setting: string;
  handover_note: string;
  changed_by: UserRef;
  changed_at: string;
}

export interface Trajectory {
  id: number;
  revalidant_id: number;
  active: boolean;
  step: string;
  zzp: boolean;
  admission_date: string;
  expected_discharge_date: string | null;
  expected_duration: Duration | null;
  setting: 'klinisch' | 'poliklinisch' | string;
  ric: UserRef | null;
  arts: UserRef | null;
  team_members: TeamMember[];
  contacts: Contacts | null;
  started_by: UserRef;
  started_at: string;
  closed_at: string | null;
  route: RouteEntry[];
  allowed_decisions: AllowedDecision[];
  decisions: Decision[];
  settings: SettingChange[];
  team_question_due: string | null;
  consent_form_signed: boolean;
  age: AgeCheck | null;
  folder: 'niet_van_toepassing' | 'uitgereikt' | 'open';
  ric_model: 'vast' | 'wisselend';
  version: number;
}

export interface TeamChangeInput {
  ric_user_id: number | null;
  arts_user_id: number | null;
  team_members: { discipline: string; user_id: number }[];
  version: number;
}

export interface StartTrajectoryInput {
  admission_date: string;
  setting: string;
  ric_user_id?: number | null;
  arts_user_id?: number | null;
  team_members?: { discipline: string; user_id: number }[];
}

export interface DecisionInput {
  kind: string;
  outcome: string;
  reason: string | null;
  end_reason: string | null;
  contacts: Contacts | null;
  checklist?: D3ChecklistInput | null;
  folder_handed_out?: boolean | null;
  note: string;
  version: number;
}

export type TaskState = 'open' | 'due_today' | 'overdue' | 'done';

export interface Task {
  id: number;
  trajectory_id: number;
  revalidant: PersonRef;
  key: string;
  occurrence: number;
  role: string;
  assignee: UserRef | null;
  due: string;
  due_rule: string;
  form: string | null;
  source: string;
  state: TaskState;
  done_at: string | null;
  done_by: UserRef | null;
  created_at: string;
  version: number;
  /** Purpose and materials when the task is a contact moment (issue 6), else null. */
  contact_moment?: ContactMomentInfo | null;
}

export interface TeamMeetingItem {
  trajectory_id: number;
  revalidant: PersonRef;
  step: string;
  question: string;
  parked: boolean;
  last_decision: Decision | null;
  ric: UserRef | null;
}

export interface TeamMeeting {
  meeting_start: string;
  items: TeamMeetingItem[];
}

export type ResponseStatus = 'none' | 'draft' | 'final' | 'signed';

export interface FormStatus {
  form_id: string;
  title: string;
  requires_signature: boolean;
  status: ResponseStatus;
  form_version: number | null;
  updated_at: string | null;
  updated_by: UserRef | null;
}

export interface Signature {
  method: 'portal' | 'paper';
  signed_on: string;
  recorded_by: UserRef;
  recorded_at: string;
}

export interface FormResponse {
  trajectory_id: number;
  form_id: string;
  form_version: number;
  status: 'draft' | 'final' | 'signed';
  answers: Answers;
  signature: Signature | null;
  created_at: string;
  updated_at: string;
  updated_by: UserRef;
  version: number;
}

export interface FieldChange {
  path: string;
  old: unknown;
  new: unknown;
  by: UserRef;
  at: string;
}

export interface ResponseEvent {
  type: 'created' | 'saved' | 'finalised' | 'signed' | 'reopened' | string;
  by: UserRef;
  at: string;
  reason: string;
}

export interface ResponseHistory {
  changes: FieldChange[];
  events: ResponseEvent[];
}

export type SignInput = { method: 'portal'; version: number } | { method: 'paper'; signed_on: string; version: number };

export type ConsentStatus = 'unset' | 'granted' | 'refused' | 'withdrawn';

export interface ConsentCell {
  party: string;
  kind: string;
  status: ConsentStatus;
  recorded_by: UserRef | null;
  recorded_at: string | null;
  signed_after: boolean;
  effective: boolean;
}

export interface Consent {
  revalidant_id: number;
  version: number;
  parties: string[];
  kinds: string[];
  cells: ConsentCell[];
  signature: Signature | null;
}

export interface ConsentEvent {
  seq: number;
  type: 'party_added' | 'party_removed' | 'cell_recorded' | 'cell_withdrawn' | 'signed' | string;
  party: string | null;
  kind: string | null;
  granted: boolean | null;
  method: string | null;
  signed_on: string | null;
  by: UserRef;
  at: string;
}

export interface FormDefinitionSummary {
  id: string;
  version: number;
  title: string;
  requires_signature: boolean;
  source: 'builtin' | 'imported';
  latest: boolean;
  created_at: string;
}

export type { FormDefinition };
