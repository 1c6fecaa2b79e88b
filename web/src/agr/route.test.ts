import { describe, expect, it } from 'vitest';
import { REASONS_BY_CLASS, suggestD3, toChecklistInput, type CriterionState, type D3Criterion } from './route';

const all = (s: CriterionState): Record<D3Criterion, CriterionState> => ({
  belastbaarheid: s,
  orientatie: s,
  taalbegrip: s,
  leerbaarheid: s,
});

describe('D3 suggestion from the five criteria', () => {
  it('suggests nothing while a criterion is unknown', () => {
    expect(suggestD3({ ...all('voldaan'), taalbegrip: 'onbekend' }, true)).toEqual({ outcome: null, reason: null, missing: 'criteria' });
  });
  it('suggests ja when all four are met', () => {
    expect(suggestD3(all('voldaan'), null).outcome).toBe('ja');
  });
  it('needs the prognosis when a criterion is not met', () => {
    expect(suggestD3({ ...all('voldaan'), orientatie: 'niet_voldaan' }, null).missing).toBe('prognosis');
  });
  it('suggests nog niet with the class-3 reason of the first criterion not met', () => {
    const s = suggestD3({ ...all('voldaan'), taalbegrip: 'niet_voldaan', leerbaarheid: 'niet_voldaan' }, true);
    expect(s).toEqual({ outcome: 'nog_niet', reason: 'taalbegrip_onvoldoende', missing: null });
    expect(REASONS_BY_CLASS.nog_niet_belastbaar).toContain(s.reason);
  });
  it('suggests niet zinvol: niet leerbaar, else geen herstel verwacht', () => {
    expect(suggestD3({ ...all('voldaan'), leerbaarheid: 'niet_voldaan' }, false).reason).toBe('niet_leerbaar');
    expect(suggestD3({ ...all('voldaan'), belastbaarheid: 'niet_voldaan' }, false).reason).toBe('geen_herstel_verwacht');
  });
});

describe('checklist for the API', () => {
  it('maps the UI answers to the server codes and keeps the prognosis', () => {
    expect(toChecklistInput({ ...all('voldaan'), orientatie: 'niet_voldaan', taalbegrip: 'onbekend' }, null)).toEqual({
      belastbaarheid: 'voldoet',
      orientatie: 'voldoet_niet',
      taalbegrip: 'onbekend',
      leerbaarheid: 'voldoet',
      herstel_binnen_drie_maanden: null,
    });
    expect(toChecklistInput(all('voldaan'), true).herstel_binnen_drie_maanden).toBe(true);
  });
});
