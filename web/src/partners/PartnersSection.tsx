import { useState } from 'react';
import {
  Button,
  ButtonGroup,
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
import type { HandoverMoment, NetworkPartner, PartnerMatrix, PartnerRole } from '../api/partnerTypes';
import { ApiErrorAlert, StatusMessage } from '../components/ApiErrorAlert';
import { SelectField, TextField } from '../components/Field';
import { useLoad } from '../components/useLoad';
import { todayIso } from '../forms/formState';
import { labelOr, stepLabels } from '../i18n/agr';
import { formatDate, nl } from '../i18n/nl';
import {
  fixedPartyLabels,
  partnerKindLabels,
  partnerRoleLabels,
  partnerRoleShort,
  partnersText as t,
} from '../i18n/partners';
import { useApi } from '../session/context';
import { ErrorBox } from '../visie/VisieEditor';
import { partnerErrorMessage } from './messages';
import './partners.css';

const PHASES = ['intake_arts', 'intake_ric', 'werkbezoek', 'terugkoppeling', 'werktraining', 'afronding'];

/** "Sara Bos" / the organisation / the kind: how a partner is named on screen. */
export function partnerName(p: NetworkPartner): string {
  return p.name || p.organisation || p.label || labelOr(partnerKindLabels, p.kind);
}

function kindLabel(p: NetworkPartner): string {
  return p.kind === 'overig' && p.label ? p.label : labelOr(partnerKindLabels, p.kind);
}

/** The matrix: partners × phases, the current phase highlighted. */
function MatrixTable({ m, onEdit, onEnd, busy }: { m: PartnerMatrix; onEdit: (p: NetworkPartner) => void; onEnd: (p: NetworkPartner) => void; busy: boolean }) {
  const current = m.current_phase;
  const caption = current ? t.matrixCaption(labelOr(stepLabels, current)) : t.matrixCaptionNoPhase;
  return (
    <div className="werkpad-table-scroll">
      <Table data-testid="partner-matrix" className="werkpad-partner-matrix">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.colPartner}</TableHeaderCell>
            {PHASES.map((ph) => (
              <TableHeaderCell
                key={ph}
                scope="col"
                className={ph === current ? 'werkpad-current-phase' : undefined}
                aria-current={ph === current ? 'step' : undefined}
                data-phase={ph}
              >
                {labelOr(stepLabels, ph)}
                {ph === current ? <span className="werkpad-current-marker"> {t.currentPhaseMarker}</span> : null}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col">{t.colActions}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {m.rows.map(({ partner }) => (
            <TableRow key={partner.id} data-partner={partner.id}>
              <TableHeaderCell scope="row">
                {partnerName(partner)}
                <div className="werkpad-muted">{kindLabel(partner)}</div>
              </TableHeaderCell>
              {partner.roles.map((r) => (
                <TableCell
                  key={r.phase}
                  data-phase={r.phase}
                  data-role={r.role}
                  className={r.phase === current ? 'werkpad-current-phase' : undefined}
                >
                  <span title={partnerRoleLabels[r.role]}>{partnerRoleShort[r.role] ?? r.role}</span>
                  {r.role === 'not_involved' ? <span className="werkpad-visually-hidden">{partnerRoleLabels.not_involved}</span> : null}
                  {!r.is_default ? (
                    <>
                      {' '}
                      <span aria-hidden="true">*</span>
                      <span className="werkpad-visually-hidden">({t.roleAdjusted})</span>
                    </>
                  ) : null}
                </TableCell>
              ))}
              <TableCell>
                <ButtonGroup>
                  <Button appearance="secondary-action-button" onClick={() => onEdit(partner)}>
                    {t.editShort}
                    <span className="werkpad-visually-hidden"> {partnerName(partner)}</span>
                  </Button>
                  <Button appearance="subtle-button" disabled={busy} onClick={() => onEnd(partner)}>
                    {t.endShort}
                    <span className="werkpad-visually-hidden"> {partnerName(partner)}</span>
                  </Button>
                </ButtonGroup>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

interface FormState {
  kind: string;
  label: string;
  name: string;
  organisation: string;
  phone: string;
  email: string;
  note: string;
  roles: Record<string, string>; // phase -> role code, '' = default
}

function emptyForm(): FormState {
  return { kind: 'jobcoach', label: '', name: '', organisation: '', phone: '', email: '', note: '', roles: {} };
}

function formOf(p: NetworkPartner): FormState {
  const roles: Record<string, string> = {};
  for (const r of p.roles) if (!r.is_default) roles[r.phase] = r.role;
  return { kind: p.kind, label: p.label, name: p.name, organisation: p.organisation, phone: p.phone, email: p.email, note: p.note, roles };
}

/** Add or edit one partner, with the role per phase. */
function PartnerForm({
  revalidantId,
  editing,
  onDone,
  onCancel,
}: {
  revalidantId: number;
  editing: NetworkPartner | null;
  onDone: (msg: string) => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const [f, setF] = useState<FormState>(() => (editing ? formOf(editing) : emptyForm()));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const set = (k: keyof FormState) => (v: string) => setF((s) => ({ ...s, [k]: v }));
  const prefix = editing ? `partner-${editing.id}` : 'partner-nieuw';
  const defaultFor = (phase: string) => {
    const r = editing?.roles.find((x) => x.phase === phase);
    return r && r.is_default && editing?.kind === f.kind ? t.defaultRole(partnerRoleLabels[r.role] ?? r.role) : t.defaultRole('handboek');
  };

  const submit = async () => {
    setBusy(true);
    setFailure(null);
    const roles = Object.entries(f.roles)
      .filter(([, r]) => r)
      .map(([phase, role]) => ({ phase, role: role as PartnerRole }));
    const input = {
      kind: f.kind,
      label: f.kind === 'overig' ? f.label : '',
      name: f.name,
      organisation: f.organisation,
      phone: f.phone,
      email: f.email,
      note: f.note,
      roles,
    };
    try {
      const saved = editing
        ? await api.partners.update(editing.id, { ...input, version: editing.version })
        : await api.partners.create(revalidantId, input);
      onDone(editing ? t.saved(partnerName(saved)) : t.added(partnerName(saved)));
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
      aria-labelledby={`${prefix}-titel`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Heading level={3} id={`${prefix}-titel`}>
        {editing ? t.editTitle(partnerName(editing)) : t.addTitle}
      </Heading>
      <ErrorBox text={failure} />
      <SelectField
        id={`${prefix}-soort`}
        label={t.kind}
        required
        value={f.kind}
        onChange={set('kind')}
        options={Object.entries(partnerKindLabels).map(([value, label]) => ({ value, label }))}
      />
      {f.kind === 'overig' ? (
        <TextField id={`${prefix}-omschrijving`} label={t.label} required value={f.label} onChange={set('label')} maxLength={100} />
      ) : null}
      <TextField id={`${prefix}-naam`} label={t.name} description={t.nameHint} value={f.name} onChange={set('name')} maxLength={200} />
      <TextField id={`${prefix}-organisatie`} label={t.organisation} value={f.organisation} onChange={set('organisation')} maxLength={200} />
      <TextField id={`${prefix}-telefoon`} label={t.phone} type="tel" autoComplete="off" value={f.phone} onChange={set('phone')} maxLength={40} />
      <TextField id={`${prefix}-email`} label={t.email} type="email" autoComplete="off" value={f.email} onChange={set('email')} maxLength={254} />
      <TextField id={`${prefix}-notitie`} label={t.note} value={f.note} onChange={set('note')} maxLength={2000} />
      <Fieldset className="werkpad-field">
        <FieldsetLegend>{t.rolesLegend}</FieldsetLegend>
        <Paragraph>{t.rolesHint}</Paragraph>
        {PHASES.map((ph) => (
          <SelectField
            key={ph}
            id={`${prefix}-rol-${ph}`}
            label={t.roleFor(labelOr(stepLabels, ph))}
            value={f.roles[ph] ?? ''}
            onChange={(v) => setF((s) => ({ ...s, roles: { ...s.roles, [ph]: v } }))}
            options={[
              { value: '', label: defaultFor(ph) },
              ...Object.entries(partnerRoleLabels).map(([value, label]) => ({ value, label })),
            ]}
          />
        ))}
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {editing ? t.save : t.add}
        </Button>
        {editing ? (
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t.cancel}
          </Button>
        ) : null}
      </ButtonGroup>
    </form>
  );
}

function endpointLabel(e: HandoverMoment['from'], partners: NetworkPartner[]): string {
  if (e.partner_id) {
    const p = partners.find((x) => x.id === e.partner_id);
    return p ? partnerName(p) : t.unknownPartner;
  }
  return labelOr(fixedPartyLabels, e.party);
}

/** Handover moments between partners: list, mark done, delete, and plan a new one. */
function Moments({ revalidantId, moments, partners, onChanged }: { revalidantId: number; moments: HandoverMoment[]; partners: NetworkPartner[]; onChanged: (msg: string) => void }) {
  const api = useApi();
  const options = [
    ...Object.entries(fixedPartyLabels).map(([value, label]) => ({ value: `party:${value}`, label })),
    ...partners.filter((p) => !p.ended_on).map((p) => ({ value: `partner:${p.id}`, label: t.partnerOption(kindLabel(p), partnerName(p)) })),
  ];
  const [from, setFrom] = useState('party:ric');
  const [to, setTo] = useState(options.find((o) => o.value.startsWith('partner:'))?.value ?? 'party:werkgever');
  const [phase, setPhase] = useState('afronding');
  const [planned, setPlanned] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const endpoint = (v: string) => (v.startsWith('partner:') ? { partner_id: Number(v.slice(8)) } : { party: v.slice(6) });

  const run = async (fn: () => Promise<unknown>, msg: string) => {
    setBusy(true);
    setFailure(null);
    try {
      await fn();
      onChanged(msg);
    } catch (e) {
      setFailure(partnerErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const asInput = (m: HandoverMoment, done_on: string) => ({
    from: m.from.partner_id ? { partner_id: m.from.partner_id } : { party: m.from.party ?? '' },
    to: m.to.partner_id ? { partner_id: m.to.partner_id } : { party: m.to.party ?? '' },
    phase: m.phase,
    ...(m.planned_on ? { planned_on: m.planned_on } : {}),
    done_on,
    note: m.note,
    version: m.version,
  });

  return (
    <section aria-labelledby="overdrachtsmomenten-titel" className="werkpad-subsection">
      <Heading level={3} id="overdrachtsmomenten-titel">
        {t.momentsTitle}
      </Heading>
      <ErrorBox text={failure} />
      {moments.length ? (
        <div className="werkpad-table-scroll">
          <Table data-testid="handover-moments">
            <TableCaption>{t.momentsCaption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t.colFrom}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colTo}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colPhase}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colPlanned}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colDone}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colNote}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colActions}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {moments.map((m) => (
                <TableRow key={m.id}>
                  <TableCell>{endpointLabel(m.from, partners)}</TableCell>
                  <TableCell>{endpointLabel(m.to, partners)}</TableCell>
                  <TableCell>{labelOr(stepLabels, m.phase)}</TableCell>
                  <TableCell>{m.planned_on ? formatDate(m.planned_on) : nl.common.none}</TableCell>
                  <TableCell>{m.done_on ? formatDate(m.done_on) : nl.common.none}</TableCell>
                  <TableCell>{m.note || nl.common.none}</TableCell>
                  <TableCell>
                    <ButtonGroup>
                      {!m.done_on ? (
                        <Button appearance="secondary-action-button" disabled={busy} onClick={() => void run(() => api.partners.updateMoment(m.id, asInput(m, todayIso())), t.momentMarkedDone)}>
                          {t.momentMarkDone}
                        </Button>
                      ) : null}
                      <Button appearance="subtle-button" disabled={busy} onClick={() => void run(() => api.partners.deleteMoment(m.id, m.version), t.momentDeleted)}>
                        {t.momentDelete}
                      </Button>
                    </ButtonGroup>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : (
        <Paragraph>{t.momentsEmpty}</Paragraph>
      )}
      <form
        noValidate
        className="werkpad-subform"
        aria-labelledby="moment-nieuw-titel"
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            await api.partners.addMoment(revalidantId, {
              from: endpoint(from),
              to: endpoint(to),
              phase,
              ...(planned ? { planned_on: planned } : {}),
              note,
            });
            setNote('');
            setPlanned('');
          }, t.momentAdded);
        }}
      >
        <Heading level={4} id="moment-nieuw-titel">
          {t.momentAddTitle}
        </Heading>
        <SelectField id="moment-van" label={t.momentFrom} value={from} onChange={setFrom} options={options} />
        <SelectField id="moment-naar" label={t.momentTo} value={to} onChange={setTo} options={options} />
        <SelectField id="moment-fase" label={t.momentPhase} value={phase} onChange={setPhase} options={PHASES.map((p) => ({ value: p, label: labelOr(stepLabels, p) }))} />
        <TextField id="moment-gepland" label={t.momentPlanned} type="date" required value={planned} onChange={setPlanned} />
        <TextField id="moment-notitie" label={t.momentNote} value={note} onChange={setNote} maxLength={2000} />
        <Button type="submit" appearance="secondary-action-button" disabled={busy}>
          {t.momentAddTitle}
        </Button>
      </form>
    </section>
  );
}

/** "Netwerkpartners": the matrix for the current phase, add/edit/end partners, handover moments. */
export function PartnersSection({ revalidantId }: { revalidantId: number }) {
  const api = useApi();
  const [tick, setTick] = useState(0);
  const loaded = useLoad(async () => {
    const [matrix, all] = await Promise.all([api.partners.matrix(revalidantId), api.partners.list(revalidantId)]);
    return { matrix, all: all.items };
  }, `${revalidantId}|${tick}`);
  const [editing, setEditing] = useState<NetworkPartner | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reload = (msg: string) => {
    setFlash(msg);
    setEditing(null);
    setTick((n) => n + 1);
  };
  const end = async (p: NetworkPartner) => {
    setBusy(true);
    setFailure(null);
    try {
      await api.partners.end(p.id, p.version);
      reload(t.ended(partnerName(p)));
    } catch (e) {
      setFailure(partnerErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const data = loaded.data;
  const ended = data?.all.filter((p) => p.ended_on) ?? [];
  return (
    <section aria-labelledby="netwerkpartners-titel" className="werkpad-section" data-testid="partners-section">
      <Heading level={2} id="netwerkpartners-titel">
        {t.sectionTitle}
      </Heading>
      <Paragraph>{t.intro}</Paragraph>
      <StatusMessage text={flash} />
      {loaded.error ? <ApiErrorAlert error={loaded.error} /> : null}
      {loaded.loading && !data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      <ErrorBox text={failure} />
      {data ? (
        <>
          {data.matrix.current_phase ? (
            <Paragraph data-testid="partners-current-phase">
              {t.currentPhase(labelOr(stepLabels, data.matrix.current_phase))} {t.involvedNow(data.matrix.current.length)}
            </Paragraph>
          ) : null}
          {data.matrix.rows.length ? (
            <MatrixTable m={data.matrix} onEdit={setEditing} onEnd={(p) => void end(p)} busy={busy} />
          ) : (
            <Paragraph>{t.empty}</Paragraph>
          )}
          {ended.length ? (
            <>
              <Heading level={3}>{t.endedList}</Heading>
              <UnorderedList>
                {ended.map((p) => (
                  <UnorderedListItem key={p.id}>{t.endedOn(partnerName(p), formatDate(p.ended_on))}</UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          ) : null}
          <PartnerForm
            key={editing ? `edit-${editing.id}-${editing.version}` : `new-${tick}`}
            revalidantId={revalidantId}
            editing={editing}
            onDone={reload}
            onCancel={() => setEditing(null)}
          />
          <Moments key={`moments-${tick}`} revalidantId={revalidantId} moments={data.matrix.moments} partners={data.all} onChanged={reload} />
        </>
      ) : null}
    </section>
  );
}
