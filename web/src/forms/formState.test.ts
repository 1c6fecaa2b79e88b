import { describe, expect, it } from 'vitest';
import type { Revalidant } from '../api/types';
import {
  addDays,
  disciplineFor,
  emptyRevalidantForm,
  errorsAt,
  formToRevalidantInput,
  getPath,
  groupSecret,
  inputId,
  isBlankSection,
  pageCount,
  parseOptionalNumber,
  parsePage,
  REVALIDANT_PATHS,
  revalidantToForm,
  setPath,
  todayIso,
  toggleId,
  toShownErrors,
} from './formState';

const revalidant: Revalidant = {
  id: 7,
  version: 3,
  created_at: '2026-11-23T10:00:00Z',
  updated_at: '2026-11-23T11:00:00Z',
  given_names: 'Test',
  family_name: 'Voorbeeld',
  date_of_birth: '1980-04-01',
  bsn: '123456782',
  contact: { email: 't@example.org', phone: '', street: 'Laan 1', postal_code: '1234 AB', city: 'Utrecht' },
  naaste: null,
  employment_status: 'loondienst',
  employer: { organisation: 'Bakkerij', contact_name: '', contact_phone: '', contact_email: '', address: '' },
  function_title: 'Bakker',
  hours_per_week: 32,
  bedrijfsarts: null,
  team_id: 1,
  ric_user_id: 5,
  team: { id: 1, name: 'Team A' },
  ric: { id: 5, display_name: 'R. Demo' },
};

describe('inputId', () => {
  it('makes a stable DOM id from a path', () => {
    expect(inputId('rev', 'employer.contact_email')).toBe('rev-employer-contact_email');
    expect(inputId('rev', 'bsn')).toBe('rev-bsn');
    expect(inputId('gebruiker', 'team_ids[1]')).toBe('gebruiker-team_ids');
  });
});

describe('toShownErrors', () => {
  it('links each server error to its input, in Dutch', () => {
    const shown = toShownErrors(
      'revalidant',
      'rev',
      [
        { path: 'bsn', code: 'elfproef' },
        { path: 'employer.contact_email', code: 'invalid_email' },
      ],
      REVALIDANT_PATHS,
    );
    expect(shown).toEqual([
      { path: 'bsn', message: 'Het BSN is ongeldig (elfproef). Controleer de negen cijfers.', targetId: 'rev-bsn' },
      {
        path: 'employer.contact_email',
        message: expect.stringMatching(/^Het e-mailadres van de contactpersoon bij de werkgever/),
        targetId: 'rev-employer-contact_email',
      },
    ]);
    expect(errorsAt(shown, 'rev', 'bsn')).toBe('Het BSN is ongeldig (elfproef). Controleer de negen cijfers.');
    expect(errorsAt(shown, 'rev', 'family_name')).toBeUndefined();
  });

  it('puts a section error on the first input of the section', () => {
    const [e] = toShownErrors('revalidant', 'rev', [{ path: 'naaste', code: 'invalid_value' }], REVALIDANT_PATHS);
    expect(e!.targetId).toBe('rev-naaste-name');
  });

  it('keeps errors without an input in the summary, unlinked', () => {
    const [e] = toShownErrors('revalidant', 'rev', [{ path: 'version', code: 'required' }], REVALIDANT_PATHS);
    expect(e).toEqual({ path: 'version', message: 'De versie is verplicht.', targetId: null });
  });

  it('drops duplicates', () => {
    const shown = toShownErrors(
      'user',
      'gebruiker',
      [
        { path: 'team_ids[0]', code: 'invalid_value' },
        { path: 'team_ids[1]', code: 'invalid_value' },
      ],
      ['team_ids'],
    );
    expect(shown).toHaveLength(1);
  });
});

describe('revalidant form', () => {
  it('sends blank optional sections and BSN as null', () => {
    const f = emptyRevalidantForm();
    f.given_names = ' Test ';
    f.family_name = 'Voorbeeld';
    f.date_of_birth = '1980-04-01';
    f.employment_status = 'zzp';
    const input = formToRevalidantInput(f);
    expect(input).toEqual({
      given_names: 'Test',
      family_name: 'Voorbeeld',
      date_of_birth: '1980-04-01',
      bsn: null,
      contact: { email: '', phone: '', street: '', postal_code: '', city: '' },
      naaste: null,
      employment_status: 'zzp',
      employer: null,
      function_title: '',
      hours_per_week: null,
      bedrijfsarts: null,
      team_id: null,
      ric_user_id: null,
    });
  });

  it('sends a section once any field in it is filled', () => {
    const f = setPath(emptyRevalidantForm(), 'naaste.phone', '06-12345678');
    expect(formToRevalidantInput(f).naaste).toEqual({ name: '', relation: '', phone: '06-12345678', email: '' });
  });

  it('round-trips a stored revalidant', () => {
    const f = revalidantToForm(revalidant);
    expect(f.hours_per_week).toBe('32');
    expect(f.team_id).toBe('1');
    expect(f.naaste.name).toBe('');
    const input = formToRevalidantInput(f);
    expect(input.hours_per_week).toBe(32);
    expect(input.team_id).toBe(1);
    expect(input.ric_user_id).toBe(5);
    expect(input.naaste).toBeNull();
    expect(input.bedrijfsarts).toBeNull();
    expect(input.employer).toEqual(revalidant.employer);
    expect(input.bsn).toBe('123456782');
  });

  it('strips spaces from the BSN and parses Dutch decimals', () => {
    const f = { ...emptyRevalidantForm(), bsn: '1234 56 782', hours_per_week: '32,5' };
    const input = formToRevalidantInput(f);
    expect(input.bsn).toBe('123456782');
    expect(input.hours_per_week).toBe(32.5);
    expect(parseOptionalNumber('veel')).toBe('veel');
  });
});

describe('small helpers', () => {
  it('reads and writes nested paths without mutating', () => {
    const f = emptyRevalidantForm();
    const g = setPath(f, 'employer.organisation', 'Bakkerij');
    expect(getPath(g, 'employer.organisation')).toBe('Bakkerij');
    expect(getPath(f, 'employer.organisation')).toBe('');
    expect(getPath(g, 'does.not.exist')).toBe('');
  });

  it('detects blank sections', () => {
    expect(isBlankSection({ a: ' ', b: '' })).toBe(true);
    expect(isBlankSection({ a: 'x' })).toBe(false);
  });

  it('gives a discipline only to therapists', () => {
    expect(disciplineFor('therapeut', 'fysiotherapie')).toBe('fysiotherapie');
    expect(disciplineFor('ric', 'fysiotherapie')).toBeNull();
    expect(disciplineFor('therapeut', '')).toBeNull();
  });

  it('toggles ids in order', () => {
    expect(toggleId([3, 1], 2, true)).toEqual([1, 2, 3]);
    expect(toggleId([1, 2], 2, false)).toEqual([1]);
    expect(toggleId([1], 1, true)).toEqual([1]);
  });

  it('counts pages', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(25, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
    expect(parsePage('3')).toBe(3);
    expect(parsePage('0')).toBe(1);
    expect(parsePage('x')).toBe(1);
    expect(parsePage(null)).toBe(1);
  });

  it('does date arithmetic on calendar dates', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(todayIso(new Date(2026, 10, 23, 23, 30))).toBe('2026-11-23');
  });

  it('groups a TOTP secret for reading', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('JBSW Y3DP E')).toBe('JBSW Y3DP E');
  });
});
