import { Heading } from '@utrecht/component-library-react';
import type { ItemCatalogue, ItemDemand, ProfileValue } from '../api/profileTypes';
import { prof, sectionLabels } from '../i18n/profiles';
import { ValueEditor, YesNo } from './components';
import { fieldLabel, fromDraft, groupBySection, toDraft, valueFields, type Draft } from './logic';

// The items of a function-demand profile (form 4), per section: relevant yes/no and the demand in
// the item's units. Used by the form 4 editor of a trajectory and for a catalogue function.

export interface ItemState {
  relevant: '' | 'ja' | 'nee';
  draft: Draft;
  note: string;
}

export function initialItems(cat: ItemCatalogue, items: ItemDemand[] | undefined): Record<string, ItemState> {
  const out: Record<string, ItemState> = {};
  for (const def of cat.items) {
    const found = items?.find((i) => i.item === def.code);
    out[def.code] = {
      relevant: found ? (found.relevant ? 'ja' : 'nee') : '',
      draft: toDraft(found?.demand as ProfileValue | undefined, valueFields(def, 'demand')),
      note: found?.note ?? '',
    };
  }
  return out;
}

/** The answered items as the API wants them, and Dutch sentences for numbers that are not numbers. */
export function demandItems(cat: ItemCatalogue, items: Record<string, ItemState>): { sent: ItemDemand[]; errors: string[] } {
  const sent: ItemDemand[] = [];
  const errors: string[] = [];
  for (const def of cat.items) {
    const st = items[def.code];
    if (!st || st.relevant === '') continue;
    if (st.relevant === 'nee') {
      sent.push({ item: def.code, relevant: false, ...(st.note ? { note: st.note } : {}) });
      continue;
    }
    const { value, errors: bad } = fromDraft(st.draft, valueFields(def, 'demand'));
    for (const b of bad) errors.push(prof.fieldError(`${def.label}: ${fieldLabel(def, b.key, 'demand')}`, prof.notANumber));
    sent.push({ item: def.code, relevant: true, demand: value, ...(st.note ? { note: st.note } : {}) });
  }
  return { sent, errors };
}

export function DemandItemsEditor({
  cat,
  items,
  onChange,
  idPrefix,
  disabled = false,
  headingLevel = 2,
}: {
  cat: ItemCatalogue;
  items: Record<string, ItemState>;
  onChange: (items: Record<string, ItemState>) => void;
  idPrefix: string;
  disabled?: boolean;
  headingLevel?: 2 | 3;
}) {
  return (
    <>
      {groupBySection(cat.items).map((s) => {
        const done = s.items.filter((i) => items[i.code]?.relevant !== '').length;
        return (
          <section
            key={s.section}
            id={`${idPrefix}-sectie-${s.section}`}
            aria-labelledby={`${idPrefix}-sectie-${s.section}-titel`}
            className="werkpad-section"
          >
            <Heading level={headingLevel} id={`${idPrefix}-sectie-${s.section}-titel`}>
              {sectionLabels[s.section]} <span className="werkpad-meta">({prof.form4.sectionProgress(done, s.items.length)})</span>
            </Heading>
            {s.items.map((def) => {
              const st = items[def.code]!;
              const set = (patch: Partial<ItemState>) => onChange({ ...items, [def.code]: { ...st, ...patch } });
              return (
                <div key={def.code} className="werkpad-item-card" data-item={def.code}>
                  <YesNo
                    id={`${idPrefix}-${def.code}-relevant`}
                    legend={prof.form4.relevant(def.label)}
                    description={def.help}
                    value={st.relevant}
                    disabled={disabled}
                    onChange={(v) => set({ relevant: v })}
                  />
                  {st.relevant === 'ja' ? (
                    <ValueEditor
                      idPrefix={`${idPrefix}-${def.code}`}
                      item={def}
                      side="demand"
                      draft={st.draft}
                      disabled={disabled}
                      onChange={(d) => set({ draft: d })}
                    />
                  ) : null}
                </div>
              );
            })}
          </section>
        );
      })}
    </>
  );
}
