import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';
import { isApiError } from '../api/errors';
import type { AllowedDecision, Contacts, Trajectory } from '../api/agrTypes';
import { RadioGroupField, SelectField } from '../components/Field';
import {
  agrText,
  decisionLabels,
  endReasonLabels,
  labelOr,
  outcomeLabels,
  reasonClassLabels,
  reasonLabels,
  stepLabels,
} from '../i18n/agr';
import { useApi } from '../session/context';
import { AgeInfo } from './components';
import { agrErrorMessage } from './messages';
import {
  D3_CRITERIA,
  END_REASONS,
  NOTE_MAX,
  REASONS_BY_CLASS,
  suggestD3,
  toChecklistInput,
  type CriterionState,
  type D3Criterion,
} from './route';

type Criteria = Record<D3Criterion, CriterionState>;

const NO_CRITERIA: Criteria = { belastbaarheid: 'onbekend', orientatie: 'onbekend', taalbegrip: 'onbekend', leerbaarheid: 'onbekend' };

/**
 * The five criteria of h1 as a checklist with a preview of the suggestion (D3). Sent with the
 * decision; the server computes the suggestion again and stores both (docs/agr-route.md §3).
 */
function D3Checklist({
  criteria,
  prognosis,
  onCriteria,
  onPrognosis,
}: {
  criteria: Criteria;
  prognosis: string;
  onCriteria: (c: Criteria) => void;
  onPrognosis: (p: string) => void;
}) {
  const s = suggestD3(criteria, prognosis === 'onbekend' ? null : prognosis === 'ja');
  return (
    <Fieldset aria-labelledby="d3-checklist-legenda" className="werkpad-field werkpad-checklist">
      <FieldsetLegend id="d3-checklist-legenda">{t.checklistTitle}</FieldsetLegend>
      <Paragraph>{t.checklistIntro}</Paragraph>
      {D3_CRITERIA.map((c) => (
        <SelectField
          key={c}
          id={`d3-${c}`}
          label={t.criteria[c] ?? c}
          value={criteria[c]}
          onChange={(v) => onCriteria({ ...criteria, [c]: v as CriterionState })}
          options={(['onbekend', 'voldaan', 'niet_voldaan'] as const).map((v) => ({ value: v, label: t.criterionStates[v] ?? v }))}
        />
      ))}
      <SelectField
        id="d3-prognose"
        label={t.prognosis}
        value={prognosis}
        onChange={onPrognosis}
        options={[
          { value: 'onbekend', label: t.prognosisUnknown },
          { value: 'ja', label: t.prognosisYes },
          { value: 'nee', label: t.prognosisNo },
        ]}
      />
      <Paragraph data-testid="d3-suggestion" aria-live="polite">
        {s.outcome
          ? t.suggestion(labelOr(outcomeLabels, s.outcome), s.reason ? labelOr(reasonLabels, s.reason) : null)
          : s.missing === 'prognosis'
            ? t.suggestionPrognosis
            : t.suggestionCriteria}
      </Paragraph>
    </Fieldset>
  );
}

const t = agrText.decision;

/**
 * A modal dialog (native <dialog>) to record one decision kind: outcome, reason (of the classes
 * the outcome allows), end reason, D2 contacts and a note. A 409 from the server is shown as a
 * Dutch sentence (rule message) or as "changed meanwhile" (stale version).
 */
export function DecisionDialog({
  trajectory,
  kind,
  onClose,
  onDone,
}: {
  trajectory: Trajectory;
  kind: string;
  onClose: () => void;
  onDone: (t: Trajectory) => void;
}) {
  const api = useApi();
  const ref = useRef<HTMLDialogElement>(null);
  const options = trajectory.allowed_decisions.filter((d) => d.kind === kind);
  const [outcome, setOutcome] = useState(options.length === 1 ? options[0]!.outcome : '');
  const [reason, setReason] = useState('');
  const [endReason, setEndReason] = useState('');
  const [contacts, setContacts] = useState<Contacts>({ werkgever: !trajectory.zzp, bedrijfsarts: true });
  const [note, setNote] = useState('');
  const [criteria, setCriteria] = useState<Criteria>(NO_CRITERIA);
  const [prognosis, setPrognosis] = useState('onbekend');
  const [folder, setFolder] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const chosen: AllowedDecision | undefined = options.find((o) => o.outcome === outcome);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => {
      if (d?.open) d.close();
    };
  }, []);

  const isD3 = kind === 'd3_werktraining';
  const recovery = prognosis === 'onbekend' ? null : prognosis === 'ja';
  const suggested = isD3 ? suggestD3(criteria, recovery).outcome : null;
  // Handbook h3: at D1 nee the revalidant still gets the folder 'Arbeidsgerichte revalidatie'.
  const folderApplies = kind === 'd1_ric_inzetten' && outcome === 'nee';

  const reasons = (chosen?.reason_classes ?? []).flatMap((c) =>
    (REASONS_BY_CLASS[c] ?? []).map((r) => ({ value: r, label: `${labelOr(reasonLabels, r)} – ${labelOr(reasonClassLabels, c)}` })),
  );

  const submit = async () => {
    setError(null);
    if (!chosen) return setError(t.chooseOutcome);
    if (chosen.reason_classes.length && !reason) return setError(t.chooseReason);
    if (chosen.end_reason_required && !endReason) return setError(t.chooseEndReason);
    setBusy(true);
    try {
      const next = await api.trajectories.decide(trajectory.id, {
        kind,
        outcome,
        reason: chosen.reason_classes.length ? reason : null,
        end_reason: chosen.end_reason_required ? endReason : null,
        contacts: chosen.contacts_required ? contacts : null,
        checklist: isD3 ? toChecklistInput(criteria, recovery) : null,
        folder_handed_out: folderApplies ? folder : null,
        note,
        version: trajectory.version,
      });
      onDone(next);
    } catch (e) {
      if (isApiError(e) && e.code === 'conflict') setStale(true);
      else setError(agrErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const title = labelOr(decisionLabels, kind);
  return (
    <dialog
      ref={ref}
      className="werkpad-dialog"
      aria-labelledby="beslissing-titel"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      data-testid="decision-dialog"
    >
      <form
        method="dialog"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Heading level={2} id="beslissing-titel">
          {t.dialogTitle(title)}
        </Heading>
        {error ? (
          <div role="alert" data-testid="decision-error">
            <Alert type="error" role="none">
              <Paragraph>{error}</Paragraph>
            </Alert>
          </div>
        ) : null}
        {stale ? (
          <div role="alert" data-testid="decision-stale">
            <Alert type="error" role="none">
              <Heading level={3}>{t.staleTitle}</Heading>
              <Paragraph>{t.staleText}</Paragraph>
            </Alert>
          </div>
        ) : null}
        {kind === 'd1_ric_inzetten' ? <AgeInfo age={trajectory.age} /> : null}
        {isD3 ? (
          <D3Checklist criteria={criteria} prognosis={prognosis} onCriteria={setCriteria} onPrognosis={setPrognosis} />
        ) : null}
        <RadioGroupField
          id="beslissing-uitkomst"
          label={t.outcome}
          required
          value={outcome}
          onChange={(v) => {
            setOutcome(v);
            setReason('');
            setEndReason('');
          }}
          options={options.map((o) => ({
            value: o.outcome,
            label: t.outcomeTo(labelOr(outcomeLabels, o.outcome), labelOr(stepLabels, o.to)),
          }))}
        />
        {suggested && outcome && outcome !== suggested ? (
          <Alert type="info">
            <Paragraph data-testid="d3-differs">{t.differsWarning(labelOr(outcomeLabels, suggested))}</Paragraph>
          </Alert>
        ) : null}
        {folderApplies ? (
          <FormField type="checkbox" className="werkpad-option werkpad-field">
            <div className="utrecht-form-field__input">
              <Checkbox
                id="beslissing-folder"
                checked={folder}
                appearance="custom"
                aria-describedby="beslissing-folder-uitleg"
                onChange={(e) => setFolder(e.target.checked)}
              />
            </div>
            <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
              <FormLabel htmlFor="beslissing-folder" type="checkbox" checked={folder}>
                {t.folderLabel}
              </FormLabel>
            </div>
            <FormFieldDescription id="beslissing-folder-uitleg">{t.folderHint}</FormFieldDescription>
          </FormField>
        ) : null}
        {chosen?.requires_consent_form && !trajectory.consent_form_signed ? (
          <Alert type="warning">
            <Paragraph>{t.consentWarning}</Paragraph>
          </Alert>
        ) : null}
        {chosen && chosen.reason_classes.length ? (
          <SelectField
            id="beslissing-reden"
            label={t.reasonLabel}
            required
            value={reason}
            onChange={setReason}
            emptyOption={t.reasonChoose}
            options={reasons}
          />
        ) : null}
        {chosen?.end_reason_required ? (
          <SelectField
            id="beslissing-eindreden"
            label={t.endReasonLabel}
            required
            value={endReason}
            onChange={setEndReason}
            emptyOption={t.endReasonChoose}
            options={END_REASONS.map((r) => ({ value: r, label: labelOr(endReasonLabels, r) }))}
          />
        ) : null}
        {chosen?.contacts_required ? (
          <Fieldset aria-labelledby="beslissing-contact-legenda" aria-describedby="beslissing-contact-uitleg" className="werkpad-field">
            <FieldsetLegend id="beslissing-contact-legenda">{t.contactsLegend}</FieldsetLegend>
            <FormFieldDescription id="beslissing-contact-uitleg">{t.contactsHint}</FormFieldDescription>
            {(['werkgever', 'bedrijfsarts'] as const).map((k) => (
              <FormField key={k} type="checkbox" className="werkpad-option">
                <div className="utrecht-form-field__input">
                  <Checkbox
                    id={`beslissing-contact-${k}`}
                    checked={contacts[k]}
                    disabled={k === 'werkgever' && trajectory.zzp}
                    appearance="custom"
                    onChange={(e) => setContacts({ ...contacts, [k]: e.target.checked })}
                  />
                </div>
                <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
                  <FormLabel htmlFor={`beslissing-contact-${k}`} type="checkbox" checked={contacts[k]}>
                    {k === 'werkgever' ? t.contactWerkgever : t.contactBedrijfsarts}
                  </FormLabel>
                </div>
              </FormField>
            ))}
          </Fieldset>
        ) : null}
        <FormField type="text" className="werkpad-field">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="beslissing-toelichting">{t.noteLabel}</FormLabel>
          </div>
          <FormFieldDescription id="beslissing-toelichting-uitleg">{t.noteHint}</FormFieldDescription>
          <div className="utrecht-form-field__input">
            <Textarea
              id="beslissing-toelichting"
              value={note}
              maxLength={NOTE_MAX}
              rows={3}
              aria-describedby="beslissing-toelichting-uitleg"
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
        </FormField>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={busy || stale}>
            {t.submit}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onClose}>
            {stale ? t.reloadTrajectory : t.cancel}
          </Button>
        </ButtonGroup>
      </form>
    </dialog>
  );
}
