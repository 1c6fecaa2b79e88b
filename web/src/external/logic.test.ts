import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import type { ExternalAccount } from '../api/externalTypes';
import { externalText } from '../i18n/external';
import { accountsForParty, inviteErrors, isExternalPartner, kindList, messageFieldError, notShared, revokeErrorMessage, roleForParty } from './logic';

const acc = (id: number, role: string): ExternalAccount => ({
  id,
  username: `u${id}`,
  display_name: `U ${id}`,
  email: `u${id}@example.org`,
  role,
});

describe('external access: roles and parties', () => {
  it('maps a form 3 party to the role of the account it needs', () => {
    expect(roleForParty('werkgever')).toBe('werkgever');
    expect(roleForParty('bedrijfsarts')).toBe('bedrijfsarts');
    expect(roleForParty('uwv')).toBe('partner');
    expect(roleForParty('jobcoach')).toBe('partner');
  });

  it('offers only accounts whose role fits the party', () => {
    const all = [acc(1, 'werkgever'), acc(2, 'bedrijfsarts'), acc(3, 'partner'), acc(4, 'werkgever')];
    expect(accountsForParty(all, 'werkgever').map((a) => a.id)).toEqual([1, 4]);
    expect(accountsForParty(all, 'bedrijfsarts').map((a) => a.id)).toEqual([2]);
    expect(accountsForParty(all, 'jobcoach').map((a) => a.id)).toEqual([3]);
  });

  it('knows which roles are external partners (not the revalidant, not staff)', () => {
    expect(['werkgever', 'bedrijfsarts', 'partner'].every(isExternalPartner)).toBe(true);
    expect(['revalidant', 'ric', 'revalidatiearts', 'therapeut', 'admin'].some(isExternalPartner)).toBe(false);
  });
});

describe('external access: errors in Dutch', () => {
  it('puts invite field errors at their fields, 409 taken included', () => {
    const e = new ApiError(409, 'conflict', 'taken', [{ path: 'username', code: 'taken' }]);
    expect(inviteErrors(e)).toEqual({ fields: { username: externalText.staff.fieldCodes['username:taken'] }, general: null });
    const e2 = new ApiError(422, 'invalid_input', 'bad', [
      { path: 'party', code: 'not_on_form' },
      { path: 'email', code: 'weird_code' },
    ]);
    const shown = inviteErrors(e2);
    expect(shown.fields.party).toMatch(/niet op het toestemmingsformulier/);
    expect(shown.fields.email).toBe('"E-mailadres" is niet juist ingevuld.');
  });

  it('shows an error without fields as a general message', () => {
    const shown = inviteErrors(new ApiError(403, 'forbidden', 'no'));
    expect(shown.fields).toEqual({});
    expect(shown.general).toMatch(/geen toegang/);
  });

  it('says so when a grant was already revoked', () => {
    expect(revokeErrorMessage(new ApiError(409, 'conflict', 'x'))).toBe(externalText.staff.alreadyRevoked);
  });

  it("shows the server's own sentence for medical content at the text field", () => {
    const e = new ApiError(422, 'invalid_input', 'x', [
      { path: 'text', code: 'medical_content', message: 'Vul geen medische informatie in (gevonden: hernia, oxazepam).' },
    ]);
    expect(messageFieldError(e)).toEqual({ field: 'Vul geen medische informatie in (gevonden: hernia, oxazepam).', general: null });
    const bare = new ApiError(422, 'invalid_input', 'x', [{ path: 'text', code: 'medical_content' }]);
    expect(messageFieldError(bare).field).toBe(externalText.shared.textCodes.medical_content);
    const long = new ApiError(422, 'invalid_input', 'x', [{ path: 'text', code: 'too_long', message: 'too long' }]);
    expect(messageFieldError(long).field).toMatch(/te lang/);
    expect(messageFieldError(new ApiError(404, 'not_found', 'x'))).toEqual({ field: null, general: expect.stringMatching(/niet gevonden/) });
  });
});

describe('external access: what is (not) shared', () => {
  it('lists the kinds that are not shared with the reason, and nothing for allowed kinds', () => {
    const items = notShared({
      kinds: [
        { kind: 'reintegratievisie', allowed: true, reason: 'allowed' },
        { kind: 'werksituatie_functieprofiel', allowed: false, reason: 'no_consent' },
        { kind: 'voortgang_werktraining', allowed: false, reason: 'withdrawn' },
      ],
    });
    expect(items.map((i) => i.text)).toEqual([
      'Niet gedeeld: Werksituatie en functieprofiel (geen toestemming van de revalidant)',
      'Niet gedeeld: Voortgang van de werktraining (toestemming ingetrokken)',
    ]);
  });

  it('joins kind labels, or null when nothing is shared', () => {
    expect(kindList(['reintegratievisie', 'voortgang_werktraining'])).toBe('Re-integratievisie, Voortgang van de werktraining');
    expect(kindList([])).toBeNull();
  });

  it('carries the visible warning of the message form word for word', () => {
    expect(externalText.shared.messageWarning).toBe('Vul hier geen medische informatie in (geen diagnose, medicatie of behandeling).');
  });
});
