import { useState } from 'react';
import { useParams } from 'react-router';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
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
} from '@utrecht/component-library-react';
import type { Goal, ItemCatalogue, MeasureCode, Progress, TrainingReport, TrainingSession, WorkTraining } from '../../api/profileTypes';
import { ApiErrorAlert, StatusMessage } from '../../components/ApiErrorAlert';
import { RadioGroupField, SelectField, TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { formatDate, formatDateShort, nl } from '../../i18n/nl';
import { labelOf, prof, roundKindLabels, sessionKindLabels, statusLabels, worksampleKindLabels } from '../../i18n/profiles';
import { useActiveSession, useApi } from '../../session/context';
import { ErrorList, ProfileNav, useItemCatalogue } from '../../profiles/components';
import { ProgressChart } from '../../profiles/charts';
import { chartMeasures, disciplineLabel, fieldLabel, formatMeasure, itemByCode, progressSeries, today } from '../../profiles/logic';
import { profileErrors, useTrajectoryHead } from '../../profiles/useTrajectory';

const t = prof.training;

function Checks({
  id,
  legend,
  options,
  values,
  onChange,
  empty,
}: {
  id: string;
  legend: string;
  options: { value: string; label: string }[];
  values: string[];
  onChange: (v: string[]) => void;
  empty?: string;
}) {
  return (
    <Fieldset aria-labelledby={`${id}-legenda`} className="werkpad-field">
      <FieldsetLegend id={`${id}-legenda`}>{legend}</FieldsetLegend>
      {options.length === 0 && empty ? <Paragraph>{empty}</Paragraph> : null}
      {options.map((o) => {
        const oid = `${id}-${o.value}`;
        const checked = values.includes(o.value);
        return (
          <FormField key={o.value} type="checkbox" className="werkpad-option werkpad-touch-check">
            <div className="utrecht-form-field__input">
              <Checkbox
                id={oid}
                appearance="custom"
                checked={checked}
                onChange={(e) => onChange(e.target.checked ? [...values, o.value] : values.filter((v) => v !== o.value))}
              />
            </div>
            <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
              <FormLabel htmlFor={oid} type="checkbox" checked={checked}>
                {o.label}
              </FormLabel>
            </div>
          </FormField>
        );
      })}
    </Fieldset>
  );
}

/** Records a new session, or corrects `editing` (then the form starts from its values). */
function SessionForm({
  trajectoryId,
  training,
  goals,
  cat,
  editing,
  onSaved,
  onCancel,
}: {
  trajectoryId: number;
  training: WorkTraining;
  goals: Goal[];
  cat: ItemCatalogue;
  editing?: TrainingSession;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const api = useApi();
  const session = useActiveSession();
  const [kind, setKind] = useState<'werksample' | 'werkplek'>(editing?.kind ?? 'werksample');
  const [date, setDate] = useState(editing?.date ?? today());
  const [worksample, setWorksample] = useState(editing?.worksample_id ? String(editing.worksample_id) : '');
  const [duration, setDuration] = useState(editing ? String(editing.duration_minutes) : '');
  const [disciplines, setDisciplines] = useState<string[]>(
    editing ? editing.disciplines : session.user.discipline ? [session.user.discipline] : [],
  );
  const [observations, setObservations] = useState(editing?.observations ?? '');
  const [goalIds, setGoalIds] = useState<string[]>(editing ? editing.goal_ids.map(String) : []);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  // A correction keeps the goals the session already named, even when they are no longer open.
  const openGoals = goals.filter(
    (g) => g.status === 'actief' || g.status === 'bijgesteld' || (editing?.goal_ids.includes(g.id) ?? false),
  );
  const prefix = editing ? `sessie-${editing.id}` : 'sessie';
  const headingId = editing ? `sessie-${editing.id}-corrigeren` : 'sessie-nieuw';

  const submit = async () => {
    setErrors([]);
    const minutes = Number(duration);
    if (!/^\d+$/.test(duration.trim()) || minutes < 1) {
      setErrors([prof.fieldError(t.duration, prof.notANumber)]);
      return;
    }
    setBusy(true);
    const input = {
      kind,
      date,
      ...(kind === 'werksample' && worksample ? { worksample_id: Number(worksample) } : {}),
      duration_minutes: minutes,
      disciplines,
      observations,
      goal_ids: goalIds.map(Number),
    };
    try {
      if (editing) {
        await api.profiles.updateSession(editing.id, input, editing.version);
      } else {
        await api.profiles.addSession(trajectoryId, input);
        setObservations('');
        setDuration('');
        setGoalIds([]);
      }
      onSaved();
    } catch (e) {
      setErrors(profileErrors(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className="werkpad-section">
      <Heading level={2} id={headingId}>
        {editing ? t.editSession(formatDate(editing.date)) : t.newSession}
      </Heading>
      <form
        noValidate
        className="werkpad-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <ErrorList messages={errors} testId="session-errors" />
        <RadioGroupField
          id={`${prefix}-soort`}
          label={t.kind}
          required
          value={kind}
          onChange={(v) => setKind(v as 'werksample' | 'werkplek')}
          options={(['werksample', 'werkplek'] as const).map((k) => ({ value: k, label: sessionKindLabels[k]! }))}
        />
        <TextField id={`${prefix}-datum`} label={t.date} type="date" required value={date} onChange={setDate} />
        {kind === 'werksample' ? (
          <SelectField
            id={`${prefix}-werksample`}
            label={t.worksample}
            required
            value={worksample}
            onChange={setWorksample}
            emptyOption={t.chooseWorksample}
            options={training.worksamples
              .filter((w) => w.active || w.id === editing?.worksample_id)
              .map((w) => ({ value: String(w.id), label: t.worksampleText(w.name, labelOf(worksampleKindLabels, w.kind).toLowerCase(), w.employer_material) }))}
          />
        ) : null}
        <TextField id={`${prefix}-duur`} label={t.duration} required inputMode="numeric" size={5} value={duration} onChange={setDuration} />
        <Checks
          id={`${prefix}-disciplines`}
          legend={t.disciplines}
          options={cat.disciplines.map((d) => ({ value: d.code, label: d.label }))}
          values={disciplines}
          onChange={setDisciplines}
        />
        <FormField type="text" className="werkpad-field">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={`${prefix}-observaties`}>{t.observations}</FormLabel>
          </div>
          <div className="utrecht-form-field__input">
            <Textarea id={`${prefix}-observaties`} rows={4} maxLength={10000} value={observations} onChange={(e) => setObservations(e.target.value)} />
          </div>
        </FormField>
        <Checks
          id={`${prefix}-doelen`}
          legend={t.goals}
          options={openGoals.map((g) => ({ value: String(g.id), label: g.description }))}
          values={goalIds}
          onChange={setGoalIds}
          empty={t.noGoals}
        />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {editing ? t.saveCorrection : t.save}
        </Button>
        {onCancel ? (
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t.cancelCorrection}
          </Button>
        ) : null}
      </form>
    </section>
  );
}

/** Writes a new report, or corrects `editing`. */
function ReportForm({
  trajectoryId,
  editing,
  onSaved,
  onCancel,
}: {
  trajectoryId: number;
  editing?: TrainingReport;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const api = useApi();
  const [date, setDate] = useState(editing?.date ?? today());
  const [from, setFrom] = useState(editing?.period_from ?? '');
  const [to, setTo] = useState(editing?.period_to ?? today());
  const [text, setText] = useState(editing?.text ?? '');
  const [errors, setErrors] = useState<string[]>([]);
  const prefix = editing ? `verslag-${editing.id}` : 'verslag';
  const headingId = editing ? `verslag-${editing.id}-corrigeren` : 'verslag-nieuw';
  return (
    <form
      noValidate
      className="werkpad-form"
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        setErrors([]);
        const input = { date, period_from: from, period_to: to, text };
        (editing ? api.profiles.updateReport(editing.id, input, editing.version) : api.profiles.addReport(trajectoryId, input))
          .then(() => {
            if (!editing) setText('');
            onSaved();
          })
          .catch((err: unknown) => setErrors(profileErrors(err)));
      }}
    >
      <Heading level={3} id={headingId}>
        {editing ? t.editReport(formatDate(editing.period_from), formatDate(editing.period_to)) : t.newReport}
      </Heading>
      <ErrorList messages={errors} />
      <TextField id={`${prefix}-datum`} label={t.reportDate} type="date" required value={date} onChange={setDate} />
      <TextField id={`${prefix}-van`} label={t.periodFrom} type="date" required value={from} onChange={setFrom} />
      <TextField id={`${prefix}-tot`} label={t.periodTo} type="date" required value={to} onChange={setTo} />
      <FormField type="text" className="werkpad-field">
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor={`${prefix}-tekst`}>{t.reportTextLabel}</FormLabel>
        </div>
        <div className="utrecht-form-field__input">
          <Textarea id={`${prefix}-tekst`} rows={6} maxLength={10000} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
      </FormField>
      <Button type="submit" appearance="secondary-action-button">
        {editing ? t.saveCorrection : t.reportSave}
      </Button>
      {onCancel ? (
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t.cancelCorrection}
        </Button>
      ) : null}
    </form>
  );
}

/** Progress per item: capacity per assessment round against the demand line, with a table. */
export function ProgressSection({ progress, cat }: { progress: Progress; cat: ItemCatalogue }) {
  const items = progress.items.filter((p) => chartMeasures(p).length > 0 && p.points.length > 0);
  const [itemCode, setItemCode] = useState(items[0]?.item ?? '');
  const p = items.find((i) => i.item === itemCode) ?? items[0];
  const measures = p ? chartMeasures(p) : [];
  const [measureSel, setMeasure] = useState<string>('');
  const measure = (measures.includes(measureSel as MeasureCode) ? measureSel : measures[0]) as MeasureCode | undefined;
  const def = p ? itemByCode(cat, p.item) : undefined;
  return (
    <section aria-labelledby="voortgang-titel" className="werkpad-section">
      <Heading level={2} id="voortgang-titel">
        {t.progressTitle}
      </Heading>
      <Paragraph>{t.progressIntro}</Paragraph>
      {!p || !measure || !def ? (
        <Paragraph>{t.noProgress}</Paragraph>
      ) : (
        (() => {
          const series = progressSeries(p, measure, (d, k) => `${formatDateShort(d)} ${labelOf(roundKindLabels, k).toLowerCase()}`);
          const measureName = fieldLabel(def, measure, 'capacity');
          return (
            <>
              <div className="werkpad-form--inline">
                <SelectField
                  id="voortgang-item"
                  label={t.chooseItem}
                  value={p.item}
                  onChange={(v) => {
                    setItemCode(v);
                    setMeasure('');
                  }}
                  options={items.map((i) => ({ value: i.item, label: i.label }))}
                />
                {measures.length > 1 ? (
                  <SelectField
                    id="voortgang-maat"
                    label={t.chooseMeasure}
                    value={measure}
                    onChange={setMeasure}
                    options={measures.map((m) => ({ value: m, label: fieldLabel(def, m, 'capacity') }))}
                  />
                ) : null}
              </div>
              <ProgressChart
                series={series}
                label={t.chartLabel(p.label, measureName)}
                capacityLabel={t.capacityLine}
                demandLabel={t.demandLine}
              />
              <div className="werkpad-table-scroll">
                <Table data-testid="progress-table">
                  <TableCaption>{t.progressCaption(p.label, measureName)}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t.colRound}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colCapacity}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colDemand}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colShortfall}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colStatus}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {series.labels.map((label, i) => (
                      <TableRow key={i}>
                        <TableHeaderCell scope="row">{label}</TableHeaderCell>
                        <TableCell>{formatMeasure(def, measure, series.capacity[i] ?? null)}</TableCell>
                        <TableCell>{formatMeasure(def, measure, series.demand)}</TableCell>
                        <TableCell>
                          {measure === 'frequentie'
                            ? series.shortfall[i] != null
                              ? `${Math.round(series.shortfall[i]! * 100)}%`
                              : ''
                            : formatMeasure(def, measure, series.gap[i] ?? null)}
                        </TableCell>
                        <TableCell>{labelOf(statusLabels, series.status[i])}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            </>
          );
        })()
      )}
    </section>
  );
}

/** The training log: sessions (worksamples and workplace visits), reports and the progress chart. */
export function TrainingPage() {
  const api = useApi();
  const id = Number(useParams().id);
  const head = useTrajectoryHead(id);
  const cat = useItemCatalogue();
  const [tick, setTick] = useState(0);
  const loaded = useLoad(async () => {
    const [training, goals, progress, samples] = await Promise.all([
      api.profiles.training(id),
      api.profiles.goals(id),
      api.profiles.progress(id),
      api.profiles.worksamples(),
    ]);
    // The training answer names only the worksamples its sessions used; the catalogue has all.
    const known = new Set(samples.items.map((w) => w.id));
    const worksamples = [...samples.items, ...training.worksamples.filter((w) => !known.has(w.id))];
    return { training: { ...training, worksamples }, goals: goals.items, progress };
  }, `training|${id}|${tick}`);
  const [flash, setFlash] = useState<string | null>(null);
  const [editingSession, setEditingSession] = useState<number | null>(null);
  const [editingReport, setEditingReport] = useState<number | null>(null);
  const catalogue = cat.data?.catalogue;
  const data = loaded.data;
  const sampleName = (sid: number | null) => data?.training.worksamples.find((w) => w.id === sid)?.name ?? '';
  const goalName = (gid: number) => data?.goals.find((g) => g.id === gid)?.description ?? `#${gid}`;
  const sessions = data ? [...data.training.sessions].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id) : [];

  return (
    <>
      <PageHeading title={head.data ? t.title(head.data.name) : t.titlePlain} />
      <ProfileNav trajectoryId={id} current="werktraining" />
      <ApiErrorAlert error={head.error ?? cat.error ?? loaded.error} />
      <StatusMessage text={flash} />
      {!data || !catalogue ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {data && catalogue ? (
        <>
          <section aria-labelledby="sessies-titel" className="werkpad-section">
            <Heading level={2} id="sessies-titel">
              {t.sessionsTitle}
            </Heading>
            {sessions.length === 0 ? (
              <Paragraph>{t.noSessions}</Paragraph>
            ) : (
              <div className="werkpad-table-scroll">
                <Table data-testid="sessions-table">
                  <TableCaption>{t.sessionsCaption}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t.colDate}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colKind}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colWorksample}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colDisciplines}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colDuration}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colObservations}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colGoals}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colActions}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {sessions.map((s) => (
                      <TableRow key={s.id}>
                        <TableHeaderCell scope="row">{formatDate(s.date)}</TableHeaderCell>
                        <TableCell>{labelOf(sessionKindLabels, s.kind)}</TableCell>
                        <TableCell>{sampleName(s.worksample_id)}</TableCell>
                        <TableCell>{s.disciplines.map((d) => disciplineLabel(catalogue, d)).join(', ')}</TableCell>
                        <TableCell>{t.minutes(s.duration_minutes)}</TableCell>
                        <TableCell>{s.observations}</TableCell>
                        <TableCell>{s.goal_ids.map(goalName).join('; ')}</TableCell>
                        <TableCell>
                          <Button
                            type="button"
                            appearance="subtle-button"
                            aria-label={t.editSession(formatDate(s.date))}
                            onClick={() => setEditingSession(s.id)}
                          >
                            {t.edit}
                          </Button>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
          </section>
          {(() => {
            const editing = data.training.sessions.find((x) => x.id === editingSession);
            return editing ? (
              <SessionForm
                key={`edit-${editing.id}-${editing.version}`}
                trajectoryId={id}
                training={data.training}
                goals={data.goals}
                cat={catalogue}
                editing={editing}
                onSaved={() => {
                  setFlash(t.sessionCorrected);
                  setEditingSession(null);
                  setTick((n) => n + 1);
                }}
                onCancel={() => setEditingSession(null)}
              />
            ) : null;
          })()}
          <SessionForm
            trajectoryId={id}
            training={data.training}
            goals={data.goals}
            cat={catalogue}
            onSaved={() => {
              setFlash(t.saved);
              setTick((n) => n + 1);
            }}
          />
          <ProgressSection progress={data.progress} cat={catalogue} />
          <section aria-labelledby="verslagen-titel" className="werkpad-section">
            <Heading level={2} id="verslagen-titel">
              {t.reportsTitle}
            </Heading>
            {data.training.reports.length === 0 ? <Paragraph>{t.noReports}</Paragraph> : null}
            {data.training.reports.map((r) => (
              <article key={r.id} className="werkpad-report" aria-labelledby={`verslag-${r.id}`}>
                <Heading level={3} id={`verslag-${r.id}`}>
                  {t.reportText(formatDate(r.period_from), formatDate(r.period_to))}
                </Heading>
                <Paragraph className="werkpad-prewrap">{r.text}</Paragraph>
                {editingReport === r.id ? (
                  <ReportForm
                    key={`edit-${r.id}-${r.version}`}
                    trajectoryId={id}
                    editing={r}
                    onSaved={() => {
                      setFlash(t.reportCorrected);
                      setEditingReport(null);
                      setTick((n) => n + 1);
                    }}
                    onCancel={() => setEditingReport(null)}
                  />
                ) : (
                  <Button
                    type="button"
                    appearance="subtle-button"
                    aria-label={t.editReport(formatDate(r.period_from), formatDate(r.period_to))}
                    onClick={() => setEditingReport(r.id)}
                  >
                    {t.edit}
                  </Button>
                )}
              </article>
            ))}
            <ReportForm
              trajectoryId={id}
              onSaved={() => {
                setFlash(t.reportSaved);
                setTick((n) => n + 1);
              }}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
