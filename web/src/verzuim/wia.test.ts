import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { checkWiaForm, emptyWiaForm, explainOutcome, formatPercentage, parseEuros, wiaServerErrors } from './wia';

describe('parseEuros', () => {
  it('reads Dutch and plain amounts as whole cents', () => {
    expect(parseEuros('2500')).toEqual({ ok: true, euros: 2500 });
    expect(parseEuros('2500,5')).toEqual({ ok: true, euros: 2500.5 });
    expect(parseEuros(' 2500.05 ')).toEqual({ ok: true, euros: 2500.05 });
    expect(parseEuros('2.500,50')).toEqual({ ok: true, euros: 2500.5 });
    expect(parseEuros('€1950,03')).toEqual({ ok: true, euros: 1950.03 });
  });
  it('rejects more than two decimals, signs, text and absurd amounts', () => {
    expect(parseEuros('')).toEqual({ ok: false, code: 'empty' });
    expect(parseEuros('3000,005')).toEqual({ ok: false, code: 'amount' });
    expect(parseEuros('-1')).toEqual({ ok: false, code: 'negative' });
    expect(parseEuros('drie')).toEqual({ ok: false, code: 'amount' });
    expect(parseEuros('1.000.5')).toEqual({ ok: false, code: 'amount' });
    expect(parseEuros('100000000,01')).toEqual({ ok: false, code: 'too_high' });
  });
});

describe('checkWiaForm', () => {
  it('builds the body with a known remaining capacity', () => {
    const r = checkWiaForm({ ...emptyWiaForm(), maatmanloon: '3000', restverdiencapaciteit: '1950', duurzaam: 'nee' });
    expect(r.errors).toEqual([]);
    expect(r.input).toEqual({ maatmanloon: 3000, restverdiencapaciteit: 1950, functielonen: null, duurzaam: false });
  });
  it('builds the body from functions', () => {
    const r = checkWiaForm({ ...emptyWiaForm(), mode: 'functions', maatmanloon: '3000', functielonen: ['1800', '1950', '2100,50'], duurzaam: 'ja' });
    expect(r.input).toEqual({ maatmanloon: 3000, restverdiencapaciteit: null, functielonen: [1800, 1950, 2100.5], duurzaam: true });
  });
  it('names every missing or wrong field in Dutch, linked to its input', () => {
    const r = checkWiaForm({ ...emptyWiaForm(), mode: 'functions', maatmanloon: '0', functielonen: ['1800', 'x'] });
    expect(r.input).toBeNull();
    expect(r.errors.map((e) => e.path)).toEqual(['maatmanloon', 'functielonen[1]', 'functielonen', 'duurzaam']);
    expect(r.errors[0]?.message).toBe('Het maatmanloon moet meer dan 0 zijn.');
    expect(r.errors[1]?.targetId).toBe('wia-functieloon-1');
    expect(r.errors[2]?.message).toBe('Er zijn minstens drie passende functies nodig.');
  });
});

describe('wiaServerErrors', () => {
  it('turns the API field codes into Dutch sentences', () => {
    const e = new ApiError(422, 'invalid_input', 'x', [
      { path: 'maatmanloon', code: 'too_many_decimals' },
      { path: 'functielonen', code: 'too_few_functions' },
      { path: 'functielonen[0]', code: 'not_positive' },
    ]);
    expect(wiaServerErrors(e).map((s) => s.message)).toEqual([
      '"Maatmanloon (euro)" is geen bedrag. Gebruik cijfers met hoogstens twee decimalen, bijvoorbeeld 2500,50.',
      'Er zijn minstens drie passende functies nodig.',
      'Functieloon 1 moet meer dan 0 zijn.',
    ]);
    expect(wiaServerErrors(new Error('x'))).toEqual([]);
  });
});

describe('explainOutcome', () => {
  it('explains the rule at each boundary', () => {
    expect(explainOutcome('geen_wia', true, 34.99).rule).toMatch(/Minder dan 35%/);
    expect(explainOutcome('wga', false, 35).rule).toMatch(/35% tot 80%/);
    expect(explainOutcome('wga', false, 80).rule).toMatch(/niet duurzaam/);
    expect(explainOutcome('iva', true, 80)).toEqual({
      label: 'IVA (Inkomensvoorziening Volledig Arbeidsongeschikten)',
      rule: '80% of meer en duurzaam arbeidsongeschikt: IVA.',
    });
    expect(formatPercentage(48.33)).toBe('48,33%');
  });
});
