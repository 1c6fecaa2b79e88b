import { STAFF_ROLES } from '../api/types';

/** Which part of the UI a role gets: care staff, the functional administrator, or an external portal. */
export type RoleGroup = 'staff' | 'admin' | 'external';

export function roleGroup(role: string): RoleGroup {
  if (role === 'admin') return 'admin';
  if ((STAFF_ROLES as readonly string[]).includes(role)) return 'staff';
  return 'external';
}

/** Where "/" leads for a role. */
export function homePath(role: string): string {
  if (role === 'revalidant') return '/mijn-traject';
  if (EXTERNAL_PARTNER_HOME_ROLES.includes(role)) return '/gedeeld';
  switch (roleGroup(role)) {
    case 'staff':
      return '/caseload';
    case 'admin':
      return '/beheer/gebruikers';
    default:
      return '/start';
  }
}

export interface NavItem {
  to: string;
  key:
    | 'caseload'
    | 'newRevalidant'
    | 'tasks'
    | 'meeting'
    | 'signals'
    | 'users'
    | 'forms'
    | 'teams'
    | 'settings'
    | 'audit'
    | 'start'
    | 'portal'
    | 'consent'
    | 'myVerzuim'
    | 'myGoals'
    | 'catalogues'
    | 'worksamples'
    | 'assignment'
    | 'shared';
}

/** Werkgever, bedrijfsarts and partner: their home is "Gedeeld met mij" (issue 6). */
const EXTERNAL_PARTNER_HOME_ROLES: readonly string[] = ['werkgever', 'bedrijfsarts', 'partner'];

/**
 * The main navigation per role: care staff get the caseload, their tasks and the team meeting;
 * the revalidant gets the portal (trajectory and consent); werkgever, bedrijfsarts and partner
 * only "Gedeeld met mij"; an unknown role its start page.
 */
export function navItems(role: string): NavItem[] {
  if (role === 'revalidant') {
    return [
      { to: '/mijn-traject', key: 'portal' },
      { to: '/mijn-toestemming', key: 'consent' },
      { to: '/mijn-verzuim', key: 'myVerzuim' },
      { to: '/mijn-doelen', key: 'myGoals' },
    ];
  }
  if (EXTERNAL_PARTNER_HOME_ROLES.includes(role)) return [{ to: '/gedeeld', key: 'shared' }];
  switch (roleGroup(role)) {
    case 'staff':
      return [
        { to: '/caseload', key: 'caseload' },
        { to: '/taken', key: 'tasks' },
        { to: '/patientenbespreking', key: 'meeting' },
        { to: '/verzuim/signalen', key: 'signals' },
        { to: '/revalidanten/nieuw', key: 'newRevalidant' },
        { to: '/functiecatalogi', key: 'catalogues' },
      ];
    case 'admin':
      return [
        { to: '/beheer/gebruikers', key: 'users' },
        { to: '/beheer/teams', key: 'teams' },
        { to: '/beheer/instellingen', key: 'settings' },
        { to: '/beheer/formulieren', key: 'forms' },
        { to: '/beheer/auditlog', key: 'audit' },
        { to: '/functiecatalogi', key: 'catalogues' },
        { to: '/beheer/werksamples', key: 'worksamples' },
        { to: '/beheer/discipline-per-item', key: 'assignment' },
      ];
    default:
      return [{ to: '/start', key: 'start' }];
  }
}
