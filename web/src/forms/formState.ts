// Pure helpers for form state: server field errors keyed by input, and the conversion between
// what a form holds (strings) and what the API takes (RevalidantInput, …). No React here.

import type { FieldErrorBody, Revalidant, RevalidantInput, Institution, InstitutionInput, RicModel } from '../api/types';
import { basePath, fieldErrorMessage, type FormName } from '../i18n/nl';

/** The DOM id of the input for an API field path within one form: `rev-employer-contact_email`. */
export function inputId(formId: string, path: string): string {
  return `${formId}-${basePath(path).replace(/[^A-Za-z0-9_]+/g, '-')}`;
}

/** One error as the summary and the field show it. */
export interface ShownError {
  path: string;
  message: string;
  /** Id of the input to link to, or null when the path has no input in this form. */
  targetId: string | null;
}

/**
 * Turns server field errors into Dutch messages, each linked to its input when the form has one.
 * `knownPaths` are the paths with an input in this form; an error on a section path such as
 * `employer` links to the first input under it. Duplicate (path, code) pairs are dropped.
 */
export function toShownErrors(
  form: FormName,
  formId: string,
  fields: FieldErrorBody[],
  knownPaths: readonly string[],
): ShownError[] {
  const seen = new Set<string>();
  const out: ShownError[] = [];
  for (const fe of fields) {
    const path = basePath(fe.path);
    const key = `${path}|${fe.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let target: string | null = null;
    if (knownPaths.includes(path)) {
      target = path;
    } else {
      const child = knownPaths.find((p) => p.startsWith(`${path}.`));
      if (child) target = child;
    }
    out.push({
      path,
      message: fieldErrorMessage(form, path, fe.code),
      targetId: target === null ? null : inputId(formId, target),
    });
  }
  return out;
}

/** The error message(s) to show at one input, by path (section errors land on their first input). */
export function errorsAt(errors: ShownError[], formId: string, path: string): string | undefined {
  const id = inputId(formId, path);
  const msgs = errors.filter((e) => e.targetId === id).map((e) => e.message);
  return msgs.length ? msgs.join(' ') : undefined;
}

/** A client-side error on one field, in the same shape as a server error. */
export function localError(formId: string, path: string, message: string): ShownError {
  return { path, message, targetId: inputId(formId, path) };
}

// ---------------------------------------------------------------------------------------------
// Revalidant

export interface RevalidantForm {
  given_names: string;
  family_name: string;
  date_of_birth: string;
  bsn: string;
  contact: { email: string; phone: string; street: string; postal_code: string; city: string };
  naaste: { name: string; relation: string; phone: string; email: string };
  employment_status: string;
  employer: {
    organisation: string;
    contact_name: string;
    contact_phone: string;
    contact_email: string;
    address: string;
  };
  function_title: string;
  hours_per_week: string;
  bedrijfsarts: { name: string; organisation: string; phone: string; email: string };
  team_id: string;
  ric_user_id: string;
}

/** Every input path of the revalidant form, in screen order. */
export const REVALIDANT_PATHS = [
  'given_names',
  'family_name',
  'date_of_birth',
  'bsn',
  'contact.email',
  'contact.phone',
  'contact.street',
  'contact.postal_code',
  'contact.city',
  'naaste.name',
  'naaste.relation',
  'naaste.phone',
  'naaste.email',
  'employment_status',
  'employer.organisation',
  'employer.contact_name',
  'employer.contact_phone',
  'employer.contact_email',
  'employer.address',
  'function_title',
  'hours_per_week',
  'bedrijfsarts.name',
  'bedrijfsarts.organisation',
  'bedrijfsarts.phone',
  'bedrijfsarts.email',
  'team_id',
  'ric_user_id',
] as const;

export function emptyRevalidantForm(): RevalidantForm {
  return {
    given_names: '',
    family_name: '',
    date_of_birth: '',
    bsn: '',
    contact: { email: '', phone: '', street: '', postal_code: '', city: '' },
    naaste: { name: '', relation: '', phone: '', email: '' },
    employment_status: '',
    employer: { organisation: '', contact_name: '', contact_phone: '', contact_email: '', address: '' },
    function_title: '',
    hours_per_week: '',
    bedrijfsarts: { name: '', organisation: '', phone: '', email: '' },
    team_id: '',
    ric_user_id: '',
  };
}

const s = (v: string | null | undefined): string => v ?? '';

export function revalidantToForm(r: Revalidant | RevalidantInput): RevalidantForm {
  return {
    given_names: s(r.given_names),
    family_name: s(r.family_name),
    date_of_birth: s(r.date_of_birth),
    bsn: s(r.bsn),
    contact: {
      email: s(r.contact?.email),
      phone: s(r.contact?.phone),
      street: s(r.contact?.street),
      postal_code: s(r.contact?.postal_code),
      city: s(r.contact?.city),
    },
    naaste: {
      name: s(r.naaste?.name),
      relation: s(r.naaste?.relation),
      phone: s(r.naaste?.phone),
      email: s(r.naaste?.email),
    },
    employment_status: s(r.employment_status),
    employer: {
      organisation: s(r.employer?.organisation),
      contact_name: s(r.employer?.contact_name),
      contact_phone: s(r.employer?.contact_phone),
      contact_email: s(r.employer?.contact_email),
      address: s(r.employer?.address),
    },
    function_title: s(r.function_title),
    hours_per_week: r.hours_per_week === null || r.hours_per_week === undefined ? '' : String(r.hours_per_week),
    bedrijfsarts: {
      name: s(r.bedrijfsarts?.name),
      organisation: s(r.bedrijfsarts?.organisation),
      phone: s(r.bedrijfsarts?.phone),
      email: s(r.bedrijfsarts?.email),
    },
    team_id: r.team_id === null || r.team_id === undefined ? '' : String(r.team_id),
    ric_user_id: r.ric_user_id === null || r.ric_user_id === undefined ? '' : String(r.ric_user_id),
  };
}

/** True when every value of an optional section is blank: the section is then sent as null. */
export function isBlankSection(section: Record<string, string>): boolean {
  return Object.values(section).every((v) => v.trim() === '');
}

function trimAll<T extends Record<string, string>>(o: T): T {
  const out = {} as Record<string, string>;
  for (const [k, v] of Object.entries(o)) out[k] = v.trim();
  return out as T;
}

/** "32" → 32, "32,5" → 32.5, "" → null; anything else is sent as-is so the server can name it. */
export function parseOptionalNumber(v: string): number | null | string {
  const t = v.trim();
  if (t === '') return null;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : t;
}

function parseOptionalId(v: string): number | null {
  const t = v.trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isInteger(n) ? n : null;
}

/**
 * Builds the RevalidantInput the API takes. Blank optional sections become null, a blank BSN
 * becomes null, numbers are parsed. Values are trimmed; validation is left to the server.
 */
export function formToRevalidantInput(form: RevalidantForm): RevalidantInput {
  const bsn = form.bsn.replace(/\s+/g, '');
  return {
    given_names: form.given_names.trim(),
    family_name: form.family_name.trim(),
    date_of_birth: form.date_of_birth.trim(),
    bsn: bsn === '' ? null : bsn,
    contact: trimAll(form.contact),
    naaste: isBlankSection(form.naaste) ? null : trimAll(form.naaste),
    employment_status: form.employment_status,
    employer: isBlankSection(form.employer) ? null : trimAll(form.employer),
    function_title: form.function_title.trim(),
    // A non-number string is passed through so the server answers wrong_type at the field.
    hours_per_week: parseOptionalNumber(form.hours_per_week) as number | null,
    bedrijfsarts: isBlankSection(form.bedrijfsarts) ? null : trimAll(form.bedrijfsarts),
    team_id: parseOptionalId(form.team_id),
    ric_user_id: parseOptionalId(form.ric_user_id),
  };
}

/** Reads a nested string value by dotted path ("employer.contact_email"). */
export function getPath(form: object, path: string): string {
  let cur: unknown = form;
  for (const part of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return '';
    cur = (cur as Record<string, unknown>)[part];
  }
  return typeof cur === 'string' ? cur : '';
}

/** Returns a copy of the form with one nested string value replaced. */
export function setPath<T extends object>(form: T, path: string, value: string): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return form;
  const copy = { ...(form as Record<string, unknown>) };
  if (rest.length === 0) {
    copy[head] = value;
  } else {
    copy[head] = setPath((copy[head] ?? {}) as object, rest.join('.'), value);
  }
  return copy as T;
}

// ---------------------------------------------------------------------------------------------
// Institution

export interface InstitutionForm {
  name: string;
  address: string;
  postal_code: string;
  city: string;
  phone: string;
  email: string;
  website: string;
  ric_model: string;
}

export const INSTITUTION_PATHS = [
  'name',
  'address',
  'postal_code',
  'city',
  'phone',
  'email',
  'website',
  'ric_model',
] as const;

export function institutionToForm(i: Institution): InstitutionForm {
  return {
    name: s(i.name),
    address: s(i.address),
    postal_code: s(i.postal_code),
    city: s(i.city),
    phone: s(i.phone),
    email: s(i.email),
    website: s(i.website),
    ric_model: s(i.ric_model),
  };
}

export function formToInstitutionInput(form: InstitutionForm): InstitutionInput {
  const t = trimAll(form as unknown as Record<string, string>) as unknown as InstitutionForm;
  return { ...t, ric_model: t.ric_model as RicModel };
}

// ---------------------------------------------------------------------------------------------
// Users

export interface UserForm {
  username: string;
  display_name: string;
  email: string;
  role: string;
  discipline: string;
  team_ids: number[];
}

export const USER_PATHS = ['username', 'display_name', 'email', 'role', 'discipline', 'team_ids'] as const;

/** A discipline is only meaningful for therapists; other roles send null. */
export function disciplineFor(role: string, discipline: string): string | null {
  return role === 'therapeut' && discipline !== '' ? discipline : null;
}

/** Toggles an id in a list, keeping ascending order. */
export function toggleId(ids: readonly number[], id: number, on: boolean): number[] {
  const set = new Set(ids);
  if (on) set.add(id);
  else set.delete(id);
  return [...set].sort((a, b) => a - b);
}

/** Number of pages for a paginated answer (at least 1). */
export function pageCount(total: number, pageSize: number): number {
  if (pageSize <= 0) return 1;
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Parses a positive page number from a query-string value, defaulting to 1. */
export function parsePage(v: string | null): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** Today's date as YYYY-MM-DD in the browser's time zone. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Adds days to a YYYY-MM-DD date (calendar arithmetic, no time zone involved). */
export function addDays(iso: string, days: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return t.toISOString().slice(0, 10);
}

/** Groups a base32 secret in blocks of four for manual entry ("JBSW Y3DP …"). */
export function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}
