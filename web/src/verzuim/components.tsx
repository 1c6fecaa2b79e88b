import type { ReactNode } from 'react';
import {
  Button,
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
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormFieldErrorMessage,
} from '@utrecht/component-library-react';
import type { Milestone, Riv, RivItem } from '../api/verzuimTypes';
import { AppLink } from '../components/AppLink';
import { RadioGroupField, SelectField, TextField } from '../components/Field';
import type { ShownError } from '../forms/formState';
import { labelOr } from '../i18n/agr';
import { formatDateShort, nl } from '../i18n/nl';
import {
  documentKindLabels,
  milestoneDocumentLabels,
  milestoneStatusLabels,
  ownerLabels,
  partyLabels,
  rivStatusLabels,
  rivUrgencyLabels,
  verzuimText,
} from '../i18n/verzuim';
import {
  daysBetween,
  emptyAction,
  fieldLabel,
  fieldsFor,
  hasActions,
  milestoneName,
  statusTone,
  usesSelect,
  verzuimInputId,
  type DocumentValues,
} from './logic';

const tt = verzuimText.timeline;

function errorFor(errors: ShownError[], id: string): string | undefined {
  const m = errors.filter((e) => e.targetId === id).map((e) => e.message);
  return m.length ? m.join(' ') : undefined;
}

/** A horizontally scrollable table wrapper that keyboard users can reach and scroll. */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="werkpad-table-scroll" role="region" aria-label={verzuimText.tableRegion(label)} tabIndex={0}>
      {children}
    </div>
  );
}

/** A status badge: text plus a tone class (never colour alone). */
export function StatusBadge({ status, label }: { status: string; label?: string }) {
  return (
    <span className={`werkpad-verzuim-status werkpad-verzuim-status--${statusTone(status)}`} data-status={status}>
      {label ?? labelOr(milestoneStatusLabels, status)}
    </span>
  );
}

/** Every milestone of the timeline with due date, week, who, document and status. */
export function MilestoneTable({
  milestones,
  today,
  documentLink,
}: {
  milestones: Milestone[];
  today: string;
  /** Where a done step's document opens; leave out to show no links (the portal). */
  documentLink?: (documentId: number) => string;
}) {
  return (
    <ScrollRegion label={tt.caption}>
      <Table data-testid="milestones" className="werkpad-milestones">
        <TableCaption>{tt.caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{tt.colStep}</TableHeaderCell>
            <TableHeaderCell scope="col">{tt.colStatus}</TableHeaderCell>
            <TableHeaderCell scope="col">{tt.colDue}</TableHeaderCell>
            <TableHeaderCell scope="col">{tt.colWeek}</TableHeaderCell>
            <TableHeaderCell scope="col">{tt.colWho}</TableHeaderCell>
            <TableHeaderCell scope="col">{tt.colDocument}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {milestones.map((m) => {
            const name = milestoneName(m);
            const left = daysBetween(today, m.due);
            return (
              <TableRow
                key={`${m.key}-${m.sequence}`}
                data-key={m.key}
                data-sequence={m.sequence}
                data-status={m.status}
                className={`werkpad-milestone werkpad-milestone--${statusTone(m.status)}`}
              >
                <TableHeaderCell scope="row">{name}</TableHeaderCell>
                <TableCell>
                  <StatusBadge status={m.status} />
                  {m.status === 'done' && m.done_on ? (
                    <div className="werkpad-meta">
                      {tt.doneOn(formatDateShort(m.done_on))}
                      {m.late ? `, ${tt.lateDone}` : ''}
                    </div>
                  ) : null}
                  {m.status === 'due' || m.status === 'overdue' ? <div className="werkpad-meta">{tt.daysLeft(left)}</div> : null}
                </TableCell>
                <TableCell>
                  {formatDateShort(m.due)}
                  {m.opens ? <div className="werkpad-meta">{tt.opens(formatDateShort(m.opens))}</div> : null}
                </TableCell>
                <TableCell>{m.week}</TableCell>
                <TableCell>{m.responsible.map((p) => labelOr(partyLabels, p)).join(', ')}</TableCell>
                <TableCell>
                  {m.document ? labelOr(milestoneDocumentLabels, m.document) : ''}
                  {m.document_id && documentLink ? (
                    <>
                      {' '}
                      <AppLink to={documentLink(m.document_id)}>
                        {tt.viewDocument}
                        <span className="werkpad-visually-hidden"> {tt.viewDocumentFor(name)}</span>
                      </AppLink>
                    </>
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}

function RivTable({ title, items, testId }: { title: string; items: RivItem[]; testId: string }) {
  const t = verzuimText.riv;
  return (
    <ScrollRegion label={title}>
      <Table data-testid={testId}>
        <TableCaption>{title}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.colDoc}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colRequired}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colDue}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colDates}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colStatus}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((i) => (
            <TableRow key={i.kind} data-kind={i.kind} data-status={i.status}>
              <TableHeaderCell scope="row">{labelOr(documentKindLabels, i.kind)}</TableHeaderCell>
              <TableCell>{i.required ? t.yes : t.no}</TableCell>
              <TableCell>{formatDateShort(i.due)}</TableCell>
              <TableCell>{i.dates.map(formatDateShort).join(', ')}</TableCell>
              <TableCell>
                <StatusBadge
                  status={i.status === 'present' ? 'done' : i.status === 'missing' || i.status === 'late' ? 'overdue' : 'neutral'}
                  label={labelOr(rivStatusLabels, i.status)}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}

/** The RIV checklist: employer part, medical part (apart, when visible) and the employee's part. */
export function RivChecklist({ riv }: { riv: Riv }) {
  const t = verzuimText.riv;
  const missing = riv.not_recorded.length;
  return (
    <div data-testid="riv" data-urgency={riv.urgency} className={`werkpad-riv werkpad-riv--${riv.urgency}`}>
      <Paragraph>
        {t.week(riv.week)} {t.urgency(labelOr(rivUrgencyLabels, riv.urgency))}
      </Paragraph>
      {riv.week < 80 ? <Paragraph>{t.beforeWeek80}</Paragraph> : null}
      <Paragraph role="status" data-testid="riv-summary">
        {riv.complete ? t.complete : t.incomplete(missing)}
      </Paragraph>
      <Heading level={3}>{t.employerPart}</Heading>
      <RivTable title={t.employerPart} items={riv.employer_part} testId="riv-employer" />
      <Heading level={3}>{t.medicalPart}</Heading>
      {riv.medical_part ? (
        <div className="werkpad-medical">
          <RivTable title={t.medicalPart} items={riv.medical_part} testId="riv-medical" />
        </div>
      ) : (
        <Paragraph>{t.medicalHidden}</Paragraph>
      )}
      <Heading level={3}>{t.employeePart}</Heading>
      <RivTable title={t.employeePart} items={riv.employee_part} testId="riv-employee" />
    </div>
  );
}

function TextArea({
  id,
  label,
  required,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  required?: boolean;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
}) {
  return (
    <FormField type="text" invalid={!!error} className="werkpad-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          {required ? <span className="werkpad-required"> {nl.common.required}</span> : null}
        </FormLabel>
      </div>
      {error ? (
        <FormFieldErrorMessage className="utrecht-form-field__error-message" id={`${id}-fout`}>
          {error}
        </FormFieldErrorMessage>
      ) : null}
      <div className="utrecht-form-field__input">
        <Textarea
          id={id}
          value={value}
          rows={3}
          maxLength={8000}
          invalid={!!error}
          aria-describedby={error ? `${id}-fout` : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
    </FormField>
  );
}

function CheckField({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <FormField type="checkbox" className="werkpad-option">
      <div className="utrecht-form-field__input">
        <Checkbox id={id} checked={checked} appearance="custom" onChange={(e) => onChange(e.target.checked)} />
      </div>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <FormLabel htmlFor={id} type="checkbox" checked={checked}>
          {label}
        </FormLabel>
      </div>
    </FormField>
  );
}

/** All input ids the document form renders for `kind` (so error summaries can link to them). */
export function documentInputIds(formId: string, kind: string, values: DocumentValues, medical: boolean): string[] {
  const ids = [verzuimInputId(formId, 'kind'), verzuimInputId(formId, 'date')];
  for (const f of fieldsFor(kind)) ids.push(verzuimInputId(formId, `content.${f.name}`));
  values.acties.forEach((_, i) => {
    for (const n of ['omschrijving', 'eigenaar', 'datum']) ids.push(verzuimInputId(formId, `content.acties[${i}].${n}`));
  });
  if (medical) ids.push(verzuimInputId(formId, 'medisch.toelichting'));
  return ids;
}

/** The fields of one document kind (the catalogue decides which kinds exist; this renders one). */
export function DocumentFields({
  formId,
  kind,
  values,
  onChange,
  errors,
  medicalVisible,
}: {
  formId: string;
  kind: string;
  values: DocumentValues;
  onChange: (v: DocumentValues) => void;
  errors: ShownError[];
  medicalVisible: boolean;
}) {
  const t = verzuimText.documents;
  const id = (path: string) => verzuimInputId(formId, path);
  const setField = (name: string, x: string | boolean) => onChange({ ...values, fields: { ...values.fields, [name]: x } });
  const setAction = (i: number, patch: Partial<DocumentValues['acties'][number]>) =>
    onChange({ ...values, acties: values.acties.map((a, j) => (j === i ? { ...a, ...patch } : a)) });
  return (
    <>
      <TextField
        id={id('date')}
        type="date"
        label={t.date}
        required
        value={values.date}
        onChange={(date) => onChange({ ...values, date })}
        error={errorFor(errors, id('date'))}
      />
      {fieldsFor(kind).map((f) => {
        const fid = id(`content.${f.name}`);
        const label = fieldLabel(f.name);
        const err = errorFor(errors, fid);
        const v = values.fields[f.name];
        switch (f.type) {
          case 'bool':
            return <CheckField key={f.name} id={fid} label={label} checked={v === true} onChange={(x) => setField(f.name, x)} />;
          case 'enum':
            if (usesSelect(f)) {
              return (
                <SelectField
                  key={f.name}
                  id={fid}
                  label={label}
                  required={f.required}
                  value={typeof v === 'string' ? v : ''}
                  emptyOption={t.choose}
                  onChange={(x) => setField(f.name, x)}
                  error={err}
                  options={Object.entries(f.options ?? {}).map(([value, l]) => ({ value, label: l }))}
                />
              );
            }
            return (
              <RadioGroupField
                key={f.name}
                id={fid}
                label={label}
                required={f.required}
                value={typeof v === 'string' ? v : ''}
                onChange={(x) => setField(f.name, x)}
                error={err}
                options={Object.entries(f.options ?? {}).map(([value, l]) => ({ value, label: l }))}
              />
            );
          case 'date':
            return (
              <TextField
                key={f.name}
                id={fid}
                type="date"
                label={label}
                required={f.required}
                value={typeof v === 'string' ? v : ''}
                onChange={(x) => setField(f.name, x)}
                error={err}
              />
            );
          default:
            return (
              <TextArea
                key={f.name}
                id={fid}
                label={label}
                required={f.required}
                value={typeof v === 'string' ? v : ''}
                onChange={(x) => setField(f.name, x)}
                error={err}
              />
            );
        }
      })}
      {hasActions(kind) ? (
        <Fieldset className="werkpad-field" aria-labelledby={`${formId}-acties-legenda`}>
          <FieldsetLegend id={`${formId}-acties-legenda`}>{t.actionsLegend}</FieldsetLegend>
          {values.acties.length === 0 ? <Paragraph>{t.noActions}</Paragraph> : null}
          {values.acties.map((a, i) => (
            <div key={i} className="werkpad-subform" role="group" aria-label={t.actionN(i + 1)}>
              <Paragraph>
                <strong>{t.actionN(i + 1)}</strong>
              </Paragraph>
              <TextField
                id={id(`content.acties[${i}].omschrijving`)}
                label={fieldLabel('omschrijving')}
                required
                value={a.omschrijving}
                onChange={(x) => setAction(i, { omschrijving: x })}
                error={errorFor(errors, id(`content.acties[${i}].omschrijving`))}
              />
              <SelectField
                id={id(`content.acties[${i}].eigenaar`)}
                label={fieldLabel('eigenaar')}
                required
                value={a.eigenaar}
                emptyOption={t.choose}
                onChange={(x) => setAction(i, { eigenaar: x })}
                options={Object.entries(ownerLabels).map(([value, label]) => ({ value, label }))}
                error={errorFor(errors, id(`content.acties[${i}].eigenaar`))}
              />
              <TextField
                id={id(`content.acties[${i}].datum`)}
                type="date"
                label={fieldLabel('datum')}
                value={a.datum}
                onChange={(x) => setAction(i, { datum: x })}
                error={errorFor(errors, id(`content.acties[${i}].datum`))}
              />
              <CheckField
                id={id(`content.acties[${i}].gereed`)}
                label={fieldLabel('gereed')}
                checked={a.gereed}
                onChange={(x) => setAction(i, { gereed: x })}
              />
              <Button
                appearance="subtle-button"
                onClick={() => onChange({ ...values, acties: values.acties.filter((_, j) => j !== i) })}
              >
                {t.removeAction(i + 1)}
              </Button>
            </div>
          ))}
          <Button appearance="secondary-action-button" onClick={() => onChange({ ...values, acties: [...values.acties, emptyAction()] })}>
            {t.addAction}
          </Button>
        </Fieldset>
      ) : null}
      {medicalVisible ? (
        <Fieldset className="werkpad-field werkpad-medical" aria-labelledby={`${formId}-medisch-legenda`}>
          <FieldsetLegend id={`${formId}-medisch-legenda`}>{t.medicalTitle}</FieldsetLegend>
          <Paragraph>{t.medicalHint}</Paragraph>
          <TextArea
            id={id('medisch.toelichting')}
            label={t.medicalToelichting}
            value={values.medisch}
            onChange={(x) => onChange({ ...values, medisch: x })}
            error={errorFor(errors, id('medisch.toelichting'))}
          />
        </Fieldset>
      ) : null}
    </>
  );
}

