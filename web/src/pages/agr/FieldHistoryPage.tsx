import { useParams } from 'react-router';
import {
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
import { formatAnswer } from '../../agr/forms/FormRenderer';
import { itemAtPath, type AnswerValue } from '../../agr/forms/model';
import { agrErrorMessage } from '../../agr/messages';
import { AppLink } from '../../components/AppLink';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { agr, agrText, labelOr } from '../../i18n/agr';
import { formatTimestamp, nl } from '../../i18n/nl';
import { useApi } from '../../session/context';
import { Alert } from '@utrecht/component-library-react';

const t = agrText.history;

/** "items.contacten[1].telefoon" → "Telefoon (regel 2)" using the definition's labels. */
function fieldLabel(label: string | undefined, path: string): string {
  const row = /\[(\d+)\]\./.exec(path);
  const base = label ?? path.replace(/^items\./, '');
  return row ? `${base} (${agr.form.row(Number(row[1]) + 1).toLowerCase()})` : base;
}

/** Who changed which field of a form response, when, from what to what; and the lifecycle events. */
export function FieldHistoryPage() {
  const api = useApi();
  const params = useParams();
  const trajectoryId = Number(params.id);
  const formId = params.formId ?? '';
  const { data, error, loading } = useLoad(async () => {
    const r = api.responses(trajectoryId, formId);
    const [response, history] = await Promise.all([r.get(), r.history()]);
    const def = await api.formDefinitions.version(formId, response.form_version);
    return { def, history };
  }, `${trajectoryId}|${formId}`);

  return (
    <>
      <PageHeading title={t.title(data?.def.title ?? formId)} />
      {error ? (
        <Alert type="error" role="alert">
          <Paragraph>{agrErrorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {loading && !data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {data ? (
        <>
          <section aria-labelledby="wijzigingen-titel" className="werkpad-section">
            <Heading level={2} id="wijzigingen-titel">
              {t.changesTitle}
            </Heading>
            {data.history.changes.length === 0 ? (
              <Paragraph>{t.empty}</Paragraph>
            ) : (
              <div className="werkpad-table-scroll">
                <Table data-testid="history-table">
                  <TableCaption>{t.changesCaption}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t.colWhen}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colWho}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colField}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colOld}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colNew}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {data.history.changes.map((c, i) => {
                      const item = itemAtPath(data.def, c.path);
                      return (
                        <TableRow key={i}>
                          <TableCell>{formatTimestamp(c.at)}</TableCell>
                          <TableCell>{c.by.display_name}</TableCell>
                          <TableHeaderCell scope="row">{fieldLabel(item?.label, c.path)}</TableHeaderCell>
                          <TableCell>{formatAnswer(item, c.old as AnswerValue)}</TableCell>
                          <TableCell>{formatAnswer(item, c.new as AnswerValue)}</TableCell>
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
              </div>
            )}
          </section>
          <section aria-labelledby="gebeurtenissen-titel" className="werkpad-section">
            <Heading level={2} id="gebeurtenissen-titel">
              {t.eventsTitle}
            </Heading>
            <ul className="utrecht-unordered-list">
              {data.history.events.map((e, i) => (
                <li key={i} className="utrecht-unordered-list__item">
                  {labelOr(t.events, e.type)}: {e.by.display_name}, {formatTimestamp(e.at)}
                  {e.reason ? `. ${t.reason(e.reason)}` : null}
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
      <Paragraph>
        <AppLink to={`/trajecten/${trajectoryId}/formulieren/${formId}`}>{t.back}</AppLink>
      </Paragraph>
    </>
  );
}
