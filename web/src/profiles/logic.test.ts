import { describe, expect, it } from 'vitest';
import type { Goal, ItemDefinition, ProgressItem } from '../api/profileTypes';
import {
  boardColumns,
  chartMeasures,
  csvErrors,
  fieldLabel,
  formatMeasure,
  formatValue,
  fromDraft,
  groupBySection,
  measureKey,
  parseDecimal,
  profileErrorSentence,
  progressSeries,
  toDraft,
  unitOf,
  valueFields,
} from './logic';

const tillen: ItemDefinition = {
  code: 'tillen',
  label: 'Tillen',
  activity: 'tillen',
  section: 'fysiek_dynamisch',
  kind: 'dynamisch',
  measures: ['kg', 'keer'],
  frequency_unit: 'per_uur',
  disciplines: ['fysiotherapie'],
};
const aandacht: ItemDefinition = {
  code: 'aandacht',
  label: 'Aandacht en concentratie',
  activity: 'de aandacht vasthouden',
  section: 'persoonlijk',
  kind: 'taak',
  measures: ['frequentie', 'zonder_hulpmiddel'],
  disciplines: ['psychologie'],
};
const vervoer: ItemDefinition = {
  code: 'vervoer',
  label: 'Vervoer',
  activity: 'reizen',
  section: 'werktijden_vervoer',
  kind: 'vervoer',
  measures: ['vervoerswijzen', 'reistijd_min'],
  disciplines: ['ergotherapie'],
};
const start: ItemDefinition = {
  code: 'aangepaste_start',
  label: 'Starten in aangepaste uren',
  activity: 'starten',
  section: 'werktijden_vervoer',
  kind: 'aangepaste_start',
  measures: ['volledige_start'],
  disciplines: ['psychologie'],
};
const cat = { version: 1, disciplines: [], fml_items: [], items: [tillen, aandacht, vervoer, start] };

describe('value fields', () => {
  it('maps the measures with two names to the side-specific JSON key', () => {
    expect(measureKey('zonder_hulpmiddel', 'demand')).toBe('hulpmiddel_mogelijk');
    expect(measureKey('zonder_hulpmiddel', 'capacity')).toBe('hulpmiddel_nodig');
    expect(measureKey('volledige_start', 'demand')).toBe('aangepaste_start_mogelijk');
    expect(measureKey('volledige_start', 'capacity')).toBe('aangepaste_start_nodig');
    expect(measureKey('kg', 'capacity')).toBe('kg');
  });

  it('gives task demands a "taken" text field first, but not task capacities', () => {
    expect(valueFields(aandacht, 'demand').map((f) => f.key)).toEqual(['taken', 'frequentie', 'hulpmiddel_mogelijk']);
    expect(valueFields(aandacht, 'capacity').map((f) => f.key)).toEqual(['frequentie', 'hulpmiddel_nodig']);
    expect(valueFields(vervoer, 'demand').map((f) => f.type)).toEqual(['modes', 'number']);
  });

  it('names the frequency unit of a dynamic item', () => {
    expect(unitOf(tillen, 'keer')).toBe('×/uur');
    expect(unitOf(tillen, 'kg')).toBe('kg');
    expect(fieldLabel(tillen, 'keer', 'demand')).toBe('Aantal keer (×/uur)');
    expect(fieldLabel(start, 'aangepaste_start_nodig', 'capacity')).toBe('Moet starten in aangepaste uren');
  });
});

describe('drafts', () => {
  it('parses Dutch decimals and rejects text', () => {
    expect(parseDecimal('7,5')).toBe(7.5);
    expect(parseDecimal(' 10 ')).toBe(10);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('-3')).toBeNaN();
    expect(parseDecimal('tien')).toBeNaN();
  });

  it('round-trips a demand through the form state and leaves empty fields out', () => {
    const fields = valueFields(tillen, 'demand');
    const draft = toDraft({ kg: 12.5, keer: 10 }, fields);
    expect(draft).toEqual({ kg: '12,5', keer: '10' });
    expect(fromDraft(draft, fields)).toEqual({ value: { kg: 12.5, keer: 10 }, errors: [] });
    expect(fromDraft({ kg: '', keer: '4' }, fields).value).toEqual({ keer: 4 });
  });

  it('reports a number field that is not a number', () => {
    const r = fromDraft({ kg: 'veel', keer: '3' }, valueFields(tillen, 'demand'));
    expect(r.errors).toEqual([{ key: 'kg', code: 'not_a_number' }]);
    expect(r.value).toEqual({ keer: 3 });
  });

  it('keeps yes/no as booleans and sets as code lists', () => {
    const fields = valueFields(aandacht, 'demand');
    const r = fromDraft({ taken: ' orders ', frequentie: 'vaak', hulpmiddel_mogelijk: 'nee' }, fields);
    expect(r.value).toEqual({ taken: 'orders', frequentie: 'vaak', hulpmiddel_mogelijk: false });
    expect(toDraft(r.value, fields).hulpmiddel_mogelijk).toBe('nee');
    const v = fromDraft({ vervoerswijzen: ['fiets', 'auto'], reistijd_min: '30' }, valueFields(vervoer, 'demand'));
    expect(v.value).toEqual({ vervoerswijzen: ['fiets', 'auto'], reistijd_min: 30 });
    expect(fromDraft({ vervoerswijzen: [] }, valueFields(vervoer, 'demand')).value).toEqual({});
  });
});

describe('formatting', () => {
  it('writes a value in the item units', () => {
    expect(formatValue(tillen, { kg: 15, keer: 10 }, 'demand')).toBe('15 kg, 10 ×/uur');
    expect(formatValue(tillen, { kg: 7.5 }, 'capacity')).toBe('7,5 kg');
    expect(formatValue(vervoer, { vervoerswijzen: ['openbaar_vervoer'], reistijd_min: 45 }, 'demand')).toBe('openbaar vervoer, 45 min');
    expect(formatValue(tillen, null, 'demand')).toBe('');
  });

  it('formats a frequency measure by its name', () => {
    expect(formatMeasure(aandacht, 'frequentie', 4)).toBe('vaak (meerdere keren per dag)');
    expect(formatMeasure(tillen, 'kg', 5)).toBe('5 kg');
    expect(formatMeasure(tillen, 'kg', null)).toBe('');
  });

  it('groups items per section in form order', () => {
    expect(groupBySection([vervoer, tillen, aandacht]).map((g) => g.section)).toEqual([
      'persoonlijk',
      'fysiek_dynamisch',
      'werktijden_vervoer',
    ]);
  });
});

describe('errors', () => {
  it('names the item and field of a value error by the index of the sent items', () => {
    expect(profileErrorSentence(cat, { path: 'profile.items[1].demand.kg', code: 'out_of_range' }, ['aandacht', 'tillen'])).toBe(
      'Tillen: Gewicht in kg is te groot of te klein.',
    );
    expect(profileErrorSentence(cat, { path: 'capacity.keer', code: 'out_of_range' }, [], 'capacity', 'tillen')).toBe(
      'Tillen: Aantal keer (×/uur) is te groot of te klein.',
    );
    expect(profileErrorSentence(cat, { path: 'item', code: 'not_relevant' }, [], 'capacity', 'tillen')).toBe(
      'Tillen is in het functie-eisenprofiel niet relevant.',
    );
  });

  it('turns CSV import errors into rows sorted by line', () => {
    expect(
      csvErrors([
        { path: 'regel 7.tillen.kg', code: 'out_of_range', message: 'Regel 7: tillen kg is te groot' },
        { path: 'regel 3', code: 'column_count', message: 'Regel 3 heeft te weinig kolommen' },
      ]),
    ).toEqual([
      { line: 3, field: '', message: 'Regel 3 heeft te weinig kolommen' },
      { line: 7, field: 'tillen.kg', message: 'Regel 7: tillen kg is te groot' },
    ]);
  });
});

function goal(id: number, status: Goal['status'], target_date: string): Goal {
  return {
    id,
    trajectory_id: 1,
    version: 1,
    discipline: 'fysiotherapie',
    item: null,
    round_id: null,
    description: `doel ${id}`,
    target: null,
    target_date,
    status,
    created_at: '',
    updated_at: '',
    session_ids: [],
    events: [],
  };
}

describe('goal board', () => {
  it('puts goals in status columns sorted by target date', () => {
    const cols = boardColumns([goal(1, 'actief', '2027-02-01'), goal(2, 'behaald', '2027-01-01'), goal(3, 'actief', '2027-01-15')]);
    expect(cols.map((c) => c.status)).toEqual(['actief', 'bijgesteld', 'behaald', 'gestopt']);
    expect(cols[0]!.goals.map((g) => g.id)).toEqual([3, 1]);
    expect(cols[1]!.goals).toEqual([]);
    expect(cols[2]!.goals.map((g) => g.id)).toEqual([2]);
  });
});

describe('progress series', () => {
  const p: ProgressItem = {
    item: 'tillen',
    label: 'Tillen',
    demand: [
      { measure: 'kg', value: 15 },
      { measure: 'keer', value: 10 },
    ],
    points: [
      {
        round_id: 9,
        date: '2027-01-20',
        kind: 'herbeoordeling',
        status: 'voldoet',
        severity: 0,
        description: '',
        measures: [{ measure: 'kg', demand: 15, capacity: 15, shortfall: 0 }],
      },
      {
        round_id: 4,
        date: '2026-12-07',
        kind: 'eerste_indruk',
        status: 'voldoet_niet',
        severity: 3,
        description: '',
        measures: [{ measure: 'kg', demand: 15, capacity: 5, shortfall: 0.67 }],
      },
    ],
  };

  it('orders points by date and draws the demand as a line', () => {
    const s = progressSeries(p, 'kg', (d, k) => `${d} ${k}`);
    expect(s.labels).toEqual(['2026-12-07 eerste_indruk', '2027-01-20 herbeoordeling']);
    expect(s.capacity).toEqual([5, 15]);
    expect(s.gap).toEqual([10, 0]);
    expect(s.shortfall).toEqual([0.67, 0]);
    expect(s.demand).toBe(15);
    expect(s.status).toEqual(['voldoet_niet', 'voldoet']);
  });

  it('leaves a gap where a round did not measure', () => {
    const s = progressSeries(p, 'keer', (d) => d);
    expect(s.capacity).toEqual([null, null]);
    expect(s.gap).toEqual([null, null]);
    expect(s.demand).toBe(10);
  });

  it('offers only measures that can be drawn', () => {
    expect(chartMeasures(p)).toEqual(['kg', 'keer']);
    expect(chartMeasures({ ...p, demand: [{ measure: 'vervoerswijzen', value: 3 }] })).toEqual([]);
  });
});
