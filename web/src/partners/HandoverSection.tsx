import { useState } from 'react';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { Trajectory } from '../api/agrTypes';
import type { NetworkPartner } from '../api/partnerTypes';
import { ApiErrorAlert, StatusMessage } from '../components/ApiErrorAlert';
import { RadioGroupField, SelectField, TextField } from '../components/Field';
import { useLoad } from '../components/useLoad';
import { todayIso } from '../forms/formState';
import { labelOr, taskLabels } from '../i18n/agr';
import { formatDate, nl } from '../i18n/nl';
import { handoverPartyLabels, handoverText as t } from '../i18n/partners';
import { useApi } from '../session/context';
import { ErrorBox } from '../visie/VisieEditor';
import { partnerErrorMessage } from './messages';
import { partnerName } from './PartnersSection';
import './partners.css';

interface Attendee {
  name: string;
  role: string;
}

/**
 * "Overdracht en afsluiting": the handovers done and missing, the open tasks, the handover form
 * (date, attendees, warm, the signed form 7 version, to which party) and the step to close AGR
 * with an end reason (the existing decision dialog, opened through `onClose`).
 */
export function HandoverSection({ trajectory, onClose }: { trajectory: Trajectory; onClose: () => void }) {
  const api = useApi();
  const [tick, setTick] = useState(0);
  const loaded = useLoad(async () => {
    const [overview, partners] = await Promise.all([
      api.partners.overview(trajectory.id),
      api.partners.list(trajectory.revalidant_id),
    ]);
    return { overview, partners: partners.items.filter((p) => !p.ended_on) };
  }, `${trajectory.id}|${trajectory.version}|${tick}`);
  const [flash, setFlash] = useState<string | null>(null);
  const data = loaded.data;
  const o = data?.overview;
  const mayCloseNow = trajectory.allowed_decisions.some((d) => d.kind === 'afsluiten') && !!o?.may_close;

  return (
    <section aria-labelledby="overdracht-titel" className="werkpad-section" data-testid="handover-section">
      <Heading level={2} id="overdracht-titel">
        {t.sectionTitle}
      </Heading>
      <Paragraph>{t.intro}</Paragraph>
      <StatusMessage text={flash} />
      {loaded.error ? <ApiErrorAlert error={loaded.error} /> : null}
      {loaded.loading && !data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {o && data ? (
        <>
          <Heading level={3}>{t.expectedTitle}</Heading>
          <UnorderedList data-testid="handover-expected">
            {o.expected.map((e) => {
              const party = labelOr(handoverPartyLabels, e.party);
              return (
                <UnorderedListItem key={e.party} data-party={e.party} data-done={e.done ? 'ja' : 'nee'}>
                  {e.done ? t.expectedDone(party) : e.required ? t.expectedMissing(party) : t.expectedOptional(party)}
                </UnorderedListItem>
              );
            })}
          </UnorderedList>

          <Heading level={3}>{t.openTasksTitle}</Heading>
          {o.open_tasks.length ? (
            <UnorderedList data-testid="handover-open-tasks">
              {o.open_tasks.map((task) => (
                <UnorderedListItem key={task.id}>
                  {labelOr(taskLabels, task.key)} ({t.due(formatDate(task.due))}
                  {task.overdue ? `, ${t.overdue}` : ''})
                </UnorderedListItem>
              ))}
            </UnorderedList>
          ) : (
            <Paragraph>{t.openTasksNone}</Paragraph>
          )}

          <Heading level={3}>{t.listTitle}</Heading>
          {o.handovers.length ? (
            <div className="werkpad-table-scroll">
              <Table data-testid="handover-table">
                <TableCaption>{t.listCaption}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t.colDate}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colParty}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colWarm}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colVersion}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colAttendees}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {o.handovers.map((h) => (
                    <TableRow key={h.id}>
                      <TableHeaderCell scope="row">{formatDate(h.held_on)}</TableHeaderCell>
                      <TableCell>
                        {labelOr(handoverPartyLabels, h.party)}
                        {h.partner_name ? ` (${h.partner_name})` : ''}
                      </TableCell>
                      <TableCell>{h.warm ? t.yes : t.no}</TableCell>
                      <TableCell>{t.versionN(h.visie_version)}</TableCell>
                      <TableCell>{h.attendees.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join(', ')}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          ) : (
            <Paragraph>{t.listEmpty}</Paragraph>
          )}

          {o.handover_allowed ? (
            <HandoverForm
              key={`form-${tick}`}
              trajectoryId={trajectory.id}
              signedVersion={o.visie_signed_version}
              sharedWith={o.visie_shared_with}
              partners={data.partners}
              onDone={(withTask) => {
                setFlash(withTask ? t.recorded : t.recordedNoTask);
                setTick((n) => n + 1);
              }}
            />
          ) : trajectory.active ? (
            <Paragraph>{t.notAllowedNow}</Paragraph>
          ) : null}

          <section aria-labelledby="afsluiten-titel" className="werkpad-subsection">
            <Heading level={3} id="afsluiten-titel">
              {t.closeTitle}
            </Heading>
            {mayCloseNow ? (
              <>
                <Paragraph>{t.closeIntro}</Paragraph>
                {!o.all_required_done ? <Paragraph data-testid="handover-missing">{t.closeMissing}</Paragraph> : null}
                <Button appearance="primary-action-button" onClick={onClose}>
                  {t.closeButton}
                </Button>
              </>
            ) : trajectory.step === 'afgerond' ? (
              <Paragraph>{t.closed}</Paragraph>
            ) : (
              <Paragraph>{t.closeNotNow}</Paragraph>
            )}
          </section>
        </>
      ) : null}
    </section>
  );
}

function HandoverForm({
  trajectoryId,
  signedVersion,
  sharedWith,
  partners,
  onDone,
}: {
  trajectoryId: number;
  signedVersion: number | null;
  sharedWith: string[];
  partners: NetworkPartner[];
  onDone: (withTask: boolean) => void;
}) {
  const api = useApi();
  const [date, setDate] = useState(todayIso());
  const [party, setParty] = useState(sharedWith[0] ?? 'werkgever');
  const [partner, setPartner] = useState('');
  const [warm, setWarm] = useState('ja');
  const [version, setVersion] = useState(signedVersion ? String(signedVersion) : '');
  const [attendees, setAttendees] = useState<Attendee[]>([{ name: '', role: '' }]);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const partyOptions = [...new Set([...sharedWith, 'werkgever', 'bedrijfsarts'])].map((p) => ({
    value: p,
    label: labelOr(handoverPartyLabels, p),
  }));
  const setAttendee = (i: number, k: keyof Attendee, v: string) =>
    setAttendees((list) => list.map((a, j) => (j === i ? { ...a, [k]: v } : a)));

  const submit = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const h = await api.partners.recordHandover(trajectoryId, {
        held_on: date,
        attendees: attendees.filter((a) => a.name.trim() || a.role.trim()),
        warm: warm === 'ja',
        visie_version: Number(version) || 0,
        party,
        ...(partner ? { partner_id: Number(partner) } : {}),
        note,
      });
      onDone(h.task_id !== null);
    } catch (e) {
      setFailure(partnerErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      className="werkpad-subform"
      aria-labelledby="overdracht-nieuw-titel"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Heading level={3} id="overdracht-nieuw-titel">
        {t.formTitle}
      </Heading>
      {signedVersion ? (
        <Paragraph data-testid="handover-visie">
          {t.sharedWith(signedVersion, sharedWith.map((p) => labelOr(handoverPartyLabels, p)).join(', '))}
        </Paragraph>
      ) : (
        <Paragraph data-testid="handover-visie">{t.noSignedVisie}</Paragraph>
      )}
      <ErrorBox text={failure} />
      <TextField id="overdracht-datum" label={t.date} type="date" required value={date} onChange={setDate} />
      <SelectField id="overdracht-partij" label={t.party} required value={party} onChange={setParty} options={partyOptions} />
      <SelectField
        id="overdracht-partner"
        label={t.partner}
        value={partner}
        onChange={setPartner}
        options={[{ value: '', label: t.noPartner }, ...partners.map((p) => ({ value: String(p.id), label: partnerName(p) }))]}
      />
      <RadioGroupField
        id="overdracht-warm"
        label={t.warm}
        required
        value={warm}
        onChange={setWarm}
        options={[
          { value: 'ja', label: t.warmYes },
          { value: 'nee', label: t.warmNo },
        ]}
      />
      <TextField id="overdracht-versie" label={t.version} type="number" inputMode="numeric" required value={version} onChange={setVersion} />
      <Fieldset className="werkpad-field">
        <FieldsetLegend>{t.attendeesLegend}</FieldsetLegend>
        {attendees.map((a, i) => (
          <div key={i} className="werkpad-attendee">
            <TextField id={`overdracht-aanwezige-${i}-naam`} label={t.attendeeName(i + 1)} required value={a.name} onChange={(v) => setAttendee(i, 'name', v)} maxLength={200} />
            <TextField id={`overdracht-aanwezige-${i}-rol`} label={t.attendeeRole(i + 1)} value={a.role} onChange={(v) => setAttendee(i, 'role', v)} maxLength={100} />
            {attendees.length > 1 ? (
              <Button type="button" appearance="subtle-button" onClick={() => setAttendees((list) => list.filter((_, j) => j !== i))}>
                {t.attendeeRemove(i + 1)}
              </Button>
            ) : null}
          </div>
        ))}
        <Button type="button" appearance="secondary-action-button" onClick={() => setAttendees((list) => [...list, { name: '', role: '' }])}>
          {t.attendeeAdd}
        </Button>
      </Fieldset>
      <TextField id="overdracht-notitie" label={t.note} value={note} onChange={setNote} maxLength={2000} />
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {t.submit}
      </Button>
    </form>
  );
}
