// Pure helpers of the external-access UI (no React): which account role fits a form 3 party,
// Dutch sentences for the API's errors, and what is not shared with an external party.

import { isApiError } from '../api/errors';
import type { ExternalAccount, SharedView } from '../api/externalTypes';
import { infoKindLabels, partyLabel } from '../i18n/agr';
import { externalText, shareReasonLabels } from '../i18n/external';
import { errorMessage } from '../i18n/nl';

/** The roles of external accounts: they see only what is shared with them. */
export const EXTERNAL_PARTNER_ROLES = ['werkgever', 'bedrijfsarts', 'partner'] as const;

export function isExternalPartner(role: string): boolean {
  return (EXTERNAL_PARTNER_ROLES as readonly string[]).includes(role);
}

/** The account role a grant for `party` needs (contract: werkgever, bedrijfsarts, else partner). */
export function roleForParty(party: string): 'werkgever' | 'bedrijfsarts' | 'partner' {
  if (party === 'werkgever') return 'werkgever';
  if (party === 'bedrijfsarts') return 'bedrijfsarts';
  return 'partner';
}

/** Existing accounts that may be invited as `party` (the server checks this too). */
export function accountsForParty(accounts: ExternalAccount[], party: string): ExternalAccount[] {
  const role = roleForParty(party);
  return accounts.filter((a) => a.role === role);
}

export interface InviteErrors {
  /** Dutch message per form field (party, user_id, username, display_name, email). */
  fields: Record<string, string>;
  /** A message that belongs to no field. */
  general: string | null;
}

/** The invite form's errors: field codes to Dutch sentences at their fields. */
export function inviteErrors(err: unknown): InviteErrors {
  const t = externalText.staff;
  if (!isApiError(err)) return { fields: {}, general: errorMessage('unexpected') };
  if ((err.status === 422 || err.status === 409) && err.fields.length) {
    const fields: Record<string, string> = {};
    const loose: string[] = [];
    for (const f of err.fields) {
      const sentence = t.fieldCodes[`${f.path}:${f.code}`];
      if (t.fields[f.path] !== undefined) {
        fields[f.path] ??= sentence ?? `"${t.fields[f.path]}" is niet juist ingevuld.`;
      } else {
        loose.push(sentence ?? errorMessage(err.code));
      }
    }
    return { fields, general: loose.length ? loose.join(' ') : null };
  }
  return { fields: {}, general: errorMessage(err.code) };
}

/** A Dutch sentence for a refused revoke (409: already revoked). */
export function revokeErrorMessage(err: unknown): string {
  if (isApiError(err) && err.status === 409) return externalText.staff.alreadyRevoked;
  return errorMessage(isApiError(err) ? err.code : 'unexpected');
}

/**
 * The message form's error at the text field. For medical content the server's own Dutch
 * sentence is shown, because it names the words it found; other codes get the catalogue's text.
 */
export function messageFieldError(err: unknown): { field: string | null; general: string | null } {
  const codes = externalText.shared.textCodes;
  if (isApiError(err) && err.status === 422) {
    const f = err.fields.find((x) => x.path === 'text');
    if (f) {
      if (f.code === 'medical_content') return { field: f.message?.trim() || codes.medical_content!, general: null };
      return { field: codes[f.code] ?? errorMessage('invalid_input'), general: null };
    }
  }
  return { field: null, general: errorMessage(isApiError(err) ? err.code : 'unexpected') };
}

/** Label of an information kind of the consent matrix. */
export function kindLabel(kind: string): string {
  return infoKindLabels[kind] ?? kind.replace(/_/g, ' ');
}

/** "Werksituatie en functieprofiel, Re-integratievisie" or null when nothing. */
export function kindList(kinds: string[]): string | null {
  return kinds.length ? kinds.map(kindLabel).join(', ') : null;
}

/** The kinds an external party does NOT see right now, each with the reason in Dutch. */
export function notShared(view: Pick<SharedView, 'kinds'>): { kind: string; text: string }[] {
  return view.kinds
    .filter((k) => !k.allowed)
    .map((k) => ({
      kind: k.kind,
      text: externalText.shared.notSharedItem(kindLabel(k.kind), shareReasonLabels[k.reason] ?? k.reason),
    }));
}

export { partyLabel };
