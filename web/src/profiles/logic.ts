// Pure helpers of the profile pages (no React): the value fields of an item, form drafts to and
// from the API's value objects, Dutch formatting in the item's units, error paths to sentences,
// goal board columns, progress chart series and CSV import errors.

import type { FieldErrorBody } from '../api/types';
import type {
  Goal,
  GoalStatus,
  ItemCatalogue,
  ItemDefinition,
  MeasureCode,
  ProfileValue,
  ProgressItem,
} from '../api/profileTypes';
import {
  fieldLabels,
  frequencyLabels,
  frequencyOrder,
  frequencyUnitLabels,
  labelOf,
  modeLabels,
  profileFieldCodes,
  prof,
  sectionOrder,
  shiftLabels,
} from '../i18n/profiles';

export type Side = 'demand' | 'capacity';
export type FieldType = 'number' | 'frequency' | 'bool' | 'shifts' | 'modes' | 'text';

export interface ValueField {
  key: string;
  measure: MeasureCode | null;
  type: FieldType;
}

/** The JSON key of a measure in a demand / capacity object (codec/profiles/profile_json.hpp). */
export function measureKey(m: MeasureCode, side: Side): string {
  if (m === 'zonder_hulpmiddel') return side === 'demand' ? 'hulpmiddel_mogelijk' : 'hulpmiddel_nodig';
  if (m === 'volledige_start') return side === 'demand' ? 'aangepaste_start_mogelijk' : 'aangepaste_start_nodig';
  return m;
}

function measureType(m: MeasureCode): FieldType {
  switch (m) {
    case 'frequentie':
      return 'frequency';
    case 'zonder_hulpmiddel':
    case 'volledige_start':
      return 'bool';
    case 'diensten':
      return 'shifts';
    case 'vervoerswijzen':
      return 'modes';
    default:
      return 'number';
  }
}

/** The fields an item's demand or capacity has, in display order (task demands start with "taken"). */
export function valueFields(item: ItemDefinition, side: Side): ValueField[] {
  const out: ValueField[] = [];
  if (item.kind === 'taak' && side === 'demand') out.push({ key: 'taken', measure: null, type: 'text' });
  for (const m of item.measures) out.push({ key: measureKey(m, side), measure: m, type: measureType(m) });
  return out;
}

/** The unit shown after a number ("kg", "×/uur"), or '' for non-numeric fields. */
export function unitOf(item: ItemDefinition, key: string): string {
  if (key === 'keer') return frequencyUnitLabels[item.frequency_unit ?? ''] ?? '×';
  return fieldLabels[key]?.unit ?? '';
}

/** The Dutch label of a field for one side. */
export function fieldLabel(item: ItemDefinition, key: string, side: Side): string {
  const l = fieldLabels[key];
  const base = l ? l[side] || l.demand || l.capacity : key;
  if (key === 'keer') return `${base} (${unitOf(item, key)})`;
  return base;
}

/** Form state of one value: numbers and text as typed, booleans 'ja' / 'nee' / '', sets as code lists. */
export type Draft = Record<string, string | string[]>;

export function toDraft(value: ProfileValue | null | undefined, fields: ValueField[]): Draft {
  const d: Draft = {};
  for (const f of fields) {
    const v = value?.[f.key];
    if (f.type === 'shifts' || f.type === 'modes') d[f.key] = Array.isArray(v) ? [...v] : [];
    else if (f.type === 'bool') d[f.key] = v === true ? 'ja' : v === false ? 'nee' : '';
    else if (f.type === 'number') d[f.key] = typeof v === 'number' ? String(v).replace('.', ',') : '';
    else d[f.key] = typeof v === 'string' ? v : '';
  }
  return d;
}

/** Parses a Dutch decimal ("7,5", "10"); null for empty, NaN for not a number. */
export function parseDecimal(s: string): number | null {
  const t = s.trim().replace(/\s/g, '');
  if (t === '') return null;
  if (!/^\d+([.,]\d+)?$/.test(t)) return Number.NaN;
  return Number(t.replace(',', '.'));
}

export interface DraftError {
  key: string;
  code: 'not_a_number';
}

/** Turns a draft back into the API's value object; empty fields are left out. */
export function fromDraft(draft: Draft, fields: ValueField[]): { value: ProfileValue; errors: DraftError[] } {
  const value: ProfileValue = {};
  const errors: DraftError[] = [];
  for (const f of fields) {
    const v = draft[f.key];
    if (f.type === 'shifts' || f.type === 'modes') {
      if (Array.isArray(v) && v.length) value[f.key] = [...v];
    } else if (f.type === 'bool') {
      if (v === 'ja') value[f.key] = true;
      else if (v === 'nee') value[f.key] = false;
    } else if (f.type === 'number') {
      const n = parseDecimal(typeof v === 'string' ? v : '');
      if (n === null) continue;
      if (Number.isNaN(n)) errors.push({ key: f.key, code: 'not_a_number' });
      else value[f.key] = n;
    } else if (typeof v === 'string' && v.trim() !== '') {
      value[f.key] = v.trim();
    }
  }
  return { value, errors };
}

/** True when the draft has at least one filled field. */
export function draftFilled(draft: Draft): boolean {
  return Object.values(draft).some((v) => (Array.isArray(v) ? v.length > 0 : v.trim() !== ''));
}

function formatNumber(n: number): string {
  return new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(n);
}

/** One value in words and units: "15 kg, 10 ×/uur"; '' when empty. */
export function formatValue(item: ItemDefinition, value: ProfileValue | null | undefined, side: Side): string {
  if (!value) return '';
  const parts: string[] = [];
  for (const f of valueFields(item, side)) {
    const v = value[f.key];
    if (v === undefined || v === null) continue;
    switch (f.type) {
      case 'number':
        if (typeof v === 'number') parts.push(`${formatNumber(v)} ${unitOf(item, f.key)}`.trim());
        break;
      case 'frequency':
        parts.push(labelOf(frequencyLabels, String(v)));
        break;
      case 'bool':
        parts.push(`${fieldLabel(item, f.key, side).toLowerCase()}: ${v ? prof.yes.toLowerCase() : prof.no.toLowerCase()}`);
        break;
      case 'shifts':
        if (Array.isArray(v) && v.length) parts.push(v.map((s) => labelOf(shiftLabels, s)).join(', '));
        break;
      case 'modes':
        if (Array.isArray(v) && v.length) parts.push(v.map((s) => labelOf(modeLabels, s)).join(', '));
        break;
      case 'text':
        if (typeof v === 'string' && v) parts.push(`${v}`);
        break;
    }
  }
  return parts.join(', ');
}

/** Items grouped per form 4 section in form order; only sections that have items. */
export function groupBySection(items: ItemDefinition[]): { section: string; items: ItemDefinition[] }[] {
  return sectionOrder
    .map((section) => ({ section, items: items.filter((i) => i.section === section) }))
    .filter((g) => g.items.length > 0);
}

export function itemByCode(cat: ItemCatalogue, code: string): ItemDefinition | undefined {
  return cat.items.find((i) => i.code === code);
}

/** A discipline's label from a list of disciplines (the code, readable, when it is not there). */
export function disciplineLabelIn(list: readonly { code: string; label: string }[] | undefined, code: string): string {
  return list?.find((d) => d.code === code)?.label ?? code.replace(/_/g, ' ');
}

export function disciplineLabel(cat: ItemCatalogue | undefined, code: string): string {
  return disciplineLabelIn(cat?.disciplines, code);
}

/**
 * A Dutch sentence for a field error of a profile request. `items` are the item codes in the
 * order they were sent (paths `profile.items[2].demand.kg`, `capacity.kg`).
 */
export function profileErrorSentence(
  cat: ItemCatalogue | undefined,
  f: FieldErrorBody,
  items: string[] = [],
  side: Side = 'demand',
  itemCode?: string,
): string {
  const what = profileFieldCodes[f.code] ?? 'is niet juist ingevuld';
  const m = /items\[(\d+)\](?:\.(demand|capacity))?(?:\.([a-z_]+))?/.exec(f.path);
  let code = itemCode;
  let key: string | undefined;
  let valueSide = side;
  if (m) {
    code = items[Number(m[1])] ?? code;
    if (m[2]) valueSide = m[2] as Side;
    key = m[3];
  } else {
    const c = /^(demand|capacity|target)\.([a-z_]+)$/.exec(f.path);
    if (c) {
      key = c[2];
      valueSide = c[1] === 'demand' ? 'demand' : 'capacity';
    }
  }
  const item = cat && code ? itemByCode(cat, code) : undefined;
  if (item && key) return prof.fieldError(`${item.label}: ${fieldLabel(item, key, valueSide)}`, what);
  if (item) return prof.fieldError(item.label, what);
  return prof.fieldError(`Het veld "${f.message && f.path === '' ? f.message : f.path}"`, what);
}

export const goalStatuses: GoalStatus[] = ['actief', 'bijgesteld', 'behaald', 'gestopt'];

/** Goals per status column (board order), each column sorted by target date then id. */
export function boardColumns(goals: Goal[]): { status: GoalStatus; goals: Goal[] }[] {
  return goalStatuses.map((status) => ({
    status,
    goals: goals
      .filter((g) => g.status === status)
      .sort((a, b) => a.target_date.localeCompare(b.target_date) || a.id - b.id),
  }));
}

export interface ProgressSeries {
  labels: string[];
  capacity: (number | null)[];
  demand: number | null;
  /** How far the capacity stays below the demand, in the measure's unit (0 when met). */
  gap: (number | null)[];
  /** The server's relative shortfall per point, 0 (met) to 1. */
  shortfall: (number | null)[];
  status: string[];
}

/** The numeric measures of a progress item that have a demand (what a chart can draw). */
export function chartMeasures(p: ProgressItem): MeasureCode[] {
  return p.demand.map((d) => d.measure).filter((m) => measureType(m) === 'number' || m === 'frequentie');
}

/** Capacity per assessment (oldest first) against the demand line, for one measure. */
export function progressSeries(p: ProgressItem, measure: MeasureCode, label: (date: string, kind: string) => string): ProgressSeries {
  const points = [...p.points].sort((a, b) => a.date.localeCompare(b.date) || a.round_id - b.round_id);
  const demand = p.demand.find((d) => d.measure === measure)?.value ?? null;
  const capacity = points.map((pt) => pt.measures.find((g) => g.measure === measure)?.capacity ?? null);
  return {
    labels: points.map((pt) => label(pt.date, pt.kind)),
    capacity,
    demand,
    gap: capacity.map((c) => (c === null || demand === null ? null : Math.max(0, demand - c))),
    shortfall: points.map((pt) => pt.measures.find((g) => g.measure === measure)?.shortfall ?? null),
    status: points.map((pt) => pt.status),
  };
}

/** A frequency measure is sent as 1..5 in the progress answer; its label for tables. */
export function frequencyName(n: number | null): string {
  if (n === null) return '';
  const code = frequencyOrder[Math.round(n) - 1];
  return code ? labelOf(frequencyLabels, code) : formatNumber(n);
}

export function formatMeasure(item: ItemDefinition | undefined, measure: MeasureCode, n: number | null): string {
  if (n === null) return '';
  if (measure === 'frequentie') return frequencyName(n);
  return `${formatNumber(n)} ${item ? unitOf(item, measure) : ''}`.trim();
}

export interface CsvError {
  line: number | null;
  field: string;
  message: string;
}

/** Field errors of a CSV import (`regel 7.tillen.kg`) as rows, by line. */
export function csvErrors(fields: FieldErrorBody[]): CsvError[] {
  return fields
    .map((f) => {
      const m = /^regel (\d+)(?:\.(.*))?$/.exec(f.path);
      return {
        line: m ? Number(m[1]) : null,
        field: m ? (m[2] ?? '') : f.path,
        message: f.message ?? profileFieldCodes[f.code] ?? f.code,
      };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Counts of the outcome chart, in a fixed order. */
export function outcomeCounts(s: { met: number; partly: number; not_met: number; not_assessed: number }) {
  return [
    { key: 'met' as const, value: s.met },
    { key: 'partly' as const, value: s.partly },
    { key: 'not_met' as const, value: s.not_met },
    { key: 'not_assessed' as const, value: s.not_assessed },
  ];
}

/** Today in Amsterdam as YYYY-MM-DD. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}
