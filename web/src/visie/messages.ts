// Dutch sentences for errors of the form 7 and document endpoints.
import { isApiError } from '../api/errors';
import { agrErrorMessage } from '../agr/messages';
import { sectionLabels, visieFieldCodes, visieText } from '../i18n/visie';

/** "content.advies" / "share_with[1]" → the Dutch label of the field. */
export function visieFieldLabel(path: string): string {
  const key = path.replace(/^content\./, '').replace(/\[\d+\]$/, '');
  return sectionLabels[key] ?? key;
}

export function visieErrorMessage(err: unknown): string {
  if (isApiError(err) && err.code === 'conflict') return visieText.conflict;
  if (isApiError(err) && err.code === 'invalid_input' && err.fields.length) {
    return err.fields
      .map((f) => {
        // The server names the medical words it found: more helpful than the general sentence.
        if (f.code === 'medical_content' && f.message?.trim()) return f.message.trim();
        const sentence = visieFieldCodes[f.code];
        const label = visieFieldLabel(f.path);
        return sentence ? sentence(label) : `"${label}" is niet juist ingevuld.`;
      })
      .join(' ');
  }
  return agrErrorMessage(err);
}
