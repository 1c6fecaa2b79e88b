import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import {
  Alert,
  Button,
  ButtonGroup,
  Code,
  Heading,
  LinkButton,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from '@utrecht/component-library-react';
import { isApiError } from '../api/errors';
import type { Session, TotpEnrolment } from '../api/types';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextField } from '../components/Field';
import { PublicLayout } from '../components/Layout';
import { PageHeading } from '../components/PageHeading';
import { QrCode } from '../components/QrCode';
import { errorsAt, groupSecret, localError, toShownErrors, type ShownError } from '../forms/formState';
import { fieldErrorMessage, fieldNames, nl } from '../i18n/nl';
import { useApi, useSession } from '../session/context';
import { homePath } from '../session/roles';

type Step = 'credentials' | 'totp' | 'enrol' | 'recovery_codes' | 'active';

const FORM = 'login';

function stepFor(s: Session | null | undefined): Step {
  if (!s) return 'credentials';
  if (s.state === 'totp_required') return 'totp';
  if (s.state === 'totp_enrolment_required') return 'enrol';
  return 'active';
}

/**
 * Login with two-factor authentication: password, then the TOTP code (or a recovery code), or
 * first-time enrolment (QR code + secret, confirm, recovery codes shown once).
 */
export function LoginPage() {
  const api = useApi();
  const { session, setSession, loginReason } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const [step, setStep] = useState<Step>(() => stepFor(session));
  const [notice, setNotice] = useState<string | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>([]);
  const [activeSession, setActiveSession] = useState<Session | null>(null);

  const target = (s: Session) => (from && from !== '/inloggen' ? from : homePath(s.user.role));

  if (step === 'active' && session && session.state === 'active') {
    return <Navigate to={target(session)} replace />;
  }

  const afterSession = (s: Session) => {
    setSession(s);
    const next = stepFor(s);
    if (next === 'active') navigate(target(s), { replace: true });
    else setStep(next);
  };

  const restart = async (message: string | null) => {
    try {
      await api.session.logout();
    } catch {
      // Nothing to undo: the half-finished session is gone either way.
    }
    setSession(null);
    setNotice(message);
    setStep('credentials');
  };

  return (
    <PublicLayout>
      {step === 'credentials' ? (
        <CredentialsStep
          onSession={afterSession}
          notice={
            notice ??
            (loginReason === 'expired'
              ? nl.login.sessionExpired
              : loginReason === 'logged_out'
                ? nl.login.loggedOut
                : null)
          }
        />
      ) : null}
      {step === 'totp' ? (
        <TotpStep
          onSession={afterSession}
          onExpired={() => void restart(nl.login.sessionExpired)}
          onCancel={() => void restart(null)}
        />
      ) : null}
      {step === 'enrol' ? (
        <EnrolStep
          onConfirmed={(codes, s) => {
            setRecoveryCodes(codes);
            setActiveSession(s);
            setStep('recovery_codes');
          }}
          onExpired={() => void restart(nl.login.sessionExpired)}
          onCancel={() => void restart(null)}
        />
      ) : null}
      {step === 'recovery_codes' && activeSession ? (
        <RecoveryCodesStep
          codes={recoveryCodes}
          onContinue={() => {
            setSession(activeSession);
            navigate(target(activeSession), { replace: true });
          }}
        />
      ) : null}
    </PublicLayout>
  );
}

function CredentialsStep({ onSession, notice }: { onSession: (s: Session) => void; notice: string | null }) {
  const api = useApi();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [alert, setAlert] = useState<string | null>(null);
  const [other, setOther] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAlert(null);
    setOther(null);
    setAttempt((n) => n + 1);
    const local: ShownError[] = [];
    if (!username.trim()) local.push(localError(FORM, 'username', fieldErrorMessage(FORM, 'username', 'required')));
    if (!password) local.push(localError(FORM, 'password', fieldErrorMessage(FORM, 'password', 'required')));
    setErrors(local);
    if (local.length) return;
    setBusy(true);
    try {
      onSession(await api.session.login(username.trim(), password));
    } catch (err) {
      if (isApiError(err) && err.code === 'unauthenticated') {
        setAlert(nl.login.wrongCredentials);
      } else if (isApiError(err) && err.code === 'too_many_requests') {
        setAlert(
          err.retryAfterSeconds !== null ? nl.login.throttledSeconds(err.retryAfterSeconds) : nl.login.throttled,
        );
      } else if (isApiError(err) && err.fields.length) {
        setErrors(toShownErrors(FORM, FORM, err.fields, ['username', 'password']));
      } else {
        setOther(err);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={nl.login.title} />
      {notice ? (
        <Alert type="info">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{nl.login.intro}</Paragraph>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <div role="alert" className="werkpad-alert-slot">
        {alert ? (
          <Alert type="error" role="none" data-testid="login-error">
            <Paragraph>{alert}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <ApiErrorAlert error={other} />
      <form onSubmit={submit} noValidate className="werkpad-form">
        <TextField
          id={`${FORM}-username`}
          label={fieldLabel('username')}
          value={username}
          onChange={setUsername}
          autoComplete="username"
          spellCheck={false}
          required
          error={errorsAt(errors, FORM, 'username')}
        />
        <TextField
          id={`${FORM}-password`}
          label={fieldLabel('password')}
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          required
          error={errorsAt(errors, FORM, 'password')}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {busy ? nl.login.busy : nl.login.submit}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

function fieldLabel(path: keyof typeof fieldNames.login): string {
  return fieldNames.login[path].label;
}

/** Strips spaces a user may type or paste into a code. */
function cleanCode(v: string): string {
  return v.replace(/\s+/g, '');
}

/** Shared handling of a failed code: field error, expired half-session, or other. */
function handleCodeError(
  err: unknown,
  path: 'code' | 'recovery_code',
  setErrors: (e: ShownError[]) => void,
  setOther: (e: unknown) => void,
  onExpired: () => void,
) {
  if (isApiError(err) && err.code === 'unauthenticated') {
    onExpired();
  } else if (isApiError(err) && err.fields.length) {
    // A recovery code error may come back on either path; show it at the input in use.
    setErrors(toShownErrors(FORM, FORM, err.fields.map((f) => ({ ...f, path })), [path]));
  } else if (isApiError(err) && err.code === 'invalid_input') {
    setErrors([localError(FORM, path, fieldErrorMessage(FORM, path, 'invalid_code'))]);
  } else {
    setOther(err);
  }
}

function TotpStep({
  onSession,
  onExpired,
  onCancel,
}: {
  onSession: (s: Session) => void;
  onExpired: () => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [other, setOther] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const path = useRecovery ? 'recovery_code' : 'code';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setOther(null);
    setAttempt((n) => n + 1);
    const value = useRecovery ? code.trim() : cleanCode(code);
    if (!value) {
      setErrors([localError(FORM, path, fieldErrorMessage(FORM, path, 'required'))]);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      onSession(useRecovery ? await api.session.useRecoveryCode(value) : await api.session.verifyTotp(value));
    } catch (err) {
      if (isApiError(err) && err.code === 'too_many_requests') setOther(err);
      else handleCodeError(err, path, setErrors, setOther, onExpired);
      setCode('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={nl.login.totpTitle} />
      <Paragraph>{useRecovery ? nl.login.recoveryIntro : nl.login.totpIntro}</Paragraph>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <ApiErrorAlert error={other} />
      <form onSubmit={submit} noValidate className="werkpad-form">
        <TextField
          key={path}
          id={`${FORM}-${path}`}
          label={fieldLabel(path)}
          description={useRecovery ? nl.login.recoveryHint : nl.login.totpCodeHint}
          value={code}
          onChange={setCode}
          autoComplete={useRecovery ? 'off' : 'one-time-code'}
          inputMode={useRecovery ? 'text' : 'numeric'}
          maxLength={useRecovery ? 32 : 8}
          spellCheck={false}
          size={useRecovery ? 16 : 8}
          required
          error={errorsAt(errors, FORM, path)}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {nl.login.totpSubmit}
          </Button>
        </ButtonGroup>
      </form>
      <ButtonGroup className="werkpad-secondary-actions">
        <LinkButton
          onClick={() => {
            setUseRecovery((v) => !v);
            setCode('');
            setErrors([]);
          }}
        >
          {useRecovery ? nl.login.useTotp : nl.login.useRecovery}
        </LinkButton>
        <LinkButton onClick={onCancel}>{nl.login.cancel}</LinkButton>
      </ButtonGroup>
    </>
  );
}

function EnrolStep({
  onConfirmed,
  onExpired,
  onCancel,
}: {
  onConfirmed: (codes: string[], s: Session) => void;
  onExpired: () => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [other, setOther] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const started = useRef(false);

  useEffect(() => {
    // Start enrolment once: a second call would replace the secret the user is scanning.
    if (started.current) return;
    started.current = true;
    api.session
      .startEnrolment()
      .then(setEnrolment)
      .catch((err: unknown) => {
        if (isApiError(err) && err.code === 'unauthenticated') onExpired();
        else setLoadError(err);
      });
  }, [api, onExpired]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setOther(null);
    setAttempt((n) => n + 1);
    const value = cleanCode(code);
    if (!value) {
      setErrors([localError(FORM, 'code', fieldErrorMessage(FORM, 'code', 'required'))]);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      const r = await api.session.confirmEnrolment(value);
      onConfirmed(r.recovery_codes, r.session);
    } catch (err) {
      handleCodeError(err, 'code', setErrors, setOther, onExpired);
      setCode('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={nl.login.enrolTitle} />
      <Paragraph>{nl.login.enrolIntro}</Paragraph>
      <ApiErrorAlert error={loadError} />
      {!enrolment && !loadError ? <Paragraph role="status">{nl.login.enrolLoading}</Paragraph> : null}
      {enrolment ? (
        <>
          <Heading level={2}>{nl.login.enrolStep1}</Heading>
          <QrCode svg={enrolment.qr_svg} label={nl.login.enrolQrAlt} />
          <Paragraph>{nl.login.enrolStep2}</Paragraph>
          <Paragraph>
            <span className="werkpad-visually-hidden">{nl.login.enrolSecretLabel}: </span>
            <Code className="werkpad-secret" data-testid="totp-secret">
              {groupSecret(enrolment.secret)}
            </Code>
          </Paragraph>
          <Heading level={2}>{nl.login.enrolStep3}</Heading>
          <ErrorSummary errors={errors} focusKey={attempt} headingLevel={3} />
          <ApiErrorAlert error={other} />
          <form onSubmit={submit} noValidate className="werkpad-form">
            <TextField
              id={`${FORM}-code`}
              label={fieldLabel('code')}
              description={nl.login.totpCodeHint}
              value={code}
              onChange={setCode}
              autoComplete="one-time-code"
              inputMode="numeric"
              maxLength={8}
              size={8}
              spellCheck={false}
              required
              error={errorsAt(errors, FORM, 'code')}
            />
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
                {nl.login.enrolSubmit}
              </Button>
            </ButtonGroup>
          </form>
        </>
      ) : null}
      <ButtonGroup className="werkpad-secondary-actions">
        <LinkButton onClick={onCancel}>{nl.login.cancel}</LinkButton>
      </ButtonGroup>
    </>
  );
}

function RecoveryCodesStep({ codes, onContinue }: { codes: string[]; onContinue: () => void }) {
  return (
    <>
      <PageHeading title={nl.login.recoveryTitle} />
      <Alert type="warning" role="none">
        <Paragraph>{nl.login.recoveryWarning}</Paragraph>
      </Alert>
      <Heading level={2}>{nl.login.recoveryListLabel}</Heading>
      <OrderedList className="werkpad-recovery-codes" data-testid="recovery-codes">
        {codes.map((c) => (
          <OrderedListItem key={c}>
            <Code>{c}</Code>
          </OrderedListItem>
        ))}
      </OrderedList>
      <ButtonGroup>
        <Button appearance="primary-action-button" onClick={onContinue}>
          {nl.login.continue}
        </Button>
      </ButtonGroup>
    </>
  );
}
