import { useState, type FormEvent } from 'react';
import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { isApiError } from '../../api/errors';
import { ApiErrorAlert, StatusMessage } from '../../components/ApiErrorAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { errorsAt, inputId, toShownErrors, type ShownError } from '../../forms/formState';
import { fieldNames, nl } from '../../i18n/nl';
import { useApi } from '../../session/context';

const FORM = 'team';

/** Admin: list teams and add one. */
export function TeamsPage() {
  const api = useApi();
  const teams = useLoad(() => api.teams.list(), 'teams');
  const [name, setName] = useState('');
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
      const t = await api.teams.create(name.trim());
      setErrors([]);
      setName('');
      setStatus(nl.teams.created(t.name));
      teams.reload();
    } catch (err) {
      setErrors([]);
      if (isApiError(err) && err.fields.length) setErrors(toShownErrors(FORM, FORM, err.fields, ['name']));
      else setOther(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={nl.teams.title} />
      <Paragraph>{nl.teams.intro}</Paragraph>
      <ApiErrorAlert error={teams.error} />
      {teams.data ? (
        teams.data.items.length === 0 ? (
          <Paragraph>{nl.teams.empty}</Paragraph>
        ) : (
          <div className="werkpad-table-scroll">
            <Table>
              <TableCaption>{nl.teams.tableCaption}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{nl.teams.colName}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {teams.data.items.map((t) => (
                  <TableRow key={t.id}>
                    <TableHeaderCell scope="row">{t.name}</TableHeaderCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )
      ) : teams.loading ? (
        <Paragraph role="status">{nl.app.loading}</Paragraph>
      ) : null}
      <section aria-labelledby="nieuw-team-titel" className="werkpad-form-section">
        <Heading level={2} id="nieuw-team-titel">
          {nl.teams.createTitle}
        </Heading>
        <ErrorSummary errors={errors} focusKey={attempt} headingLevel={3} />
        <ApiErrorAlert error={other} />
        <StatusMessage text={status} />
        <form onSubmit={submit} noValidate className="werkpad-form">
          <TextField
            id={inputId(FORM, 'name')}
            label={fieldNames.team.name.label}
            required
            value={name}
            onChange={setName}
            error={errorsAt(errors, FORM, 'name')}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
              {nl.teams.createSubmit}
            </Button>
          </ButtonGroup>
        </form>
      </section>
    </>
  );
}
