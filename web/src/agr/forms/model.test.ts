import { readFileSync, readdirSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  compactAnswers,
  enabledPaths,
  fieldDomId,
  finalAnswers,
  isAnswered,
  parseDutchNumber,
  validateAnswers,
  type Answers,
  type FormDefinition,
} from './model';
import { AnswersView, FormRenderer, formatAnswer } from './FormRenderer';

// The real definitions the server ships (resources/forms) and one synthetic definition that
// uses every item type.
const formsDir = new URL('../../../../resources/forms/', import.meta.url);
const shipped: FormDefinition[] = readdirSync(formsDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, formsDir), 'utf8')) as FormDefinition);
const byId = (id: string) => shipped.find((d) => d.id === id)!;

const all: FormDefinition = {
  id: 'test-alles',
  version: 1,
  title: 'Alles',
  items: [
    { key: 'uitleg', type: 'display', label: 'Lees dit eerst' },
    { key: 'naam', type: 'text', label: 'Naam', required: true, max_length: 5 },
    { key: 'verhaal', type: 'long_text', label: 'Verhaal' },
    { key: 'werkt', type: 'yes_no', label: 'Werkt u?', required: true },
    {
      key: 'soort',
      type: 'single_choice',
      label: 'Soort',
      options: [
        { code: 'a', label: 'Optie A' },
        { code: 'b', label: 'Optie B' },
      ],
      enable_when: { conditions: [{ item: 'werkt', op: 'equals', value: true }] },
      required: true,
    },
    {
      key: 'hulp',
      type: 'multiple_choice',
      label: 'Hulp',
      options: [
        { code: 'bril', label: 'Bril' },
        { code: 'stok', label: 'Stok' },
      ],
    },
    {
      key: 'stokinfo',
      type: 'text',
      label: 'Welke stok',
      required: true,
      enable_when: { conditions: [{ item: 'hulp', op: 'equals', value: 'stok' }] },
    },
    { key: 'uren', type: 'number', label: 'Uren', unit: 'uur', min: 0, max: 40, decimals: 1 },
    { key: 'duur', type: 'duration', label: 'Duur', units: ['weeks', 'months'], min: 1, max: 52 },
    { key: 'datum', type: 'date', label: 'Datum' },
    {
      key: 'groep',
      type: 'group',
      label: 'Groep',
      enable_when: { behavior: 'any', conditions: [{ item: 'soort', op: 'equals', value: 'a' }, { item: 'naam', op: 'answered' }] },
      items: [{ key: 'in_groep', type: 'text', label: 'In de groep', required: true }],
    },
    {
      key: 'rijen',
      type: 'repeatable',
      label: 'Contacten',
      min_rows: 1,
      max_rows: 2,
      items: [
        { key: 'partij', type: 'party', label: 'Betrokkene', required: true },
        {
          key: 'medisch',
          type: 'yes_no',
          label: 'Medisch',
          required: true,
          enable_when: { conditions: [{ item: 'partij', op: 'equals', value: 'bedrijfsarts' }] },
        },
        {
          key: 'werkt_ook',
          type: 'text',
          label: 'Alleen als werkt',
          enable_when: { conditions: [{ item: 'werkt', op: 'equals', value: true }] },
        },
      ],
    },
  ],
};

const paths = (errs: { path: string; code: string }[]) => errs.map((e) => `${e.path}:${e.code}`).sort();

describe('shipped definitions', () => {
  it('are the four AGR forms and every item has a known type', () => {
    expect(shipped.map((d) => d.id).sort()).toEqual([
      'agr-1-intake-arts',
      'agr-2-intake-ric',
      'agr-3-toestemming',
      'agr-5-terugkoppeling-werkbezoek',
    ]);
    for (const d of shipped) expect(validateAnswers(d, {}, 'draft')).toEqual([]);
  });

  it('form 1: reason items appear only when the RIC is not deployed, and are required then', () => {
    const d = byId('agr-1-intake-arts');
    const base: Answers = { arbeidsstatus: 'loondienst', verwachte_revalidatieduur: { amount: 12, unit: 'weeks' } };
    expect(enabledPaths(d, base).get('items.reden_niet_inzetten')).toBe(false);
    expect(paths(validateAnswers(d, { ...base, ric_inzetten: true }, 'final'))).toEqual([]);
    expect(paths(validateAnswers(d, { ...base, ric_inzetten: false }, 'final'))).toEqual([
      'items.folder_meegegeven:required',
      'items.reden_niet_inzetten:required',
    ]);
    expect(paths(validateAnswers(d, {}, 'final'))).toEqual([
      'items.arbeidsstatus:required',
      'items.ric_inzetten:required',
      'items.verwachte_revalidatieduur:required',
    ]);
  });

  it('form 3: medical information only in the bedrijfsarts row', () => {
    const d = byId('agr-3-toestemming');
    const a: Answers = {
      ric_inzet_vervolgen: true,
      betrokkenen: [
        { partij: 'werkgever', contact_toegestaan: true, medische_informatie: true },
        { partij: 'bedrijfsarts', contact_toegestaan: true },
      ],
    };
    const en = enabledPaths(d, a);
    expect(en.get('items.betrokkenen[0].medische_informatie')).toBe(false);
    expect(en.get('items.betrokkenen[1].medische_informatie')).toBe(true);
    const errs = paths(validateAnswers(d, a, 'final'));
    expect(errs).toContain('items.betrokkenen[1].medische_informatie:required');
    expect(errs).not.toContain('items.betrokkenen[0].medische_informatie:required');
    // The werkgever's medical "yes" is dropped on finalise.
    const fin = finalAnswers(d, a);
    expect((fin.betrokkenen as Answers[])[0]).toEqual({ partij: 'werkgever', contact_toegestaan: true });
  });
});

describe('enable-when (FHIR semantics, as the server)', () => {
  it('unanswered makes equals and not_equals false; multiple choice equals means selected', () => {
    expect(enabledPaths(all, {}).get('items.soort')).toBe(false);
    expect(enabledPaths(all, { werkt: true }).get('items.soort')).toBe(true);
    expect(enabledPaths(all, { hulp: ['bril'] }).get('items.stokinfo')).toBe(false);
    expect(enabledPaths(all, { hulp: ['bril', 'stok'] }).get('items.stokinfo')).toBe(true);
  });

  it('any-behaviour, groups disable their children, and disabling chains', () => {
    expect(enabledPaths(all, {}).get('items.in_groep')).toBe(false);
    expect(enabledPaths(all, { naam: 'Jan' }).get('items.in_groep')).toBe(true);
    // soort=a only counts while soort is enabled (werkt = true).
    expect(enabledPaths(all, { soort: 'a' }).get('items.groep')).toBe(false);
    expect(enabledPaths(all, { werkt: true, soort: 'a' }).get('items.groep')).toBe(true);
  });

  it('rows see their own answers first, then the enclosing level', () => {
    const en = enabledPaths(all, { werkt: true, rijen: [{ partij: 'bedrijfsarts' }, { partij: 'uwv' }] });
    expect(en.get('items.rijen[0].medisch')).toBe(true);
    expect(en.get('items.rijen[1].medisch')).toBe(false);
    expect(en.get('items.rijen[1].werkt_ook')).toBe(true);
    expect(enabledPaths(all, { rijen: [{}] }).get('items.rijen[0].werkt_ook')).toBe(false);
  });
});

describe('validation', () => {
  it('draft checks types and limits but not required', () => {
    const errs = validateAnswers(
      all,
      {
        naam: 'Jantje',
        werkt: 'ja' as unknown as boolean,
        hulp: ['bril', 'bril', 'fiets'],
        uren: 12.25,
        duur: { amount: 60, unit: 'days' },
        datum: '2026-02-30',
        rijen: [{ partij: 'Werk Gever' }, {}, {}],
        onbekend: 'x',
      },
      'draft',
    );
    expect(paths(errs)).toEqual([
      'items.datum:wrong_type',
      'items.duur:invalid_unit',
      'items.duur:out_of_range',
      'items.hulp[1]:duplicate_option',
      'items.hulp[2]:invalid_option',
      'items.naam:too_long',
      'items.onbekend:unknown_item',
      'items.rijen:too_many_rows',
      'items.rijen[0].partij:invalid_option',
      'items.uren:too_many_decimals',
      'items.werkt:wrong_type',
    ]);
  });

  it('final requires enabled required items and min_rows; disabled answers are not checked', () => {
    expect(paths(validateAnswers(all, { werkt: false, soort: 'zzz' }, 'final'))).toEqual([
      'items.naam:required',
      'items.rijen:too_few_rows',
    ]);
    const ok: Answers = { naam: 'Jan', werkt: false, in_groep: 'x', rijen: [{ partij: 'uwv' }], uren: 32.5 };
    expect(validateAnswers(all, ok, 'final')).toEqual([]);
  });

  it('final answers drop disabled and empty answers, also inside rows', () => {
    const a: Answers = { naam: 'Jan', werkt: false, soort: 'a', verhaal: '  ', rijen: [{ partij: 'uwv', medisch: true, werkt_ook: 'x' }] };
    expect(finalAnswers(all, a)).toEqual({ naam: 'Jan', werkt: false, rijen: [{ partij: 'uwv' }] });
  });

  it('treats blank text, empty lists and null as unanswered', () => {
    expect(isAnswered('  ')).toBe(false);
    expect(isAnswered([])).toBe(false);
    expect(isAnswered(null)).toBe(false);
    expect(isAnswered(false)).toBe(true);
    expect(isAnswered(0)).toBe(true);
    expect(compactAnswers({ a: '', b: null, c: false, d: [{ x: '', y: 'z' }] })).toEqual({ c: false, d: [{ y: 'z' }] });
  });
});

describe('helpers', () => {
  it('maps field paths to input ids', () => {
    expect(fieldDomId('f', 'items.naam')).toBe('f-naam');
    expect(fieldDomId('f', 'items.rijen[1].partij')).toBe('f-rijen-1-partij');
    expect(fieldDomId('f', 'items.hulp[2]')).toBe('f-hulp');
  });

  it('parses Dutch numbers', () => {
    expect(parseDutchNumber('32,5')).toBe(32.5);
    expect(parseDutchNumber('32')).toBe(32);
    expect(parseDutchNumber('')).toBeNull();
    expect(parseDutchNumber('1.234,5')).toBeNaN();
    expect(parseDutchNumber('12a')).toBeNaN();
  });

  it('formats answers in Dutch', () => {
    expect(formatAnswer({ key: 'x', type: 'yes_no', label: 'x' }, false)).toBe('Nee');
    expect(formatAnswer({ key: 'x', type: 'duration', label: 'x', units: ['weeks'] }, { amount: 1, unit: 'weeks' })).toBe('1 week');
    expect(formatAnswer({ key: 'x', type: 'number', label: 'x', unit: 'uur' }, 32.5)).toBe('32,5 uur');
    expect(formatAnswer({ key: 'x', type: 'party', label: 'x' }, 'afdeling_arbeidsintegratie')).toBe('Afdeling arbeidsintegratie');
    expect(formatAnswer({ key: 'x', type: 'date', label: 'x' }, '2026-11-02')).toBe('2 november 2026');
    expect(formatAnswer(undefined, undefined)).toBe('Niet ingevuld');
  });
});

describe('renderer', () => {
  const render = (answers: Answers, errors: { path: string; message: string }[] = []) =>
    renderToStaticMarkup(createElement(FormRenderer, { definition: all, answers, onChange: () => {}, errors, idPrefix: 't' }));

  it('renders every visible item type with labelled inputs', () => {
    const html = render({ werkt: true, hulp: ['stok'], rijen: [{ partij: 'bedrijfsarts' }] });
    expect(html).toContain('Lees dit eerst');
    expect(html).toMatch(/<label[^>]*for="t-naam"[^>]*>Naam/);
    expect(html).toMatch(/<textarea[^>]*id="t-verhaal"/);
    expect(html).toMatch(/type="radio"[^>]*id="t-werkt"|id="t-werkt"[^>]*type="radio"/);
    expect(html).toContain('Optie A'); // soort is enabled
    expect(html).toContain('Welke stok');
    expect(html).toMatch(/id="t-duur-eenheid"/);
    expect(html).toMatch(/type="date"/);
    expect(html).toMatch(/id="t-rijen-0-partij"/);
    expect(html).toMatch(/id="t-rijen-0-medisch"/);
    expect(html).toContain('Regel 1 verwijderen');
    expect(html).toContain('Regel toevoegen aan &quot;Contacten&quot;'); // 1 of at most 2 rows
    expect(render({ rijen: [{}, {}] })).not.toContain('Regel toevoegen aan');
  });

  it('hides disabled items', () => {
    const html = render({ werkt: false, rijen: [{ partij: 'uwv' }] });
    expect(html).not.toContain('Optie A');
    expect(html).not.toContain('Welke stok');
    expect(html).not.toMatch(/id="t-rijen-0-medisch"/);
    expect(html).not.toContain('In de groep');
  });

  it('shows server errors at the input and ties them with aria-describedby', () => {
    const html = render({ rijen: [{}] }, [{ path: 'items.rijen[0].partij', message: 'Regel 1: "Betrokkene" is verplicht.' }]);
    expect(html).toMatch(/id="t-rijen-0-partij-fout"[^>]*>.*Regel 1: &quot;Betrokkene&quot; is verplicht\./);
    expect(html).toMatch(/aria-describedby="t-rijen-0-partij-fout"/);
  });

  it('shows answers read-only with labels', () => {
    const html = renderToStaticMarkup(
      createElement(AnswersView, { definition: all, answers: { naam: 'Jan', werkt: true, soort: 'b', rijen: [{ partij: 'uwv' }] } }),
    );
    expect(html).toContain('Optie B');
    expect(html).toContain('UWV');
    expect(html).toContain('Regel 1');
  });
});
