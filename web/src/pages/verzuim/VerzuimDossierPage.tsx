import { useState, type FormEvent, type ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { isApiError } from '../../api/errors';
import type { StaffMember } from '../../api/types';
import type { Episode, Riv, VerzuimCatalogue, VerzuimDossier } from '../../api/verzuimTypes';
import { ApiErrorAlert, StatusMessage } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import type { ShownError } from '../../forms/formState';
import { labelOr } from '../../i18n/agr';
import { formatDate, formatDateShort, formatTimestamp, fullName, nl } from '../../i18n/nl';
import {
  documentKindLabels,
  interventionLabels,
  interventionStatusLabels,
  scenarioGuidance,
  guidanceText,
  scenarioLabels,
  verzuimText,
  wiaText,
} from '../../i18n/verzuim';
import { useApi } from '../../session/context';
import { DocumentFields, documentInputIds, MilestoneTable, RivChecklist, ScrollRegion } from '../../verzuim/components';
import {
  emptyDocumentValues,
  isStale,
  toContent,
  toMedical,
  trackedInterventions,
  verzuimErrorMessage,
  verzuimInputId,
  verzuimShownErrors,
  type DocumentValues,
} from '../../verzuim/logic';

const t = verzuimText;

export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

function errorFor(errors: ShownError[], id: string): string | undefined {
  const m = errors.filter((e) => e.targetId === id).map((e) => e.message);
  return m.length ? m.join(' ') : undefined;
}

/** Runs one write: field errors go to the form, a stale write reloads, others become one sentence. */
function useSubmit(formId: string, ids: () => string[], onStale: () => void) {
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setErrors([]);
    setFailure(null);
    setAttempt((n) => n + 1);
    try {
      await action();
    } catch (e) {
      if (isApiError(e) && e.status === 422 && e.fields.length) {
        setErrors(verzuimShownErrors(formId, e.fields, ids()));
      } else {
        setFailure(verzuimErrorMessage(e));
        if (isStale(e)) onStale();
      }
    } finally {
      setBusy(false);
    }
  };
  const feedback: ReactNode = (
    <>
      <ErrorSummary errors={errors} headingLevel={3} focusKey={attempt} />
      {failure ? (
        <div role="alert">
          <Alert type="error" role="none">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        </div>
      ) : null}
    </>
  );
  return { errors, busy, run, feedback };
}

const caseworkers = (staff: StaffMember[]) => staff.map((s) => ({ value: String(s.id), label: s.display_name }));

/** Employer, bedrijfsarts and casemanager: the create form (no dossier yet) or the edit form. */
function DossierDetailsForm({
  revalidantId,
  dossier,
  staff,
  onDone,
  onStale,
}: {
  revalidantId: number;
  dossier: VerzuimDossier | null;
  staff: StaffMember[];
  onDone: (msg: string) => void;
  onStale: () => void;
}) {
  const api = useApi();
  const formId = dossier ? 'dossier-wijzig' : 'dossier-nieuw';
  const id = (p: string) => verzuimInputId(formId, p);
  const [employer, setEmployer] = useState(dossier?.employer ?? '');
  const [arts, setArts] = useState(dossier?.bedrijfsarts ?? '');
  const [cm, setCm] = useState(dossier?.casemanager ? String(dossier.casemanager.id) : '');
  const s = useSubmit(formId, () => ['employer', 'bedrijfsarts', 'casemanager_user_id'].map(id), onStale);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(async () => {
      const input = {
        employer,
        bedrijfsarts: arts,
        ...(cm ? { casemanager_user_id: Number(cm) } : {}),
      };
      if (dossier) await api.verzuim.update(dossier.id, input, dossier.version);
      else await api.verzuim.create(revalidantId, input);
      onDone(dossier ? t.dossier.saved : t.dossier.created);
    });
  };
  return (
    <form noValidate onSubmit={submit} className="werkpad-subform" aria-labelledby={`${formId}-titel`}>
      <Heading level={dossier ? 3 : 2} id={`${formId}-titel`}>
        {dossier ? t.dossier.editTitle : t.dossier.createTitle}
      </Heading>
      {dossier ? null : <Paragraph>{t.dossier.createIntro}</Paragraph>}
      {s.feedback}
      <TextField id={id('employer')} label={t.dossier.employer} required value={employer} onChange={setEmployer} maxLength={200} error={errorFor(s.errors, id('employer'))} />
      <TextField id={id('bedrijfsarts')} label={t.dossier.bedrijfsarts} value={arts} onChange={setArts} maxLength={200} error={errorFor(s.errors, id('bedrijfsarts'))} />
      <SelectField
        id={id('casemanager_user_id')}
        label={t.dossier.casemanager}
        value={cm}
        onChange={setCm}
        emptyOption={t.dossier.casemanagerNone}
        options={caseworkers(staff)}
        error={errorFor(s.errors, id('casemanager_user_id'))}
      />
      <Button type="submit" appearance="primary-action-button" disabled={s.busy}>
        {dossier ? t.dossier.editSubmit : t.dossier.createSubmit}
      </Button>
    </form>
  );
}

/** Add or edit one episode (start, optional end, percentage). */
function EpisodeForm({
  dossier,
  episode,
  onDone,
  onCancel,
  onStale,
}: {
  dossier: VerzuimDossier;
  episode: Episode | null;
  onDone: (msg: string) => void;
  onCancel?: () => void;
  onStale: () => void;
}) {
  const api = useApi();
  const formId = episode ? `episode-${episode.id}` : 'episode-nieuw';
  const id = (p: string) => verzuimInputId(formId, p);
  const [start, setStart] = useState(episode?.start ?? '');
  const [end, setEnd] = useState(episode?.end ?? '');
  const [pct, setPct] = useState(String(episode?.percentage ?? 100));
  const s = useSubmit(formId, () => ['start', 'end', 'percentage'].map(id), onStale);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(async () => {
      const input = { start, ...(end ? { end } : {}), percentage: Number(pct) };
      if (episode) await api.verzuim.updateEpisode(dossier.id, episode.id, input, episode.version);
      else await api.verzuim.addEpisode(dossier.id, input);
      if (!episode) {
        setStart('');
        setEnd('');
        setPct('100');
      }
      onDone(episode ? t.episodes.saved : t.episodes.added);
    });
  };
  const title = episode ? t.episodes.editTitleOf(formatDate(episode.start)) : t.episodes.addTitle;
  return (
    <form noValidate onSubmit={submit} className="werkpad-subform" aria-labelledby={`${formId}-titel`}>
      <Heading level={3} id={`${formId}-titel`}>
        {title}
      </Heading>
      {s.feedback}
      <TextField id={id('start')} type="date" label={t.episodes.start} required value={start} onChange={setStart} error={errorFor(s.errors, id('start'))} />
      <TextField id={id('end')} type="date" label={t.episodes.end} description={t.episodes.endHint} value={end} onChange={setEnd} error={errorFor(s.errors, id('end'))} />
      <TextField
        id={id('percentage')}
        type="number"
        inputMode="numeric"
        label={t.episodes.percentage}
        description={t.episodes.percentageHint}
        required
        value={pct}
        onChange={setPct}
        error={errorFor(s.errors, id('percentage'))}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={s.busy}>
          {episode ? t.episodes.save : t.episodes.add}
        </Button>
        {onCancel ? (
          <Button appearance="secondary-action-button" onClick={onCancel}>
            {t.episodes.cancel}
          </Button>
        ) : null}
      </ButtonGroup>
    </form>
  );
}

/** End an open episode on a given last sick day. */
function EndEpisodeForm({
  dossier,
  episode,
  onDone,
  onCancel,
  onStale,
}: {
  dossier: VerzuimDossier;
  episode: Episode;
  onDone: (msg: string) => void;
  onCancel: () => void;
  onStale: () => void;
}) {
  const api = useApi();
  const formId = `episode-einde-${episode.id}`;
  const id = (p: string) => verzuimInputId(formId, p);
  const [end, setEnd] = useState(todayIso());
  const s = useSubmit(formId, () => [id('end')], onStale);
  return (
    <form
      noValidate
      className="werkpad-subform"
      aria-labelledby={`${formId}-titel`}
      onSubmit={(e) => {
        e.preventDefault();
        void s.run(async () => {
          await api.verzuim.endEpisode(dossier.id, episode.id, end, episode.version);
          onDone(t.episodes.ended);
        });
      }}
    >
      <Heading level={3} id={`${formId}-titel`}>
        {t.episodes.endFor(formatDate(episode.start))}
      </Heading>
      {s.feedback}
      <TextField id={id('end')} type="date" label={t.episodes.endDate} required value={end} onChange={setEnd} error={errorFor(s.errors, id('end'))} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={s.busy}>
          {t.episodes.endSubmit}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {t.episodes.cancel}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function Episodes({ dossier, onDone, onStale }: { dossier: VerzuimDossier; onDone: (msg: string) => void; onStale: () => void }) {
  const api = useApi();
  const [editing, setEditing] = useState<{ id: number; mode: 'edit' | 'end' } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const episodes = [...dossier.episodes].sort((a, b) => a.start.localeCompare(b.start));
  const remove = async (ep: Episode) => {
    if (!window.confirm(t.episodes.removeConfirm(formatDate(ep.start)))) return;
    setFailure(null);
    try {
      await api.verzuim.deleteEpisode(dossier.id, ep.id, ep.version);
      onDone(t.episodes.removed);
    } catch (e) {
      setFailure(verzuimErrorMessage(e));
      if (isStale(e)) onStale();
    }
  };
  const current = editing ? episodes.find((e) => e.id === editing.id) : undefined;
  const done = (msg: string) => {
    setEditing(null);
    onDone(msg);
  };
  return (
    <section aria-labelledby="episodes-titel" className="werkpad-section">
      <Heading level={2} id="episodes-titel">
        {t.episodes.title}
      </Heading>
      <Paragraph>{t.episodes.intro}</Paragraph>
      {failure ? (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      ) : null}
      {episodes.length === 0 ? (
        <Paragraph>{t.episodes.empty}</Paragraph>
      ) : (
        <ScrollRegion label={t.episodes.caption}>
          <Table data-testid="episodes">
            <TableCaption>{t.episodes.caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t.episodes.colStart}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.episodes.colEnd}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.episodes.colPercentage}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.episodes.colActions}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {episodes.map((ep) => {
                const start = formatDate(ep.start);
                return (
                  <TableRow key={ep.id} data-episode={ep.id}>
                    <TableHeaderCell scope="row">{formatDateShort(ep.start)}</TableHeaderCell>
                    <TableCell>{ep.end ? formatDateShort(ep.end) : t.episodes.openEnded}</TableCell>
                    <TableCell>{ep.percentage}%</TableCell>
                    <TableCell>
                      <ButtonGroup>
                        <Button appearance="secondary-action-button" aria-label={t.episodes.editFor(start)} onClick={() => setEditing({ id: ep.id, mode: 'edit' })}>
                          {t.episodes.edit}
                        </Button>
                        {ep.end ? null : (
                          <Button appearance="secondary-action-button" aria-label={t.episodes.endFor(start)} onClick={() => setEditing({ id: ep.id, mode: 'end' })}>
                            {t.episodes.endAction}
                          </Button>
                        )}
                        <Button appearance="subtle-button" aria-label={t.episodes.removeFor(start)} onClick={() => void remove(ep)}>
                          {t.episodes.remove}
                        </Button>
                      </ButtonGroup>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
      {current && editing?.mode === 'edit' ? (
        <EpisodeForm key={`e${current.id}-${current.version}`} dossier={dossier} episode={current} onDone={done} onCancel={() => setEditing(null)} onStale={onStale} />
      ) : null}
      {current && editing?.mode === 'end' ? (
        <EndEpisodeForm key={`x${current.id}-${current.version}`} dossier={dossier} episode={current} onDone={done} onCancel={() => setEditing(null)} onStale={onStale} />
      ) : null}
      {editing ? null : <EpisodeForm dossier={dossier} episode={null} onDone={done} onStale={onStale} />}
      {dossier.periods.length ? (
        <>
          <Heading level={3}>{t.episodes.periodsTitle}</Heading>
          <UnorderedList data-testid="periods">
            {dossier.periods.map((p) => (
              <UnorderedListItem key={p.first_sick_day}>
                {t.episodes.periodEntry(formatDate(p.first_sick_day), p.last_sick_day ? formatDate(p.last_sick_day) : null, p.episode_ids.length)}
                {p.gaps.length ? (
                  <UnorderedList>
                    {p.gaps.map((g) => (
                      <UnorderedListItem key={g.first_fit_day}>{t.episodes.gapEntry(formatDate(g.first_fit_day), g.days)}</UnorderedListItem>
                    ))}
                  </UnorderedList>
                ) : null}
                {p.total_gap_days ? <div>{t.episodes.totalGap(p.total_gap_days)}</div> : null}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
    </section>
  );
}

function Documents({
  dossier,
  catalogue,
  onDone,
}: {
  dossier: VerzuimDossier;
  catalogue: VerzuimCatalogue;
  onDone: (msg: string) => void;
}) {
  const api = useApi();
  const formId = 'document-nieuw';
  const id = (p: string) => verzuimInputId(formId, p);
  const [kind, setKind] = useState('');
  const [values, setValues] = useState<DocumentValues>(emptyDocumentValues('', todayIso()));
  const s = useSubmit(formId, () => documentInputIds(formId, kind, values, dossier.medical_visible), () => undefined);
  const chooseKind = (k: string) => {
    setKind(k);
    setValues(emptyDocumentValues(k, values.date));
  };
  const docs = [...dossier.documents].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(async () => {
      const medisch = toMedical(values, dossier.medical_visible);
      await api.verzuim.addDocument(dossier.id, {
        kind,
        date: values.date,
        content: toContent(kind, values),
        ...(medisch && Object.keys(medisch).length ? { medisch } : {}),
      });
      const label = labelOr(documentKindLabels, kind);
      setKind('');
      setValues(emptyDocumentValues('', values.date));
      onDone(t.documents.added(label));
    });
  };
  return (
    <section aria-labelledby="documenten-titel" className="werkpad-section">
      <Heading level={2} id="documenten-titel">
        {t.documents.title}
      </Heading>
      <Paragraph>{t.documents.intro}</Paragraph>
      {docs.length === 0 ? (
        <Paragraph>{t.documents.empty}</Paragraph>
      ) : (
        <ScrollRegion label={t.documents.caption}>
          <Table data-testid="documents">
            <TableCaption>{t.documents.caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t.documents.colKind}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.documents.colDate}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.documents.colBy}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {docs.map((d) => (
                <TableRow key={d.id} data-kind={d.kind}>
                  <TableHeaderCell scope="row">
                    <AppLink to={`/verzuimdossiers/${dossier.id}/documenten/${d.id}`}>{labelOr(documentKindLabels, d.kind)}</AppLink>
                  </TableHeaderCell>
                  <TableCell>{formatDateShort(d.date)}</TableCell>
                  <TableCell>
                    {d.updated_by.display_name}, {formatTimestamp(d.updated_at)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
      <form noValidate onSubmit={submit} className="werkpad-subform" aria-labelledby={`${formId}-titel`}>
        <Heading level={3} id={`${formId}-titel`}>
          {t.documents.addTitle}
        </Heading>
        {s.feedback}
        <SelectField
          id={id('kind')}
          label={t.documents.kind}
          required
          value={kind}
          onChange={chooseKind}
          emptyOption={t.documents.kindChoose}
          options={catalogue.document_kinds.map((k) => ({ value: k.code, label: labelOr(documentKindLabels, k.code) }))}
          error={errorFor(s.errors, id('kind'))}
        />
        {kind ? (
          <DocumentFields
            formId={formId}
            kind={kind}
            values={values}
            onChange={setValues}
            errors={s.errors}
            medicalVisible={dossier.medical_visible}
          />
        ) : null}
        <Button type="submit" appearance="primary-action-button" disabled={s.busy || !kind}>
          {t.documents.submitAdd}
        </Button>
      </form>
    </section>
  );
}

function ScenarioPanel({
  dossier,
  catalogue,
  onDone,
  onStale,
}: {
  dossier: VerzuimDossier;
  catalogue: VerzuimCatalogue;
  onDone: (msg: string) => void;
  onStale: () => void;
}) {
  const api = useApi();
  const formId = 'scenario';
  const id = (p: string) => verzuimInputId(formId, p);
  const cur = dossier.scenario.current;
  const [scenario, setScenario] = useState('');
  const [date, setDate] = useState(todayIso());
  const [reason, setReason] = useState('');
  const s = useSubmit(formId, () => ['scenario', 'date', 'reason'].map(id), onStale);
  const interventions = cur ? (catalogue.scenarios.find((x) => x.code === cur.code)?.interventions ?? []) : [];
  const guidance = cur ? scenarioGuidance[cur.code] : undefined;
  const tracked = trackedInterventions(dossier.documents);
  return (
    <section aria-labelledby="scenario-titel" className="werkpad-section" data-testid="scenario">
      <Heading level={2} id="scenario-titel">
        {t.scenario.title}
      </Heading>
      <Paragraph data-testid="scenario-current">{cur ? t.scenario.current(labelOr(scenarioLabels, cur.code)) : t.scenario.none}</Paragraph>
      {guidance ? (
        <DataList>
          <DataListItem>
            <DataListKey>{t.scenario.expect}</DataListKey>
            <DataListValue>{guidance.expect}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t.scenario.todo}</DataListKey>
            <DataListValue>{guidance.todo}</DataListValue>
          </DataListItem>
          {interventions.length ? (
            <DataListItem>
              <DataListKey>{t.scenario.interventions}</DataListKey>
              <DataListValue>{interventions.map((i) => labelOr(interventionLabels, i)).join(', ')}</DataListValue>
            </DataListItem>
          ) : null}
        </DataList>
      ) : null}
      {cur && (cur.number === 4 || cur.number === 5) ? (
        // Work with another employer or possibly no return: after the waiting time the benefit
        // law decides who guides the way back (the table is on the WIA page).
        <Paragraph data-testid="scenario-begeleiding">
          {guidanceText.fromScenario} <AppLink to="/verzuim/wia-schatting#wia-begeleiding-titel">{guidanceText.title}</AppLink>
        </Paragraph>
      ) : null}
      <Heading level={3}>{t.scenario.tracked}</Heading>
      {tracked.length ? (
        <UnorderedList data-testid="interventions">
          {tracked.map((i) => (
            <UnorderedListItem key={`${i.scenario}|${i.interventie}`} data-scenario={i.scenario}>
              {t.scenario.trackedEntry(
                labelOr(interventionLabels, i.interventie),
                labelOr(interventionStatusLabels, i.status).toLowerCase(),
                formatDate(i.date),
                i.scenario ? labelOr(scenarioLabels, i.scenario) : '',
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      <Paragraph>{t.scenario.trackedHint}</Paragraph>
      {dossier.scenario.history.length ? (
        <ScrollRegion label={t.scenario.historyCaption}>
          <Table data-testid="scenario-history">
            <TableCaption>{t.scenario.historyCaption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t.scenario.colScenario}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.scenario.colDate}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.scenario.colReason}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.scenario.colBy}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {[...dossier.scenario.history].reverse().map((h) => (
                <TableRow key={h.seq}>
                  <TableHeaderCell scope="row">{labelOr(scenarioLabels, h.code)}</TableHeaderCell>
                  <TableCell>{formatDateShort(h.date)}</TableCell>
                  <TableCell>{h.reason}</TableCell>
                  <TableCell>
                    {h.by.display_name}, {formatTimestamp(h.at)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      ) : null}
      <form
        noValidate
        className="werkpad-subform"
        aria-labelledby={`${formId}-titel`}
        onSubmit={(e) => {
          e.preventDefault();
          void s.run(async () => {
            await api.verzuim.changeScenario(dossier.id, { scenario, date, reason }, dossier.version);
            setReason('');
            setScenario('');
            onDone(t.scenario.changed);
          });
        }}
      >
        <Heading level={3} id={`${formId}-titel`}>
          {t.scenario.changeTitle}
        </Heading>
        {s.feedback}
        <SelectField
          id={id('scenario')}
          label={t.scenario.scenario}
          required
          value={scenario}
          onChange={setScenario}
          emptyOption={t.documents.choose}
          options={catalogue.scenarios.map((x) => ({ value: x.code, label: labelOr(scenarioLabels, x.code) }))}
          error={errorFor(s.errors, id('scenario'))}
        />
        <TextField id={id('date')} type="date" label={t.scenario.date} required value={date} onChange={setDate} error={errorFor(s.errors, id('date'))} />
        <FormField type="text" className="werkpad-field" invalid={!!errorFor(s.errors, id('reason'))}>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={id('reason')}>
              {t.scenario.reason}
              <span className="werkpad-required"> {nl.common.required}</span>
            </FormLabel>
          </div>
          <Paragraph className="utrecht-form-field__description" id={`${id('reason')}-uitleg`}>
            {t.scenario.reasonHint}
          </Paragraph>
          {errorFor(s.errors, id('reason')) ? (
            <Paragraph className="utrecht-form-field__error-message" id={`${id('reason')}-fout`}>
              {errorFor(s.errors, id('reason'))}
            </Paragraph>
          ) : null}
          <div className="utrecht-form-field__input">
            <Textarea
              id={id('reason')}
              value={reason}
              rows={3}
              maxLength={500}
              aria-describedby={[`${id('reason')}-uitleg`, errorFor(s.errors, id('reason')) ? `${id('reason')}-fout` : ''].filter(Boolean).join(' ')}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
        </FormField>
        <Button type="submit" appearance="primary-action-button" disabled={s.busy}>
          {t.scenario.submit}
        </Button>
      </form>
    </section>
  );
}

function Details({
  dossier,
  staff,
  onDone,
  onStale,
}: {
  dossier: VerzuimDossier;
  staff: StaffMember[];
  onDone: (msg: string) => void;
  onStale: () => void;
}) {
  const row = (k: string, v: string) => (
    <DataListItem>
      <DataListKey>{k}</DataListKey>
      <DataListValue>{v || t.dossier.notFilled}</DataListValue>
    </DataListItem>
  );
  return (
    <section aria-labelledby="gegevens-titel" className="werkpad-section">
      <Heading level={2} id="gegevens-titel">
        {t.dossier.detailsTitle}
      </Heading>
      <DataList>
        {row(t.dossier.employer, dossier.employer)}
        {row(t.dossier.bedrijfsarts, dossier.bedrijfsarts)}
        {row(t.dossier.casemanager, dossier.casemanager?.display_name ?? '')}
      </DataList>
      <DossierDetailsForm key={dossier.version} revalidantId={dossier.revalidant.id} dossier={dossier} staff={staff} onDone={onDone} onStale={onStale} />
    </section>
  );
}

interface Loaded {
  name: string;
  dossier: VerzuimDossier | null;
  riv: Riv | null;
  catalogue: VerzuimCatalogue;
  staff: StaffMember[];
}

/** The verzuimdossier of one revalidant: deadlines, episodes, documents, scenario, RIV, details. */
export function VerzuimDossierPage() {
  const api = useApi();
  const revalidantId = Number(useParams().id);
  const location = useLocation();
  const [tick, setTick] = useState(0);
  const [flash, setFlash] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);
  const loaded = useLoad<Loaded>(async () => {
    const [rev, catalogue, staff] = await Promise.all([
      api.revalidanten.get(revalidantId),
      api.verzuim.catalogue(),
      api.staff.list(),
    ]);
    let dossier: VerzuimDossier | null = null;
    try {
      dossier = await api.verzuim.ofRevalidant(revalidantId);
    } catch (e) {
      if (!(isApiError(e) && e.status === 404)) throw e;
    }
    // The RIV follows the timeline: none before the first episode.
    const riv = dossier && dossier.episodes.length ? await api.verzuim.riv(dossier.id) : null;
    return { name: fullName(rev), dossier, riv, catalogue, staff: staff.items };
  }, `${revalidantId}|${tick}`);
  const reload = () => setTick((n) => n + 1);
  const done = (msg: string) => {
    setFlash(msg);
    reload();
  };
  const data = loaded.data;
  const d = data?.dossier ?? null;
  const tl = d?.timeline ?? null;
  return (
    <>
      <PageHeading title={data ? t.dossier.title(data.name) : t.dossier.titlePlain} />
      {loaded.error ? <ApiErrorAlert error={loaded.error} /> : null}
      {loaded.loading && !data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      <StatusMessage text={flash} />
      {data && !d ? (
        <>
          <Paragraph>{t.errors.noDossier}</Paragraph>
          <DossierDetailsForm revalidantId={revalidantId} dossier={null} staff={data.staff} onDone={done} onStale={reload} />
        </>
      ) : null}
      {data && d ? (
        <>
          <section aria-labelledby="termijnen-titel" className="werkpad-section">
            <Heading level={2} id="termijnen-titel">
              {t.timeline.title}
            </Heading>
            {tl ? (
              <>
                <Paragraph data-testid="current-week">{t.timeline.intro(tl.current_week, formatDate(tl.today))}</Paragraph>
                {tl.recovered ? <Paragraph>{t.timeline.recovered}</Paragraph> : null}
                <Paragraph>{t.timeline.eindeWachttijd(formatDate(tl.einde_wachttijd), formatDate(tl.wia_ingangsdatum))}</Paragraph>
                <Paragraph className="werkpad-meta">{t.timeline.signalDays(tl.signal_days)}</Paragraph>
                <MilestoneTable
                  milestones={tl.milestones}
                  today={tl.today}
                  documentLink={(doc) => `/verzuimdossiers/${d.id}/documenten/${doc}`}
                />
              </>
            ) : (
              <Paragraph>{t.timeline.none}</Paragraph>
            )}
          </section>
          <Episodes dossier={d} onDone={done} onStale={reload} />
          <Documents key={`docs-${d.version}`} dossier={d} catalogue={data.catalogue} onDone={done} />
          <ScenarioPanel key={`sc-${d.version}`} dossier={d} catalogue={data.catalogue} onDone={done} onStale={reload} />
          <section aria-labelledby="riv-titel" className="werkpad-section">
            <Heading level={2} id="riv-titel">
              {t.riv.title}
            </Heading>
            <Paragraph>{t.riv.intro}</Paragraph>
            {data.riv ? <RivChecklist riv={data.riv} /> : <Paragraph>{t.timeline.none}</Paragraph>}
          </section>
          <Details dossier={d} staff={data.staff} onDone={done} onStale={reload} />
        </>
      ) : null}
      <Paragraph>
        <AppLink to="/verzuim/wia-schatting">{wiaText.linkFromDossier}</AppLink>
      </Paragraph>
      <Paragraph>
        <AppLink to={`/revalidanten/${revalidantId}`}>{t.dossier.backToFile}</AppLink>
      </Paragraph>
    </>
  );
}
