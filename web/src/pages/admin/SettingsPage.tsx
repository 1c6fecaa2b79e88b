import { useEffect, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { isApiError } from '../../api/errors';
import type { Institution } from '../../api/types';
import { ApiErrorAlert, StatusMessage } from '../../components/ApiErrorAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroupField, TextField, type TextFieldProps } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import {
  errorsAt,
  formToInstitutionInput,
  inputId,
  INSTITUTION_PATHS,
  institutionToForm,
  toShownErrors,
  type InstitutionForm,
  type ShownError,
} from '../../forms/formState';
import { fieldNames, nl, ricModelLabels } from '../../i18n/nl';
import { useApi } from '../../session/context';
import { SignalSettingsSection } from '../../verzuim/SignalSettingsSection';
import { LogoSection } from '../../visie/LogoSection';

const FORM = 'instelling';
const DFORM = 'discipline';

function InstitutionSection() {
  const api = useApi();
  const loaded = useLoad(() => api.institution.get(), 'institution');
  const [inst, setInst] = useState<Institution | null>(null);
  const [values, setValues] = useState<InstitutionForm | null>(null);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [other, setOther] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (loaded.data) {
      setInst(loaded.data);
      setValues(institutionToForm(loaded.data));
    }
  }, [loaded.data]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!inst || !values) return;
    setAttempt((n) => n + 1);
    setOther(null);
    setStatus(null);
    setConflict(false);
    setBusy(true);
    try {
      const saved = await api.institution.update(formToInstitutionInput(values), inst.version);
      setInst(saved);
      setValues(institutionToForm(saved));
      setErrors([]);
      setStatus(nl.common.saved);
    } catch (err) {
      setErrors([]);
      if (isApiError(err) && err.code === 'conflict') setConflict(true);
      else if (isApiError(err) && err.fields.length)
        setErrors(toShownErrors('institution', FORM, err.fields, INSTITUTION_PATHS));
      else setOther(err);
    } finally {
      setBusy(false);
    }
  };

  const text = (path: Exclude<keyof InstitutionForm, 'ric_model'>, extra: Partial<TextFieldProps> = {}) =>
    values ? (
      <TextField
        id={inputId(FORM, path)}
        label={fieldNames.institution[path].label}
        value={values[path]}
        onChange={(v) => setValues((old) => (old ? { ...old, [path]: v } : old))}
        error={errorsAt(errors, FORM, path)}
        {...extra}
      />
    ) : null;

  return (
    <section aria-labelledby="instelling-titel" className="werkpad-form-section">
      <Heading level={2} id="instelling-titel">
        {nl.settings.detailsTitle}
      </Heading>
      <ApiErrorAlert error={loaded.error} />
      {conflict ? (
        <div role="alert" data-testid="conflict">
          <Alert type="error" role="none">
            <Heading level={3}>{nl.common.conflictTitle}</Heading>
            <Paragraph>{nl.common.conflictText}</Paragraph>
            <ButtonGroup>
              <Button
                appearance="primary-action-button"
                onClick={() => {
                  setConflict(false);
                  loaded.reload();
                }}
              >
                {nl.common.reload}
              </Button>
            </ButtonGroup>
          </Alert>
        </div>
      ) : null}
      <ErrorSummary errors={errors} focusKey={attempt} headingLevel={3} />
      <ApiErrorAlert error={other} />
      <StatusMessage text={status} />
      {values ? (
        <form onSubmit={submit} noValidate className="werkpad-form">
          {text('name', { required: true })}
          {text('address')}
          {text('postal_code', { size: 8 })}
          {text('city')}
          {text('phone', { type: 'tel' })}
          {text('email', { type: 'email', spellCheck: false })}
          {text('website', { type: 'url', spellCheck: false })}
          <RadioGroupField
            id={inputId(FORM, 'ric_model')}
            label={nl.settings.ricModelLegend}
            required
            value={values.ric_model}
            onChange={(v) => setValues((old) => (old ? { ...old, ric_model: v } : old))}
            options={(['vast', 'wisselend'] as const).map((m) => ({
              value: m,
              label: ricModelLabels[m]!.label,
              description: ricModelLabels[m]!.description,
            }))}
            error={errorsAt(errors, FORM, 'ric_model')}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
              {nl.settings.submit}
            </Button>
          </ButtonGroup>
        </form>
      ) : loaded.loading ? (
        <Paragraph role="status">{nl.app.loading}</Paragraph>
      ) : null}
    </section>
  );
}

function DisciplinesSection() {
  const api = useApi();
  const list = useLoad(() => api.disciplines.list(), 'disciplines');
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [other, setOther] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    setOther(null);
    setStatus(null);
    setBusy(true);
    try {
      const d = await api.disciplines.create(code.trim(), label.trim());
      setErrors([]);
      setCode('');
      setLabel('');
      setStatus(nl.settings.disciplineAdded(d.label));
      list.reload();
    } catch (err) {
      setErrors([]);
      if (isApiError(err) && err.fields.length) setErrors(toShownErrors('discipline', DFORM, err.fields, ['code', 'label']));
      else setOther(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="disciplines-titel" className="werkpad-form-section">
      <Heading level={2} id="disciplines-titel">
        {nl.settings.disciplinesTitle}
      </Heading>
      <Paragraph>{nl.settings.disciplinesIntro}</Paragraph>
      <ApiErrorAlert error={list.error} />
      {list.data && list.data.items.length > 0 ? (
        <div className="werkpad-table-scroll">
          <Table>
            <TableCaption>{nl.settings.disciplinesCaption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{nl.settings.colLabel}</TableHeaderCell>
                <TableHeaderCell scope="col">{nl.settings.colCode}</TableHeaderCell>
                <TableHeaderCell scope="col">{nl.settings.colBuiltin}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.data.items.map((d) => (
                <TableRow key={d.code}>
                  <TableHeaderCell scope="row">{d.label}</TableHeaderCell>
                  <TableCell>{d.code}</TableCell>
                  <TableCell>{d.builtin ? nl.settings.builtin : nl.settings.custom}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      <ErrorSummary errors={errors} focusKey={attempt} headingLevel={3} />
      <ApiErrorAlert error={other} />
      <StatusMessage text={status} />
      <form onSubmit={submit} noValidate className="werkpad-form">
        <TextField
          id={inputId(DFORM, 'label')}
          label={fieldNames.discipline.label.label}
          required
          value={label}
          onChange={setLabel}
          error={errorsAt(errors, DFORM, 'label')}
        />
        <TextField
          id={inputId(DFORM, 'code')}
          label={fieldNames.discipline.code.label}
          description={nl.settings.disciplineCodeHint}
          required
          spellCheck={false}
          value={code}
          onChange={setCode}
          error={errorsAt(errors, DFORM, 'code')}
        />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
            {nl.settings.addDiscipline}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

/** Admin: institution details (incl. RIC model), disciplines and the verzuim signal days. */
export function SettingsPage() {
  return (
    <>
      <PageHeading title={nl.settings.title} />
      <Paragraph>{nl.settings.intro}</Paragraph>
      <InstitutionSection />
      <LogoSection />
      <DisciplinesSection />
      <SignalSettingsSection />
    </>
  );
}
