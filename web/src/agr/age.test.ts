import { describe, expect, it } from 'vitest';
import { agrText } from '../i18n/agr';
import { formatDate } from '../i18n/nl';

const t = agrText.traj;

describe('age and AOW texts', () => {
  it('names years, months and the date the AOW age is reached', () => {
    expect(t.aowLine(67, 3, formatDate('2031-03-01'))).toBe('AOW-leeftijd: 67 jaar en 3 maanden, bereikt op 1 maart 2031.');
    expect(t.aowLine(67, 0, formatDate('2026-05-10'))).toBe('AOW-leeftijd: 67 jaar, bereikt op 10 mei 2026.');
    expect(t.aowLine(65, 1, '1 februari 2013')).toBe('AOW-leeftijd: 65 jaar en 1 maand, bereikt op 1 februari 2013.');
  });
  it('warns outside the target group', () => {
    expect(t.ageUnder18(formatDate('2027-03-10'))).toMatch(/jonger dan 18 jaar.*10 maart 2027/);
    expect(t.ageAowReached).toMatch(/AOW-leeftijd bereikt/);
  });
});
