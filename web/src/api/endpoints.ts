import type { ApiClient } from './client';
import type {
  AuditEntry,
  Discipline,
  Institution,
  InstitutionInput,
  Page,
  Revalidant,
  RevalidantInput,
  RevalidantSummary,
  Session,
  StaffMember,
  Team,
  TotpEnrolment,
  TotpEnrolmentConfirmation,
  User,
  UserCreated,
  UserCreateInput,
  UserUpdateInput,
} from './types';

export interface PageQuery {
  page?: number;
  page_size?: number;
}

/** One function per endpoint of docs/api.md. Session answers also refresh the CSRF token. */
export function createApi(client: ApiClient) {
  const withSession = (s: Session): Session => {
    client.setCsrfToken(s.csrf_token);
    return s;
  };
  return {
    session: {
      get: async () =>
        withSession(await client.request<Session>('GET', '/session', { allowUnauthenticated: true })),
      login: async (username: string, password: string) =>
        withSession(
          await client.request<Session>('POST', '/session', {
            body: { username, password },
            allowUnauthenticated: true,
          }),
        ),
      verifyTotp: async (code: string) =>
        withSession(
          await client.request<Session>('POST', '/session/totp', {
            body: { code },
            allowUnauthenticated: true,
          }),
        ),
      useRecoveryCode: async (recovery_code: string) =>
        withSession(
          await client.request<Session>('POST', '/session/totp', {
            body: { recovery_code },
            allowUnauthenticated: true,
          }),
        ),
      startEnrolment: () =>
        client.request<TotpEnrolment>('POST', '/session/totp/enrolment', {
          body: {},
          allowUnauthenticated: true,
        }),
      confirmEnrolment: async (code: string) => {
        const r = await client.request<TotpEnrolmentConfirmation>(
          'POST',
          '/session/totp/enrolment/confirm',
          { body: { code }, allowUnauthenticated: true },
        );
        withSession(r.session);
        return r;
      },
      changePassword: (current_password: string, new_password: string) =>
        client.request<void>('PUT', '/session/password', {
          body: { current_password, new_password },
          allowUnauthenticated: true,
        }),
      logout: async () => {
        try {
          await client.request<void>('DELETE', '/session', { allowUnauthenticated: true });
        } finally {
          client.setCsrfToken(null);
        }
      },
    },
    revalidanten: {
      list: (q: string, page: PageQuery = {}) =>
        client.request<Page<RevalidantSummary>>('GET', '/revalidanten', { query: { q, ...page } }),
      get: (id: number) => client.request<Revalidant>('GET', `/revalidanten/${id}`),
      create: (input: RevalidantInput) =>
        client.request<Revalidant>('POST', '/revalidanten', { body: input }),
      update: (id: number, input: RevalidantInput, version: number) =>
        client.request<Revalidant>('PUT', `/revalidanten/${id}`, { body: { ...input, version } }),
    },
    users: {
      list: (q: string, role: string, page: PageQuery = {}) =>
        client.request<Page<User>>('GET', '/users', { query: { q, role, ...page } }),
      get: (id: number) => client.request<User>('GET', `/users/${id}`),
      create: (input: UserCreateInput) =>
        client.request<UserCreated>('POST', '/users', { body: input }),
      update: (id: number, input: UserUpdateInput) =>
        client.request<User>('PUT', `/users/${id}`, { body: input }),
      disable: (id: number) => client.request<User>('POST', `/users/${id}/disable`, { body: {} }),
      enable: (id: number) => client.request<User>('POST', `/users/${id}/enable`, { body: {} }),
      resetPassword: (id: number) =>
        client.request<{ temporary_password: string }>('POST', `/users/${id}/reset-password`, {
          body: {},
        }),
      reset2fa: (id: number) => client.request<User>('POST', `/users/${id}/reset-2fa`, { body: {} }),
    },
    staff: {
      list: (role?: string) =>
        client.request<{ items: StaffMember[] }>('GET', '/staff', { query: { role } }),
    },
    teams: {
      list: () => client.request<{ items: Team[] }>('GET', '/teams'),
      create: (name: string) => client.request<Team>('POST', '/teams', { body: { name } }),
    },
    disciplines: {
      list: () => client.request<{ items: Discipline[] }>('GET', '/disciplines'),
      create: (code: string, label: string) =>
        client.request<Discipline>('POST', '/disciplines', { body: { code, label } }),
    },
    institution: {
      get: () => client.request<Institution>('GET', '/institution'),
      update: (input: InstitutionInput, version: number) =>
        client.request<Institution>('PUT', '/institution', { body: { ...input, version } }),
    },
    audit: {
      list: (
        filter: { revalidant_id?: number | null; user_id?: number | null; from?: string; to?: string },
        page: PageQuery = {},
      ) => client.request<Page<AuditEntry>>('GET', '/audit', { query: { ...filter, ...page } }),
    },
  };
}

export type Api = ReturnType<typeof createApi>;
