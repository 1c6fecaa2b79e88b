import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import {
  Alert,
  Button,
  ButtonGroup,
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
import type { Task, Trajectory } from '../../api/agrTypes';
import { AgeInfo, DecisionTimeline, RouteSteps, TaskTable } from '../../agr/components';
import { TeamSection } from '../../agr/TeamSection';
import { DecisionDialog } from '../../agr/DecisionDialog';
import { agrErrorMessage } from '../../agr/messages';
import { ApiErrorAlert, StatusMessage } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { agr, agrText, decisionLabels, labelOr, responseStatusLabels, stepLabels } from '../../i18n/agr';
import { formatDate, formatTimestamp, fullName, nl } from '../../i18n/nl';
import { useActiveSession, useApi } from '../../session/context';
import { RadioGroupField } from '../../components/Field';
import { mayManageRoute } from '../../agr/route';
import { prof } from '../../i18n/profiles';
import { FormField, FormFieldDescription, FormLabel, Textarea, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { DocumentsSection } from '../../visie/DocumentsSection';
import { visieText } from '../../i18n/visie';
import { ContactsSection } from '../../contacts/ContactsSection';
import { PartnersSection } from '../../partners/PartnersSection';
import { HandoverSection } from '../../partners/HandoverSection';

const t = agrText.traj;

function Summary({ tr }: { tr: Trajectory }) {
  const row = (key: string, value: string) => (
    <DataListItem>
      <DataListKey>{key}</DataListKey>
      <DataListValue>{value || t.notKnown}</DataListValue>
    </DataListItem>
  );
  return (
    <DataList>
      {row(t.admission, formatDate(tr.admission_date))}
      {row(t.expectedDuration, tr.expected_duration ? agr.form.duration(tr.expected_duration.amount, tr.expected_duration.unit) : '')}
      {row(t.expectedDischarge, formatDate(tr.expected_discharge_date))}
      {row(t.settingLabel, settingLabel(tr.setting))}
      {row(t.arts, tr.arts?.display_name ?? '')}
      {row(t.ric, tr.ric?.display_name ?? '')}
      {row(t.consentSigned, tr.consent_form_signed ? agr.form.yes : agr.form.no)}
      {tr.folder !== 'niet_van_toepassing' ? row(t.folderStatusLabel, t.folderStatus[tr.folder] ?? tr.folder) : null}
      {tr.contacts ? row(t.contacts, t.contactsValue(tr.contacts.werkgever, tr.contacts.bedrijfsarts)) : null}
      {tr.closed_at ? row(t.closedAt, formatTimestamp(tr.closed_at)) : null}
    </DataList>
  );
}

const settingLabel = (s: string) => (s === 'klinisch' ? agrText.detail.klinisch : agrText.detail.poliklinisch);

/** The setting history (klinisch / poliklinisch with handovers) and, for arts and RIC, a change. */
function Settings({ tr, onChanged }: { tr: Trajectory; onChanged: (msg: string) => void }) {
  const api = useApi();
  const session = useActiveSession();
  const [setting, setSetting] = useState(tr.setting === 'klinisch' ? 'poliklinisch' : 'klinisch');
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await api.trajectories.changeSetting(tr.id, setting, note, tr.version);
      setNote('');
      onChanged(t.settingChanged);
    } catch (e) {
      setFailure(agrErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="setting-titel" className="werkpad-section">
      <Heading level={2} id="setting-titel">
        {t.settingsTitle}
      </Heading>
      <UnorderedList>
        {tr.settings.map((s, i) => (
          <UnorderedListItem key={i}>
            {t.settingsEntry(settingLabel(s.setting), s.changed_by.display_name, formatTimestamp(s.changed_at))}
            {s.handover_note ? <div>{t.settingsHandover(s.handover_note)}</div> : null}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {tr.active && mayManageRoute(session.user.role) ? (
        <form
          noValidate
          className="werkpad-subform"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Heading level={3}>{t.settingChangeTitle}</Heading>
          {failure ? (
            <div role="alert">
              <Alert type="error" role="none">
                <Paragraph>{failure}</Paragraph>
              </Alert>
            </div>
          ) : null}
          <RadioGroupField
            id="setting-nieuw"
            label={t.settingNew}
            required
            value={setting}
            onChange={setSetting}
            options={[
              { value: 'klinisch', label: agrText.detail.klinisch },
              { value: 'poliklinisch', label: agrText.detail.poliklinisch },
            ]}
          />
          <FormField type="text" className="werkpad-field">
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="setting-overdracht">{t.handoverNote}</FormLabel>
            </div>
            <FormFieldDescription id="setting-overdracht-uitleg">{t.handoverHint}</FormFieldDescription>
            <div className="utrecht-form-field__input">
              <Textarea id="setting-overdracht" value={note} rows={3} maxLength={2000} aria-describedby="setting-overdracht-uitleg" onChange={(e) => setNote(e.target.value)} />
            </div>
          </FormField>
          <Button type="submit" appearance="secondary-action-button" disabled={busy}>
            {t.settingSubmit}
          </Button>
        </form>
      ) : null}
    </section>
  );
}

/** One AGR trajectory: route, decisions (with dialogs), forms, tasks and the decision timeline. */
export function TrajectoryPage() {
  const api = useApi();
  const session = useActiveSession();
  const id = Number(useParams().id);
  const [tick, setTick] = useState(0);
  const loaded = useLoad(async () => {
    const tr = await api.trajectories.get(id);
    const [rev, tasks, forms] = await Promise.all([
      api.revalidanten.get(tr.revalidant_id),
      api.trajectories.tasks(id),
      api.trajectories.forms(id),
    ]);
    return { tr, rev, tasks: tasks.items, forms: forms.items };
  }, `${id}|${tick}`);
  const [dialog, setDialog] = useState<string | null>(null);
  const location = useLocation();
  const [flash, setFlash] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);
  const [taskError, setTaskError] = useState<string | null>(null);
  const [busyTask, setBusyTask] = useState<number | null>(null);

  const data = loaded.data;
  const reload = () => setTick((n) => n + 1);

  const complete = async (task: Task) => {
    setTaskError(null);
    setBusyTask(task.id);
    try {
      await api.tasks.complete(task.id, task.version);
      setFlash(agrText.tasks.completed);
      reload();
    } catch (e) {
      setTaskError(agrErrorMessage(e));
    } finally {
      setBusyTask(null);
    }
  };

  const kinds = data ? [...new Set(data.tr.allowed_decisions.map((d) => d.kind))] : [];

  return (
    <>
      <PageHeading title={data ? t.title(fullName(data.rev)) : t.titlePlain} />
      {loaded.error ? <ApiErrorAlert error={loaded.error} /> : null}
      {loaded.loading && !data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      <StatusMessage text={flash} />
      {data ? (
        <>
          <section aria-labelledby="route-titel" className="werkpad-section">
            <Heading level={2} id="route-titel">
              {t.routeTitle}
            </Heading>
            <RouteSteps route={data.tr.route} />
            {data.tr.zzp ? <Paragraph>{t.zzp}</Paragraph> : null}
            {data.tr.team_question_due ? (
              <Paragraph data-testid="question-due">
                {t.questionDue(labelOr(decisionLabels, data.tr.team_question_due))}
              </Paragraph>
            ) : null}
          </section>

          <section aria-labelledby="beslissen-titel" className="werkpad-section">
            <Heading level={2} id="beslissen-titel">
              {t.decideTitle}
            </Heading>
            <Paragraph data-testid="current-step">{t.currentStep(labelOr(stepLabels, data.tr.step))}</Paragraph>
            {kinds.length ? (
              <ButtonGroup>
                {kinds.map((k) => (
                  <Button key={k} appearance="primary-action-button" onClick={() => setDialog(k)}>
                    {t.decideButton(labelOr(decisionLabels, k))}
                  </Button>
                ))}
              </ButtonGroup>
            ) : (
              <Paragraph>{t.noAllowed}</Paragraph>
            )}
          </section>

          <section aria-labelledby="gegevens-titel" className="werkpad-section">
            <Heading level={2} id="gegevens-titel">
              {t.summaryTitle}
            </Heading>
            <Summary tr={data.tr} />
            <AgeInfo age={data.tr.age} />
            <Paragraph>
              <AppLink to={`/revalidanten/${data.tr.revalidant_id}/toestemming`}>{t.consentLink}</AppLink>
            </Paragraph>
          </section>

          <section aria-labelledby="formulieren-titel" className="werkpad-section">
            <Heading level={2} id="formulieren-titel">
              {t.formsTitle}
            </Heading>
            <div className="werkpad-table-scroll">
              <Table data-testid="forms-table">
                <TableCaption>{t.formsCaption}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t.colForm}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colStatus}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colUpdated}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.forms.map((f) => (
                    <TableRow key={f.form_id} data-form={f.form_id}>
                      <TableHeaderCell scope="row">
                        <AppLink to={`/trajecten/${id}/formulieren/${f.form_id}`}>{f.title}</AppLink>
                      </TableHeaderCell>
                      <TableCell>{labelOr(responseStatusLabels, f.status)}</TableCell>
                      <TableCell>
                        {f.updated_at ? t.updatedBy(formatTimestamp(f.updated_at), f.updated_by?.display_name ?? '') : nl.common.none}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </section>

          <section aria-labelledby="visie-titel" className="werkpad-section">
            <Heading level={2} id="visie-titel">
              {visieText.sectionTitle}
            </Heading>
            <Paragraph>
              <AppLink to={`/trajecten/${id}/reintegratievisie`}>{visieText.openLink}</AppLink>
            </Paragraph>
          </section>

          <DocumentsSection trajectoryId={id} />

          <PartnersSection key={`partners-${data.tr.version}`} revalidantId={data.tr.revalidant_id} />

          <HandoverSection trajectory={data.tr} onClose={() => setDialog('afsluiten')} />

          <section aria-labelledby="profielen-titel" className="werkpad-section" data-testid="profiles-section">
            <Heading level={2} id="profielen-titel">
              {prof.sectionTitle}
            </Heading>
            <Paragraph>{prof.sectionIntro}</Paragraph>
            <UnorderedList>
              {(
                [
                  ['functieprofiel', prof.links.form4],
                  ['persoonsprofiel', prof.links.form6],
                  ['knelpunten', prof.links.matching],
                  ['doelen', prof.links.goals],
                  ['werktraining', prof.links.training],
                  ['fml', prof.links.fml],
                  ['alternatieven', prof.links.alternatives],
                ] as const
              )
                // Ranking alternative functions: arts, RIC roles and the trajectory's own RIC
                // (policy ProfileAction::kRank); others would only get "geen toegang".
                .filter(
                  ([path]) =>
                    path !== 'alternatieven' || mayManageRoute(session.user.role) || data.tr.ric?.id === session.user.id,
                )
                .map(([path, label]) => (
                <UnorderedListItem key={path}>
                  <AppLink to={`/trajecten/${id}/${path}`}>{label}</AppLink>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </section>

          <section aria-labelledby="taken-titel" className="werkpad-section">
            <Heading level={2} id="taken-titel">
              {t.tasksTitle}
            </Heading>
            {taskError ? (
              <Alert type="error" role="alert">
                <Paragraph>{taskError}</Paragraph>
              </Alert>
            ) : null}
            {data.tasks.length ? (
              <TaskTable tasks={data.tasks} withRevalidant={false} onComplete={(task) => void complete(task)} busyId={busyTask} />
            ) : (
              <Paragraph>{t.tasksEmpty}</Paragraph>
            )}
          </section>

          <ContactsSection trajectoryId={id} onChanged={reload} />

          <TeamSection
            key={`team-${data.tr.version}`}
            tr={data.tr}
            onChanged={(msg) => {
              setFlash(msg);
              reload();
            }}
          />

          <Settings
            key={data.tr.version}
            tr={data.tr}
            onChanged={(msg) => {
              setFlash(msg);
              reload();
            }}
          />

          <section aria-labelledby="tijdlijn-titel" className="werkpad-section">
            <Heading level={2} id="tijdlijn-titel">
              {t.timelineTitle}
            </Heading>
            <DecisionTimeline decisions={data.tr.decisions} />
          </section>

          <Paragraph>
            <AppLink to={`/revalidanten/${data.tr.revalidant_id}`}>{t.backToFile}</AppLink>
          </Paragraph>

          {dialog ? (
            <DecisionDialog
              trajectory={data.tr}
              kind={dialog}
              onClose={() => {
                setDialog(null);
                reload();
              }}
              onDone={() => {
                setDialog(null);
                setFlash(t.decided);
                reload();
              }}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
