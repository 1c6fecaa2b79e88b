// Pure helpers of the WIA-schatting page (no React): Dutch amounts to euros, the form checked
// before it is sent, the server's field errors in Dutch, and the outcome explained.

import { isApiError } from '../api/errors';
import type { WiaEstimateInput } from '../api/verzuimTypes';
import type { ShownError } from '../forms/formState';
import { wiaText } from '../i18n/verzuim';

/** Highest amount the server accepts: 100 million euro. */
export const MAX_EUROS = 100_000_000;
export const MIN_FUNCTIONS = 3;

export type ParsedAmount = { ok: true; euros: number } | { ok: false; code: 'empty' | 'amount' | 'negative' | 'too_high' };

/**
 * A typed amount in euros: "2500", "2500,5", "2500.50" or "2.500,50" (a dot followed by three
 * digits is a thousands separator when a comma also occurs). At most two decimals. The result is
 * a whole number of cents divided by 100, so the server converts it back exactly.
 */
export function parseEuros(text: string): ParsedAmount {
  let s = text.trim().replace(/\s+/g, '').replace(/^€/, '');
  if (s === '') return { ok: false, code: 'empty' };
  if (s.startsWith('-')) return { ok: false, code: 'negative' };
  if (s.includes(',')) {
    if (/^\d{1,3}(\.\d{3})+(,\d*)?$/.test(s)) s = s.replace(/\./g, '');
    if (s.includes('.')) return { ok: false, code: 'amount' };
    s = s.replace(',', '.');
  }
  const m = /^(\d+)(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return { ok: false, code: 'amount' };
  const whole = Number(m[1]);
  const fraction = (m[2] ?? '').padEnd(2, '0');
  const cents = whole * 100 + Number(fraction);
  if (!Number.isSafeInteger(cents) || cents > MAX_EUROS * 100) return { ok: false, code: 'too_high' };
  return { ok: true, euros: cents / 100 };
}

export interface WiaForm {
  maatmanloon: string;
  mode: 'known' | 'functions';
  restverdiencapaciteit: string;
  functielonen: string[];
  duurzaam: '' | 'ja' | 'nee';
}

export function emptyWiaForm(): WiaForm {
  return { maatmanloon: '', mode: 'known', restverdiencapaciteit: '', functielonen: ['', '', ''], duurzaam: '' };
}

/** Input ids on the page, so error summaries can link to them. */
export function wiaInputId(path: string): string {
  const m = /^functielonen\[(\d+)\]$/.exec(path);
  if (m) return `wia-functieloon-${m[1]}`;
  if (path === 'functielonen') return 'wia-functieloon-0';
  return `wia-${path}`;
}

function amountError(path: string, label: string, code: ParsedAmount & { ok: false }): ShownError {
  const e = wiaText.errors;
  const message =
    code.code === 'negative' ? e.negative(label) : code.code === 'too_high' ? e.tooHigh(label) : e.amount(label);
  return { path, message, targetId: wiaInputId(path) };
}

/** Checks the form; returns the request body, or the errors in Dutch (each linked to its input). */
export function checkWiaForm(f: WiaForm): { input: WiaEstimateInput | null; errors: ShownError[] } {
  const t = wiaText;
  const errors: ShownError[] = [];
  const input: WiaEstimateInput = { maatmanloon: 0, restverdiencapaciteit: null, functielonen: null, duurzaam: false };
  const m = parseEuros(f.maatmanloon);
  if (m.ok) {
    if (m.euros <= 0) errors.push({ path: 'maatmanloon', message: t.errors.maatmanloonPositive, targetId: wiaInputId('maatmanloon') });
    input.maatmanloon = m.euros;
  } else if (m.code === 'empty') {
    errors.push({ path: 'maatmanloon', message: t.errors.maatmanloonRequired, targetId: wiaInputId('maatmanloon') });
  } else {
    errors.push(amountError('maatmanloon', t.maatmanloon, m));
  }
  if (f.mode === 'known') {
    const r = parseEuros(f.restverdiencapaciteit);
    if (r.ok) input.restverdiencapaciteit = r.euros;
    else if (r.code === 'empty')
      errors.push({ path: 'restverdiencapaciteit', message: t.errors.rvcRequired, targetId: wiaInputId('restverdiencapaciteit') });
    else errors.push(amountError('restverdiencapaciteit', t.restverdiencapaciteit, r));
  } else {
    const wages: number[] = [];
    f.functielonen.forEach((text, i) => {
      const path = `functielonen[${i}]`;
      const w = parseEuros(text);
      if (w.ok && w.euros > 0) wages.push(w.euros);
      else if (w.ok) errors.push({ path, message: t.errors.functionPositive(i + 1), targetId: wiaInputId(path) });
      else if (w.code === 'empty') errors.push({ path, message: t.errors.functionRequired(i + 1), targetId: wiaInputId(path) });
      else errors.push(amountError(path, t.functionN(i + 1), w));
    });
    if (f.functielonen.length < MIN_FUNCTIONS)
      errors.push({ path: 'functielonen', message: t.errors.tooFewFunctions, targetId: wiaInputId('functielonen') });
    input.functielonen = wages;
  }
  if (f.duurzaam === '') errors.push({ path: 'duurzaam', message: t.errors.duurzaamRequired, targetId: wiaInputId('duurzaam') });
  input.duurzaam = f.duurzaam === 'ja';
  return { input: errors.length ? null : input, errors };
}

/** The server's field errors (422/400) in Dutch; other errors give an empty list. */
export function wiaServerErrors(e: unknown): ShownError[] {
  if (!isApiError(e)) return [];
  const t = wiaText;
  return e.fields.map((f) => {
    const row = /^functielonen\[(\d+)\]$/.exec(f.path);
    const label =
      f.path === 'maatmanloon' ? t.maatmanloon : f.path === 'restverdiencapaciteit' ? t.restverdiencapaciteit : row ? t.functionN(Number(row[1]) + 1) : f.path;
    let message: string;
    switch (f.code) {
      case 'required':
        message = f.path === 'duurzaam' ? t.errors.duurzaamRequired : t.errors.maatmanloonRequired;
        break;
      case 'not_positive':
        message = row ? t.errors.functionPositive(Number(row[1]) + 1) : t.errors.maatmanloonPositive;
        break;
      case 'negative':
        message = t.errors.negative(label);
        break;
      case 'out_of_range':
        message = t.errors.tooHigh(label);
        break;
      case 'too_few_functions':
        message = t.errors.tooFewFunctions;
        break;
      case 'exactly_one_required':
        message = t.errors.exactlyOne;
        break;
      default:
        message = t.errors.amount(label);
    }
    return { path: f.path, message, targetId: wiaInputId(f.path) };
  });
}

/** "48,33%": the percentage with two decimals and a decimal comma. */
export function formatPercentage(p: number): string {
  return `${p.toFixed(2).replace('.', ',')}%`;
}

/** "€ 2.500,50". */
export function formatEuros(euros: number): string {
  return new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(euros);
}

/** The outcome in Dutch and the rule that gave it. */
export function explainOutcome(uitkomst: string, duurzaam: boolean, ao: number): { label: string; rule: string } {
  const t = wiaText;
  const label = t.outcomes[uitkomst] ?? uitkomst;
  if (uitkomst === 'iva') return { label, rule: t.rule.iva };
  if (uitkomst === 'wga') return { label, rule: ao >= 80 && !duurzaam ? t.rule.wgaNotDurable : t.rule.wga };
  return { label, rule: t.rule.geen_wia };
}
