// Types for the werkpad HTTP API v1, written against docs/api.md. Keys stay snake_case so that
// what travels over the wire is exactly what the contract says.

/** Codes in the error shape `{"error":{"code",…}}` (docs/api.md, "Errors"). */
export const ERROR_CODES = [
  'bad_request',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'rule_violation',
  'payload_too_large',
  'invalid_input',
  'too_many_requests',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Field codes the UI translates (docs/api.md, "Errors"). */
export const FIELD_CODES = [
  'required',
  'wrong_type',
  'unknown_field',
  'too_long',
  'invalid_date',
  'out_of_range',
  'invalid_value',
  'invalid_email',
  'elfproef',
  'in_future',
  'implausible',
  'taken',
  'too_short',
  'invalid_code',
] as const;
export type FieldCode = (typeof FIELD_CODES)[number];

export interface FieldErrorBody {
  path: string;
  code: string;
  message?: string;
}

export interface ErrorBody {
  error: {
    code: string;
    message?: string;
    fields?: FieldErrorBody[];
  };
}

export interface Page<T> {
  items: T[];
  page: number;
  page_size: number;
  total: number;
}

export const STAFF_ROLES = ['revalidatiearts', 'ric', 'therapeut'] as const;
export const ROLES = [
  'admin',
  'revalidatiearts',
  'ric',
  'therapeut',
  'revalidant',
  'werkgever',
  'bedrijfsarts',
  'partner',
] as const;
export type Role = (typeof ROLES)[number];

export type SessionState = 'active' | 'totp_required' | 'totp_enrolment_required';

export interface SessionUser {
  id: number;
  username: string;
  display_name: string;
  role: Role | string;
  discipline: string | null;
  revalidant_id: number | null;
}

export interface Session {
  state: SessionState;
  csrf_token: string;
  expires_at: string;
  user: SessionUser;
}

export interface TotpEnrolment {
  secret: string;
  otpauth_uri: string;
  qr_svg: string;
}

export interface TotpEnrolmentConfirmation {
  recovery_codes: string[];
  session: Session;
}

export const EMPLOYMENT_STATUSES = [
  'loondienst',
  'zzp',
  'werkzoekend',
  'student',
  'gepensioneerd',
  'anders',
] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

export interface Contact {
  email: string;
  phone: string;
  street: string;
  postal_code: string;
  city: string;
}

export interface Naaste {
  name: string;
  relation: string;
  phone: string;
  email: string;
}

export interface Employer {
  organisation: string;
  contact_name: string;
  contact_phone: string;
  contact_email: string;
  address: string;
}

export interface Bedrijfsarts {
  name: string;
  organisation: string;
  phone: string;
  email: string;
}

export interface RevalidantInput {
  given_names: string;
  family_name: string;
  date_of_birth: string;
  bsn: string | null;
  contact: Contact;
  naaste: Naaste | null;
  employment_status: EmploymentStatus | string;
  employer: Employer | null;
  function_title: string;
  hours_per_week: number | null;
  bedrijfsarts: Bedrijfsarts | null;
  team_id: number | null;
  ric_user_id: number | null;
}

export interface TeamRef {
  id: number;
  name: string;
}

export interface RicRef {
  id: number;
  display_name: string;
}

export interface Revalidant extends RevalidantInput {
  id: number;
  version: number;
  created_at: string;
  updated_at: string;
  team: TeamRef | null;
  ric: RicRef | null;
}

/** Staff see all fields; admin's lookup carries only id, names and date of birth. */
export interface RevalidantSummary {
  id: number;
  given_names: string;
  family_name: string;
  date_of_birth: string;
  employment_status?: EmploymentStatus | string;
  team?: TeamRef | null;
  ric?: RicRef | null;
}

export interface User {
  id: number;
  username: string;
  display_name: string;
  email: string;
  role: Role | string;
  discipline: string | null;
  team_ids: number[];
  /** For a revalidant (portal) account: whose portal it is. */
  revalidant_id?: number | null;
  disabled: boolean;
  totp_enabled: boolean;
  last_login_at: string | null;
  version: number;
}

export interface UserCreateInput {
  username: string;
  display_name: string;
  email: string;
  role: string;
  discipline: string | null;
  team_ids: number[];
  /** Required for (and only for) the revalidant role. */
  revalidant_id?: number | null;
  password?: string;
}

export interface UserCreated {
  user: User;
  initial_password: string;
}

export interface UserUpdateInput {
  display_name: string;
  email: string;
  role: string;
  discipline: string | null;
  team_ids: number[];
  version: number;
}

export interface StaffMember {
  id: number;
  display_name: string;
  role: string;
  discipline: string | null;
}

export interface Team {
  id: number;
  name: string;
  version: number;
}

export interface Discipline {
  code: string;
  label: string;
  builtin: boolean;
}

export type RicModel = 'vast' | 'wisselend';

export interface InstitutionInput {
  name: string;
  address: string;
  postal_code: string;
  city: string;
  phone: string;
  email: string;
  website: string;
  ric_model: RicModel;
}

export interface Institution extends InstitutionInput {
  version: number;
}

export const AUDIT_ACTIONS = [
  'create',
  'read',
  'update',
  'delete',
  'export',
  'print',
  'share',
  'search',
  'login',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ['success', 'denied', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditEntry {
  seq: number;
  at: string;
  user: { id: number; username: string; display_name: string } | null;
  role: string;
  on_behalf_of: number | null;
  revalidant_id: number | null;
  action: AuditAction | string;
  object_type: string;
  object_id: string | number | null;
  outcome: AuditOutcome | string;
  source_address: string;
  request_id: string;
}
