import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import {
  Button,
  Checkbox,
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
} from '@utrecht/component-library-react';
import type { AssessmentRound, AssessmentStatus, ItemDefinition, RoundKind } from '../../api/profileTypes';
import { ApiErrorAlert, StatusMessage } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { RadioGroupField, TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { formatDate, nl } from '../../i18n/nl';
import { labelOf, prof, roundKindLabels, sectionLabels, statusLabels } from '../../i18n/profiles';
import { useApi } from '../../session/context';
import { ErrorList, ProfileNav, ValueEditor, useItemCatalogue } from '../../profiles/components';
import { disciplineLabel, fieldLabel, formatValue, fromDraft, groupBySection, itemByCode, toDraft, today, valueFields, type Draft } from '../../profiles/logic';
import { orNull, profileErrors, useTrajectoryHead } from '../../profiles/useTrajectory';

const t = prof.form6;

/** Form 6: the assessment rounds of a trajectory and a new round. */
export function PersonProfilePage() {
  const api = useApi();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const head = useTrajectoryHead(id);
  const rounds = useLoad(() => api.profiles.rounds(id), `rounds|${id}`);
  const [kind, setKind] = useState<RoundKind>('eerste_indruk');
  const [date, setDate] = useState(today());
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (rounds.data?.items.length) setKind('herbeoordeling');
  }, [rounds.data]);

  const create = async () => {
    setErrors([]);
    setBusy(true);
    try {
      const r = await api.profiles.createRound(id, { kind, date, note });
      navigate(`/trajecten/${id}/persoonsprofiel/${r.id}`, { state: { flash: t.created } });
    } catch (e) {
      setErrors(profileErrors(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={head.data ? t.title(head.data.name) : t.titlePlain} />
      <ProfileNav trajectoryId={id} current="persoonsprofiel" />
      <ApiErrorAlert error={head.error ?? rounds.error} />
      <Paragraph>{t.intro}</Paragraph>
      <section aria-labelledby="rondes-titel" className="werkpad-section">
        <Heading level={2} id="rondes-titel">
          {t.roundsTitle}
        </Heading>
        {rounds.loading && !rounds.data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
        {rounds.data && rounds.data.items.length === 0 ? <Paragraph>{t.noRounds}</Paragraph> : null}
        {rounds.data && rounds.data.items.length ? (
          <div className="werkpad-table-scroll">
            <Table data-testid="rounds-table">
              <TableCaption>{t.roundsCaption}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t.colRound}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colDate}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colAssessed}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colState}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rounds.data.items.map((r) => (
                  <TableRow key={r.id}>
                    <TableHeaderCell scope="row">
                      <AppLink to={`/trajecten/${id}/persoonsprofiel/${r.id}`}>
                        {t.openRound(labelOf(roundKindLabels, r.kind), formatDate(r.date))}
                      </AppLink>
                    </TableHeaderCell>
                    <TableCell>{formatDate(r.date)}</TableCell>
                    <TableCell>{r.assessments.filter((a) => a.status !== 'niet_beoordeeld').length}</TableCell>
                    <TableCell>{r.closed ? t.closed : t.open}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        ) : null}
      </section>
      <section aria-labelledby="ronde-nieuw" className="werkpad-section">
        <Heading level={2} id="ronde-nieuw">
          {t.newTitle}
        </Heading>
        <form
          noValidate
          className="werkpad-form"
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <ErrorList messages={errors} />
          <RadioGroupField
            id="ronde-soort"
            label={t.kind}
            required
            value={kind}
            onChange={(v) => setKind(v as RoundKind)}
            options={(['eerste_indruk', 'herbeoordeling', 'definitief'] as const).map((k) => ({ value: k, label: roundKindLabels[k]! }))}
          />
          <TextField id="ronde-datum" label={t.date} type="date" required value={date} onChange={setDate} />
          <TextField id="ronde-toelichting" label={t.note} value={note} maxLength={2000} onChange={setNote} />
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {t.create}
          </Button>
        </form>
      </section>
    </>
  );
}

interface AssessState {
  status: AssessmentStatus | '';
  unrestricted: boolean;
  draft: Draft;
  note: string;
  version: number | null;
}

function stateFor(def: ItemDefinition, round: AssessmentRound): AssessState {
  const a = round.assessments.find((x) => x.item === def.code);
  return {
    status: a?.status ?? '',
    unrestricted: a?.unrestricted ?? false,
    draft: toDraft(a?.capacity, valueFields(def, 'capacity')),
    note: a?.note ?? '',
    version: a?.version ?? null,
  };
}

const STATUSES: AssessmentStatus[] = ['voldoet', 'voldoet_deels', 'voldoet_niet', 'niet_beoordeeld'];

/** One item's assessment card: the demand, the verdict, the capacity in the item's units. */
function AssessCard({
  def,
  demandText,
  state,
  onChange,
  onSave,
  busy,
  errors,
}: {
  def: ItemDefinition;
  demandText: string;
  state: AssessState;
  onChange: (s: AssessState) => void;
  onSave: () => void;
  busy: boolean;
  errors: string[];
}) {
  const pre = `f6-${def.code}`;
  return (
    <form
      noValidate
      className="werkpad-item-card"
      data-item={def.code}
      aria-labelledby={`${pre}-titel`}
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <Heading level={3} id={`${pre}-titel`}>
        {def.label}
      </Heading>
      <Paragraph>
        <strong>{t.demandLabel}:</strong> {demandText || prof.unknown}
      </Paragraph>
      <RadioGroupField
        id={`${pre}-status`}
        label={`${t.status}: ${def.label}`}
        value={state.status}
        onChange={(v) => onChange({ ...state, status: v as AssessmentStatus })}
        options={STATUSES.map((s) => ({ value: s, label: statusLabels[s]! }))}
      />
      <FormField type="checkbox" className="werkpad-option werkpad-touch-check">
        <div className="utrecht-form-field__input">
          <Checkbox
            id={`${pre}-onbeperkt`}
            appearance="custom"
            checked={state.unrestricted}
            onChange={(e) => onChange({ ...state, unrestricted: e.target.checked })}
          />
        </div>
        <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
          <FormLabel htmlFor={`${pre}-onbeperkt`} type="checkbox" checked={state.unrestricted}>
            {t.unrestricted}
          </FormLabel>
        </div>
      </FormField>
      {!state.unrestricted ? (
        <fieldset className="utrecht-form-fieldset werkpad-subfieldset">
          <legend className="utrecht-form-fieldset__legend">{`${t.capacity}: ${def.label}`}</legend>
          <ValueEditor idPrefix={`${pre}-cap`} item={def} side="capacity" draft={state.draft} onChange={(d) => onChange({ ...state, draft: d })} />
        </fieldset>
      ) : null}
      <TextField id={`${pre}-note`} label={`${prof.form4.itemNote}`} value={state.note} maxLength={2000} onChange={(v) => onChange({ ...state, note: v })} />
      <ErrorList messages={errors} />
      <Button type="submit" appearance="secondary-action-button" disabled={busy || state.status === ''}>
        {t.save(def.label)}
      </Button>
    </form>
  );
}

/** Form 6, one round: the user's own discipline's items to assess, the rest read-only. */
export function AssessmentRoundPage() {
  const api = useApi();
  const params = useParams();
  const id = Number(params.id);
  const roundId = Number(params.roundId);
  const head = useTrajectoryHead(id);
  const cat = useItemCatalogue();
  const [tick, setTick] = useState(0);
  const loaded = useLoad(async () => {
    const [round, demand] = await Promise.all([api.profiles.round(roundId), orNull(api.profiles.demand(id))]);
    return { round, demand };
  }, `round|${roundId}|${tick}`);
  const [round, setRound] = useState<AssessmentRound | null>(null);
  const [states, setStates] = useState<Record<string, AssessState>>({});
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [busyItem, setBusyItem] = useState<string | null>(null);
  const location = useLocation();
  const [flash, setFlash] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);
  const [roundErrors, setRoundErrors] = useState<string[]>([]);
  const catalogue = cat.data?.catalogue;

  useEffect(() => {
    if (!loaded.data || !catalogue) return;
    const r = loaded.data.round;
    setRound(r);
    const s: Record<string, AssessState> = {};
    for (const code of r.assessable_items) {
      const def = itemByCode(catalogue, code);
      if (def) s[code] = stateFor(def, r);
    }
    setStates(s);
  }, [loaded.data, catalogue]);

  const demandOf = (code: string) => {
    const def = catalogue ? itemByCode(catalogue, code) : undefined;
    const d = loaded.data?.demand?.profile.items.find((i) => i.item === code);
    if (!def || !d) return '';
    return d.relevant ? formatValue(def, d.demand, 'demand') : t.notRelevant;
  };

  const saveItem = async (def: ItemDefinition) => {
    const st = states[def.code]!;
    if (st.status === '') return;
    setErrors({ ...errors, [def.code]: [] });
    setFlash(null);
    const { value, errors: bad } = fromDraft(st.draft, valueFields(def, 'capacity'));
    if (bad.length) {
      setErrors({ ...errors, [def.code]: bad.map((b) => prof.fieldError(`${def.label}: ${fieldLabel(def, b.key, 'capacity')}`, prof.notANumber)) });
      return;
    }
    setBusyItem(def.code);
    try {
      const r = await api.profiles.assess(roundId, def.code, {
        status: st.status,
        capacity: st.unrestricted || Object.keys(value).length === 0 ? null : value,
        unrestricted: st.unrestricted,
        note: st.note,
        ...(st.version !== null ? { version: st.version } : {}),
      });
      setRound(r);
      const fresh = stateFor(def, r);
      setStates((cur) => ({ ...cur, [def.code]: { ...cur[def.code]!, version: fresh.version } }));
      setFlash(t.saved(def.label));
    } catch (e) {
      setErrors({ ...errors, [def.code]: profileErrors(e, catalogue, { side: 'capacity', item: def.code }) });
    } finally {
      setBusyItem(null);
    }
  };

  const closeRound = async () => {
    if (!round) return;
    setRoundErrors([]);
    try {
      await api.profiles.updateRound(round.id, { kind: round.kind, date: round.date, note: round.note, closed: true }, round.version);
      setFlash(t.roundClosed);
      setTick((n) => n + 1);
    } catch (e) {
      setRoundErrors(profileErrors(e));
    }
  };

  const assessable = catalogue && round ? round.assessable_items.map((c) => itemByCode(catalogue, c)).filter((d): d is ItemDefinition => !!d) : [];
  const others = round ? round.assessments.filter((a) => !round.assessable_items.includes(a.item)) : [];

  return (
    <>
      <PageHeading
        title={round ? t.roundTitle(labelOf(roundKindLabels, round.kind), formatDate(round.date)) : t.titlePlain}
      />
      <ProfileNav trajectoryId={id} current="persoonsprofiel" />
      {head.data ? <Paragraph>{t.title(head.data.name)}</Paragraph> : null}
      <ApiErrorAlert error={head.error ?? cat.error ?? loaded.error} />
      {!round ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      <StatusMessage text={flash} />
      {round && catalogue ? (
        <>
          {round.filtered ? <Paragraph data-testid="filtered-note">{prof.filtered}</Paragraph> : null}
          {round.closed ? <Paragraph>{t.closedNote}</Paragraph> : null}
          <Paragraph>
            <AppLink to={`/trajecten/${id}/knelpunten?ronde=${round.id}`}>{t.toMatching}</AppLink>
          </Paragraph>
          <section aria-labelledby="beoordelen-titel" className="werkpad-section">
            <Heading level={2} id="beoordelen-titel">
              {t.assessTitle}
            </Heading>
            {assessable.length === 0 ? <Paragraph>{t.nothingToAssess}</Paragraph> : null}
            {groupBySection(assessable).map((g) => (
              <section key={g.section} aria-labelledby={`f6-sectie-${g.section}`}>
                <Heading level={3} id={`f6-sectie-${g.section}`}>
                  {sectionLabels[g.section]}
                </Heading>
                {g.items.map((def) =>
                  states[def.code] ? (
                    <AssessCard
                      key={def.code}
                      def={def}
                      demandText={demandOf(def.code)}
                      state={states[def.code]!}
                      onChange={(s) => setStates((cur) => ({ ...cur, [def.code]: s }))}
                      onSave={() => void saveItem(def)}
                      busy={busyItem === def.code}
                      errors={errors[def.code] ?? []}
                    />
                  ) : null,
                )}
              </section>
            ))}
          </section>
          {others.length ? (
            <section aria-labelledby="anderen-titel" className="werkpad-section">
              <Heading level={2} id="anderen-titel">
                {t.othersTitle}
              </Heading>
              <div className="werkpad-table-scroll">
                <Table data-testid="other-assessments">
                  <TableCaption>{t.othersTitle}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{prof.matching.colItem}</TableHeaderCell>
                      <TableHeaderCell scope="col">{prof.goals.discipline}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.status}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.capacity}</TableHeaderCell>
                      <TableHeaderCell scope="col">{prof.form4.colBy}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {others.map((a) => {
                      const def = itemByCode(catalogue, a.item);
                      return (
                        <TableRow key={a.item}>
                          <TableHeaderCell scope="row">{a.label}</TableHeaderCell>
                          <TableCell>{disciplineLabel(catalogue, a.discipline)}</TableCell>
                          <TableCell>{labelOf(statusLabels, a.status)}</TableCell>
                          <TableCell>{a.unrestricted ? t.unrestricted : def ? formatValue(def, a.capacity, 'capacity') : ''}</TableCell>
                          <TableCell>{t.assessedBy(a.assessor.display_name, formatDate(a.date))}</TableCell>
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
              </div>
            </section>
          ) : null}
          {!round.closed ? (
            <section aria-labelledby="afsluiten-titel" className="werkpad-section">
              <Heading level={2} id="afsluiten-titel">
                {t.closeRound}
              </Heading>
              <ErrorList messages={roundErrors} />
              <Button appearance="secondary-action-button" onClick={() => void closeRound()}>
                {t.closeRound}
              </Button>
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}
