import { describe, expect, it } from 'vitest';
import { homePath, navItems, roleGroup } from './roles';

describe('navigation per role', () => {
  it('gives care staff the caseload, their tasks, the team meeting, the verzuim signals and a new revalidant', () => {
    for (const r of ['revalidatiearts', 'ric', 'therapeut']) {
      expect(roleGroup(r)).toBe('staff');
      expect(navItems(r).map((i) => i.key)).toEqual(['caseload', 'tasks', 'meeting', 'signals', 'newRevalidant', 'catalogues']);
      expect(homePath(r)).toBe('/caseload');
    }
  });

  it('gives the admin management pages only', () => {
    expect(navItems('admin').map((i) => i.key)).toEqual(['users', 'teams', 'settings', 'forms', 'audit', 'catalogues', 'worksamples', 'assignment']);
    expect(homePath('admin')).toBe('/beheer/gebruikers');
  });

  it('gives the revalidant the portal: own trajectory, consent and verzuim', () => {
    expect(roleGroup('revalidant')).toBe('external');
    expect(navItems('revalidant').map((i) => i.key)).toEqual(['portal', 'consent', 'myVerzuim', 'myGoals']);
    expect(homePath('revalidant')).toBe('/mijn-traject');
  });

  it('gives werkgever, bedrijfsarts and partner only "Gedeeld met mij"', () => {
    for (const r of ['werkgever', 'bedrijfsarts', 'partner']) {
      expect(roleGroup(r)).toBe('external');
      expect(navItems(r).map((i) => i.key)).toEqual(['shared']);
      expect(homePath(r)).toBe('/gedeeld');
    }
  });

  it('gives an unknown role only the start page', () => {
    expect(roleGroup('onbekend')).toBe('external');
    expect(navItems('onbekend').map((i) => i.key)).toEqual(['start']);
    expect(homePath('onbekend')).toBe('/start');
  });
});
