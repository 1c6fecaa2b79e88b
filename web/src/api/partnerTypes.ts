// Types of the network partner and handover endpoints (docs/api.md "Netwerkpartners en
// overdracht").
import type { UserRef } from './agrTypes';

export type PartnerRole = 'background' | 'active' | 'recommended' | 'not_involved';

export interface PhaseRole {
  phase: string;
  role: PartnerRole;
  is_default: boolean;
}

export interface NetworkPartner {
  id: number;
  revalidant_id: number;
  kind: string;
  label: string;
  name: string;
  organisation: string;
  phone: string;
  email: string;
  note: string;
  ended_on: string | null;
  roles: PhaseRole[];
  version: number;
  updated_by: UserRef;
  updated_at: string;
}

export interface NetworkPartnerInput {
  kind: string;
  label?: string;
  name?: string;
  organisation?: string;
  phone?: string;
  email?: string;
  note?: string;
  roles?: { phase: string; role: PartnerRole }[];
  version?: number;
}

export interface Endpoint {
  partner_id: number | null;
  party: string | null;
}

export interface HandoverMoment {
  id: number;
  revalidant_id: number;
  from: Endpoint;
  to: Endpoint;
  phase: string;
  planned_on: string | null;
  done_on: string | null;
  note: string;
  version: number;
  updated_by: UserRef;
  updated_at: string;
}

export interface HandoverMomentInput {
  from: { partner_id?: number; party?: string };
  to: { partner_id?: number; party?: string };
  phase: string;
  planned_on?: string;
  done_on?: string;
  note?: string;
  version?: number;
}

export interface PartnerMatrix {
  revalidant_id: number;
  trajectory_id: number | null;
  route_step: string | null;
  current_phase: string | null;
  phases: string[];
  rows: { partner: NetworkPartner; current_role: PartnerRole | null }[];
  current: { partner_id: number; role: PartnerRole }[];
  moments: HandoverMoment[];
}

export interface Handover {
  id: number;
  trajectory_id: number;
  held_on: string;
  party: string;
  partner_id: number | null;
  partner_name: string | null;
  warm: boolean;
  visie_version: number;
  visie_sha256: string;
  attendees: { name: string; role: string }[];
  note: string;
  task_id: number | null;
  created_by: UserRef;
  created_at: string;
}

export interface HandoverInput {
  held_on: string;
  attendees: { name: string; role: string }[];
  warm: boolean;
  visie_version: number;
  party: string;
  partner_id?: number;
  note?: string;
}

export interface HandoverOverview {
  trajectory_id: number;
  step: string;
  trajectory_version: number;
  handovers: Handover[];
  expected: {
    party: 'werkgever' | 'bedrijfsarts' | 'ketenpartners';
    task_key: string;
    required: boolean;
    done: boolean;
    task_id: number | null;
    task_done: boolean;
  }[];
  open_tasks: { id: number; version: number; key: string; due: string; overdue: boolean }[];
  visie_signed_version: number | null;
  visie_shared_with: string[];
  handover_allowed: boolean;
  may_close: boolean;
  all_required_done: boolean;
}
