import { useState } from 'react';
import { Button, ButtonGroup, FormField, FormFieldDescription, FormLabel, Heading, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../api/errors';
import { StatusMessage } from '../components/ApiErrorAlert';
import { useLoad } from '../components/useLoad';
import { logoText as t } from '../i18n/visie';
import { useApi } from '../session/context';
import { ErrorBox } from './VisieEditor';
import { visieErrorMessage } from './messages';

/** Base64 of a file's bytes (without the data: prefix). */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Admin: the institution's logo on folders, letters and form 7. */
export function LogoSection() {
  const api = useApi();
  const [tick, setTick] = useState(0);
  const loaded = useLoad(async () => {
    const res = await fetch(api.institution.logoHref, { credentials: 'same-origin' });
    return res.ok;
  }, String(tick));
  const [file, setFile] = useState<File | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setFailure(null);
    setFlash(null);
    try {
      await fn();
      setFlash(done);
      setTick((n) => n + 1);
    } catch (e) {
      setFailure(isApiError(e) && e.fields.some((f) => f.code === 'too_large') ? t.tooLarge : visieErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="logo-titel" className="werkpad-section">
      <Heading level={2} id="logo-titel">
        {t.title}
      </Heading>
      <StatusMessage text={flash} />
      <ErrorBox text={failure} />
      {loaded.data ? (
        <Paragraph>
          <img src={`${api.institution.logoHref}?v=${tick}`} alt={t.alt} className="werkpad-logo-preview" style={{ maxHeight: 64 }} />
        </Paragraph>
      ) : loaded.data === false ? (
        <Paragraph>{t.none}</Paragraph>
      ) : null}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!file) {
            setFailure(t.chooseFirst);
            return;
          }
          if (file.size > 256 * 1024) {
            setFailure(t.tooLarge);
            return;
          }
          void run(async () => api.institution.putLogo(await toBase64(file)), t.saved);
        }}
      >
        <FormField type="text" className="werkpad-field">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="logo-bestand">{t.fileLabel}</FormLabel>
          </div>
          <FormFieldDescription id="logo-bestand-uitleg">{t.fileHint}</FormFieldDescription>
          <div className="utrecht-form-field__input">
            <input
              id="logo-bestand"
              type="file"
              className="werkpad-file-input"
              accept="image/png"
              aria-describedby="logo-bestand-uitleg"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
        </FormField>
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button" disabled={busy}>
            {t.upload}
          </Button>
          {loaded.data ? (
            <Button type="button" appearance="subtle-button" disabled={busy} onClick={() => void run(() => api.institution.deleteLogo(), t.deleted)}>
              {t.remove}
            </Button>
          ) : null}
        </ButtonGroup>
      </form>
    </section>
  );
}
