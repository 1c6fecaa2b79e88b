import { useState, type FormEvent } from 'react';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../../api/errors';
import { ROLES, type FieldErrorBody, type RevalidantSummary, type UserCreated } from '../../api/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AppButtonLink, AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import {
  disciplineFor,
  errorsAt,
  inputId,
  localError,
  toShownErrors,
  USER_PATHS,
  type ShownError,
  type UserForm,
} from '../../forms/formState';
import { fullName, nl } from '../../i18n/nl';
import { useApi } from '../../session/context';
import { OneTimeSecret } from './OneTimeSecret';
import { PortalRevalidantPicker } from './PortalRevalidantPicker';
import { USER_FORM_ID, UserFields } from './UserFields';
import { useUserOptions } from './useUserOptions';

const EMPTY: UserForm = { username: '', display_name: '', email: '', role: '', discipline: '', team_ids: [] };
const FORM_ELEMENT_ID = 'gebruiker-formulier';
const PATHS = [...USER_PATHS, 'revalidant_id'] as const;

/** The server's field errors, with the Dutch sentence for "this revalidant already has an account". */
function shownErrors(fields: FieldErrorBody[]): ShownError[] {
  const taken = fields.some((f) => f.path === 'revalidant_id' && f.code === 'taken');
  const rest = fields.filter((f) => !(f.path === 'revalidant_id' && f.code === 'taken'));
  const out = toShownErrors('user', USER_FORM_ID, rest, PATHS);
  if (taken) out.push(localError(USER_FORM_ID, 'revalidant_id', nl.users.portalAccountExists));
  return out;
}

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
  const [revalidant, setRevalidant] = useState<RevalidantSummary | null>(null);
  const forPortal = values.role === 'revalidant';

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
        team_ids: forPortal ? [] : values.team_ids,
        revalidant_id: forPortal ? (revalidant?.id ?? null) : null,
      });
      setErrors([]);
      setCreated(r);
    } catch (err) {
      if (isApiError(err) && err.fields.length) {
        setErrors(shownErrors(err.fields));
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
        <Paragraph>
          {created.user.role === 'revalidant' && revalidant
            ? nl.users.createdPortalText(created.user.username, fullName(revalidant))
            : nl.users.createdText(created.user.username)}
        </Paragraph>
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
        <>
          <form id={FORM_ELEMENT_ID} onSubmit={submit} noValidate className="werkpad-form">
            <UserFields
              values={values}
              onChange={setValues}
              errors={errors}
              teams={options.data?.teams ?? []}
              disciplines={options.data?.disciplines ?? []}
              withUsername
              roles={ROLES}
            />
          </form>
          {forPortal ? (
            <PortalRevalidantPicker
              inputId={inputId(USER_FORM_ID, 'revalidant_id')}
              chosen={revalidant}
              onChoose={(r) => {
                setRevalidant(r);
                if (!values.display_name.trim()) setValues({ ...values, display_name: fullName(r) });
              }}
              error={errorsAt(errors, USER_FORM_ID, 'revalidant_id')}
            />
          ) : null}
          {/* Outside the form element: the revalidant search above is a form of its own. */}
          <ButtonGroup>
            <Button type="submit" form={FORM_ELEMENT_ID} appearance="primary-action-button" busy={busy} disabled={busy}>
              {nl.users.createSubmit}
            </Button>
          </ButtonGroup>
        </>
      )}
      <Paragraph>
        <AppLink to="/beheer/gebruikers">{nl.users.toList}</AppLink>
      </Paragraph>
    </>
  );
}
