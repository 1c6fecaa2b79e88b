// Contact moments and the contact log (docs/api.md "Contactmomenten").
import type { PersonRef, Task, UserRef } from './agrTypes';

export interface ContactMaterial {
  key: string;
  label: string;
}

/** Purpose and materials of a contact-moment task (also on Task.contact_moment). */
export interface ContactMomentInfo {
  party: 'werkgever' | 'bedrijfsarts' | 'ketenpartner';
  timing: string;
  purposes: string[];
  materials: ContactMaterial[];
  source: string;
}

export interface ContactEntry {
  id: number;
  trajectory_id: number;
  version: number;
  date: string;
  party: string;
  channel: string;
  purpose: string;
  materials: ContactMaterial[];
  other_materials: string;
  summary: string | null;
  summary_hidden: boolean;
  medical: boolean;
  task_id: number | null;
  task_key: string | null;
  created_by: UserRef;
  created_at: string;
  updated_by: UserRef;
  updated_at: string;
  may_edit: boolean;
}

export interface ContactMomentTask {
  task: Task;
  contact_id: number | null;
}

export interface ContactSection {
  trajectory_id: number;
  revalidant: PersonRef;
  moments: ContactMomentTask[];
  contacts: ContactEntry[];
  overdue: number;
  due_soon: number;
  signal_days: number;
  may_log: boolean;
  may_log_medical: boolean;
  channels: string[];
  material_catalogue: ContactMaterial[];
}

export interface ContactInput {
  date: string;
  party: string;
  channel: string;
  purpose: string;
  materials: string[];
  other_materials: string;
  summary: string;
  medical: boolean;
}

export interface ContactSignal {
  trajectory_id: number;
  state: 'open' | 'due_today' | 'overdue';
  task: Task;
}

export interface ContactSignals {
  days: number;
  overdue: number;
  items: ContactSignal[];
}
