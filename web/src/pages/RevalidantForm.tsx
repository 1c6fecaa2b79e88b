import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import type { RicRef, StaffMember, Team } from '../api/types';
import { EMPLOYMENT_STATUSES } from '../api/types';
import { SelectField, TextField, type TextFieldProps } from '../components/Field';
import { ErrorSummary } from '../components/ErrorSummary';
import {
  errorsAt,
  getPath,
  inputId,
  setPath,
  type RevalidantForm as FormValues,
  type ShownError,
} from '../forms/formState';
import { employmentStatusLabels, fieldNames, nl } from '../i18n/nl';

export const REVALIDANT_FORM_ID = 'rev';

type Path = keyof typeof fieldNames.revalidant;

function Section({ id, title, hint, children }: { id: string; title: string; hint?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-titel`} className="werkpad-form-section">
      <Heading level={2} id={`${id}-titel`}>
        {title}
      </Heading>
      {hint ? <Paragraph className="werkpad-hint">{hint}</Paragraph> : null}
      <div className="werkpad-form-grid">{children}</div>
    </section>
  );
}

/**
 * The revalidant form, grouped as on paper: Persoonsgegevens, Contact, Naaste, Werk,
 * Bedrijfsarts, Team en RIC. Shows server field errors at their inputs and in a summary.
 */
export function RevalidantForm({
  initial,
  teams,
  rics,
  currentRic,
  errors,
  attempt,
  busy,
  submitLabel,
  onSubmit,
  secondary,
}: {
  initial: FormValues;
  teams: Team[];
  rics: StaffMember[];
  currentRic?: RicRef | null;
  errors: ShownError[];
  attempt: number;
  busy: boolean;
  submitLabel: string;
  onSubmit: (values: FormValues) => void;
  secondary?: ReactNode;
}) {
  const [values, setValues] = useState<FormValues>(initial);

  const text = (path: Path, extra: Partial<TextFieldProps> = {}) => (
    <TextField
      id={inputId(REVALIDANT_FORM_ID, path)}
      label={fieldNames.revalidant[path].label}
      value={getPath(values, path)}
      onChange={(v) => setValues((old) => setPath(old, path, v))}
      error={errorsAt(errors, REVALIDANT_FORM_ID, path)}
      {...extra}
    />
  );

  const ricOptions = rics.map((r) => ({ value: String(r.id), label: r.display_name }));
  if (currentRic && !ricOptions.some((o) => o.value === String(currentRic.id))) {
    ricOptions.push({ value: String(currentRic.id), label: currentRic.display_name });
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(values);
  };

  return (
    <>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <form onSubmit={submit} noValidate className="werkpad-form werkpad-form--wide" data-testid="revalidant-form">
        <Section id="sectie-persoon" title={nl.revalidant.sectionPerson}>
          {text('given_names', { required: true, autoComplete: 'off' })}
          {text('family_name', { required: true })}
          {text('date_of_birth', { required: true, type: 'date', description: nl.revalidant.dateHint })}
          {text('bsn', { inputMode: 'numeric', maxLength: 11, description: nl.revalidant.bsnHint, spellCheck: false })}
        </Section>
        <Section id="sectie-contact" title={nl.revalidant.sectionContact}>
          {text('contact.email', { type: 'email', spellCheck: false })}
          {text('contact.phone', { type: 'tel' })}
          {text('contact.street')}
          {text('contact.postal_code', { size: 8 })}
          {text('contact.city')}
        </Section>
        <Section id="sectie-naaste" title={nl.revalidant.sectionNaaste} hint={nl.revalidant.sectionNaasteHint}>
          {text('naaste.name')}
          {text('naaste.relation')}
          {text('naaste.phone', { type: 'tel' })}
          {text('naaste.email', { type: 'email', spellCheck: false })}
        </Section>
        <Section id="sectie-werk" title={nl.revalidant.sectionWork} hint={nl.revalidant.sectionEmployerHint}>
          <SelectField
            id={inputId(REVALIDANT_FORM_ID, 'employment_status')}
            label={fieldNames.revalidant.employment_status.label}
            required
            value={values.employment_status}
            onChange={(v) => setValues((old) => ({ ...old, employment_status: v }))}
            emptyOption={nl.common.choose}
            options={EMPLOYMENT_STATUSES.map((s) => ({ value: s, label: employmentStatusLabels[s] ?? s }))}
            error={errorsAt(errors, REVALIDANT_FORM_ID, 'employment_status')}
          />
          {text('function_title')}
          {text('hours_per_week', { inputMode: 'decimal', size: 6, description: nl.revalidant.hoursHint })}
          {text('employer.organisation')}
          {text('employer.contact_name')}
          {text('employer.contact_phone', { type: 'tel' })}
          {text('employer.contact_email', { type: 'email', spellCheck: false })}
          {text('employer.address')}
        </Section>
        <Section
          id="sectie-bedrijfsarts"
          title={nl.revalidant.sectionBedrijfsarts}
          hint={nl.revalidant.sectionBedrijfsartsHint}
        >
          {text('bedrijfsarts.name')}
          {text('bedrijfsarts.organisation')}
          {text('bedrijfsarts.phone', { type: 'tel' })}
          {text('bedrijfsarts.email', { type: 'email', spellCheck: false })}
        </Section>
        <Section id="sectie-team" title={nl.revalidant.sectionTeam}>
          <SelectField
            id={inputId(REVALIDANT_FORM_ID, 'team_id')}
            label={fieldNames.revalidant.team_id.label}
            value={values.team_id}
            onChange={(v) => setValues((old) => ({ ...old, team_id: v }))}
            emptyOption={nl.revalidant.noTeam}
            options={teams.map((t) => ({ value: String(t.id), label: t.name }))}
            error={errorsAt(errors, REVALIDANT_FORM_ID, 'team_id')}
          />
          <SelectField
            id={inputId(REVALIDANT_FORM_ID, 'ric_user_id')}
            label={fieldNames.revalidant.ric_user_id.label}
            value={values.ric_user_id}
            onChange={(v) => setValues((old) => ({ ...old, ric_user_id: v }))}
            emptyOption={nl.revalidant.noRic}
            options={ricOptions}
            description={ricOptions.length === 0 ? nl.revalidant.noRicOptions : undefined}
            error={errorsAt(errors, REVALIDANT_FORM_ID, 'ric_user_id')}
          />
        </Section>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {busy ? nl.common.saving : submitLabel}
          </Button>
          {secondary}
        </ButtonGroup>
      </form>
    </>
  );
}
