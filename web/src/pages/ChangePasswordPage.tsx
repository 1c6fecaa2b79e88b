import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../api/errors';
import { ApiErrorAlert, StatusMessage } from '../components/ApiErrorAlert';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextField } from '../components/Field';
import { PageHeading } from '../components/PageHeading';
import { errorsAt, inputId, localError, toShownErrors, type ShownError } from '../forms/formState';
import { fieldErrorMessage, fieldNames, nl } from '../i18n/nl';
import { useNavigate } from 'react-router';
import { useApi, useSession } from '../session/context';

const FORM = 'password';
const PATHS = ['current_password', 'new_password', 'new_password_repeat'] as const;

/** PUT /session/password for the logged-in user. */
export function ChangePasswordPage() {
  const api = useApi();
  const { setSession } = useSession();
  const navigate = useNavigate();
  const [values, setValues] = useState({ current_password: '', new_password: '', new_password_repeat: '' });
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [other, setOther] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setOther(null);
    setDone(null);
    setAttempt((n) => n + 1);
    const local: ShownError[] = [];
    for (const p of PATHS) {
      if (!values[p]) local.push(localError(FORM, p, fieldErrorMessage(FORM, p, 'required')));
    }
    if (!local.length && values.new_password !== values.new_password_repeat) {
      local.push(localError(FORM, 'new_password_repeat', nl.password.mismatch));
    }
    setErrors(local);
    if (local.length) return;
    setBusy(true);
    try {
      await api.session.changePassword(values.current_password, values.new_password);
      setValues({ current_password: '', new_password: '', new_password_repeat: '' });
      setDone(nl.password.done);
    } catch (err) {
      if (isApiError(err) && err.code === 'unauthenticated') {
        // A wrong current password may be answered with 401; only a probe tells it apart from
        // an expired session (which then sends the user to the login page).
        try {
          await api.session.get();
          setErrors([localError(FORM, 'current_password', nl.password.wrongCurrent)]);
        } catch {
          setSession(null);
          navigate('/inloggen', { replace: true, state: { from: '/account/wachtwoord' } });
        }
      } else if (isApiError(err) && err.fields.length) {
        setErrors(toShownErrors(FORM, FORM, err.fields, PATHS));
      } else {
        setOther(err);
      }
    } finally {
      setBusy(false);
    }
  };

  const field = (p: (typeof PATHS)[number], autoComplete: string, description?: string) => (
    <TextField
      id={inputId(FORM, p)}
      label={fieldNames.password[p].label}
      type="password"
      value={values[p]}
      onChange={(v) => setValues((old) => ({ ...old, [p]: v }))}
      autoComplete={autoComplete}
      required
      description={description}
      error={errorsAt(errors, FORM, p)}
    />
  );

  return (
    <>
      <PageHeading title={nl.password.title} />
      <Paragraph>{nl.password.intro}</Paragraph>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <ApiErrorAlert error={other} />
      <StatusMessage text={done} />
      <form onSubmit={submit} noValidate className="werkpad-form">
        {field('current_password', 'current-password')}
        {field('new_password', 'new-password', nl.password.newHint)}
        {field('new_password_repeat', 'new-password')}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {nl.password.submit}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
