import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import {
  contentLines,
  daysBetween,
  documentValuesFrom,
  emptyDocumentValues,
  fieldSentence,
  isStale,
  milestoneName,
  statusTone,
  toContent,
  toMedical,
  trackedInterventions,
  usesSelect,
  fieldsFor,
  verzuimErrorMessage,
  verzuimInputId,
  verzuimShownErrors,
} from './logic';

describe('field errors in Dutch', () => {
  it('names the field by the last part of its path', () => {
    expect(fieldSentence('content.inzetbaarheid', 'required')).toBe('"Inzetbaarheidsadvies" is verplicht.');
    expect(fieldSentence('end', 'end_before_start')).toBe('"Laatste ziektedag" ligt vóór de begindatum.');
    expect(fieldSentence('start', 'in_future')).toBe('"Eerste ziektedag" mag niet in de toekomst liggen.');
  });

  it('numbers rows of the plan van aanpak actions', () => {
    expect(fieldSentence('content.acties[1].eigenaar', 'required')).toBe('Actie 2: "Eigenaar" is verplicht.');
  });

  it('has a sentence for overlapping episodes and a fallback for unknown codes', () => {
    expect(fieldSentence('start', 'overlap')).toMatch(/overlapt een andere periode/);
    expect(fieldSentence('van', 'whatever')).toBe('"Van" is niet juist ingevuld.');
  });

  it('links errors to inputs that exist and leaves others unlinked', () => {
    const ids = [verzuimInputId('f', 'content.doel'), verzuimInputId('f', 'content.acties[0].omschrijving')];
    expect(ids).toEqual(['f-content-doel', 'f-content-acties-0-omschrijving']);
    const shown = verzuimShownErrors(
      'f',
      [
        { path: 'content.doel', code: 'required' },
        { path: 'content.doel', code: 'required' },
        { path: 'content.acties[0].omschrijving', code: 'required' },
        { path: 'kind', code: 'invalid_value' },
      ],
      ids,
    );
    expect(shown.map((s) => s.targetId)).toEqual(['f-content-doel', 'f-content-acties-0-omschrijving', null]);
  });
});

describe('other errors', () => {
  it('says a stale write was not saved', () => {
    const e = new ApiError(409, 'conflict', 'the verzuimdossier was changed by someone else');
    expect(isStale(e)).toBe(true);
    expect(verzuimErrorMessage(e)).toMatch(/intussen gewijzigd/);
  });

  it('turns a 409 with fields (dossier taken) into its sentence', () => {
    const e = new ApiError(409, 'conflict', 'x', [{ path: 'revalidant_id', code: 'taken' }]);
    expect(isStale(e)).toBe(false);
    expect(verzuimErrorMessage(e)).toBe('Deze revalidant heeft al een verzuimdossier.');
  });

  it('falls back to the general Dutch message per code', () => {
    expect(verzuimErrorMessage(new ApiError(403, 'forbidden', 'no'))).toMatch(/geen toegang/);
    expect(verzuimErrorMessage(new Error('boom'))).toMatch(/onverwacht/);
  });
});

describe('milestones', () => {
  it('numbers evaluations', () => {
    expect(milestoneName({ key: 'evaluatie', sequence: 2 })).toBe('Evaluatie plan van aanpak 2');
    expect(milestoneName({ key: 'probleemanalyse', sequence: 0 })).toBe('Probleemanalyse');
    expect(milestoneName({ key: 'iets_nieuws', sequence: 0 })).toBe('iets nieuws');
  });

  it('maps statuses to a visual tone', () => {
    expect(statusTone('done')).toBe('done');
    expect(statusTone('due')).toBe('due');
    expect(statusTone('open')).toBe('due');
    expect(statusTone('overdue')).toBe('overdue');
    expect(statusTone('upcoming')).toBe('neutral');
  });

  it('counts days across month and year ends and leap days', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-01-10', '2026-01-01')).toBe(-9);
  });
});

describe('the generic document form', () => {
  it('builds content without empty texts, with booleans and actions', () => {
    const v = emptyDocumentValues('plan_van_aanpak', '2026-11-01');
    v.fields.doel = '  Terug in eigen werk  ';
    v.acties = [{ omschrijving: 'Werkplekonderzoek', eigenaar: 'werkgever', datum: '', gereed: false }];
    expect(toContent('plan_van_aanpak', v)).toEqual({
      doel: 'Terug in eigen werk',
      acties: [{ omschrijving: 'Werkplekonderzoek', eigenaar: 'werkgever', gereed: false }],
    });
  });

  it('always sends booleans and leaves required texts for the server to report', () => {
    const v = emptyDocumentValues('eerstejaarsevaluatie', '2026-11-01');
    expect(toContent('eerstejaarsevaluatie', v)).toEqual({ interne_terugkeer_verwacht: false });
  });

  it('reads stored content back into the form', () => {
    const v = documentValuesFrom(
      'probleemanalyse',
      '2026-10-01',
      { inzetbaarheid: 'onzeker', advies: 'Rust' },
      { toelichting: 'medisch' },
    );
    expect(v.fields).toEqual({ inzetbaarheid: 'onzeker', advies: 'Rust', toelichting: '' });
    expect(v.medisch).toBe('medisch');
    expect(toContent('probleemanalyse', v)).toEqual({ inzetbaarheid: 'onzeker', advies: 'Rust' });
  });

  it('sends the medical part only to those who may see it', () => {
    const v = emptyDocumentValues('probleemanalyse', '2026-10-01');
    expect(toMedical(v, false)).toBeUndefined();
    expect(toMedical(v, true)).toEqual({});
    v.medisch = ' x ';
    expect(toMedical(v, true)).toEqual({ toelichting: 'x' });
  });

  it('shows content with Dutch labels and values', () => {
    expect(contentLines('probleemanalyse', { inzetbaarheid: 'nog_niet_inzetbaar', advies: 'Rust' })).toEqual([
      { label: 'Inzetbaarheidsadvies', value: 'Nog niet inzetbaar' },
      { label: 'Advies', value: 'Rust' },
    ]);
    expect(contentLines('loonsanctie', { van: '2026-01-01', tot: '2026-12-31', reden: 'RIV onvolledig' })[0]).toEqual({
      label: 'Van',
      value: '1 januari 2026',
    });
    expect(contentLines('plan_van_aanpak', { doel: 'D', acties: [{ omschrijving: 'A', eigenaar: 'ric', gereed: true }] })).toEqual([
      { label: 'Doel', value: 'D' },
      { label: 'Actie 1', value: 'A – Re-integratiecoördinator – gereed' },
    ]);
  });
});

describe('interventions', () => {
  it('keeps the latest status per intervention and scenario', () => {
    const docs = [
      { id: 3, kind: 'interventie', date: '2026-10-05', content: { interventie: 'psycholoog', status: 'gestart' } },
      { id: 1, kind: 'interventie', date: '2026-09-01', content: { interventie: 'psycholoog', status: 'voorgesteld' } },
      { id: 2, kind: 'interventie', date: '2026-09-10', content: { interventie: 'ergonoom', status: 'voorgesteld' } },
      { id: 4, kind: 'evaluatie', date: '2026-10-06', content: { verslag: 'x' } },
      { id: 5, kind: 'interventie', date: '2026-11-01', content: { interventie: 'ergonoom', status: 'afgerond', scenario: 'eigen_werk_later' } },
      { id: 6, kind: 'interventie', date: '2026-11-20', content: { interventie: 'ergonoom', status: 'voorgesteld', scenario: 'ander_werk_eigen_organisatie' } },
    ];
    expect(trackedInterventions(docs)).toEqual([
      { interventie: 'psycholoog', scenario: '', status: 'gestart', date: '2026-10-05' },
      { interventie: 'ergonoom', scenario: '', status: 'voorgesteld', date: '2026-09-10' },
      { interventie: 'ergonoom', scenario: 'eigen_werk_later', status: 'afgerond', date: '2026-11-01' },
      { interventie: 'ergonoom', scenario: 'ander_werk_eigen_organisatie', status: 'voorgesteld', date: '2026-11-20' },
    ]);
  });

  it('offers the eleven interventions in a select, the four statuses as radio buttons', () => {
    const [what, status] = fieldsFor('interventie');
    expect(usesSelect(what!)).toBe(true);
    expect(usesSelect(status!)).toBe(false);
  });
});
