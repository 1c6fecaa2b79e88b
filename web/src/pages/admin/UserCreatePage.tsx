import { useState, type FormEvent } from 'react';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../../api/errors';
import type { UserCreated } from '../../api/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AppButtonLink, AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { disciplineFor, toShownErrors, USER_PATHS, type ShownError, type UserForm } from '../../forms/formState';
import { nl } from '../../i18n/nl';
import { useApi } from '../../session/context';
import { OneTimeSecret } from './OneTimeSecret';
import { USER_FORM_ID, UserFields } from './UserFields';
import { useUserOptions } from './useUserOptions';

const EMPTY: UserForm = { username: '', display_name: '', email: '', role: '', discipline: '', team_ids: [] };

/** Admin: create a user; the generated initial password is shown once. */
export function UserCreatePage() {
  const api = useApi();
  const options = useUserOptions();
  const [values, setValues] = useState<UserForm>(EMPTY);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [other, setOther] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [created, setCreated] = useState<UserCreated | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    setOther(null);
    setBusy(true);
    try {
      const r = await api.users.create({
        username: values.username.trim(),
        display_name: values.display_name.trim(),
        email: values.email.trim(),
        role: values.role,
        discipline: disciplineFor(values.role, values.discipline),
        team_ids: values.team_ids,
      });
      setErrors([]);
      setCreated(r);
    } catch (err) {
      if (isApiError(err) && err.fields.length) {
        setErrors(toShownErrors('user', USER_FORM_ID, err.fields, USER_PATHS));
      } else {
        setErrors([]);
        setOther(err);
      }
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    return (
      <>
        <PageHeading title={nl.users.createdTitle} />
        <Paragraph>{nl.users.createdText(created.user.username)}</Paragraph>
        <OneTimeSecret label={nl.users.initialPassword} value={created.initial_password} testId="initial-password" />
        <ButtonGroup>
          <AppButtonLink to={`/beheer/gebruikers/${created.user.id}`}>{nl.users.toUser}</AppButtonLink>
          <AppButtonLink to="/beheer/gebruikers">{nl.users.toList}</AppButtonLink>
        </ButtonGroup>
      </>
    );
  }

  return (
    <>
      <PageHeading title={nl.users.createTitle} />
      {options.error ? (
        <Alert type="warning">
          <Paragraph>{nl.revalidant.loadOptionsFailed}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary errors={errors} focusKey={attempt} />
      <ApiErrorAlert error={other} />
      {options.loading ? (
        <Paragraph role="status">{nl.app.loading}</Paragraph>
      ) : (
        <form onSubmit={submit} noValidate className="werkpad-form">
          <UserFields
            values={values}
            onChange={setValues}
            errors={errors}
            teams={options.data?.teams ?? []}
            disciplines={options.data?.disciplines ?? []}
            withUsername
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
              {nl.users.createSubmit}
            </Button>
          </ButtonGroup>
        </form>
      )}
      <Paragraph>
        <AppLink to="/beheer/gebruikers">{nl.users.toList}</AppLink>
      </Paragraph>
    </>
  );
}
