import { describe, expect, it } from 'vitest';
import type { WiaGuidance } from '../api/verzuimTypes';
import { groupByGuide, meansRow } from './guidance';

const guidance: WiaGuidance = {
  items: [
    { wet: 'participatiewet', begeleider: 'gemeente' },
    { wet: 'private_aov', begeleider: 'private_verzekeraar' },
    { wet: 'wga', begeleider: 'uwv' },
    { wet: 'zw', begeleider: 'uwv' },
  ],
  bij_letselschade: 'aansprakelijkheidsverzekeraar',
  middelen: [],
};

describe('groupByGuide', () => {
  it('groups the laws under UWV, the gemeente and the private insurer, in that order', () => {
    const groups = groupByGuide(guidance);
    expect(groups.map((g) => g.guideLabel)).toEqual(['UWV', 'De gemeente', 'De particuliere verzekeraar']);
    expect(groups[0]?.laws.map((l) => l.label)).toEqual(['WGA (WIA, gedeeltelijk arbeidsgeschikt)', 'Ziektewet']);
    expect(groups[1]?.laws.map((l) => l.code)).toEqual(['participatiewet']);
  });
  it('keeps an unknown law readable instead of dropping it', () => {
    const groups = groupByGuide({ ...guidance, items: [{ wet: 'nieuwe_wet', begeleider: 'uwv' }] });
    expect(groups[0]?.laws).toEqual([{ code: 'nieuwe_wet', label: 'nieuwe wet' }]);
  });
});

describe('meansRow', () => {
  it('says in Dutch what the handbook says about a means', () => {
    expect(
      meansRow({
        code: 'arbeidstherapeutische_plaatsing',
        categorie: 'plaatsing',
        financier: null,
        max_weken: 6,
        blijft_ziekgemeld: true,
        alleen_in_wachttijd: false,
        ciz_indicatie_nodig: false,
      }),
    ).toEqual({
      name: 'Arbeidstherapeutische plaatsing',
      category: 'Plaatsing',
      funder: 'Niet vastgelegd',
      notes: ['Meestal hoogstens 6 weken', 'De werknemer blijft ziekgemeld'],
    });
    const wlz = meansRow({
      code: 'dagbesteding_wlz',
      categorie: 'dagbesteding',
      financier: 'wlz',
      max_weken: null,
      blijft_ziekgemeld: false,
      alleen_in_wachttijd: false,
      ciz_indicatie_nodig: true,
    });
    expect(wlz.funder).toBe('Wlz (zorgkantoor)');
    expect(wlz.notes).toEqual(['Alleen met een indicatie van het CIZ']);
    const outplacement = meansRow({
      code: 'outplacement',
      categorie: 'outplacement',
      financier: 'werkgever',
      max_weken: null,
      blijft_ziekgemeld: false,
      alleen_in_wachttijd: true,
      ciz_indicatie_nodig: false,
    });
    expect(outplacement).toMatchObject({ funder: 'De werkgever', notes: ['Alleen tijdens de wachttijd (de eerste twee jaar)'] });
  });
});
