import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../api/errors';
import type { Revalidant, RevalidantInput } from '../api/types';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { AppButtonLink, AppLink } from '../components/AppLink';
import { PageHeading } from '../components/PageHeading';
import { useLoad } from '../components/useLoad';
import {
  emptyRevalidantForm,
  formToRevalidantInput,
  REVALIDANT_PATHS,
  revalidantToForm,
  toShownErrors,
  type RevalidantForm as FormValues,
  type ShownError,
} from '../forms/formState';
import { fullName, nl } from '../i18n/nl';
import { useApi } from '../session/context';
import { REVALIDANT_FORM_ID, RevalidantForm } from './RevalidantForm';

/** Teams and RICs for the pickers; a failure leaves the lists empty and says so. */
function usePickerOptions() {
  const api = useApi();
  return useLoad(async () => {
    const [teams, rics] = await Promise.all([api.teams.list(), api.staff.list('ric')]);
    return { teams: teams.items, rics: rics.items };
  }, 'pickers');
}

/** Runs a save, mapping field errors, conflicts and other failures to page state. */
function useSave() {
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [other, setOther] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const run = async (save: () => Promise<Revalidant>): Promise<Revalidant | null> => {
    setAttempt((n) => n + 1);
    setBusy(true);
    setOther(null);
    setConflict(false);
    try {
      const r = await save();
      setErrors([]);
      return r;
    } catch (err) {
      if (isApiError(err) && err.code === 'conflict') {
        setErrors([]);
        setConflict(true);
      } else if (isApiError(err) && err.fields.length) {
        setErrors(toShownErrors('revalidant', REVALIDANT_FORM_ID, err.fields, REVALIDANT_PATHS));
      } else {
        setErrors([]);
        setOther(err);
      }
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { errors, other, conflict, busy, attempt, run, setConflict };
}

export function RevalidantCreatePage() {
  const api = useApi();
  const navigate = useNavigate();
  const options = usePickerOptions();
  const save = useSave();

  const onSubmit = async (values: FormValues) => {
    const input: RevalidantInput = formToRevalidantInput(values);
    const r = await save.run(() => api.revalidanten.create(input));
    if (r) navigate(`/revalidanten/${r.id}`, { state: { flash: nl.revalidant.created } });
  };

  return (
    <>
      <PageHeading title={nl.revalidant.createTitle} />
      <Paragraph>{nl.revalidant.createIntro}</Paragraph>
      {options.error ? (
        <Alert type="warning">
          <Paragraph>{nl.revalidant.loadOptionsFailed}</Paragraph>
        </Alert>
      ) : null}
      <ApiErrorAlert error={save.other} />
      {options.loading ? (
        <Paragraph role="status">{nl.app.loading}</Paragraph>
      ) : (
        <RevalidantForm
          initial={emptyRevalidantForm()}
          teams={options.data?.teams ?? []}
          rics={options.data?.rics ?? []}
          errors={save.errors}
          attempt={save.attempt}
          busy={save.busy}
          submitLabel={nl.revalidant.createSubmit}
          onSubmit={(v) => void onSubmit(v)}
          secondary={
            <AppButtonLink to="/caseload" appearance="secondary-action-button">
              {nl.common.cancel}
            </AppButtonLink>
          }
        />
      )}
    </>
  );
}

export function RevalidantEditPage() {
  const api = useApi();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const options = usePickerOptions();
  const loaded = useLoad(() => api.revalidanten.get(id), String(id));
  const save = useSave();
  // Bumped on reload so the form starts again from the newest version.
  const [formKey, setFormKey] = useState(0);

  const r = loaded.data;

  const onSubmit = async (values: FormValues) => {
    if (!r) return;
    const saved = await save.run(() => api.revalidanten.update(r.id, formToRevalidantInput(values), r.version));
    if (saved) navigate(`/revalidanten/${saved.id}`, { state: { flash: nl.revalidant.updated } });
  };

  const reload = () => {
    save.setConflict(false);
    loaded.reload();
    setFormKey((k) => k + 1);
  };

  return (
    <>
      {r ? <PageHeading title={nl.revalidant.editTitle(fullName(r))} /> : null}
      {loaded.error ? (
        <>
          <PageHeading title={nl.app.errorTitle} />
          <ApiErrorAlert error={loaded.error} />
        </>
      ) : null}
      {!r && loaded.loading ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {save.conflict ? (
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
      <ApiErrorAlert error={save.other} />
      {r && !options.loading && !loaded.loading ? (
        <RevalidantForm
          key={`${r.id}-${r.version}-${formKey}`}
          initial={revalidantToForm(r)}
          teams={options.data?.teams ?? []}
          rics={options.data?.rics ?? []}
          currentRic={r.ric}
          errors={save.errors}
          attempt={save.attempt}
          busy={save.busy}
          submitLabel={nl.revalidant.editSubmit}
          onSubmit={(v) => void onSubmit(v)}
          secondary={
            <AppButtonLink to={`/revalidanten/${r.id}`} appearance="secondary-action-button">
              {nl.common.cancel}
            </AppButtonLink>
          }
        />
      ) : null}
      {r ? (
        <Paragraph>
          <AppLink to={`/revalidanten/${r.id}`}>{nl.revalidant.backToDetail}</AppLink>
        </Paragraph>
      ) : null}
    </>
  );
}
