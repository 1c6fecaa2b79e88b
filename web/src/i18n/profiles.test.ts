import { describe, expect, it } from 'vitest';
import catalogue from '../../../resources/profiles/items.v1.json';
import type { ItemCatalogue } from '../api/profileTypes';
import { fieldLabel, unitOf, valueFields } from '../profiles/logic';
import { fieldLabels, sectionLabels, sectionOrder } from './profiles';

// The built-in item catalogue (the server's resources/profiles/items.v1.json) against the Dutch
// texts of the UI: a new item, measure or section without a label fails here.
const cat = catalogue as unknown as ItemCatalogue;

describe('profile texts cover the item catalogue', () => {
  it('labels every section, in the form order', () => {
    const used = [...new Set(cat.items.map((i) => i.section))];
    for (const s of used) expect(sectionLabels[s], s).toBeTruthy();
    expect(sectionOrder.filter((s) => used.includes(s as never))).toEqual(used);
  });

  it('labels every value field of every item on both sides, with a unit for numbers', () => {
    for (const item of cat.items) {
      for (const side of ['demand', 'capacity'] as const) {
        for (const f of valueFields(item, side)) {
          expect(fieldLabels[f.key], `${item.code}.${f.key}`).toBeDefined();
          expect(fieldLabel(item, f.key, side), `${item.code}.${f.key} (${side})`).not.toBe('');
          if (f.type === 'number') expect(unitOf(item, f.key), `${item.code}.${f.key}`).not.toBe('');
        }
      }
    }
  });
});
