// Pure helpers of the verzuim UI (no React): Dutch error sentences from the API's field errors,
// milestone names, the generic document form (fields per document kind, to and from the API's
// `content`) and the display of recorded content.

import { isApiError } from '../api/errors';
import type { Content, Milestone } from '../api/verzuimTypes';
import type { ShownError } from '../forms/formState';
import { labelOr } from '../i18n/agr';
import { errorMessage, formatDate } from '../i18n/nl';
import {
  documentFieldLabels,
  interventionLabels,
  interventionStatusLabels,
  inzetbaarheidLabels,
  scenarioLabels,
  milestoneLabels,
  ownerLabels,
  verzuimFieldCodes,
  verzuimText,
} from '../i18n/verzuim';

/** The input id for an API field path in form `formId`: `content.acties[0].doel` → `f-content-acties-0-doel`. */
export function verzuimInputId(formId: string, path: string): string {
  return `${formId}-${path.replace(/[^A-Za-z0-9_]+/g, '-').replace(/-+$/, '')}`;
}

/** The Dutch label of a field path (its last named part). */
export function fieldLabel(path: string): string {
  const parts = path.split(/[.[\]]+/).filter((p) => p && !/^\d+$/.test(p));
  const last = parts[parts.length - 1] ?? path;
  return documentFieldLabels[last] ?? last.replace(/_/g, ' ');
}

/** One Dutch sentence for a field error; a row number is added for list items (`acties[1]`). */
export function fieldSentence(path: string, code: string): string {
  const t = verzuimFieldCodes[code] ?? ((l: string) => `"${l}" is niet juist ingevuld.`);
  const msg = t(fieldLabel(path));
  const row = /\[(\d+)\]/.exec(path);
  return row ? `${verzuimText.documents.actionN(Number(row[1]) + 1)}: ${msg}` : msg;
}

/**
 * Field errors of a 422 as shown errors, each linked to its input when `knownIds` holds that
 * input's id (else shown without a link).
 */
export function verzuimShownErrors(
  formId: string,
  fields: { path: string; code: string }[],
  knownIds: readonly string[],
): ShownError[] {
  const seen = new Set<string>();
  const out: ShownError[] = [];
  for (const f of fields) {
    const key = `${f.path}|${f.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const id = verzuimInputId(formId, f.path);
    out.push({ path: f.path, message: fieldSentence(f.path, f.code), targetId: knownIds.includes(id) ? id : null });
  }
  return out;
}

/**
 * True when the error is a stale write (409 conflict without field errors) on the dossier or
 * document; a 409 with fields (a dossier that already exists) is not stale.
 */
export function isStale(e: unknown): boolean {
  return isApiError(e) && e.status === 409 && e.code === 'conflict' && e.fields.length === 0;
}

/** A Dutch sentence for an error that is not shown per field. */
export function verzuimErrorMessage(e: unknown): string {
  if (!isApiError(e)) return errorMessage('unexpected');
  if (isStale(e)) return verzuimText.dossier.stale;
  if (e.fields.length && (e.code === 'invalid_input' || e.code === 'conflict' || e.code === 'bad_request')) {
    return e.fields.map((f) => fieldSentence(f.path, f.code)).join(' ');
  }
  return errorMessage(e.code);
}

/** The milestone's name; evaluations carry their number. */
export function milestoneName(m: Pick<Milestone, 'key' | 'sequence'>): string {
  if (m.key === 'evaluatie' && m.sequence > 0) return verzuimText.timeline.evaluation(m.sequence);
  return labelOr(milestoneLabels, m.key);
}

/** The visual tone of a milestone status: done, attention (due / open), alarm (overdue), neutral. */
export function statusTone(status: string): 'done' | 'due' | 'overdue' | 'neutral' {
  switch (status) {
    case 'done':
      return 'done';
    case 'due':
    case 'open':
      return 'due';
    case 'overdue':
    case 'expired':
      return 'overdue';
    default:
      return 'neutral';
  }
}

/** Whole days from `from` to `to` (YYYY-MM-DD), positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}

// --- the generic document form ---

export type FieldType = 'text' | 'textarea' | 'date' | 'bool' | 'enum';

export interface FieldSpec {
  name: string;
  type: FieldType;
  required?: boolean;
  options?: Record<string, string>;
}

const toelichting: FieldSpec = { name: 'toelichting', type: 'textarea' };

/** The content fields per document kind, as the service validates them (verzuim_service.cpp). */
export const DOCUMENT_FIELDS: Record<string, FieldSpec[]> = {
  probleemanalyse: [
    { name: 'inzetbaarheid', type: 'enum', required: true, options: inzetbaarheidLabels },
    { name: 'advies', type: 'textarea' },
    toelichting,
  ],
  bijstelling_probleemanalyse: [
    { name: 'inzetbaarheid', type: 'enum', required: true, options: inzetbaarheidLabels },
    { name: 'advies', type: 'textarea' },
    toelichting,
  ],
  plan_van_aanpak: [{ name: 'doel', type: 'textarea', required: true }, toelichting],
  evaluatie: [{ name: 'verslag', type: 'textarea', required: true }, { name: 'bijstelling', type: 'bool' }, toelichting],
  eerstejaarsevaluatie: [
    { name: 'verslag', type: 'textarea', required: true },
    { name: 'interne_terugkeer_verwacht', type: 'bool' },
    toelichting,
  ],
  eindevaluatie: [{ name: 'verslag', type: 'textarea' }, toelichting],
  actueel_oordeel: [{ name: 'verslag', type: 'textarea' }, toelichting],
  visie_werknemer: [{ name: 'visie', type: 'textarea', required: true }, toelichting],
  deskundigenoordeel: [
    { name: 'aangevraagd_door', type: 'enum', required: true, options: { werkgever: 'Werkgever', werknemer: 'Werknemer' } },
    { name: 'vraag', type: 'textarea', required: true },
    { name: 'uitkomst', type: 'textarea' },
    { name: 'uitkomst_datum', type: 'date' },
    toelichting,
  ],
  interventie: [
    { name: 'interventie', type: 'enum', required: true, options: interventionLabels },
    { name: 'status', type: 'enum', required: true, options: interventionStatusLabels },
    { name: 'scenario', type: 'enum', options: scenarioLabels },
    toelichting,
  ],
  loonsanctie: [
    { name: 'van', type: 'date', required: true },
    { name: 'tot', type: 'date', required: true },
    { name: 'reden', type: 'textarea', required: true },
    { name: 'herstel', type: 'textarea' },
    toelichting,
  ],
};

/** Kinds with a list of actions (plan van aanpak). */
/** Enum fields with many options render as a select instead of radio buttons. */
export function usesSelect(f: FieldSpec): boolean {
  return f.type === 'enum' && Object.keys(f.options ?? {}).length > 5;
}

export function hasActions(kind: string): boolean {
  return kind === 'plan_van_aanpak';
}

export function fieldsFor(kind: string): FieldSpec[] {
  return DOCUMENT_FIELDS[kind] ?? [toelichting];
}

export interface ActionValues {
  omschrijving: string;
  eigenaar: string;
  datum: string;
  gereed: boolean;
}

export interface DocumentValues {
  date: string;
  fields: Record<string, string | boolean>;
  acties: ActionValues[];
  medisch: string;
}

export function emptyAction(): ActionValues {
  return { omschrijving: '', eigenaar: '', datum: '', gereed: false };
}

export function emptyDocumentValues(kind: string, date: string): DocumentValues {
  const fields: Record<string, string | boolean> = {};
  for (const f of fieldsFor(kind)) fields[f.name] = f.type === 'bool' ? false : '';
  return { date, fields, acties: [], medisch: '' };
}

/** The form's values from a stored document. */
export function documentValuesFrom(kind: string, date: string, content: Content, medisch: Content | null): DocumentValues {
  const v = emptyDocumentValues(kind, date);
  for (const f of fieldsFor(kind)) {
    const x = content[f.name];
    if (f.type === 'bool') v.fields[f.name] = x === true;
    else if (typeof x === 'string') v.fields[f.name] = x;
  }
  if (hasActions(kind) && Array.isArray(content.acties)) {
    v.acties = content.acties.map((a) => {
      const r = (a ?? {}) as Record<string, unknown>;
      return {
        omschrijving: typeof r.omschrijving === 'string' ? r.omschrijving : '',
        eigenaar: typeof r.eigenaar === 'string' ? r.eigenaar : '',
        datum: typeof r.datum === 'string' ? r.datum : '',
        gereed: r.gereed === true,
      };
    });
  }
  if (medisch && typeof medisch.toelichting === 'string') v.medisch = medisch.toelichting;
  return v;
}

/**
 * The API's `content` from the form: empty texts are left out (the server then says what is
 * required), booleans always sent, actions with their filled parts.
 */
export function toContent(kind: string, v: DocumentValues): Content {
  const out: Content = {};
  for (const f of fieldsFor(kind)) {
    const x = v.fields[f.name];
    if (f.type === 'bool') out[f.name] = x === true;
    else if (typeof x === 'string' && x.trim() !== '') out[f.name] = x.trim();
  }
  if (hasActions(kind)) {
    out.acties = v.acties.map((a) => {
      const r: Record<string, unknown> = { gereed: a.gereed };
      if (a.omschrijving.trim()) r.omschrijving = a.omschrijving.trim();
      if (a.eigenaar) r.eigenaar = a.eigenaar;
      if (a.datum) r.datum = a.datum;
      return r;
    });
  }
  return out;
}

/** The medical part to send: only when the user may see it; empty text sends an empty object. */
export function toMedical(v: DocumentValues, medicalVisible: boolean): Content | undefined {
  if (!medicalVisible) return undefined;
  return v.medisch.trim() ? { toelichting: v.medisch.trim() } : {};
}

export interface TrackedIntervention {
  interventie: string;
  /** The scenario it was proposed or used in; '' when none was recorded. */
  scenario: string;
  status: string;
  date: string;
}

/**
 * The latest state of each intervention per scenario, recorded as `interventie` documents (by
 * document date, then id), in order of first appearance.
 */
export function trackedInterventions(docs: { id: number; kind: string; date: string; content: Content }[]): TrackedIntervention[] {
  const latest = new Map<string, { id: number; t: TrackedIntervention }>();
  const sorted = docs.filter((d) => d.kind === 'interventie').sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  for (const d of sorted) {
    const code = typeof d.content.interventie === 'string' ? d.content.interventie : '';
    const status = typeof d.content.status === 'string' ? d.content.status : '';
    const scenario = typeof d.content.scenario === 'string' ? d.content.scenario : '';
    if (!code) continue;
    latest.set(`${scenario}|${code}`, { id: d.id, t: { interventie: code, scenario, status, date: d.date } });
  }
  return [...latest.values()].map((x) => x.t);
}

/** Recorded content as label/value lines for display (known fields first, in form order). */
export function contentLines(kind: string, content: Content): { label: string; value: string }[] {
  const lines: { label: string; value: string }[] = [];
  const shown = new Set<string>();
  const show = (name: string, x: unknown, options?: Record<string, string>) => {
    shown.add(name);
    if (x === undefined || x === null || x === '') return;
    let value: string;
    if (typeof x === 'boolean') value = x ? verzuimText.documents.yes : verzuimText.documents.no;
    else if (typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x)) value = formatDate(x);
    else if (typeof x === 'string') value = options ? labelOr(options, x) : x;
    else value = JSON.stringify(x);
    lines.push({ label: fieldLabel(name), value });
  };
  for (const f of fieldsFor(kind)) show(f.name, content[f.name], f.options);
  if (Array.isArray(content.acties)) {
    shown.add('acties');
    content.acties.forEach((a, i) => {
      const r = (a ?? {}) as Record<string, unknown>;
      const parts = [
        typeof r.omschrijving === 'string' ? r.omschrijving : '',
        typeof r.eigenaar === 'string' ? labelOr(ownerLabels, r.eigenaar) : '',
        typeof r.datum === 'string' ? formatDate(r.datum) : '',
        r.gereed === true ? 'gereed' : '',
      ].filter(Boolean);
      lines.push({ label: verzuimText.documents.actionN(i + 1), value: parts.join(' – ') });
    });
  }
  for (const [k, x] of Object.entries(content)) if (!shown.has(k)) show(k, x);
  return lines;
}
