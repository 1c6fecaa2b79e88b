import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../api/errors';
import { StatusMessage } from '../components/ApiErrorAlert';
import { TextField } from '../components/Field';
import { useLoad } from '../components/useLoad';
import { verzuimText } from '../i18n/verzuim';
import { useApi } from '../session/context';
import { fieldSentence, verzuimErrorMessage } from './logic';

const t = verzuimText.signals;

/** Admin settings: how many days ahead a Poortwachter deadline is signalled ("Binnenkort"). */
export function SignalSettingsSection() {
  const api = useApi();
  const loaded = useLoad(() => api.verzuim.settings(), 'verzuim-settings');
  const [days, setDays] = useState('');
  const [current, setCurrent] = useState<number | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (loaded.data) {
      setCurrent(loaded.data.signal_days);
      setDays(String(loaded.data.signal_days));
    }
  }, [loaded.data]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setFieldError(undefined);
    setFailure(null);
    setStatus(null);
    try {
      const n = days.trim() === '' || !/^\d+$/.test(days.trim()) ? NaN : Number(days);
      const r = await api.verzuim.updateSettings(Number.isNaN(n) ? -1 : n);
      setCurrent(r.signal_days);
      setStatus(t.settingsSaved);
    } catch (err) {
      if (isApiError(err) && err.fields.length) setFieldError(err.fields.map((f) => fieldSentence(f.path, f.code)).join(' '));
      else setFailure(verzuimErrorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="signalering-titel" className="werkpad-section">
      <Heading level={2} id="signalering-titel">
        {t.settingsTitle}
      </Heading>
      <Paragraph>{t.settingsIntro}</Paragraph>
      {current !== null ? <Paragraph data-testid="signal-days">{t.settingsCurrent(current)}</Paragraph> : null}
      <StatusMessage text={status} />
      {failure || loaded.error ? (
        <Alert type="error" role="alert">
          <Paragraph>{failure ?? verzuimErrorMessage(loaded.error)}</Paragraph>
        </Alert>
      ) : null}
      <form noValidate onSubmit={(e) => void submit(e)} className="werkpad-subform">
        <TextField
          id="signalering-dagen"
          type="number"
          inputMode="numeric"
          label={t.settingsField}
          required
          value={days}
          onChange={setDays}
          error={fieldError}
        />
        <Button type="submit" appearance="secondary-action-button" disabled={busy}>
          {t.settingsSubmit}
        </Button>
      </form>
    </section>
  );
}
