import { useState } from 'react';
import {
  Button,
  ButtonGroup,
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
  Textarea,
} from '@utrecht/component-library-react';
import { isApiError } from '../../api/errors';
import type { Worksample, WorksampleInput } from '../../api/profileTypes';
import { ApiErrorAlert, StatusMessage } from '../../components/ApiErrorAlert';
import { RadioGroupField, TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { nl } from '../../i18n/nl';
import { labelOf, prof, worksampleKindLabels } from '../../i18n/profiles';
import { ErrorList } from '../../profiles/components';
import { profileErrors } from '../../profiles/useTrajectory';
import { useApi } from '../../session/context';

const t = prof.worksamplesAdmin;
const kinds = ['fysiek', 'cognitief', 'fysiek_cognitief'] as const;
const empty: WorksampleInput = { name: '', kind: 'fysiek', employer_material: false, description: '', active: true };

/** Dutch messages for a refused worksample write; a 409 gets `conflictText`. */
export function worksampleErrors(err: unknown, conflictText: string): string[] {
  if (isApiError(err) && err.code === 'conflict') return [conflictText];
  if (isApiError(err) && err.fields.length) {
    const names: Record<string, string> = { name: t.name, kind: t.kind, description: t.description };
    const codes: Record<string, string> = {
      required: 'is verplicht',
      too_long: 'is te lang',
      invalid_value: 'heeft een ongeldige waarde',
      taken: 'is al in gebruik',
    };
    return err.fields.map((f) => prof.fieldError(names[f.path] ?? f.path, labelOf(codes, f.code)));
  }
  return profileErrors(err);
}

/** The fields of one worksample, for the new one and for editing. */
function WorksampleFields({ prefix, value, onChange }: { prefix: string; value: WorksampleInput; onChange: (v: WorksampleInput) => void }) {
  const set = (patch: Partial<WorksampleInput>) => onChange({ ...value, ...patch });
  return (
    <>
      <TextField id={`${prefix}-naam`} label={t.name} required value={value.name} maxLength={200} onChange={(name) => set({ name })} />
      <RadioGroupField
        id={`${prefix}-soort`}
        label={t.kind}
        required
        value={value.kind}
        onChange={(v) => set({ kind: v as WorksampleInput['kind'] })}
        options={kinds.map((k) => ({ value: k, label: worksampleKindLabels[k]! }))}
      />
      <FormField type="checkbox" className="werkpad-option">
        <div className="utrecht-form-field__input">
          <Checkbox
            id={`${prefix}-materiaal`}
            appearance="custom"
            checked={value.employer_material}
            onChange={(e) => set({ employer_material: e.target.checked })}
          />
        </div>
        <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
          <FormLabel htmlFor={`${prefix}-materiaal`} type="checkbox" checked={value.employer_material}>
            {t.material}
          </FormLabel>
        </div>
      </FormField>
      <FormField type="text" className="werkpad-field">
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor={`${prefix}-omschrijving`}>{t.description}</FormLabel>
        </div>
        <div className="utrecht-form-field__input">
          <Textarea id={`${prefix}-omschrijving`} rows={4} value={value.description} onChange={(e) => set({ description: e.target.value })} />
        </div>
      </FormField>
      <FormField type="checkbox" className="werkpad-option">
        <div className="utrecht-form-field__input">
          <Checkbox id={`${prefix}-actief`} appearance="custom" checked={value.active} onChange={(e) => set({ active: e.target.checked })} />
        </div>
        <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
          <FormLabel htmlFor={`${prefix}-actief`} type="checkbox" checked={value.active}>
            {t.activeField}
          </FormLabel>
        </div>
      </FormField>
    </>
  );
}

function inputOf(w: Worksample): WorksampleInput {
  return { name: w.name, kind: w.kind, employer_material: w.employer_material, description: w.description, active: w.active };
}

/** Admin: the institution's worksample catalogue; add, edit, (de)activate. */
export function WorksamplesPage() {
  const api = useApi();
  const [tick, setTick] = useState(0);
  const list = useLoad(() => api.profiles.worksamples(), `werksamples|${tick}`);
  const reload = () => setTick((n) => n + 1);
  const [flash, setFlash] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<string[]>([]);
  const [draft, setDraft] = useState<WorksampleInput>(empty);
  const [errors, setErrors] = useState<string[]>([]);
  const [editing, setEditing] = useState<{ id: number; version: number; value: WorksampleInput } | null>(null);
  const [editErrors, setEditErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const toggleActive = (w: Worksample) =>
    run(async () => {
      setFlash(null);
      setRowErrors([]);
      try {
        await api.profiles.updateWorksample(w.id, { ...inputOf(w), active: !w.active }, w.version);
        setFlash(w.active ? t.deactivated(w.name) : t.activated(w.name));
      } catch (e) {
        setRowErrors(worksampleErrors(e, t.conflict));
      }
      reload();
    });

  return (
    <>
      <PageHeading title={t.title} />
      <Paragraph>{t.intro}</Paragraph>
      <StatusMessage text={flash} />
      <ApiErrorAlert error={list.error} />
      <ErrorList messages={rowErrors} testId="werksample-fouten" />
      {list.loading && !list.data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {list.data && list.data.items.length === 0 ? <Paragraph>{t.empty}</Paragraph> : null}
      {list.data && list.data.items.length ? (
        <div className="werkpad-table-scroll">
          <Table data-testid="worksamples-table">
            <TableCaption>{t.listCaption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t.colName}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colKind}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colMaterial}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colDescription}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colActive}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colActions}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.data.items.map((w) => (
                <TableRow key={w.id}>
                  <TableHeaderCell scope="row">{w.name}</TableHeaderCell>
                  <TableCell>{labelOf(worksampleKindLabels, w.kind)}</TableCell>
                  <TableCell>{w.employer_material ? prof.yes : prof.no}</TableCell>
                  <TableCell>{w.description}</TableCell>
                  <TableCell>{w.active ? t.active : t.inactive}</TableCell>
                  <TableCell>
                    <ButtonGroup>
                      <Button
                        appearance="secondary-action-button"
                        disabled={busy}
                        aria-label={t.edit(w.name)}
                        onClick={() => {
                          setEditErrors([]);
                          setEditing({ id: w.id, version: w.version, value: inputOf(w) });
                        }}
                      >
                        {t.editShort}
                      </Button>
                      <Button
                        appearance="subtle-button"
                        disabled={busy}
                        aria-label={w.active ? t.deactivate(w.name) : t.activate(w.name)}
                        onClick={() => void toggleActive(w)}
                      >
                        {w.active ? t.deactivateShort : t.activateShort}
                      </Button>
                    </ButtonGroup>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {editing ? (
        <section aria-labelledby="werksample-wijzigen" className="werkpad-section">
          <Heading level={2} id="werksample-wijzigen">
            {t.editTitle(list.data?.items.find((w) => w.id === editing.id)?.name ?? editing.value.name)}
          </Heading>
          <form
            noValidate
            className="werkpad-form"
            onSubmit={(e) => {
              e.preventDefault();
              void run(async () => {
                setEditErrors([]);
                setFlash(null);
                try {
                  const saved = await api.profiles.updateWorksample(editing.id, editing.value, editing.version);
                  setEditing(null);
                  setFlash(t.saved(saved.name));
                  reload();
                } catch (err) {
                  setEditErrors(worksampleErrors(err, t.conflict));
                  if (isApiError(err) && err.code === 'conflict') {
                    // Take the newest version, keeping what the admin typed on the screen.
                    const fresh = await api.profiles.worksamples().catch(() => null);
                    const now = fresh?.items.find((w) => w.id === editing.id);
                    if (now) setEditing({ ...editing, version: now.version });
                    reload();
                  }
                }
              });
            }}
          >
            <WorksampleFields prefix="ws-edit" value={editing.value} onChange={(value) => setEditing({ ...editing, value })} />
            <ErrorList messages={editErrors} testId="werksample-wijzig-fouten" />
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" disabled={busy}>
                {t.save}
              </Button>
              <Button type="button" appearance="secondary-action-button" onClick={() => setEditing(null)}>
                {t.cancel}
              </Button>
            </ButtonGroup>
          </form>
        </section>
      ) : null}
      <section aria-labelledby="werksample-nieuw" className="werkpad-section">
        <Heading level={2} id="werksample-nieuw">
          {t.newTitle}
        </Heading>
        <form
          noValidate
          className="werkpad-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              setErrors([]);
              setFlash(null);
              try {
                const w = await api.profiles.createWorksample(draft);
                setDraft(empty);
                setFlash(t.created(w.name));
                reload();
              } catch (err) {
                setErrors(worksampleErrors(err, t.nameTaken));
              }
            });
          }}
        >
          <WorksampleFields prefix="ws-nieuw" value={draft} onChange={setDraft} />
          <ErrorList messages={errors} testId="werksample-nieuw-fouten" />
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {t.create}
          </Button>
        </form>
      </section>
    </>
  );
}
