import { useState } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
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
import {
  MEANS,
  type EmployerWithheld,
  type TextSection,
  type Visie,
  type VisieContent,
  type VisieStatus,
  type VisieVersion,
} from '../api/visieTypes';
import { CheckboxGroupField, SelectField, TextField } from '../components/Field';
import { formatTimestamp } from '../i18n/nl';
import { meansLabels, sectionLabels, visieStatusLabels, visieText as t } from '../i18n/visie';
import { roleLabel } from '../i18n/nl';
import { contentEditable, employerTerms, needsReason, statusActions, toggleMeans } from './logic';

export const TEXT_SECTIONS: { key: TextSection; medical: boolean; rows: number }[] = [
  { key: 'verloop', medical: false, rows: 8 },
  { key: 'werksituatie', medical: false, rows: 6 },
  { key: 'profielvergelijking', medical: false, rows: 4 },
  { key: 'behandeldoelen', medical: true, rows: 4 },
  { key: 'werktraining', medical: false, rows: 3 },
  { key: 'visie_team', medical: false, rows: 5 },
  { key: 'aandachtspunten', medical: false, rows: 4 },
  { key: 'advies', medical: false, rows: 5 },
  { key: 'medische_toelichting', medical: true, rows: 3 },
];

function TextArea({
  id,
  label,
  value,
  rows,
  readOnly,
  description,
  warning,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  rows: number;
  readOnly: boolean;
  description?: string;
  warning?: string;
  onChange: (v: string) => void;
}) {
  const describedBy = [description ? `${id}-uitleg` : null, warning ? `${id}-waarschuwing` : null].filter(Boolean).join(' ');
  return (
    <FormField type="text" className="werkpad-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description ? <FormFieldDescription id={`${id}-uitleg`}>{description}</FormFieldDescription> : null}
      {warning ? (
        <Alert type="warning" role="none">
          <Paragraph id={`${id}-waarschuwing`} data-testid={`${id}-waarschuwing`}>
            {warning}
          </Paragraph>
        </Alert>
      ) : null}
      <div className="utrecht-form-field__input">
        <Textarea
          id={id}
          value={value}
          rows={rows}
          maxLength={8000}
          readOnly={readOnly}
          aria-describedby={describedBy || undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
    </FormField>
  );
}

/**
 * The content of form 7: sections, means and weeks; editable or read-only. `employerWithheld`
 * (the team's view): a warning at each text the employer will not see because of a medical term.
 */
export function ContentForm({
  content,
  editable,
  employerWithheld,
  onChange,
}: {
  content: VisieContent;
  editable: boolean;
  employerWithheld?: EmployerWithheld[];
  onChange: (c: VisieContent) => void;
}) {
  const meansIndex = (m: string) => MEANS.indexOf(m as (typeof MEANS)[number]);
  const warning = (section: TextSection) => {
    const terms = employerTerms(employerWithheld, section);
    return terms ? t.employerWithheld(terms.join(', ')) : undefined;
  };
  return (
    <>
      {TEXT_SECTIONS.map((s) =>
        s.key === 'advies' ? (
          <div key="advies">
            <CheckboxGroupField
              id="visie-middelen"
              label={t.meansLegend}
              values={content.middelen.map(meansIndex)}
              options={MEANS.map((m, i) => ({ value: i, label: meansLabels[m] ?? m }))}
              onToggle={(i, on) => editable && onChange(toggleMeans(content, MEANS[i]!, on))}
            />
            {content.middelen.includes('arbeidstherapeutische_plaatsing') ? (
              <TextField
                id="visie-plaatsing-weken"
                label={sectionLabels.plaatsing_weken!}
                description={t.weeksHint}
                type="number"
                inputMode="numeric"
                value={content.plaatsing_weken === null ? '' : String(content.plaatsing_weken)}
                readOnly={!editable}
                onChange={(v) => onChange({ ...content, plaatsing_weken: v === '' ? null : Number(v) })}
              />
            ) : null}
            <TextArea
              id="visie-advies"
              label={sectionLabels.advies!}
              value={content.advies}
              rows={s.rows}
              readOnly={!editable}
              warning={warning('advies')}
              onChange={(v) => onChange({ ...content, advies: v })}
            />
          </div>
        ) : (
          <TextArea
            key={s.key}
            id={`visie-${s.key}`}
            label={sectionLabels[s.key] ?? s.key}
            value={content[s.key]}
            rows={s.rows}
            readOnly={!editable}
            description={s.medical ? t.medicalHint : undefined}
            warning={s.medical ? undefined : warning(s.key)}
            onChange={(v) => onChange({ ...content, [s.key]: v })}
          />
        ),
      )}
    </>
  );
}

export function StatusButtons({
  visie,
  role,
  busy,
  onChange,
}: {
  visie: Visie;
  role: string;
  busy: boolean;
  onChange: (to: VisieStatus, reason?: string) => void;
}) {
  const [reason, setReason] = useState('');
  const actions = statusActions(visie.status, role);
  if (!actions.length) return null;
  const label = (to: VisieStatus) => (to === 'in_review' ? t.toReview : to === 'draft' ? t.toDraft : t.toReady);
  const back = actions.some((to) => needsReason(visie.status, to));
  return (
    <div className="werkpad-subform">
      {back ? <TextField id="visie-reden" label={t.backReason} value={reason} onChange={setReason} maxLength={1000} /> : null}
      <ButtonGroup>
        {actions.map((to) => (
          <Button
            key={to}
            appearance={to === 'ready_for_signature' || to === 'in_review' ? 'primary-action-button' : 'secondary-action-button'}
            disabled={busy}
            onClick={() => onChange(to, needsReason(visie.status, to) ? reason : undefined)}
          >
            {label(to)}
          </Button>
        ))}
      </ButtonGroup>
    </div>
  );
}

export function Comments({
  visie,
  busy,
  onAdd,
}: {
  visie: Visie;
  busy: boolean;
  onAdd: (text: string, section: string) => void;
}) {
  const [text, setText] = useState('');
  const [section, setSection] = useState('');
  return (
    <section aria-labelledby="opmerkingen-titel" className="werkpad-section">
      <Heading level={2} id="opmerkingen-titel">
        {t.commentsTitle}
      </Heading>
      {visie.comments.length ? (
        <UnorderedList data-testid="visie-comments">
          {visie.comments.map((c) => (
            <UnorderedListItem key={c.id}>
              <strong>{c.section ? sectionLabels[c.section] ?? c.section : t.commentWhole}:</strong> {c.text}
              <div>{t.commentBy(c.by.display_name, roleLabelOr(c.discipline), formatTimestamp(c.at), c.on_version)}</div>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        <Paragraph>{t.commentsEmpty}</Paragraph>
      )}
      {visie.status !== 'signed' ? (
        <form
          noValidate
          className="werkpad-subform"
          onSubmit={(e) => {
            e.preventDefault();
            onAdd(text, section);
            setText('');
          }}
        >
          <SelectField
            id="opmerking-onderdeel"
            label={t.commentSection}
            value={section}
            onChange={setSection}
            emptyOption={t.commentWhole}
            options={TEXT_SECTIONS.map((s) => ({ value: s.key, label: sectionLabels[s.key] ?? s.key }))}
          />
          <TextArea id="opmerking-tekst" label={sectionLabels.text!} value={text} rows={3} readOnly={false} onChange={setText} />
          <Button type="submit" appearance="secondary-action-button" disabled={busy}>
            {t.commentAdd}
          </Button>
        </form>
      ) : null}
    </section>
  );
}

function roleLabelOr(discipline: string): string {
  const r = roleLabel(discipline);
  return r || discipline;
}

export function Versions({ versions }: { versions: VisieVersion[] }) {
  return (
    <section aria-labelledby="versies-titel" className="werkpad-section">
      <Heading level={2} id="versies-titel">
        {t.versionsTitle}
      </Heading>
      <div className="werkpad-table-scroll">
        <Table data-testid="visie-versions">
          <TableCaption>{t.versionsCaption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t.colVersion}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.colEvent}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.colStatus}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.colBy}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.colAt}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.colHash}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {[...versions].reverse().map((v) => (
              <TableRow key={v.version}>
                <TableHeaderCell scope="row">{v.version}</TableHeaderCell>
                <TableCell>
                  {t.events[v.event] ?? v.event}
                  {v.reason ? ` — ${v.reason}` : ''}
                </TableCell>
                <TableCell>{visieStatusLabels[v.status] ?? v.status}</TableCell>
                <TableCell>{v.by.display_name}</TableCell>
                <TableCell>{formatTimestamp(v.at)}</TableCell>
                <TableCell>
                  <code>{v.content_sha256.slice(0, 12)}</code>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

export function ErrorBox({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <div role="alert">
      <Alert type="error" role="none">
        <Paragraph>{text}</Paragraph>
      </Alert>
    </div>
  );
}

export { contentEditable };
