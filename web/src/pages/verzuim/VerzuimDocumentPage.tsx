import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
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
import type { Content, VerzuimDocument, VerzuimDossier } from '../../api/verzuimTypes';
import { ApiErrorAlert, StatusMessage } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import type { ShownError } from '../../forms/formState';
import { labelOr } from '../../i18n/agr';
import { formatDate, formatDateShort, formatTimestamp, nl } from '../../i18n/nl';
import { documentKindLabels, verzuimText } from '../../i18n/verzuim';
import { useApi } from '../../session/context';
import { DocumentFields, documentInputIds, ScrollRegion } from '../../verzuim/components';
import {
  contentLines,
  documentValuesFrom,
  isStale,
  toContent,
  toMedical,
  verzuimErrorMessage,
  verzuimShownErrors,
  type DocumentValues,
} from '../../verzuim/logic';

const t = verzuimText.document;

function ContentList({ kind, content, testId }: { kind: string; content: Content; testId?: string }) {
  const lines = contentLines(kind, content);
  if (!lines.length) return <Paragraph>{t.empty}</Paragraph>;
  return (
    <DataList data-testid={testId}>
      {lines.map((l, i) => (
        <DataListItem key={i}>
          <DataListKey>{l.label}</DataListKey>
          <DataListValue>{l.value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

function EditForm({ dossier, doc, onDone, onStale }: { dossier: VerzuimDossier; doc: VerzuimDocument; onDone: () => void; onStale: () => void }) {
  const api = useApi();
  const formId = 'document-wijzig';
  const [values, setValues] = useState<DocumentValues>(documentValuesFrom(doc.kind, doc.date, doc.content, doc.medisch));
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setErrors([]);
    setFailure(null);
    setAttempt((n) => n + 1);
    try {
      const medisch = toMedical(values, dossier.medical_visible);
      await api.verzuim.updateDocument(
        dossier.id,
        doc.id,
        { date: values.date, content: toContent(doc.kind, values), ...(medisch ? { medisch } : {}) },
        doc.version,
      );
      onDone();
    } catch (err) {
      if (isApiError(err) && err.status === 422 && err.fields.length) {
        setErrors(verzuimShownErrors(formId, err.fields, documentInputIds(formId, doc.kind, values, dossier.medical_visible)));
      } else {
        setFailure(verzuimErrorMessage(err));
        if (isStale(err)) onStale();
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="werkpad-subform" aria-labelledby="document-wijzig-titel">
      <Heading level={2} id="document-wijzig-titel">
        {t.editTitle}
      </Heading>
      <ErrorSummary errors={errors} headingLevel={3} focusKey={attempt} />
      {failure ? (
        <div role="alert">
          <Alert type="error" role="none">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        </div>
      ) : null}
      <DocumentFields formId={formId} kind={doc.kind} values={values} onChange={setValues} errors={errors} medicalVisible={dossier.medical_visible} />
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {t.submitEdit}
      </Button>
    </form>
  );
}

/** One recorded step: its content, the medical part apart, the earlier versions, and a bijstelling. */
export function VerzuimDocumentPage() {
  const api = useApi();
  const params = useParams();
  const dossierId = Number(params.id);
  const docId = Number(params.docId);
  const [tick, setTick] = useState(0);
  const [flash, setFlash] = useState<string | null>(null);
  const loaded = useLoad(async () => {
    const [dossier, doc] = await Promise.all([api.verzuim.get(dossierId), api.verzuim.getDocument(dossierId, docId)]);
    return { dossier, doc };
  }, `${dossierId}|${docId}|${tick}`);
  const data = loaded.data;
  const reload = () => setTick((n) => n + 1);
  const kind = data ? labelOr(documentKindLabels, data.doc.kind) : '';
  const revisions = data?.doc.revisions ?? [];
  return (
    <>
      <PageHeading title={data ? t.title(kind, formatDate(data.doc.date)) : t.titlePlain} />
      {loaded.error ? <ApiErrorAlert error={loaded.error} /> : null}
      {loaded.loading && !data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      <StatusMessage text={flash} />
      {data ? (
        <>
          <section aria-labelledby="inhoud-titel" className="werkpad-section">
            <Heading level={2} id="inhoud-titel">
              {t.employerPart}
            </Heading>
            <ContentList kind={data.doc.kind} content={data.doc.content} testId="document-content" />
            <Paragraph className="werkpad-meta">{t.meta(data.doc.updated_by.display_name, formatTimestamp(data.doc.updated_at))}</Paragraph>
          </section>
          <section aria-labelledby="medisch-titel" className="werkpad-section werkpad-medical">
            <Heading level={2} id="medisch-titel">
              {t.medicalPart}
            </Heading>
            {data.doc.medisch ? (
              <ContentList kind="medisch" content={data.doc.medisch} />
            ) : (
              <Paragraph>{verzuimText.dossier.medicalHidden}</Paragraph>
            )}
          </section>
          <section aria-labelledby="versies-titel" className="werkpad-section">
            <Heading level={2} id="versies-titel">
              {t.revisionsTitle}
            </Heading>
            {revisions.length <= 1 ? <Paragraph>{t.noRevisions}</Paragraph> : null}
            {revisions.length ? (
              <ScrollRegion label={t.revisionsCaption}>
                <Table data-testid="revisions">
                  <TableCaption>{t.revisionsCaption}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t.colVersion}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colDate}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colBy}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colContent}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {[...revisions].reverse().map((r) => (
                      <TableRow key={r.version}>
                        <TableHeaderCell scope="row">{r.version === data.doc.version ? t.currentVersion(r.version) : r.version}</TableHeaderCell>
                        <TableCell>{formatDateShort(r.date)}</TableCell>
                        <TableCell>
                          {r.by.display_name}, {formatTimestamp(r.at)}
                        </TableCell>
                        <TableCell>
                          {contentLines(data.doc.kind, r.content)
                            .map((l) => `${l.label}: ${l.value}`)
                            .join('; ')}
                          {r.medisch && typeof r.medisch.toelichting === 'string' ? (
                            <div className="werkpad-medical">
                              {verzuimText.documents.medicalToelichting}: {r.medisch.toelichting}
                            </div>
                          ) : null}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </ScrollRegion>
            ) : null}
          </section>
          <EditForm
            key={data.doc.version}
            dossier={data.dossier}
            doc={data.doc}
            onDone={() => {
              setFlash(t.saved);
              reload();
            }}
            onStale={reload}
          />
          <Paragraph>
            <AppLink to={`/revalidanten/${data.dossier.revalidant.id}/verzuim`}>{t.back}</AppLink>
          </Paragraph>
        </>
      ) : null}
    </>
  );
}
