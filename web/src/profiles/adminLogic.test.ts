import { describe, expect, it } from 'vitest';
import type { ItemCatalogueView, ItemDefinition } from '../api/profileTypes';
import { assignmentErrors, choiceOf, emptyItems, isOverride, overridesOf, toggleDiscipline } from './adminLogic';

const item = (code: string, label: string, disciplines: string[]): ItemDefinition => ({
  code,
  label,
  activity: label,
  section: 'fysiek_dynamisch',
  kind: 'dynamisch',
  measures: ['kg'],
  disciplines,
});

const view: ItemCatalogueView = {
  version: 3,
  catalogue: {
    version: 1,
    disciplines: [
      { code: 'fysiotherapie', label: 'Fysiotherapie' },
      { code: 'ergotherapie', label: 'Ergotherapie' },
      { code: 'psychologie', label: 'Psychologie' },
    ],
    fml_items: [],
    items: [item('tillen', 'Tillen', ['fysiotherapie']), item('plannen', 'Plannen', ['ergotherapie', 'psychologie'])],
  },
  assignment: [
    { item: 'tillen', disciplines: ['fysiotherapie'], overridden: false },
    { item: 'plannen', disciplines: ['psychologie'], overridden: true },
  ],
};

describe('item-to-discipline assignment', () => {
  it('starts from the current assignment, default where none is given', () => {
    const c = choiceOf({ ...view, assignment: [{ item: 'plannen', disciplines: ['psychologie'], overridden: true }] });
    expect(c).toEqual({ tillen: ['fysiotherapie'], plannen: ['psychologie'] });
  });
  it('keeps the catalogue order when toggling and leaves the input alone', () => {
    const c = choiceOf(view);
    const next = toggleDiscipline(view, c, 'plannen', 'ergotherapie', true);
    expect(next.plannen).toEqual(['ergotherapie', 'psychologie']);
    expect(c.plannen).toEqual(['psychologie']);
    expect(toggleDiscipline(view, next, 'tillen', 'fysiotherapie', false).tillen).toEqual([]);
  });
  it('sends only the items that differ from the default, order of disciplines ignored', () => {
    const c = choiceOf(view);
    expect(overridesOf(view, c)).toEqual([{ item: 'plannen', disciplines: ['psychologie'] }]);
    const back = { ...c, plannen: ['psychologie', 'ergotherapie'] };
    expect(isOverride(view, back, 'plannen')).toBe(false);
    expect(overridesOf(view, back)).toEqual([]);
    const more = toggleDiscipline(view, c, 'tillen', 'ergotherapie', true);
    expect(overridesOf(view, more).map((o) => o.item)).toEqual(['tillen', 'plannen']);
  });
  it('finds items without any discipline', () => {
    const c = toggleDiscipline(view, choiceOf(view), 'tillen', 'fysiotherapie', false);
    expect(emptyItems(view, c)).toEqual(['tillen']);
    expect(emptyItems(view, choiceOf(view))).toEqual([]);
  });
  it('maps 422 field errors to the item they concern, in Dutch', () => {
    const sent = [
      { item: 'tillen', disciplines: ['fysiotherapie', 'logopedie'] },
      { item: 'plannen', disciplines: [] },
    ];
    const per = assignmentErrors(view, sent, [
      { path: 'overrides[0].disciplines[1]', code: 'unknown_discipline' },
      { path: 'overrides[1].disciplines', code: 'required' },
      { path: 'overrides[7].item', code: 'unknown_item' },
    ]);
    expect(per.tillen).toEqual(['Tillen: logopedie bevat een onbekende discipline.']);
    expect(per.plannen).toEqual(['Plannen heeft geen discipline; kies er minstens één.']);
    expect(per['']).toEqual(['overrides[7].item is geen item van de itemlijst.']);
  });
});
