import { describe, expect, it } from 'vitest';
import type { ContactEntry, ContactMomentTask } from '../api/contactTypes';
import type { Task } from '../api/agrTypes';
import { ApiError } from '../api/errors';
import { medicalRefusals } from '../i18n/contacts';
import { addDays, characterCount, contactErrorMessage, editContactForm, momentCounts, newContactForm, toContactInput } from './logic';

function task(over: Partial<Task>): Task {
  return {
    id: 1,
    trajectory_id: 2,
    revalidant: { id: 3, given_names: 'Mohamed', family_name: 'Amrani' },
    key: 'werkbezoek_werkgever',
    occurrence: 1,
    role: 'ric',
    assignee: null,
    due: '2026-12-10',
    due_rule: 'zo_snel_mogelijk',
    form: null,
    source: '',
    state: 'open',
    done_at: null,
    done_by: null,
    created_at: '2026-12-03T09:00:00.000Z',
    version: 1,
    contact_moment: {
      party: 'werkgever',
      timing: 'Na intake re-integratiecoördinator',
      purposes: ['Werkgever informeren over AGR', 'Opstellen functieprofiel'],
      materials: [
        { key: 'folder_agr', label: "Informatiefolder 'Arbeidsgerichte revalidatie'" },
        { key: 'formulier_4', label: 'AGR formulier 4' },
      ],
      source: 'h5',
    },
    ...over,
  };
}

describe('contact form', () => {
  it('prefills a moment task with its party, purpose and materials', () => {
    const m: ContactMomentTask = { task: task({}), contact_id: null };
    const f = newContactForm('2026-12-07', m);
    expect(f.taskId).toBe(1);
    expect(f.party).toBe('werkgever');
    expect(f.channel).toBe('bezoek_werkplek');
    expect(f.purpose).toBe('Werkgever informeren over AGR; Opstellen functieprofiel');
    expect(f.materials).toEqual(['folder_agr', 'formulier_4']);
  });

  it('maps a chain-partner moment to "anders" and sends the typed code', () => {
    const m: ContactMomentTask = {
      task: task({ key: 'overdracht_ketenpartners', contact_moment: { ...task({}).contact_moment!, party: 'ketenpartner' } }),
      contact_id: null,
    };
    const f = { ...newContactForm('2026-12-07', m), otherParty: ' uwv ' };
    expect(f.party).toBe('anders');
    expect(toContactInput(f).party).toBe('uwv');
  });

  it('round-trips a stored contact for editing', () => {
    const c = {
      id: 9,
      trajectory_id: 2,
      version: 2,
      date: '2026-12-01',
      party: 'jobcoach',
      channel: 'telefoon',
      purpose: 'Afstemmen',
      materials: [{ key: 'formulier_7', label: 'x' }],
      other_materials: '',
      summary: null,
      summary_hidden: true,
      medical: false,
      task_id: null,
      task_key: null,
    } as unknown as ContactEntry;
    const f = editContactForm(c);
    expect(f.party).toBe('anders');
    expect(f.otherParty).toBe('jobcoach');
    expect(f.summary).toBe('');
    expect(toContactInput(f).materials).toEqual(['formulier_7']);
  });
});

describe('contact errors', () => {
  it('explains the medical rule in Dutch', () => {
    const err = new ApiError(422, 'invalid_input', 'x', [{ path: 'medical', code: 'medical_no_consent', message: '' }]);
    expect(contactErrorMessage(err)).toBe(medicalRefusals.medical_no_consent);
  });
  it('names the field for other codes', () => {
    const err = new ApiError(422, 'invalid_input', 'x', [{ path: 'materials[1]', code: 'duplicate', message: '' }]);
    expect(contactErrorMessage(err)).toBe('Meegegeven materiaal staat er twee keer in.');
  });
});

describe('counts', () => {
  it('counts overdue and soon moments, not done ones', () => {
    const moments: ContactMomentTask[] = [
      { task: task({ id: 1, state: 'overdue', due: '2026-12-01' }), contact_id: null },
      { task: task({ id: 2, state: 'open', due: '2026-12-10' }), contact_id: null },
      { task: task({ id: 3, state: 'open', due: '2026-12-30' }), contact_id: null },
      { task: task({ id: 4, state: 'done', due: '2026-12-02' }), contact_id: 5 },
    ];
    expect(momentCounts(moments, '2026-12-07', 7)).toEqual({ overdue: 1, soon: 1 });
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(characterCount('é€x')).toBe(3);
  });
});
