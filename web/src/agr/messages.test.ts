import { describe, expect, it } from 'vitest';
import { ApiError, toApiError } from '../api/errors';
import { agrErrorMessage, decisionPairLabel, formErrors, ruleViolationMessage } from './messages';
import type { FormDefinition } from './forms/model';

describe('Dutch messages for AGR errors', () => {
  it('translates the server rule message of a refused transition', () => {
    const err = new ApiError(
      409,
      'rule_violation',
      "'d1_ric_inzetten=ja' is not allowed: current step is 'terugkoppeling'; allowed now: d3_werktraining=ja, d3_werktraining=nog_niet, beeindigen=beeindigd",
    );
    expect(ruleViolationMessage(err)).toBe(
      'Deze beslissing is nu niet toegestaan (Beslismoment 1: re-integratiecoördinator inzetten: Ja). ' +
        'De huidige stap is "Terugkoppeling in het team". Nu toegestaan: Beslismoment 3: starten met werktraining: Ja; ' +
        'Beslismoment 3: starten met werktraining: Nog niet; AGR voortijdig beëindigen: Beëindigd.',
    );
  });

  it('names the unsigned consent form for D2 (409 with field consent_form)', () => {
    const err = toApiError(409, {
      error: {
        code: 'rule_violation',
        message: 'decision d2_toestemming=ja needs a signed form 3 (agr-3-toestemming)',
        fields: [{ path: 'consent_form', code: 'not_signed', message: 'form 3 must be signed first' }],
      },
    });
    expect(agrErrorMessage(err)).toMatch(/^Beslismoment 2 "ja" kan pas als het toestemmingsformulier \(formulier 3\) is ondertekend/);
  });

  it('falls back to the general rule sentence and keeps the stale-save details', () => {
    expect(agrErrorMessage(new ApiError(409, 'rule_violation', 'something else'))).toBe(
      'Dit is op dit moment niet toegestaan volgens de regels van werkpad.',
    );
    const stale = toApiError(409, { error: { code: 'conflict', message: 'x', details: { current: { version: 4 } } } });
    expect(stale.details).toEqual({ current: { version: 4 } });
    expect(agrErrorMessage(stale)).toMatch(/^Iemand anders heeft deze gegevens intussen gewijzigd/);
  });

  it('translates decision field errors', () => {
    const err = toApiError(422, { error: { code: 'invalid_input', message: 'x', fields: [{ path: 'reason', code: 'wrong_class' }] } });
    expect(agrErrorMessage(err)).toBe('Deze reden past niet bij deze uitkomst. Kies een reden uit de lijst.');
    expect(decisionPairLabel('d3_werktraining=nog_niet')).toBe('Beslismoment 3: starten met werktraining: Nog niet');
  });

  it('names form items by label, with the row number inside repeatables', () => {
    const def: FormDefinition = {
      id: 'x',
      version: 1,
      title: 'x',
      items: [
        { key: 'functie', type: 'text', label: 'Functie' },
        { key: 'rijen', type: 'repeatable', label: 'Contacten', items: [{ key: 'naam', type: 'text', label: 'Naam' }] },
      ],
    };
    expect(
      formErrors(def, [
        { path: 'items.functie', code: 'required' },
        { path: 'items.rijen[1].naam', code: 'too_long' },
        { path: 'items.rijen', code: 'too_few_rows' },
      ]),
    ).toEqual([
      { path: 'items.functie', message: '"Functie" is verplicht.' },
      { path: 'items.rijen[1].naam', message: 'Regel 2: "Naam" is te lang. Maak de tekst korter.' },
      { path: 'items.rijen', message: '"Contacten" heeft te weinig regels. Voeg een regel toe.' },
    ]);
  });
});
