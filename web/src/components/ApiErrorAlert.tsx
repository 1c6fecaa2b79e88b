import { Alert, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../api/errors';
import { errorMessage } from '../i18n/nl';

/** Shows a non-field error (forbidden, unavailable, network …) as a Dutch alert. */
export function ApiErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const code = isApiError(error) ? error.code : 'unexpected';
  return (
    <Alert type="error" role="alert">
      <Paragraph>{errorMessage(code)}</Paragraph>
    </Alert>
  );
}

/** A short status message (saved, done) announced politely. */
export function StatusMessage({ text }: { text: string | null }) {
  return (
    <div role="status" aria-live="polite" className="werkpad-status">
      {text ? (
        <Alert type="ok" role="none">
          <Paragraph>{text}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
