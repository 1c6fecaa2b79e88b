// Pure helpers of the contact section: form state <-> API input, Dutch error sentences.
import type { ContactEntry, ContactInput, ContactMomentTask } from '../api/contactTypes';
import { isApiError } from '../api/errors';
import { agrErrorMessage } from '../agr/messages';
import { contactFieldCodes, contactFieldLabels, contactText, medicalRefusals } from '../i18n/contacts';

export const KNOWN_PARTIES = ['werkgever', 'bedrijfsarts'] as const;

export interface ContactFormState {
  taskId: number | null;
  date: string;
  party: string; // 'werkgever' | 'bedrijfsarts' | 'anders'
  otherParty: string;
  channel: string;
  purpose: string;
  materials: string[];
  otherMaterials: string;
  summary: string;
  medical: boolean;
}

/** An empty form for a new contact on `today`, or prefilled for a moment task. */
export function newContactForm(today: string, moment?: ContactMomentTask): ContactFormState {
  const info = moment?.task.contact_moment ?? null;
  const party = info ? (info.party === 'ketenpartner' ? 'anders' : info.party) : 'werkgever';
  return {
    taskId: moment ? moment.task.id : null,
    date: today,
    party,
    otherParty: '',
    channel: info?.party === 'werkgever' && moment?.task.key === 'werkbezoek_werkgever' ? 'bezoek_werkplek' : 'telefoon',
    purpose: info ? info.purposes.join('; ') : '',
    materials: info ? info.materials.map((m) => m.key) : [],
    otherMaterials: '',
    summary: '',
    medical: false,
  };
}

/** The form for editing a logged contact. */
export function editContactForm(c: ContactEntry): ContactFormState {
  const known = (KNOWN_PARTIES as readonly string[]).includes(c.party);
  return {
    taskId: c.task_id,
    date: c.date,
    party: known ? c.party : 'anders',
    otherParty: known ? '' : c.party,
    channel: c.channel,
    purpose: c.purpose,
    materials: c.materials.map((m) => m.key),
    otherMaterials: c.other_materials,
    summary: c.summary ?? '',
    medical: c.medical,
  };
}

export function toContactInput(f: ContactFormState): ContactInput {
  return {
    date: f.date,
    party: f.party === 'anders' ? f.otherParty.trim() : f.party,
    channel: f.channel,
    purpose: f.purpose,
    materials: f.materials,
    other_materials: f.otherMaterials,
    summary: f.summary,
    medical: f.medical,
  };
}

/** Characters as the server counts them (code points). */
export function characterCount(s: string): number {
  return [...s].length;
}

/** One Dutch sentence (or a few) for an error of the contact endpoints. */
export function contactErrorMessage(err: unknown): string {
  if (isApiError(err) && err.code === 'conflict') return contactText.conflict;
  if (isApiError(err) && err.code === 'invalid_input' && err.fields.length) {
    return err.fields
      .map((f) => {
        const refusal = medicalRefusals[f.code];
        if (refusal) return refusal;
        const base = f.path.replace(/\[\d+\]$/, '');
        const label = contactFieldLabels[base] ?? base;
        return contactText.fieldError(label, contactFieldCodes[f.code] ?? 'is niet juist ingevuld.');
      })
      .join(' ');
  }
  return agrErrorMessage(err);
}

/** Moments that need attention, for the summary line: overdue and open within `days`. */
export function momentCounts(moments: ContactMomentTask[], today: string, days: number): { overdue: number; soon: number } {
  let overdue = 0;
  let soon = 0;
  const limit = addDays(today, days);
  for (const m of moments) {
    if (m.task.state === 'overdue') overdue += 1;
    else if (m.task.state !== 'done' && m.task.due <= limit) soon += 1;
  }
  return { overdue, soon };
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
