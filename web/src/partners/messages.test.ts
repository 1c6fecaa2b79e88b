import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { partnerErrorMessage, partnerFieldLabel } from './messages';

describe('partner error messages', () => {
  it('names the field in Dutch', () => {
    expect(partnerFieldLabel('attendees[1].name')).toBe('Aanwezigen');
    expect(partnerFieldLabel('to.partner_id')).toBe('Naar');
    expect(partnerFieldLabel('visie_version')).toBe('De versie van formulier 7');
    expect(partnerFieldLabel('roles[2].phase')).toBe('Fase');
  });

  it('turns field errors into sentences', () => {
    const e = new ApiError(422, 'invalid_input', 'x', [
      { path: 'visie_version', code: 'not_found', message: '' },
      { path: 'email', code: 'invalid_email', message: '' },
    ]);
    expect(partnerErrorMessage(e)).toBe('De versie van formulier 7 bestaat niet. E-mailadres is geen geldig e-mailadres.');
  });

  it('recognises the handover rule violations', () => {
    const e = new ApiError(409, 'rule_violation', 'the revalidant did not consent to sharing the re-integratievisie with the uwv');
    expect(partnerErrorMessage(e)).toMatch(/geen toestemming gegeven/);
    const stale = new ApiError(409, 'conflict', 'the network partner was changed by someone else');
    expect(partnerErrorMessage(stale)).toMatch(/Iemand anders/);
  });
});
