import { useEffect, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { isApiError } from '../../api/errors';
import type { User } from '../../api/types';
import { ApiErrorAlert, StatusMessage } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { disciplineFor, toShownErrors, USER_PATHS, type ShownError, type UserForm } from '../../forms/formState';
import { fieldNames, formatTimestamp, nl } from '../../i18n/nl';
import { useApi, useSession } from '../../session/context';
import { OneTimeSecret } from './OneTimeSecret';
import { ASSIGNABLE_ROLES, USER_FORM_ID, UserFields } from './UserFields';
import { useUserOptions } from './useUserOptions';

function toForm(u: User): UserForm {
  return {
    username: u.username,
    display_name: u.display_name,
    email: u.email ?? '',
    role: u.role,
    discipline: u.discipline ?? '',
    team_ids: [...u.team_ids],
  };
}

type Confirming = 'reset-password' | 'reset-2fa' | null;

/** Admin: edit a user and manage the account (block, reset password, reset 2FA). */
export function UserEditPage() {
  const api = useApi();
  const { session } = useSession();
  const id = Number(useParams().id);
  const options = useUserOptions();
  const loaded = useLoad(() => api.users.get(id), String(id));
  const [user, setUser] = useState<User | null>(null);
  const [values, setValues] = useState<UserForm | null>(null);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [other, setOther] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [tempPassword, setTempPassword] = useState<string | null>(null);

  useEffect(() => {
    if (loaded.data) {
      setUser(loaded.data);
      setValues(toForm(loaded.data));
    }
  }, [loaded.data]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!user || !values) return;
    setAttempt((n) => n + 1);
    setOther(null);
    setStatus(null);
    setConflict(false);
    setBusy(true);
    try {
      const u = await api.users.update(user.id, {
        display_name: values.display_name.trim(),
        email: values.email.trim(),
        role: values.role,
        discipline: disciplineFor(values.role, values.discipline),
        team_ids: values.team_ids,
        version: user.version,
      });
      setUser(u);
      setValues(toForm(u));
      setErrors([]);
      setStatus(nl.users.updated);
    } catch (err) {
      setErrors([]);
      if (isApiError(err) && err.code === 'conflict') setConflict(true);
      else if (isApiError(err) && err.fields.length) setErrors(toShownErrors('user', USER_FORM_ID, err.fields, USER_PATHS));
      else setOther(err);
    } finally {
      setBusy(false);
    }
  };

  const act = async (action: () => Promise<User | void>, done: string) => {
    setOther(null);
    setStatus(null);
    setConfirming(null);
    try {
      const u = await action();
      if (u) setUser(u);
      setStatus(done);
    } catch (err) {
      setOther(err);
    }
  };

  const reload = () => {
    setConflict(false);
    setStatus(null);
    loaded.reload();
  };

  if (loaded.error) {
    return (
      <>
        <PageHeading title={nl.app.errorTitle} />
        <ApiErrorAlert error={loaded.error} />
      </>
    );
  }
  if (!user || !values || options.loading) return <Paragraph role="status">{nl.app.loading}</Paragraph>;

  const statusText = user.disabled ? nl.users.disabled : nl.users.active;
  const totpText = user.totp_enabled ? nl.users.totpOn : nl.users.totpOff;

  return (
    <>
      <PageHeading title={nl.users.editTitle(user.display_name)} />
      <StatusMessage text={status} />
      {conflict ? (
        <div role="alert" data-testid="conflict">
          <Alert type="error" role="none">
            <Heading level={2}>{nl.common.conflictTitle}</Heading>
            <Paragraph>{nl.common.conflictText}</Paragraph>
            <ButtonGroup>
              <Button appearance="primary-action-button" onClick={reload}>
                {nl.common.reload}
              </Button>
            </ButtonGroup>
          </Alert>
        </div>
      ) : null}
      <ApiErrorAlert error={other} />
      <DataList>
        <DataListItem>
          <DataListKey>{fieldNames.user.username.label}</DataListKey>
          <DataListValue>{user.username}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{nl.users.colLastLogin}</DataListKey>
          <DataListValue>{user.last_login_at ? formatTimestamp(user.last_login_at) : nl.users.never}</DataListValue>
        </DataListItem>
      </DataList>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <form onSubmit={save} noValidate className="werkpad-form">
        <UserFields
          values={values}
          onChange={setValues}
          errors={errors}
          teams={options.data?.teams ?? []}
          disciplines={options.data?.disciplines ?? []}
          withUsername={false}
          roles={user.role === 'revalidant' ? [...ASSIGNABLE_ROLES, 'revalidant'] : ASSIGNABLE_ROLES}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {nl.users.editSubmit}
          </Button>
        </ButtonGroup>
      </form>

      <section aria-labelledby="account-titel" className="werkpad-form-section">
        <Heading level={2} id="account-titel">
          {nl.users.actionsTitle}
        </Heading>
        <Paragraph data-testid="account-status">{nl.users.statusLine(statusText, totpText)}</Paragraph>
        {session?.user.id === user.id ? (
          <Paragraph data-testid="own-account">
            {nl.users.ownAccount} <AppLink to="/account/wachtwoord">{nl.header.changePassword}</AppLink>
          </Paragraph>
        ) : (
          <ButtonGroup>
            {user.disabled ? (
              <Button appearance="secondary-action-button" onClick={() => void act(() => api.users.enable(user.id), nl.users.enabledDone)}>
                {nl.users.enable}
              </Button>
            ) : (
              <Button
                appearance="secondary-action-button"
                hint="danger"
                onClick={() => void act(() => api.users.disable(user.id), nl.users.disabledDone)}
              >
                {nl.users.disable}
              </Button>
            )}
            <Button appearance="secondary-action-button" onClick={() => setConfirming('reset-password')}>
              {nl.users.resetPassword}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setConfirming('reset-2fa')}>
              {nl.users.reset2fa}
            </Button>
          </ButtonGroup>
        )}
        {confirming ? (
          <Alert type="warning" role="none">
            <Paragraph>
              {confirming === 'reset-password' ? nl.users.resetPasswordConfirm : nl.users.reset2faConfirm}
            </Paragraph>
            <ButtonGroup>
              <Button
                appearance="primary-action-button"
                hint="danger"
                onClick={() =>
                  confirming === 'reset-password'
                    ? void act(async () => {
                        const r = await api.users.resetPassword(user.id);
                        setTempPassword(r.temporary_password);
                        return api.users.get(user.id);
                      }, nl.users.resetPasswordDone)
                    : void act(() => api.users.reset2fa(user.id), nl.users.reset2faDone)
                }
              >
                {nl.users.confirmYes}
              </Button>
              <Button appearance="secondary-action-button" onClick={() => setConfirming(null)}>
                {nl.common.cancel}
              </Button>
            </ButtonGroup>
          </Alert>
        ) : null}
        {tempPassword ? (
          <OneTimeSecret label={nl.users.temporaryPassword} value={tempPassword} testId="temporary-password" />
        ) : null}
      </section>
      <Paragraph>
        <AppLink to="/beheer/gebruikers">{nl.users.toList}</AppLink>
      </Paragraph>
    </>
  );
}
