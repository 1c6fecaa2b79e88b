import { useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Button, ButtonGroup, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { Decision } from '../../api/agrTypes';
import type { Goal, ItemCatalogue } from '../../api/profileTypes';
import { ApiErrorAlert, StatusMessage } from '../../components/ApiErrorAlert';
import { SelectField, TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { formatDate, nl } from '../../i18n/nl';
import { goalEventLabels, goalStatusLabels, labelOf, prof } from '../../i18n/profiles';
import { useActiveSession, useApi } from '../../session/context';
import { ErrorList, ProfileNav, ValueEditor, useItemCatalogue } from '../../profiles/components';
import { boardColumns, disciplineLabel, formatValue, fromDraft, itemByCode, toDraft, today, valueFields, type Draft } from '../../profiles/logic';
import { profileErrors, useTrajectoryHead } from '../../profiles/useTrajectory';

const t = prof.goals;

function NewGoal({
  trajectoryId,
  cat,
  onCreated,
}: {
  trajectoryId: number;
  cat: ItemCatalogue;
  onCreated: () => void;
}) {
  const api = useApi();
  const session = useActiveSession();
  const [params] = useSearchParams();
  const fromItem = params.get('item') ?? '';
  const fromRound = params.get('ronde');
  const [discipline, setDiscipline] = useState(params.get('discipline') ?? session.user.discipline ?? '');
  const [item, setItem] = useState(fromItem);
  const def = item ? itemByCode(cat, item) : undefined;
  const [description, setDescription] = useState('');
  const [draft, setDraft] = useState<Draft>({});
  const [targetDate, setTargetDate] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setErrors([]);
    let target = null;
    if (def) {
      const r = fromDraft(draft, valueFields(def, 'capacity'));
      if (r.errors.length) {
        setErrors([prof.fieldError(t.target, prof.notANumber)]);
        return;
      }
      target = Object.keys(r.value).length ? r.value : null;
    }
    setBusy(true);
    try {
      await api.profiles.createGoal(trajectoryId, {
        discipline,
        ...(item ? { item } : {}),
        ...(item && fromRound && item === fromItem ? { round_id: Number(fromRound) } : {}),
        description,
        target,
        target_date: targetDate,
      });
      setDescription('');
      setDraft({});
      setTargetDate('');
      onCreated();
    } catch (e) {
      setErrors(profileErrors(e, cat, { side: 'capacity', item }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="doel-nieuw" className="werkpad-section">
      <Heading level={2} id="doel-nieuw">
        {t.newTitle}
      </Heading>
      {fromItem && itemByCode(cat, fromItem) ? <Paragraph>{t.fromDiscrepancy(itemByCode(cat, fromItem)!.label)}</Paragraph> : null}
      <form
        noValidate
        className="werkpad-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <ErrorList messages={errors} testId="goal-errors" />
        <SelectField
          id="doel-discipline"
          label={t.discipline}
          required
          value={discipline}
          onChange={setDiscipline}
          emptyOption={t.chooseDiscipline}
          options={cat.disciplines.map((d) => ({ value: d.code, label: d.label }))}
        />
        <SelectField
          id="doel-item"
          label={t.item}
          value={item}
          onChange={(v) => {
            setItem(v);
            setDraft({});
          }}
          emptyOption={t.noItem}
          options={cat.items.map((i) => ({ value: i.code, label: i.label }))}
        />
        <TextField id="doel-omschrijving" label={t.description} description={t.descriptionHint} required value={description} maxLength={2000} onChange={setDescription} />
        {def ? (
          <fieldset className="utrecht-form-fieldset werkpad-subfieldset">
            <legend className="utrecht-form-fieldset__legend">{t.target}</legend>
            <ValueEditor idPrefix="doel-streef" item={def} side="capacity" draft={Object.keys(draft).length ? draft : toDraft(null, valueFields(def, 'capacity'))} onChange={setDraft} />
          </fieldset>
        ) : null}
        <TextField id="doel-streefdatum" label={t.targetDate} type="date" required value={targetDate} onChange={setTargetDate} />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t.create}
        </Button>
      </form>
    </section>
  );
}

function Evaluate({ goal, onDone, onCancel }: { goal: Goal; onDone: (msg: string) => void; onCancel: () => void }) {
  const api = useApi();
  const [date, setDate] = useState(today());
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const pre = `evaluatie-${goal.id}`;
  return (
    <form
      noValidate
      className="werkpad-subform"
      aria-label={t.evaluateTitle(goal.description)}
      onSubmit={(e) => {
        e.preventDefault();
        setErrors([]);
        api.profiles
          .evaluateGoal(goal.id, { date, note, ...(status ? { status } : {}) }, goal.version)
          .then(() => onDone(t.evaluated))
          .catch((err: unknown) => setErrors(profileErrors(err)));
      }}
    >
      <ErrorList messages={errors} />
      <TextField id={`${pre}-datum`} label={t.evalDate} type="date" required value={date} onChange={setDate} />
      <TextField id={`${pre}-notitie`} label={t.evalNote} value={note} maxLength={2000} onChange={setNote} />
      <SelectField
        id={`${pre}-status`}
        label={t.evalStatus}
        value={status}
        onChange={setStatus}
        emptyOption={t.keepStatus}
        options={(['actief', 'behaald', 'gestopt'] as const).map((s) => ({ value: s, label: goalStatusLabels[s]! }))}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          {t.evalSave}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t.cancel}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function Adjust({ goal, d4s, onDone, onCancel }: { goal: Goal; d4s: Decision[]; onDone: (msg: string) => void; onCancel: () => void }) {
  const api = useApi();
  const [d4, setD4] = useState(d4s.length ? String(d4s[d4s.length - 1]!.seq) : '');
  const [description, setDescription] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const pre = `bijstellen-${goal.id}`;
  if (!d4s.length) return <Paragraph>{t.noD4}</Paragraph>;
  return (
    <form
      noValidate
      className="werkpad-subform"
      aria-label={t.adjustTitle(goal.description)}
      onSubmit={(e) => {
        e.preventDefault();
        setErrors([]);
        api.profiles
          .adjustGoal(
            goal.id,
            {
              d4_seq: Number(d4),
              date: today(),
              ...(description ? { description } : {}),
              ...(targetDate ? { target_date: targetDate } : {}),
              note,
            },
            goal.version,
          )
          .then(() => onDone(t.adjusted))
          .catch((err: unknown) => setErrors(profileErrors(err)));
      }}
    >
      <Paragraph>{t.adjustHint}</Paragraph>
      <ErrorList messages={errors} />
      <SelectField
        id={`${pre}-d4`}
        label={t.d4}
        required
        value={d4}
        onChange={setD4}
        options={d4s.map((d) => ({ value: String(d.seq), label: t.d4Option(d.seq, formatDate(d.decided_at.slice(0, 10))) }))}
      />
      <TextField id={`${pre}-doel`} label={t.newDescription} value={description} maxLength={2000} onChange={setDescription} />
      <TextField id={`${pre}-datum`} label={t.newTargetDate} type="date" value={targetDate} onChange={setTargetDate} />
      <TextField id={`${pre}-notitie`} label={t.evalNote} value={note} maxLength={2000} onChange={setNote} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          {t.adjustSave}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t.cancel}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function GoalCard({ goal, cat, d4s, onChanged }: { goal: Goal; cat: ItemCatalogue; d4s: Decision[]; onChanged: (msg: string) => void }) {
  const [mode, setMode] = useState<'none' | 'evaluate' | 'adjust'>('none');
  const def = goal.item ? itemByCode(cat, goal.item) : undefined;
  const open = goal.status === 'actief' || goal.status === 'bijgesteld';
  return (
    <li className="werkpad-goal-card" data-goal={goal.id}>
      <Heading level={4} id={`doel-${goal.id}-titel`}>
        {goal.description}
      </Heading>
      <UnorderedList className="werkpad-plain-list">
        <UnorderedListItem>{t.disciplineText(disciplineLabel(cat, goal.discipline))}</UnorderedListItem>
        {def ? <UnorderedListItem>{t.itemText(def.label)}</UnorderedListItem> : null}
        {def && goal.target ? <UnorderedListItem>{t.targetText(formatValue(def, goal.target, 'capacity'))}</UnorderedListItem> : null}
        <UnorderedListItem>{t.targetDateText(formatDate(goal.target_date))}</UnorderedListItem>
        {goal.session_ids.length ? <UnorderedListItem>{t.sessionsText(goal.session_ids.length)}</UnorderedListItem> : null}
      </UnorderedList>
      <details>
        <summary>{t.historyTitle}</summary>
        <ol className="werkpad-plain-list">
          {goal.events.map((e) => (
            <li key={e.seq}>
              {formatDate(e.date)}: {labelOf(goalEventLabels, e.kind)} ({labelOf(goalStatusLabels, e.status)}), {e.by.display_name}
              {e.note ? `: ${e.note}` : ''}
            </li>
          ))}
        </ol>
      </details>
      {open && mode === 'none' ? (
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={() => setMode('evaluate')} aria-label={`${t.evaluate}: ${goal.description}`}>
            {t.evaluate}
          </Button>
          <Button appearance="subtle-button" onClick={() => setMode('adjust')} aria-label={`${t.adjust}: ${goal.description}`}>
            {t.adjust}
          </Button>
        </ButtonGroup>
      ) : null}
      {mode === 'evaluate' ? <Evaluate goal={goal} onDone={onChanged} onCancel={() => setMode('none')} /> : null}
      {mode === 'adjust' ? <Adjust goal={goal} d4s={d4s} onDone={onChanged} onCancel={() => setMode('none')} /> : null}
    </li>
  );
}

/** The goals board: per status a column of goal cards; evaluations and D4 adjustments. */
export function GoalsPage() {
  const api = useApi();
  const id = Number(useParams().id);
  const head = useTrajectoryHead(id);
  const cat = useItemCatalogue();
  const [tick, setTick] = useState(0);
  const goals = useLoad(() => api.profiles.goals(id), `goals|${id}|${tick}`);
  const [flash, setFlash] = useState<string | null>(null);
  const d4s = useMemo(
    () => (head.data?.tr.decisions ?? []).filter((d) => d.kind === 'd4_voortzetten' && d.outcome === 'doelen_bijstellen'),
    [head.data],
  );
  const changed = (msg: string) => {
    setFlash(msg);
    setTick((n) => n + 1);
  };
  const catalogue = cat.data?.catalogue;
  return (
    <>
      <PageHeading title={head.data ? t.title(head.data.name) : t.titlePlain} />
      <ProfileNav trajectoryId={id} current="doelen" />
      <ApiErrorAlert error={head.error ?? cat.error ?? goals.error} />
      <StatusMessage text={flash} />
      {!goals.data || !catalogue ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {goals.data && catalogue ? (
        <>
          <section aria-labelledby="bord-titel" className="werkpad-section">
            <Heading level={2} id="bord-titel">
              {t.board}
            </Heading>
            {goals.data.items.length === 0 ? <Paragraph>{t.none}</Paragraph> : null}
            <div className="werkpad-board" data-testid="goal-board">
              {boardColumns(goals.data.items).map((c) => (
                <section key={c.status} className="werkpad-board__column" aria-labelledby={`kolom-${c.status}`} data-status={c.status}>
                  <Heading level={3} id={`kolom-${c.status}`}>
                    {t.column(goalStatusLabels[c.status]!, c.goals.length)}
                  </Heading>
                  {c.goals.length ? (
                    <ul className="werkpad-plain-list">
                      {c.goals.map((g) => (
                        <GoalCard key={`${g.id}-${g.version}`} goal={g} cat={catalogue} d4s={d4s} onChanged={changed} />
                      ))}
                    </ul>
                  ) : (
                    <Paragraph>{t.empty}</Paragraph>
                  )}
                </section>
              ))}
            </div>
          </section>
          <NewGoal trajectoryId={id} cat={catalogue} onCreated={() => changed(t.created)} />
        </>
      ) : null}
    </>
  );
}
