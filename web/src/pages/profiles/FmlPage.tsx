import { useState } from 'react';
import { useParams } from 'react-router';
import {
  Button,
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
import type { CapacityProfileDoc, ItemCatalogue } from '../../api/profileTypes';
import { ApiErrorAlert, StatusMessage } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { RadioGroupField, TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { formatDate, nl } from '../../i18n/nl';
import { capacitySourceLabels, instrumentLabels, labelOf, prof, sectionLabels } from '../../i18n/profiles';
import { useApi } from '../../session/context';
import { ErrorList, ProfileNav, ValueEditor, useItemCatalogue } from '../../profiles/components';
import { fromDraft, groupBySection, today, valueFields, type Draft } from '../../profiles/logic';
import { profileErrors, useTrajectoryHead } from '../../profiles/useTrajectory';

const t = prof.fml;

type Mode = 'leeg' | 'onbeperkt' | 'beperkt';

function FmlForm({ trajectoryId, cat, onSaved }: { trajectoryId: number; cat: ItemCatalogue; onSaved: () => void }) {
  const api = useApi();
  const [source, setSource] = useState<'bedrijfsarts' | 'uwv'>('bedrijfsarts');
  const [instrument, setInstrument] = useState<'fml' | 'izp' | 'bar'>('fml');
  const [date, setDate] = useState(today());
  const [author, setAuthor] = useState('');
  const [note, setNote] = useState('');
  const [modes, setModes] = useState<Record<string, Mode>>({});
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setErrors([]);
    const items: CapacityProfileDoc['items'] = [];
    const local: string[] = [];
    for (const def of cat.items) {
      const m = modes[def.code] ?? 'leeg';
      if (m === 'leeg') continue;
      if (m === 'onbeperkt') {
        items.push({ item: def.code, unrestricted: true });
        continue;
      }
      const r = fromDraft(drafts[def.code] ?? {}, valueFields(def, 'capacity'));
      if (r.errors.length) local.push(prof.fieldError(def.label, prof.notANumber));
      items.push({ item: def.code, capacity: r.value });
    }
    if (local.length) {
      setErrors(local);
      return;
    }
    setBusy(true);
    try {
      await api.profiles.addCapacityProfile(trajectoryId, {
        source,
        profile: { source: instrument, date, ...(author ? { assessor: author } : {}), items },
        author,
        note,
      });
      setModes({});
      setDrafts({});
      onSaved();
    } catch (e) {
      setErrors(profileErrors(e, cat, { items: items.map((i) => i.item), side: 'capacity' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      className="werkpad-form--wide"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <RadioGroupField
        id="fml-bron"
        label={t.source}
        required
        value={source}
        onChange={(v) => setSource(v as 'bedrijfsarts' | 'uwv')}
        options={(['bedrijfsarts', 'uwv'] as const).map((s) => ({ value: s, label: capacitySourceLabels[s]! }))}
      />
      <RadioGroupField
        id="fml-soort"
        label={t.instrument}
        required
        value={instrument}
        onChange={(v) => setInstrument(v as 'fml' | 'izp' | 'bar')}
        options={(['fml', 'izp', 'bar'] as const).map((s) => ({ value: s, label: instrumentLabels[s]! }))}
      />
      <div className="werkpad-form-grid">
        <TextField id="fml-datum" label={t.date} type="date" required value={date} onChange={setDate} />
        <TextField id="fml-auteur" label={t.author} value={author} maxLength={200} onChange={setAuthor} />
      </div>
      <Heading level={2}>{t.itemsTitle}</Heading>
      {groupBySection(cat.items).map((g) => (
        <section key={g.section} aria-labelledby={`fml-${g.section}`} className="werkpad-section">
          <Heading level={3} id={`fml-${g.section}`}>
            {sectionLabels[g.section]}
          </Heading>
          {g.items.map((def) => {
            const m = modes[def.code] ?? 'leeg';
            const fml = def.fml?.map((f) => f.code).join(', ');
            return (
              <div key={def.code} className="werkpad-item-card" data-item={def.code}>
                <RadioGroupField
                  id={`fml-${def.code}`}
                  label={fml ? `${def.label} (FML ${fml})` : def.label}
                  value={m}
                  onChange={(v) => setModes({ ...modes, [def.code]: v as Mode })}
                  options={[
                    { value: 'leeg', label: prof.fmlModes.leeg },
                    { value: 'onbeperkt', label: prof.fmlModes.onbeperkt },
                    { value: 'beperkt', label: prof.fmlModes.beperkt },
                  ]}
                />
                {m === 'beperkt' ? (
                  <ValueEditor
                    idPrefix={`fml-${def.code}-cap`}
                    item={def}
                    side="capacity"
                    draft={drafts[def.code] ?? {}}
                    onChange={(d) => setDrafts({ ...drafts, [def.code]: d })}
                  />
                ) : null}
              </div>
            );
          })}
        </section>
      ))}
      <TextField id="fml-toelichting" label={t.note} value={note} maxLength={2000} onChange={setNote} />
      <div className="werkpad-sticky-actions">
        <ErrorList messages={errors} />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t.save}
        </Button>
      </div>
    </form>
  );
}

/** FML / IZP / BAR from the bedrijfsarts or UWV: the list and a new entry. */
export function FmlPage() {
  const api = useApi();
  const id = Number(useParams().id);
  const head = useTrajectoryHead(id);
  const cat = useItemCatalogue();
  const [tick, setTick] = useState(0);
  const list = useLoad(() => api.profiles.capacityProfiles(id), `fml|${id}|${tick}`);
  const [flash, setFlash] = useState<string | null>(null);
  return (
    <>
      <PageHeading title={t.title} />
      <ProfileNav trajectoryId={id} current="fml" />
      {head.data ? <Paragraph>{prof.matching.title(head.data.name)}</Paragraph> : null}
      <ApiErrorAlert error={head.error ?? cat.error ?? list.error} />
      <StatusMessage text={flash} />
      <Paragraph>{t.intro}</Paragraph>
      <section aria-labelledby="fml-lijst" className="werkpad-section">
        <Heading level={2} id="fml-lijst">
          {t.listTitle}
        </Heading>
        {list.data && list.data.items.length === 0 ? <Paragraph>{t.empty}</Paragraph> : null}
        {list.data && list.data.items.length ? (
          <div className="werkpad-table-scroll">
            <Table>
              <TableCaption>{t.listCaption}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t.colDate}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colSource}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colInstrument}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colItems}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colCompare}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {list.data.items.map((c) => (
                  <TableRow key={c.id}>
                    <TableHeaderCell scope="row">{formatDate(c.date)}</TableHeaderCell>
                    <TableCell>{labelOf(capacitySourceLabels, c.source)}</TableCell>
                    <TableCell>{labelOf(instrumentLabels, c.instrument)}</TableCell>
                    <TableCell>{c.profile.items.length}</TableCell>
                    <TableCell>
                      <AppLink to={`/trajecten/${id}/knelpunten?fml=${c.id}`}>{t.compare(formatDate(c.date))}</AppLink>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        ) : null}
      </section>
      {cat.data && !list.loading ? (
        <section aria-labelledby="fml-nieuw" className="werkpad-section">
          <Heading level={2} id="fml-nieuw">
            {t.title}
          </Heading>
          <FmlForm
            key={tick}
            trajectoryId={id}
            cat={cat.data.catalogue}
            onSaved={() => {
              setFlash(t.saved);
              setTick((n) => n + 1);
            }}
          />
        </section>
      ) : null}
      {!list.data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
    </>
  );
}
