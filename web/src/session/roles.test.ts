import { describe, expect, it } from 'vitest';
import { homePath, navItems, roleGroup } from './roles';

describe('navigation per role', () => {
  it('gives care staff the caseload and a new revalidant', () => {
    for (const r of ['revalidatiearts', 'ric', 'therapeut']) {
      expect(roleGroup(r)).toBe('staff');
      expect(navItems(r).map((i) => i.key)).toEqual(['caseload', 'newRevalidant']);
      expect(homePath(r)).toBe('/caseload');
    }
  });

  it('gives the admin management pages only', () => {
    expect(navItems('admin').map((i) => i.key)).toEqual(['users', 'teams', 'settings', 'audit']);
    expect(homePath('admin')).toBe('/beheer/gebruikers');
  });

  it('gives external roles only their start page', () => {
    for (const r of ['revalidant', 'werkgever', 'bedrijfsarts', 'partner', 'onbekend']) {
      expect(roleGroup(r)).toBe('external');
      expect(navItems(r).map((i) => i.key)).toEqual(['start']);
      expect(homePath(r)).toBe('/start');
    }
  });
});
