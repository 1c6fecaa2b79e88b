import { useState } from 'react';
import { useParams } from 'react-router';
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
import type { FormResponse } from '../../api/agrTypes';
import { AnswersView, FormRenderer, formatAnswer, type ShownFormError } from '../../agr/forms/FormRenderer';
import { compactAnswers, fieldDomId, findItem, type Answers, type FormDefinition } from '../../agr/forms/model';
import { agrErrorMessage, formErrors } from '../../agr/messages';
import { mayManageRoute } from '../../agr/route';
import { StatusMessage } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { agrText, labelOr, responseStatusLabels } from '../../i18n/agr';
import { formatDate, formatTimestamp, nl } from '../../i18n/nl';
import { useActiveSession, useApi } from '../../session/context';

const t = agrText.form;
const PREFIX = 'f';

interface Loaded {
  def: FormDefinition;
  response: FormResponse | null;
}

/** Top-level answers that differ between two sets (for the stale-save comparison). */
export function differingKeys(a: Answers, b: Answers): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((k) => JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null));
}

function Conflict({
  def,
  theirs,
  mine,
  onKeepMine,
  onTakeTheirs,
}: {
  def: FormDefinition;
  theirs: FormResponse;
  mine: Answers;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const keys = differingKeys(theirs.answers, mine);
  return (
    <div role="alert" data-testid="conflict" className="werkpad-conflict">
      <Alert type="error" role="none">
        <Heading level={2}>{t.conflictTitle}</Heading>
        <Paragraph>{t.conflictText(theirs.updated_by.display_name, formatTimestamp(theirs.updated_at))}</Paragraph>
        {keys.length ? (
          <div className="werkpad-table-scroll">
            <Table data-testid="conflict-table">
              <TableCaption>{t.conflictCaption}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t.colQuestion}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colTheirs}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colMine}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {keys.map((k) => {
                  const item = findItem(def.items, k);
                  return (
                    <TableRow key={k}>
                      <TableHeaderCell scope="row">{item?.label ?? k}</TableHeaderCell>
                      <TableCell>{formatAnswer(item, theirs.answers[k])}</TableCell>
                      <TableCell>{formatAnswer(item, mine[k])}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
        ) : (
          <Paragraph>{t.noDifferences}</Paragraph>
        )}
        <ButtonGroup>
          <Button appearance="primary-action-button" onClick={onKeepMine}>
            {t.keepMine}
          </Button>
          <Button appearance="secondary-action-button" onClick={onTakeTheirs}>
            {t.takeTheirs}
          </Button>
        </ButtonGroup>
      </Alert>
    </div>
  );
}

/** One form of a trajectory: fill in (draft), save, finalise, sign on paper, reopen. */
export function FormPage() {
  const api = useApi();
  const session = useActiveSession();
  const params = useParams();
  const trajectoryId = Number(params.id);
  const formId = params.formId ?? '';
  const responses = api.responses(trajectoryId, formId);
  const loaded = useLoad<Loaded>(async () => {
    let response: FormResponse | null = null;
    try {
      response = await responses.get();
    } catch (e) {
      if (!(isApiError(e) && e.code === 'not_found')) throw e;
    }
    const def = response
      ? await api.formDefinitions.version(formId, response.form_version)
      : await api.formDefinitions.get(formId);
    return { def, response };
  }, `${trajectoryId}|${formId}`);

  // The response the page works on, and the user's answers while editing a draft.
  const [current, setCurrent] = useState<FormResponse | null>(null);
  const [answers, setAnswers] = useState<Answers | null>(null);
  const [errors, setErrors] = useState<ShownFormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [other, setOther] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [conflict, setConflict] = useState<FormResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const [localBad, setLocalBad] = useState(false);
  const [paperDate, setPaperDate] = useState('');
  const [reopenReason, setReopenReason] = useState('');
  const [rendererKey, setRendererKey] = useState(0);

  const def = loaded.data?.def;
  const response = current && current.form_id === formId ? current : (loaded.data?.response ?? null);
  const editing = answers ?? response?.answers ?? {};

  const fresh = (r: FormResponse) => {
    setCurrent(r);
    setAnswers(null);
    setErrors([]);
    setConflict(null);
    setOther(null);
  };

  const act = async (fn: () => Promise<FormResponse>, done: string): Promise<FormResponse | null> => {
    setBusy(true);
    setOther(null);
    setFlash(null);
    setAttempt((n) => n + 1);
    try {
      const r = await fn();
      fresh(r);
      setFlash(done);
      return r;
    } catch (e) {
      if (isApiError(e) && e.code === 'conflict' && e.details && typeof e.details.current === 'object' && e.details.current) {
        setConflict(e.details.current as FormResponse);
      } else if (isApiError(e) && e.fields.length && def && e.fields.some((f) => f.path.startsWith('items'))) {
        setErrors(formErrors(def, e.fields));
      } else {
        setOther(agrErrorMessage(e));
      }
      return null;
    } finally {
      setBusy(false);
    }
  };

  const save = (version: number) => act(() => responses.save(compactAnswers(editing), version), t.saved);

  const finalise = async () => {
    if (!response) return;
    let version = response.version;
    if (answers !== null) {
      const saved = await save(version);
      if (!saved) return;
      version = saved.version;
    }
    await act(() => responses.finalise(version), t.finalised);
  };

  const shownErrors = errors.map((e) => ({ path: e.path, message: e.message, targetId: fieldDomId(PREFIX, e.path) }));
  const mayPaper = mayManageRoute(session.user.role);

  return (
    <>
      <PageHeading title={def ? t.title(def.title) : nl.app.loading} />
      {loaded.error ? (
        <Alert type="error" role="alert">
          <Paragraph>{agrErrorMessage(loaded.error)}</Paragraph>
        </Alert>
      ) : null}
      {def?.description ? <Paragraph>{def.description}</Paragraph> : null}
      <StatusMessage text={flash} />
      {other ? (
        <div role="alert" data-testid="form-error">
          <Alert type="error" role="none">
            <Paragraph>{other}</Paragraph>
          </Alert>
        </div>
      ) : null}
      {def && conflict ? (
        <Conflict
          def={def}
          theirs={conflict}
          mine={editing}
          onKeepMine={() => {
            const version = conflict.version;
            setCurrent(conflict);
            setConflict(null);
            void save(version);
          }}
          onTakeTheirs={() => {
            fresh(conflict);
            setRendererKey((k) => k + 1);
          }}
        />
      ) : null}
      {def && !loaded.loading ? (
        <>
          <Paragraph data-testid="form-status">
            {t.status(labelOr(responseStatusLabels, response?.status ?? 'none'))}{' '}
            {response ? t.versionInfo(response.form_version, formatTimestamp(response.updated_at), response.updated_by.display_name) : null}
          </Paragraph>
          {!response ? (
            <>
              <Paragraph>{t.notStarted}</Paragraph>
              <Button appearance="primary-action-button" disabled={busy} onClick={() => void act(() => responses.create(), t.created)}>
                {t.startDraft}
              </Button>
            </>
          ) : response.status === 'draft' ? (
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void save(response.version);
              }}
              data-testid="response-form"
            >
              <ErrorSummary errors={shownErrors} focusKey={attempt} />
              {localBad ? (
                <Alert type="warning">
                  <Paragraph>{t.localErrors}</Paragraph>
                </Alert>
              ) : null}
              <FormRenderer
                key={`${response.version}-${rendererKey}`}
                definition={def}
                answers={editing}
                onChange={setAnswers}
                errors={errors}
                idPrefix={PREFIX}
                onLocalErrors={(le) => setLocalBad(Object.keys(le).length > 0)}
              />
              <Paragraph className="werkpad-hint">{t.finaliseHint}</Paragraph>
              <ButtonGroup>
                <Button type="submit" appearance="secondary-action-button" disabled={busy || localBad}>
                  {t.save}
                </Button>
                <Button type="button" appearance="primary-action-button" disabled={busy || localBad} onClick={() => void finalise()}>
                  {t.finalise}
                </Button>
              </ButtonGroup>
            </form>
          ) : (
            <>
              <Paragraph>{t.readOnlyNote}</Paragraph>
              {response.signature ? (
                <Paragraph data-testid="signature">
                  {t.signature(
                    response.signature.method === 'paper' ? t.methodPaper : t.methodPortal,
                    formatDate(response.signature.signed_on),
                    response.signature.recorded_by.display_name,
                  )}
                </Paragraph>
              ) : def.requires_signature ? (
                <Paragraph>{t.awaitingSignature}</Paragraph>
              ) : null}
              <AnswersView definition={def} answers={response.answers} />
              {def.requires_signature && response.status === 'final' && mayPaper ? (
                <section aria-labelledby="papier-titel" className="werkpad-section">
                  <Heading level={2} id="papier-titel">
                    {t.paperTitle}
                  </Heading>
                  <Paragraph>{t.paperIntro}</Paragraph>
                  <form
                    noValidate
                    onSubmit={(e) => {
                      e.preventDefault();
                      void act(() => responses.sign({ method: 'paper', signed_on: paperDate, version: response.version }), t.signed);
                    }}
                  >
                    <TextField id="papier-datum" type="date" label={t.paperDate} required value={paperDate} onChange={setPaperDate} />
                    <Button type="submit" appearance="primary-action-button" disabled={busy}>
                      {t.paperSubmit}
                    </Button>
                  </form>
                </section>
              ) : null}
              <section aria-labelledby="heropenen-titel" className="werkpad-section">
                <Heading level={2} id="heropenen-titel">
                  {t.reopenTitle}
                </Heading>
                <form
                  noValidate
                  onSubmit={(e) => {
                    e.preventDefault();
                    if (!reopenReason.trim()) {
                      setFlash(null);
                      setOther(t.reopenReasonRequired);
                      return;
                    }
                    void act(() => responses.reopen(reopenReason, response.version), t.reopened);
                  }}
                >
                  <TextField id="heropenen-reden" label={t.reopenReason} required value={reopenReason} onChange={setReopenReason} />
                  <Button type="submit" appearance="secondary-action-button" disabled={busy}>
                    {t.reopenSubmit}
                  </Button>
                </form>
              </section>
            </>
          )}
          {response ? (
            <Paragraph>
              <AppLink to={`/trajecten/${trajectoryId}/formulieren/${formId}/geschiedenis`}>{t.historyLink}</AppLink>
            </Paragraph>
          ) : null}
        </>
      ) : null}
      <Paragraph>
        <AppLink to={`/trajecten/${trajectoryId}`}>{t.back}</AppLink>
      </Paragraph>
    </>
  );
}
