// Pure helpers that turn AGR API errors into Dutch sentences (no React here).

import { ApiError, isApiError } from '../api/errors';
import { decisionLabels, formFieldError, labelOr, outcomeLabels, stepLabels, agrText } from '../i18n/agr';
import { errorMessage } from '../i18n/nl';
import { itemAtPath, type FormDefinition } from './forms/model';
import type { ShownFormError } from './forms/FormRenderer';

/** "d3_werktraining=ja" → "Beslismoment 3: starten met werktraining: Ja". */
export function decisionPairLabel(pair: string): string {
  const [kind, outcome] = pair.trim().split('=');
  if (!kind || !outcome) return pair.trim();
  return `${labelOr(decisionLabels, kind)}: ${labelOr(outcomeLabels, outcome)}`;
}

const RULE_RE = /^'([a-z0-9_]+=[a-z0-9_]+)' is not allowed: current step is '([a-z_]+)'; allowed now: ?(.*)$/;

/**
 * The server's rule message for a refused transition, in Dutch: which decision was refused,
 * which step is current and which decisions are allowed now. Other rule violations get a
 * sentence per known field code, else the general rule message.
 */
export function ruleViolationMessage(err: ApiError): string {
  const m = RULE_RE.exec(err.message.trim());
  if (m) {
    const allowed = m[3]!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map(decisionPairLabel);
    return agrText.rule.transition(decisionPairLabel(m[1]!), labelOr(stepLabels, m[2]!), allowed);
  }
  for (const f of err.fields) {
    const known = agrText.rule.fields[`${f.path}:${f.code}`];
    if (known) return known;
  }
  return errorMessage('rule_violation');
}

/** A Dutch sentence for any error of an AGR action (409 rule messages included). */
export function agrErrorMessage(err: unknown): string {
  if (!isApiError(err)) return errorMessage('unexpected');
  if (err.code === 'rule_violation') return ruleViolationMessage(err);
  if (err.code === 'invalid_input' && err.fields.length) {
    return err.fields.map((f) => agrText.fieldSentence(f.path, f.code)).join(' ');
  }
  return errorMessage(err.code);
}

/** Turns field errors on form answers (`items.x`, `items.r[0].y`) into Dutch messages with the item's label. */
export function formErrors(def: FormDefinition, fields: { path: string; code: string }[]): ShownFormError[] {
  return fields.map((f) => {
    const item = itemAtPath(def, f.path);
    const row = /\[(\d+)\]\./.exec(f.path);
    return {
      path: f.path.replace(/(\[\d+\])$/, ''),
      message: formFieldError(item?.label ?? f.path, f.code, row ? Number(row[1]) : undefined),
    };
  });
}
