import { useState } from 'react';
import {
  Alert,
  Button,
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
import type { ContactEntry, ContactMomentTask, ContactSection } from '../api/contactTypes';
import { taskTitle } from '../agr/components';
import { CheckboxGroupField, SelectField, TextField } from '../components/Field';
import { StatusMessage } from '../components/ApiErrorAlert';
import { useLoad } from '../components/useLoad';
import { agrText, labelOr, partyLabel, taskLabels } from '../i18n/agr';
import { channelLabels, contactText as t } from '../i18n/contacts';
import { formatDateShort, nl } from '../i18n/nl';
import { useApi } from '../session/context';
import { isApiError } from '../api/errors';
import {
  type ContactFormState,
  characterCount,
  contactErrorMessage,
  editContactForm,
  newContactForm,
  toContactInput,
} from './logic';

const REQUIRED = nl.common.required;

/** Today's date in the Netherlands (the server's "today"), yyyy-mm-dd. */
export function amsterdamToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

function TextAreaField(p: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  description?: string;
  rows?: number;
  required?: boolean;
}) {
  const descId = p.description ? `${p.id}-beschrijving` : undefined;
  return (
    <FormField type="text" className="werkpad-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={p.id}>
          {p.label}
          {p.required ? ` ${REQUIRED}` : null}
        </FormLabel>
      </div>
      {p.description ? <FormFieldDescription id={descId}>{p.description}</FormFieldDescription> : null}
      <div className="utrecht-form-field__input">
        <Textarea
          id={p.id}
          value={p.value}
          rows={p.rows ?? 3}
          required={p.required}
          aria-describedby={descId}
          onChange={(e) => p.onChange(e.target.value)}
        />
      </div>
    </FormField>
  );
}

function MomentsTable({
  section,
  onLog,
}: {
  section: ContactSection;
  onLog: ((m: ContactMomentTask) => void) | null;
}) {
  return (
    <div className="werkpad-table-scroll">
      <Table data-testid="contact-moments">
        <TableCaption>{t.momentsCaption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.colMoment}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colPurpose}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colMaterials}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colDue}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colState}</TableHeaderCell>
            {onLog ? <TableHeaderCell scope="col">{t.colAction}</TableHeaderCell> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {section.moments.map((m) => {
            const info = m.task.contact_moment;
            const title = taskTitle(m.task);
            return (
              <TableRow key={m.task.id} data-state={m.task.state} data-key={m.task.key}>
                <TableHeaderCell scope="row">
                  {title}
                  {info ? <div className="werkpad-muted">{info.timing}</div> : null}
                </TableHeaderCell>
                <TableCell>
                  <UnorderedList>
                    {(info?.purposes ?? []).map((p) => (
                      <UnorderedListItem key={p}>{p}</UnorderedListItem>
                    ))}
                  </UnorderedList>
                </TableCell>
                <TableCell>
                  <UnorderedList>
                    {(info?.materials ?? []).map((x) => (
                      <UnorderedListItem key={x.key}>{x.label}</UnorderedListItem>
                    ))}
                  </UnorderedList>
                </TableCell>
                <TableCell>{formatDateShort(m.task.due)}</TableCell>
                <TableCell>
                  <span className={`werkpad-task-state werkpad-task-state--${m.task.state}`}>
                    {labelOr(agrText.tasks.states, m.task.state)}
                  </span>
                  {m.contact_id ? <div className="werkpad-muted">{t.doneByContact}</div> : null}
                </TableCell>
                {onLog ? (
                  <TableCell>
                    {m.task.state !== 'done' ? (
                      <Button appearance="secondary-action-button" aria-label={t.logFor(title)} onClick={() => onLog(m)}>
                        {t.logForShort}
                      </Button>
                    ) : (
                      formatDateShort(m.task.done_at?.slice(0, 10))
                    )}
                  </TableCell>
                ) : null}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

function ContactLog({ contacts, onEdit }: { contacts: ContactEntry[]; onEdit: (c: ContactEntry) => void }) {
  if (!contacts.length) return <Paragraph>{t.emptyLog}</Paragraph>;
  return (
    <div className="werkpad-table-scroll">
      <Table data-testid="contact-log">
        <TableCaption>{t.logCaption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.colDate}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colParty}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colChannel}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colPurpose}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colSummary}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colBy}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colAction}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {contacts.map((c) => (
            <TableRow key={c.id}>
              <TableHeaderCell scope="row">{formatDateShort(c.date)}</TableHeaderCell>
              <TableCell>{partyLabel(c.party)}</TableCell>
              <TableCell>{labelOr(channelLabels, c.channel)}</TableCell>
              <TableCell>
                {c.purpose}
                {c.task_key ? <div className="werkpad-muted">{labelOr(taskLabels, c.task_key)}</div> : null}
                {c.materials.length || c.other_materials ? (
                  <UnorderedList>
                    {c.materials.map((m) => (
                      <UnorderedListItem key={m.key}>{m.label}</UnorderedListItem>
                    ))}
                    {c.other_materials ? <UnorderedListItem>{c.other_materials}</UnorderedListItem> : null}
                  </UnorderedList>
                ) : null}
              </TableCell>
              <TableCell>
                {c.medical ? <strong className="werkpad-contact-medical">{t.medicalBadge}</strong> : null}
                {c.summary_hidden ? <Paragraph className="werkpad-muted">{t.summaryHidden}</Paragraph> : <span className="werkpad-prewrap">{c.summary}</span>}
              </TableCell>
              <TableCell>{c.updated_by.display_name}</TableCell>
              <TableCell>
                {c.may_edit ? (
                  <Button
                    appearance="secondary-action-button"
                    aria-label={t.editFor(formatDateShort(c.date), partyLabel(c.party))}
                    onClick={() => onEdit(c)}
                  >
                    {t.edit}
                  </Button>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function ContactForm({
  section,
  initial,
  editing,
  onSaved,
  onCancel,
}: {
  section: ContactSection;
  initial: ContactFormState;
  editing: ContactEntry | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  // (onSaved also serves a stale edit: the section reloads and says so.)
  const api = useApi().contacts(section.trajectory_id);
  const [f, setF] = useState<ContactFormState>(initial);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const set = <K extends keyof ContactFormState>(key: K, value: ContactFormState[K]) => setF((s) => ({ ...s, [key]: value }));
  const catalogue = section.material_catalogue;
  const openMoments = section.moments.filter((m) => m.task.state !== 'done' || m.task.id === f.taskId);
  const prefix = editing ? 'contact-wijzig' : 'contact-nieuw';

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      if (editing) {
        await api.edit(editing.id, toContactInput(f), editing.version);
        onSaved(t.edited);
      } else {
        await api.log(toContactInput(f), f.taskId);
        onSaved(f.taskId ? t.savedTask : t.saved);
      }
    } catch (err) {
      if (isApiError(err) && err.code === 'conflict') {
        onSaved(t.conflict);
        return;
      }
      setFailure(contactErrorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="werkpad-subform" aria-labelledby={`${prefix}-titel`} data-testid="contact-form">
      <Heading level={3} id={`${prefix}-titel`}>
        {editing ? t.formEditTitle : t.formNewTitle}
      </Heading>
      {failure ? (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      ) : null}
      {!editing ? (
        <SelectField
          id={`${prefix}-moment`}
          label={t.momentField}
          value={f.taskId ? String(f.taskId) : ''}
          onChange={(v) => {
            const m = section.moments.find((x) => String(x.task.id) === v);
            setF(m ? { ...newContactForm(f.date, m), summary: f.summary } : { ...f, taskId: null });
          }}
          emptyOption={t.noMomentOption}
          options={openMoments.map((m) => ({ value: String(m.task.id), label: taskTitle(m.task) }))}
        />
      ) : null}
      <TextField id={`${prefix}-datum`} type="date" label={t.dateField} required value={f.date} onChange={(v) => set('date', v)} />
      <SelectField
        id={`${prefix}-partij`}
        label={t.partyField}
        required
        value={f.party}
        onChange={(v) => set('party', v)}
        options={[
          { value: 'werkgever', label: partyLabel('werkgever') },
          { value: 'bedrijfsarts', label: partyLabel('bedrijfsarts') },
          { value: 'anders', label: t.otherParty },
        ]}
      />
      {f.party === 'anders' ? (
        <TextField
          id={`${prefix}-andere-partij`}
          label={t.otherPartyField}
          description={t.otherPartyDescription}
          required
          value={f.otherParty}
          maxLength={40}
          onChange={(v) => set('otherParty', v)}
        />
      ) : null}
      <SelectField
        id={`${prefix}-manier`}
        label={t.channelField}
        required
        value={f.channel}
        onChange={(v) => set('channel', v)}
        options={section.channels.map((c) => ({ value: c, label: labelOr(channelLabels, c) }))}
      />
      <TextAreaField id={`${prefix}-doel`} label={t.purposeField} required value={f.purpose} onChange={(v) => set('purpose', v)} />
      <CheckboxGroupField
        id={`${prefix}-materiaal`}
        label={t.materialsField}
        values={catalogue.map((m, i) => (f.materials.includes(m.key) ? i : -1)).filter((i) => i >= 0)}
        onToggle={(i, on) => {
          const key = catalogue[i]!.key;
          set('materials', on ? [...f.materials.filter((k) => k !== key), key] : f.materials.filter((k) => k !== key));
        }}
        options={catalogue.map((m, i) => ({ value: i, label: m.label }))}
      />
      <TextField
        id={`${prefix}-ander-materiaal`}
        label={t.otherMaterialsField}
        value={f.otherMaterials}
        maxLength={500}
        onChange={(v) => set('otherMaterials', v)}
      />
      <TextAreaField
        id={`${prefix}-samenvatting`}
        label={t.summaryField}
        description={`${t.summaryDescription} (${characterCount(f.summary)}/4000)`}
        required
        rows={5}
        value={f.summary}
        onChange={(v) => set('summary', v)}
      />
      {section.may_log_medical ? (
        <CheckboxGroupField
          id={`${prefix}-medisch`}
          label={t.medicalField}
          description={t.medicalDescription}
          values={f.medical ? [1] : []}
          onToggle={(_, on) => set('medical', on)}
          options={[{ value: 1, label: t.medicalField }]}
        />
      ) : null}
      <div className="werkpad-toolbar">
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {editing ? t.saveEdit : t.save}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}

/** Section "Contactmomenten" of the trajectory page: moment tasks and the contact log. */
export function ContactsSection({ trajectoryId, onChanged }: { trajectoryId: number; onChanged?: () => void }) {
  const api = useApi();
  const [tick, setTick] = useState(0);
  const loaded = useLoad(() => api.contacts(trajectoryId).get(), `${trajectoryId}|${tick}`);
  const [form, setForm] = useState<{ initial: ContactFormState; editing: ContactEntry | null; key: number } | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const section = loaded.data;

  const open = (initial: ContactFormState, editing: ContactEntry | null) => {
    setFlash(null);
    setForm({ initial, editing, key: Date.now() });
  };

  return (
    <section aria-labelledby="contactmomenten-titel" className="werkpad-section" data-testid="contacts-section">
      <Heading level={2} id="contactmomenten-titel">
        {t.title}
      </Heading>
      <Paragraph>{t.intro}</Paragraph>
      <StatusMessage text={flash} />
      {loaded.error ? (
        <Alert type="error" role="alert">
          <Paragraph>{contactErrorMessage(loaded.error)}</Paragraph>
        </Alert>
      ) : null}
      {loaded.loading && !section ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {section ? (
        <>
          <Paragraph data-testid="contact-signal-summary" className={section.overdue ? 'werkpad-task-state--overdue' : undefined}>
            {t.signalSummary(section.overdue, section.due_soon, section.signal_days)}
          </Paragraph>
          {section.moments.length ? (
            <MomentsTable section={section} onLog={section.may_log ? (m) => open(newContactForm(amsterdamToday(), m), null) : null} />
          ) : (
            <Paragraph>{t.noMoments}</Paragraph>
          )}
          <Heading level={3}>{t.logTitle}</Heading>
          <ContactLog contacts={section.contacts} onEdit={(c) => open(editContactForm(c), c)} />
          {section.may_log && !form ? (
            <div className="werkpad-toolbar">
              <Button appearance="secondary-action-button" onClick={() => open(newContactForm(amsterdamToday()), null)}>
                {t.formNewTitle}
              </Button>
            </div>
          ) : null}
          {form ? (
            <ContactForm
              key={form.key}
              section={section}
              initial={form.initial}
              editing={form.editing}
              onCancel={() => setForm(null)}
              onSaved={(message) => {
                setForm(null);
                setFlash(message);
                setTick((n) => n + 1);
                onChanged?.();
              }}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
