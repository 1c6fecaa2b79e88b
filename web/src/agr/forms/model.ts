// The form definition format (docs/agr-route.md §4, resources/forms/*.json) and the pure rules
// the generic renderer needs: enable-when evaluation, draft/final validation and the final
// answers. The rules mirror src/domain/forms/validation.cpp so that the UI hides, requires and
// drops exactly what the server does; the server stays the authority (it validates again).

export const ITEM_TYPES = [
  'text',
  'long_text',
  'yes_no',
  'single_choice',
  'multiple_choice',
  'number',
  'duration',
  'date',
  'party',
  'group',
  'repeatable',
  'display',
] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export type DurationUnit = 'days' | 'weeks' | 'months';

export interface ChoiceOption {
  code: string;
  label: string;
}

export type ConditionOp = 'equals' | 'not_equals' | 'answered' | 'not_answered';

export interface Condition {
  item: string;
  op: ConditionOp;
  value?: AnswerValue;
}

export interface EnableWhen {
  behavior?: 'all' | 'any';
  conditions: Condition[];
}

export interface FormItem {
  key: string;
  type: ItemType;
  label: string;
  help?: string;
  required?: boolean;
  max_length?: number;
  options?: ChoiceOption[];
  unit?: string;
  decimals?: number;
  min?: number;
  max?: number;
  units?: DurationUnit[];
  min_rows?: number;
  max_rows?: number;
  items?: FormItem[];
  enable_when?: EnableWhen;
}

export interface FormDefinition {
  id: string;
  version: number;
  title: string;
  description?: string;
  requires_signature?: boolean;
  items: FormItem[];
}

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

/** One row of a repeatable: answers keyed by the repeatable's child keys. */
export type Row = Answers;

/**
 * One answer as JSON: string (text, long_text, single_choice, party, date "YYYY-MM-DD"), boolean
 * (yes_no), number, string[] (multiple_choice), Duration, Row[] (repeatable); null = no answer.
 */
export type AnswerValue = string | boolean | number | string[] | Duration | Row[] | null;

export type Answers = { [key: string]: AnswerValue };

export type ValidationMode = 'draft' | 'final';

/** A problem with one answer; path and code as the server reports them (`items.x`, `items.r[0].y`). */
export interface FormFieldError {
  path: string;
  code: string;
}

export const DEFAULT_TEXT_MAX = 500;
export const DEFAULT_LONG_TEXT_MAX = 10000;
export const DEFAULT_MAX_ROWS = 50;

export function maxLength(item: FormItem): number {
  if (item.max_length !== undefined) return item.max_length;
  return item.type === 'long_text' ? DEFAULT_LONG_TEXT_MAX : DEFAULT_TEXT_MAX;
}

export function maxRows(item: FormItem): number {
  return item.max_rows ?? DEFAULT_MAX_ROWS;
}

export function isDuration(v: unknown): v is Duration {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'amount' in v && 'unit' in v;
}

/** False for what an untouched field sends: null, blank text, an empty selection or no rows. */
export function isAnswered(v: AnswerValue | undefined): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

/** Characters as the server counts them (code points, not UTF-16 units). */
export function codePoints(s: string): number {
  return [...s].length;
}

function sameValue(a: AnswerValue, b: AnswerValue): boolean {
  if (isDuration(a) && isDuration(b)) return a.amount === b.amount && a.unit === b.unit;
  return a === b;
}

function matches(answer: AnswerValue, expected: AnswerValue | undefined): boolean {
  if (expected === undefined) return false;
  if (Array.isArray(answer) && answer.every((x) => typeof x === 'string')) {
    return typeof expected === 'string' && (answer as string[]).includes(expected);
  }
  return sameValue(answer, expected);
}

type Chain = Answers[];

function lookup(chain: Chain, key: string): AnswerValue | undefined {
  for (let i = chain.length - 1; i >= 0; i--) {
    const scope = chain[i]!;
    if (Object.prototype.hasOwnProperty.call(scope, key)) return scope[key];
  }
  return undefined;
}

function holds(c: Condition, chain: Chain): boolean {
  const answer = lookup(chain, c.item);
  switch (c.op) {
    case 'answered':
      return answer !== undefined;
    case 'not_answered':
      return answer === undefined;
    case 'equals':
      return answer !== undefined && matches(answer, c.value);
    case 'not_equals':
      return answer !== undefined && c.value !== undefined && !matches(answer, c.value);
    default:
      return false;
  }
}

function conditionsHold(item: FormItem, chain: Chain): boolean {
  const ew = item.enable_when;
  if (!ew || ew.conditions.length === 0) return true;
  return (ew.behavior ?? 'all') === 'all'
    ? ew.conditions.every((c) => holds(c, chain))
    : ew.conditions.some((c) => holds(c, chain));
}

function levelKeys(items: FormItem[], out: Set<string>): Set<string> {
  for (const it of items) {
    if (it.type === 'group') levelKeys(it.items ?? [], out);
    else out.add(it.key);
  }
  return out;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

function hasDecimals(v: number, decimals: number): boolean {
  const scaled = v * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, Math.abs(scaled));
}

/** Party codes as the consent module allows them: `[a-z][a-z0-9_]*`, 2–40 characters. */
export function isValidPartyCode(s: string): boolean {
  return /^[a-z][a-z0-9_]{1,39}$/.test(s);
}

export interface WalkResult {
  errors: FormFieldError[];
  /** Enabled state per item path (`items.x`, `items.r[0].y`), for every item visited. */
  enabled: Map<string, boolean>;
  /** Enabled, answered values (what a final response keeps). */
  effective: Answers;
}

/** Walks a definition with answers the way the server does. */
export function walk(def: { items: FormItem[] }, answers: Answers, mode: ValidationMode): WalkResult {
  const errors: FormFieldError[] = [];
  const enabled = new Map<string, boolean>();
  const fail = (path: string, code: string) => errors.push({ path, code });

  const scope = (items: FormItem[], input: Answers, chain: Chain, prefix: string, parentEnabled: boolean): Answers => {
    const known = levelKeys(items, new Set());
    for (const key of Object.keys(input)) {
      if (!known.has(key)) fail(`${prefix}.${key}`, 'unknown_item');
    }
    const effective: Answers = {};
    chain.push(effective);
    visit(items, input, chain, prefix, parentEnabled, effective);
    chain.pop();
    return effective;
  };

  const visit = (items: FormItem[], input: Answers, chain: Chain, prefix: string, parentEnabled: boolean, effective: Answers) => {
    for (const item of items) {
      const on = parentEnabled && conditionsHold(item, chain);
      const path = `${prefix}.${item.key}`;
      enabled.set(path, on);
      if (item.type === 'group') {
        visit(item.items ?? [], input, chain, prefix, on, effective);
        continue;
      }
      const has = Object.prototype.hasOwnProperty.call(input, item.key) && input[item.key] !== null;
      const value = has ? input[item.key]! : null;
      if (item.type === 'display') {
        if (has) fail(path, 'not_answerable');
        continue;
      }
      const present = has && isAnswered(value);
      const check = mode === 'draft' || on;
      if (has && check) {
        const kept = checkValue(item, value, path, chain, on);
        if (on && present && kept !== undefined) effective[item.key] = kept;
      }
      if (mode === 'final' && on) {
        if (item.required && !present) fail(path, 'required');
        else if (item.type === 'repeatable') {
          const rows = present && Array.isArray(value) ? value.length : 0;
          if (rows < (item.min_rows ?? 0)) fail(path, 'too_few_rows');
        }
      }
    }
  };

  const checkValue = (item: FormItem, v: AnswerValue, path: string, chain: Chain, on: boolean): AnswerValue | undefined => {
    const wrong = () => {
      fail(path, 'wrong_type');
      return undefined;
    };
    switch (item.type) {
      case 'text':
      case 'long_text':
        if (typeof v !== 'string') return wrong();
        if (codePoints(v) > maxLength(item)) fail(path, 'too_long');
        return v;
      case 'yes_no':
        return typeof v === 'boolean' ? v : wrong();
      case 'single_choice':
        if (typeof v !== 'string') return wrong();
        if (isAnswered(v) && !(item.options ?? []).some((o) => o.code === v)) fail(path, 'invalid_option');
        return v;
      case 'multiple_choice': {
        if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) return wrong();
        const seen = new Set<string>();
        (v as string[]).forEach((code, i) => {
          if (!(item.options ?? []).some((o) => o.code === code)) fail(`${path}[${i}]`, 'invalid_option');
          else if (seen.has(code)) fail(`${path}[${i}]`, 'duplicate_option');
          seen.add(code);
        });
        return v;
      }
      case 'number':
        if (typeof v !== 'number') return wrong();
        if (!Number.isFinite(v) || (item.min !== undefined && v < item.min) || (item.max !== undefined && v > item.max)) {
          fail(path, 'out_of_range');
        } else if (!hasDecimals(v, item.decimals ?? 0)) {
          fail(path, 'too_many_decimals');
        }
        return v;
      case 'duration':
        if (!isDuration(v) || !Number.isInteger(v.amount)) return wrong();
        if (!(item.units ?? []).includes(v.unit)) fail(path, 'invalid_unit');
        if (v.amount < (item.min ?? 0) || (item.max !== undefined && v.amount > item.max)) fail(path, 'out_of_range');
        return v;
      case 'date':
        if (typeof v !== 'string' || !isValidDate(v)) return wrong();
        return v;
      case 'party':
        if (typeof v !== 'string') return wrong();
        if (isAnswered(v)) {
          const opts = item.options ?? [];
          const ok = opts.length === 0 ? isValidPartyCode(v) : opts.some((o) => o.code === v);
          if (!ok) fail(path, 'invalid_option');
        }
        return v;
      case 'repeatable': {
        if (!Array.isArray(v) || !v.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r))) return wrong();
        const rows = v as Row[];
        if (rows.length > maxRows(item)) fail(path, 'too_many_rows');
        return rows.map((row, i) => scope(item.items ?? [], row, chain, `${path}[${i}]`, on));
      }
      default:
        return undefined;
    }
  };

  const effective = scope(def.items, answers, [], 'items', true);
  return { errors, enabled, effective };
}

/** Field problems for saving (`draft`: types and limits) or finalising (`final`: also required). */
export function validateAnswers(def: { items: FormItem[] }, answers: Answers, mode: ValidationMode): FormFieldError[] {
  return walk(def, answers, mode).errors;
}

/** What a final response keeps: answers of enabled items only, empty answers removed. */
export function finalAnswers(def: { items: FormItem[] }, answers: Answers): Answers {
  return walk(def, answers, 'final').effective;
}

/** Whether the item at `path` (`items.x`, `items.r[0].y`) is enabled with these answers. */
export function enabledPaths(def: { items: FormItem[] }, answers: Answers): Map<string, boolean> {
  return walk(def, answers, 'draft').enabled;
}

/** Drops null and unanswered values (so a save never sends "" for an untouched field), deeply. */
export function compactAnswers(answers: Answers): Answers {
  const out: Answers = {};
  for (const [k, v] of Object.entries(answers)) {
    if (!isAnswered(v)) continue;
    if (Array.isArray(v) && v.length > 0 && typeof v[0] === 'object' && v[0] !== null) {
      out[k] = (v as Row[]).map((r) => compactAnswers(r));
    } else {
      out[k] = v;
    }
  }
  return out;
}

/** Finds an item by key anywhere in the definition (keys are unique in the whole definition). */
export function findItem(items: FormItem[], key: string): FormItem | undefined {
  for (const it of items) {
    if (it.key === key) return it;
    const inner = it.items ? findItem(it.items, key) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

/** The item a field path points at: `items.contacten[1].telefoon` → telefoon. */
export function itemAtPath(def: { items: FormItem[] }, path: string): FormItem | undefined {
  const parts = path.replace(/^items\./, '').split('.');
  const last = parts[parts.length - 1]?.replace(/\[\d+\]$/, '');
  return last ? findItem(def.items, last) : undefined;
}

/** The DOM id of the input for a field path: `items.contacten[1].telefoon` → `f-contacten-1-telefoon`. */
export function fieldDomId(prefix: string, path: string): string {
  const rest = path
    .replace(/^items\./, '')
    .replace(/\[(\d+)\]/g, '-$1')
    .replace(/\./g, '-')
    .replace(/-(\d+)$/, '');
  return `${prefix}-${rest}`;
}

/**
 * Parses a number typed the Dutch way ("32,5", "1.234,5" is refused: no thousands separators).
 * Returns null for an empty input and NaN for anything that is not a plain decimal number.
 */
export function parseDutchNumber(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  if (!/^-?\d+([.,]\d+)?$/.test(t)) return Number.NaN;
  return Number(t.replace(',', '.'));
}

/** A number as Dutch text: 32.5 → "32,5". */
export function formatDutchNumber(n: number): string {
  return String(n).replace('.', ',');
}
