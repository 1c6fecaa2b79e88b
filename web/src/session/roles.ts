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
  key: 'caseload' | 'newRevalidant' | 'users' | 'teams' | 'settings' | 'audit' | 'start';
}

/** The main navigation per role group (the external portal has only its start page). */
export function navItems(role: string): NavItem[] {
  switch (roleGroup(role)) {
    case 'staff':
      return [
        { to: '/caseload', key: 'caseload' },
        { to: '/revalidanten/nieuw', key: 'newRevalidant' },
      ];
    case 'admin':
      return [
        { to: '/beheer/gebruikers', key: 'users' },
        { to: '/beheer/teams', key: 'teams' },
        { to: '/beheer/instellingen', key: 'settings' },
        { to: '/beheer/auditlog', key: 'audit' },
      ];
    default:
      return [{ to: '/start', key: 'start' }];
  }
}
