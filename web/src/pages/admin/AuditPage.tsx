import { useState, type FormEvent } from 'react';
import {
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
import type { AuditEntry, Page, RevalidantSummary } from '../../api/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { Pagination } from '../../components/Pagination';
import { RevalidantChoice } from '../../components/RevalidantChoice';
import { SearchForm } from '../../components/SearchForm';
import { addDays, errorsAt, inputId, localError, toShownErrors, todayIso, type ShownError } from '../../forms/formState';
import {
  auditActionLabels,
  auditObjectLabels,
  auditOutcomeLabels,
  fieldNames,
  formatTimestamp,
  fullName,
  nl,
  roleLabel,
} from '../../i18n/nl';
import { useApi } from '../../session/context';

const FORM = 'audit';
const PAGE_SIZE = 50;

function objectText(e: AuditEntry): string {
  const type = auditObjectLabels[e.object_type] ?? e.object_type;
  return e.object_id !== null && e.object_id !== '' ? `${type} ${e.object_id}` : type;
}

/**
 * Admin: the NEN 7513 access log of one revalidant over a period — the basis for the client's
 * right to see who looked at their file.
 */
export function AuditPage() {
  const api = useApi();
  const [results, setResults] = useState<RevalidantSummary[] | null>(null);
  const [searchError, setSearchError] = useState<unknown>(null);
  const [chosen, setChosen] = useState<RevalidantSummary | null>(null);
  const [from, setFrom] = useState(() => addDays(todayIso(), -30));
  const [to, setTo] = useState(() => todayIso());
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [other, setOther] = useState<unknown>(null);
  const [entries, setEntries] = useState<Page<AuditEntry> | null>(null);
  const [shownFor, setShownFor] = useState<RevalidantSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const search = async (q: string) => {
    setSearchError(null);
    if (!q) {
      setResults(null);
      return;
    }
    try {
      const r = await api.revalidanten.list(q, { page: 1, page_size: 20 });
      setResults(r.items);
    } catch (err) {
      setResults(null);
      setSearchError(err);
    }
  };

  const load = async (page: number) => {
    if (!chosen) return;
    setBusy(true);
    setOther(null);
    try {
      // The store treats `to` as exclusive (src/store/audit_rows.hpp), while the form says
      // "tot en met": ask up to the start of the day after.
      const r = await api.audit.list(
        { revalidant_id: chosen.id, from: from || undefined, to: to ? addDays(to, 1) : undefined },
        { page, page_size: PAGE_SIZE },
      );
      setEntries(r);
      setShownFor(chosen);
      setErrors([]);
    } catch (err) {
      setEntries(null);
      if (isApiError(err) && err.fields.length) setErrors(toShownErrors(FORM, FORM, err.fields, ['from', 'to', 'q']));
      else setOther(err);
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const local: ShownError[] = [];
    if (!chosen) local.push(localError(FORM, 'q', nl.audit.mustChoose));
    if (from && to && from > to) local.push(localError(FORM, 'to', nl.audit.periodInvalid));
    setErrors(local);
    if (local.length) return;
    void load(1);
  };

  return (
    <>
      <PageHeading title={nl.audit.title} />
      <Paragraph>{nl.audit.intro}</Paragraph>
      <ErrorSummary errors={errors} focusKey={attempt} />

      <section aria-labelledby="kies-titel" className="werkpad-form-section">
        <Heading level={2} id="kies-titel">
          {nl.audit.pickTitle}
        </Heading>
        <SearchForm
          id={inputId(FORM, 'q')}
          label={nl.audit.searchLabel}
          regionLabel={nl.audit.searchRegion}
          initial=""
          onSearch={(q) => void search(q)}
          error={errorsAt(errors, FORM, 'q')}
        />
        <ApiErrorAlert error={searchError} />
        <RevalidantChoice results={results} chosen={chosen} onChoose={setChosen} testId="audit" />
      </section>

      <section aria-labelledby="periode-titel" className="werkpad-form-section">
        <Heading level={2} id="periode-titel">
          {nl.audit.periodTitle}
        </Heading>
        <form onSubmit={submit} noValidate className="werkpad-form werkpad-form--inline">
          <TextField
            id={inputId(FORM, 'from')}
            label={fieldNames.audit.from.label}
            type="date"
            value={from}
            onChange={setFrom}
            error={errorsAt(errors, FORM, 'from')}
          />
          <TextField
            id={inputId(FORM, 'to')}
            label={fieldNames.audit.to.label}
            type="date"
            value={to}
            onChange={setTo}
            error={errorsAt(errors, FORM, 'to')}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
              {nl.audit.show}
            </Button>
          </ButtonGroup>
        </form>
      </section>

      <ApiErrorAlert error={other} />
      {entries && shownFor ? (
        <section aria-labelledby="resultaat-titel" className="werkpad-form-section">
          <Heading level={2} id="resultaat-titel">
            {nl.audit.resultsTitle}
          </Heading>
          {entries.items.length === 0 ? (
            <Paragraph role="status">{nl.audit.empty}</Paragraph>
          ) : (
            <>
              <div className="werkpad-table-scroll">
                <Table busy={busy} data-testid="audit-table">
                  <TableCaption>{nl.audit.tableCaption(fullName(shownFor))}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{nl.audit.colTime}</TableHeaderCell>
                      <TableHeaderCell scope="col">{nl.audit.colUser}</TableHeaderCell>
                      <TableHeaderCell scope="col">{nl.audit.colRole}</TableHeaderCell>
                      <TableHeaderCell scope="col">{nl.audit.colAction}</TableHeaderCell>
                      <TableHeaderCell scope="col">{nl.audit.colObject}</TableHeaderCell>
                      <TableHeaderCell scope="col">{nl.audit.colOutcome}</TableHeaderCell>
                      <TableHeaderCell scope="col">{nl.audit.colAddress}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {entries.items.map((e) => (
                      <TableRow key={e.seq}>
                        <TableCell className="werkpad-nowrap">
                          <time dateTime={e.at}>{formatTimestamp(e.at)}</time>
                        </TableCell>
                        <TableCell>
                          {e.user ? `${e.user.display_name} (${e.user.username})` : nl.audit.system}
                          {e.on_behalf_of !== null ? `, ${nl.audit.onBehalfOf(e.on_behalf_of)}` : ''}
                        </TableCell>
                        <TableCell>{roleLabel(e.role)}</TableCell>
                        <TableCell>{auditActionLabels[e.action] ?? e.action}</TableCell>
                        <TableCell>{objectText(e)}</TableCell>
                        <TableCell>{auditOutcomeLabels[e.outcome] ?? e.outcome}</TableCell>
                        <TableCell>{e.source_address}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
              <Pagination
                page={entries.page}
                pageSize={entries.page_size}
                total={entries.total}
                onPage={(p) => void load(p)}
              />
            </>
          )}
        </section>
      ) : null}
    </>
  );
}
