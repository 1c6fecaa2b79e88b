// Dutch sentences for errors of the network partner and handover endpoints (no React here).
import { isApiError } from '../api/errors';
import { agrErrorMessage } from '../agr/messages';
import { partnerFieldCodes, partnerFieldLabels, partnerRuleMessages, partnersText } from '../i18n/partners';

/** "attendees[2].name" → "Aanwezigen"; "roles[1].phase" → "Fase". */
export function partnerFieldLabel(path: string): string {
  const exact = partnerFieldLabels[path];
  if (exact) return exact;
  const base = path.replace(/\[\d+\]/g, '').replace(/^roles\./, '');
  return partnerFieldLabels[base] ?? partnerFieldLabels[base.split('.')[0]!] ?? path;
}

export function partnerErrorMessage(err: unknown): string {
  if (isApiError(err) && err.code === 'conflict' && !err.fields.length && /changed/.test(err.message)) {
    return partnersText.conflict;
  }
  if (isApiError(err) && err.code === 'rule_violation') {
    for (const [re, text] of partnerRuleMessages) if (re.test(err.message)) return text;
  }
  if (isApiError(err) && (err.code === 'invalid_input' || err.code === 'bad_request') && err.fields.length) {
    return err.fields
      .map((f) => {
        const sentence = partnerFieldCodes[f.code];
        const label = partnerFieldLabel(f.path);
        return sentence ? sentence(label) : `"${label}" is niet juist ingevuld.`;
      })
      .join(' ');
  }
  return agrErrorMessage(err);
}
