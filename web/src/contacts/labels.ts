// Label lookups of the contact section (texts in i18n/contacts).
import { labelOr } from '../i18n/agr';
import { momentPartyLabels } from '../i18n/contacts';

export { labelOr };

export function momentPartyLabelsOr(code: string | null | undefined): string {
  return labelOr(momentPartyLabels, code);
}
