import { useEffect, useMemo, useState } from 'react';
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
import type { DemandProfile, FunctionProfile, ItemCatalogue, ItemDemand } from '../../api/profileTypes';
import { ApiErrorAlert, StatusMessage } from '../../components/ApiErrorAlert';
import { TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { formatDate, formatTimestamp, nl } from '../../i18n/nl';
import { prof, sectionLabels } from '../../i18n/profiles';
import { useApi } from '../../session/context';
import { ErrorList, ProfileNav, ValueEditor, YesNo, useItemCatalogue } from '../../profiles/components';
import {
  fieldLabel,
  fromDraft,
  groupBySection,
  parseDecimal,
  toDraft,
  today,
  valueFields,
  type Draft,
} from '../../profiles/logic';
import { orNull, profileErrors, useTrajectoryHead } from '../../profiles/useTrajectory';

const t = prof.form4;

interface ItemState {
  relevant: '' | 'ja' | 'nee';
  draft: Draft;
  note: string;
}

interface Meta {
  visitDate: string;
  filledWith: string;
  title: string;
  organisation: string;
  hours: string;
  note: string;
}

function initialState(cat: ItemCatalogue, d: DemandProfile | null, defaultTitle: string) {
  const items: Record<string, ItemState> = {};
  for (const def of cat.items) {
    const found = d?.profile.items.find((i) => i.item === def.code);
    items[def.code] = {
      relevant: found ? (found.relevant ? 'ja' : 'nee') : '',
      draft: toDraft(found?.demand, valueFields(def, 'demand')),
      note: found?.note ?? '',
    };
  }
  const meta: Meta = {
    visitDate: d?.visit_date ?? today(),
    filledWith: d?.filled_with ?? '',
    title: d?.profile.title ?? defaultTitle,
    organisation: d?.profile.organisation ?? '',
    hours: d?.profile.hours_per_week != null ? String(d.profile.hours_per_week).replace('.', ',') : '',
    note: d?.note ?? '',
  };
  return { items, meta };
}

/** Form 4 (functie-eisenprofiel): quick entry per section during the werkbezoek, with history. */
export function DemandProfilePage() {
  const api = useApi();
  const id = Number(useParams().id);
  const head = useTrajectoryHead(id);
  const cat = useItemCatalogue();
  const [tick, setTick] = useState(0);
  const loaded = useLoad(async () => {
    const [current, history] = await Promise.all([
      orNull(api.profiles.demand(id)),
      api.profiles.demandHistory(id).catch(() => ({ items: [] })),
    ]);
    return { current, history: history.items };
  }, `form4|${id}|${tick}`);

  const [items, setItems] = useState<Record<string, ItemState> | null>(null);
  const [meta, setMeta] = useState<Meta | null>(null);
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [flash, setFlash] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const catalogue = cat.data?.catalogue;
  const current = loaded.data?.current ?? null;
  const ready = catalogue && loaded.data && head.data;
  // Fill the form once from the first answer; later reloads (after a save) keep the inputs.
  useEffect(() => {
    if (!catalogue || !loaded.data || !head.data || items !== null) return;
    const s = initialState(catalogue, loaded.data.current, head.data.rev.function_title ?? '');
    setItems(s.items);
    setMeta(s.meta);
    setBaseVersion(loaded.data.current?.version ?? null);
  }, [catalogue, loaded.data, head.data, items]);

  const sections = useMemo(() => (catalogue ? groupBySection(catalogue.items) : []), [catalogue]);
  const mayEdit = current ? current.may_edit : true;

  const save = async () => {
    if (!catalogue || !items || !meta) return;
    setErrors([]);
    setFlash(null);
    const sent: ItemDemand[] = [];
    const local: string[] = [];
    for (const def of catalogue.items) {
      const st = items[def.code]!;
      if (st.relevant === '') continue;
      if (st.relevant === 'nee') {
        sent.push({ item: def.code, relevant: false, ...(st.note ? { note: st.note } : {}) });
        continue;
      }
      const { value, errors: bad } = fromDraft(st.draft, valueFields(def, 'demand'));
      for (const b of bad) local.push(prof.fieldError(`${def.label}: ${fieldLabel(def, b.key, 'demand')}`, prof.notANumber));
      sent.push({ item: def.code, relevant: true, demand: value, ...(st.note ? { note: st.note } : {}) });
    }
    const hours = parseDecimal(meta.hours);
    if (hours !== null && Number.isNaN(hours)) local.push(prof.fieldError(t.hoursPerWeek, prof.notANumber));
    if (local.length) {
      setErrors(local);
      return;
    }
    const profile: FunctionProfile = {
      title: meta.title,
      organisation: meta.organisation,
      ...(hours !== null ? { hours_per_week: hours } : {}),
      items: sent,
    };
    setBusy(true);
    try {
      const saved = await api.profiles.saveDemand(
        id,
        { profile, visit_date: meta.visitDate || null, filled_with: meta.filledWith, note: meta.note },
        baseVersion,
      );
      setBaseVersion(saved.version);
      setFlash(t.saved(saved.version));
      setTick((n) => n + 1);
    } catch (e) {
      setErrors(profileErrors(e, catalogue, { items: sent.map((s) => s.item) }));
      // After a stale save, take the newest version as the base: the user's input stays on screen.
      try {
        const latest = await orNull(api.profiles.demand(id));
        if (latest && (e as { code?: string }).code === 'conflict') setBaseVersion(latest.version);
      } catch {
        // keep the old base
      }
    } finally {
      setBusy(false);
    }
  };

  const answered = items ? Object.values(items).filter((s) => s.relevant !== '').length : 0;
  const total = catalogue?.items.length ?? 0;

  return (
    <>
      <PageHeading title={head.data ? t.title(head.data.name) : t.titlePlain} />
      <ProfileNav trajectoryId={id} current="functieprofiel" />
      <ApiErrorAlert error={head.error ?? cat.error ?? loaded.error} />
      {!ready ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      <StatusMessage text={flash} />
      {ready && items && meta ? (
        <form
          noValidate
          className="werkpad-form--wide werkpad-form4"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Paragraph>{t.intro}</Paragraph>
          {current ? (
            <Paragraph data-testid="form4-version">
              {t.version(current.version, current.updated_by.display_name, formatTimestamp(current.updated_at))}
            </Paragraph>
          ) : (
            <Paragraph>{t.notYet}</Paragraph>
          )}
          {!mayEdit ? <Paragraph>{t.readOnly}</Paragraph> : null}
          <Paragraph role="status" data-testid="form4-progress">
            {t.progress(answered, total)}
          </Paragraph>
          <nav aria-label={t.jumpTo} className="werkpad-jump">
            <ul>
              {sections.map((s) => (
                <li key={s.section}>
                  <a href={`#sectie-${s.section}`}>{sectionLabels[s.section]}</a>
                </li>
              ))}
            </ul>
          </nav>

          <fieldset className="werkpad-form-section utrecht-form-fieldset" disabled={!mayEdit}>
            <legend className="utrecht-form-fieldset__legend">{t.general}</legend>
            <div className="werkpad-form-grid">
              <TextField id="f4-visit" label={t.visitDate} type="date" value={meta.visitDate} onChange={(v) => setMeta({ ...meta, visitDate: v })} />
              <TextField id="f4-with" label={t.filledWith} value={meta.filledWith} maxLength={200} onChange={(v) => setMeta({ ...meta, filledWith: v })} />
              <TextField id="f4-title" label={t.functionTitle} value={meta.title} maxLength={200} onChange={(v) => setMeta({ ...meta, title: v })} />
              <TextField id="f4-org" label={t.organisation} value={meta.organisation} maxLength={200} onChange={(v) => setMeta({ ...meta, organisation: v })} />
              <TextField id="f4-hours" label={t.hoursPerWeek} inputMode="decimal" size={6} value={meta.hours} onChange={(v) => setMeta({ ...meta, hours: v })} />
            </div>
          </fieldset>

          {sections.map((s) => {
            const done = s.items.filter((i) => items[i.code]!.relevant !== '').length;
            return (
              <section key={s.section} id={`sectie-${s.section}`} aria-labelledby={`sectie-${s.section}-titel`} className="werkpad-section">
                <Heading level={2} id={`sectie-${s.section}-titel`}>
                  {sectionLabels[s.section]} <span className="werkpad-meta">({t.sectionProgress(done, s.items.length)})</span>
                </Heading>
                {s.items.map((def) => {
                  const st = items[def.code]!;
                  const set = (patch: Partial<ItemState>) => setItems({ ...items, [def.code]: { ...st, ...patch } });
                  return (
                    <div key={def.code} className="werkpad-item-card" data-item={def.code}>
                      <YesNo
                        id={`f4-${def.code}-relevant`}
                        legend={t.relevant(def.label)}
                        description={def.help}
                        value={st.relevant}
                        disabled={!mayEdit}
                        onChange={(v) => set({ relevant: v })}
                      />
                      {st.relevant === 'ja' ? (
                        <ValueEditor
                          idPrefix={`f4-${def.code}`}
                          item={def}
                          side="demand"
                          draft={st.draft}
                          disabled={!mayEdit}
                          onChange={(d) => set({ draft: d })}
                        />
                      ) : null}
                    </div>
                  );
                })}
              </section>
            );
          })}

          <TextField id="f4-note" label={t.note} value={meta.note} maxLength={2000} onChange={(v) => setMeta({ ...meta, note: v })} />
          <div className="werkpad-sticky-actions">
            <ErrorList messages={errors} testId="form4-errors" />
            {mayEdit ? (
              <Button type="submit" appearance="primary-action-button" disabled={busy}>
                {busy ? prof.saving : t.save}
              </Button>
            ) : null}
          </div>
        </form>
      ) : null}

      {loaded.data ? (
        <section aria-labelledby="f4-historie" className="werkpad-section">
          <Heading level={2} id="f4-historie">
            {t.historyTitle}
          </Heading>
          {loaded.data.history.length ? (
            <div className="werkpad-table-scroll">
              <Table data-testid="form4-history">
                <TableCaption>{t.historyCaption}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t.colVersion}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colBy}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colAt}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.visitDate}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colRelevant}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {loaded.data.history.map((r) => (
                    <TableRow key={r.version}>
                      <TableHeaderCell scope="row">{r.version}</TableHeaderCell>
                      <TableCell>{r.by.display_name}</TableCell>
                      <TableCell>{formatTimestamp(r.at)}</TableCell>
                      <TableCell>{formatDate(r.visit_date)}</TableCell>
                      <TableCell>{r.profile.items.filter((i) => i.relevant).length}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          ) : (
            <Paragraph>{t.historyEmpty}</Paragraph>
          )}
        </section>
      ) : null}
    </>
  );
}
