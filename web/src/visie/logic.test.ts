import { describe, expect, it } from 'vitest';
import { contentEditable, employerTerms, formatSize, kindNeeds, needsReason, statusActions, toggleMeans } from './logic';
import type { VisieContent } from '../api/visieTypes';
import { documentKindLabels, meansLabels, sectionLabels, visieStatusLabels, visieText } from '../i18n/visie';
import { MEANS } from '../api/visieTypes';

const empty: VisieContent = {
  verloop: '',
  werksituatie: '',
  profielvergelijking: '',
  behandeldoelen: '',
  werktraining: '',
  visie_team: '',
  aandachtspunten: '',
  middelen: [],
  plaatsing_weken: null,
  advies: '',
  medische_toelichting: '',
};

describe('form 7 status actions', () => {
  it('offers the RIC the next and previous statuses only', () => {
    expect(statusActions('draft', 'ric')).toEqual(['in_review']);
    expect(statusActions('in_review', 'ric')).toEqual(['ready_for_signature', 'draft']);
    expect(statusActions('signed', 'ric')).toEqual([]);
    expect(statusActions('draft', 'therapeut')).toEqual([]);
  });
  it('asks a reason only when going back from ready for signature', () => {
    expect(needsReason('ready_for_signature', 'draft')).toBe(true);
    expect(needsReason('in_review', 'draft')).toBe(false);
  });
  it('lets the team edit only before it is ready', () => {
    expect(contentEditable('in_review', 'therapeut')).toBe(true);
    expect(contentEditable('ready_for_signature', 'ric')).toBe(false);
    expect(contentEditable('draft', 'revalidant')).toBe(false);
  });
});

describe('means', () => {
  it('clears the weeks when the therapeutic placement is unticked', () => {
    let c = toggleMeans(empty, 'arbeidstherapeutische_plaatsing', true);
    c = { ...c, plaatsing_weken: 4 };
    expect(toggleMeans(c, 'jobcoach', true).plaatsing_weken).toBe(4);
    const off = toggleMeans(c, 'arbeidstherapeutische_plaatsing', false);
    expect(off.middelen).toEqual([]);
    expect(off.plaatsing_weken).toBeNull();
  });
  it('does not add a means twice', () => {
    const c = toggleMeans(toggleMeans(empty, 'jobcoach', true), 'jobcoach', true);
    expect(c.middelen).toEqual(['jobcoach']);
  });
});

describe('documents', () => {
  it('asks party, text and moment only where the server needs them', () => {
    expect(kindNeeds('formulier_7')).toEqual({ party: false, text: false, moment: false });
    expect(kindNeeds('samenvatting_afspraken')).toEqual({ party: true, text: true, moment: false });
    expect(kindNeeds('contactmoment_brief')).toEqual({ party: true, text: true, moment: true });
  });
  it('formats sizes the Dutch way', () => {
    expect(formatSize(900)).toBe('900 B');
    expect(formatSize(40817)).toBe('39,9 kB');
  });
});

describe('catalogue', () => {
  it('has a Dutch label for every means, status, section and document kind', () => {
    for (const m of MEANS) expect(meansLabels[m]).toBeTruthy();
    for (const s of ['draft', 'in_review', 'ready_for_signature', 'signed']) expect(visieStatusLabels[s]).toBeTruthy();
    for (const k of Object.keys(empty)) expect(sectionLabels[k]).toBeTruthy();
    expect(Object.keys(documentKindLabels)).toHaveLength(6);
  });
});

describe('medical terms in text for the employer', () => {
  it('finds the terms the server reported for a section, else null', () => {
    const withheld = [{ section: 'aandachtspunten' as const, terms: ['beroerte', 'oxazepam'] }];
    expect(employerTerms(withheld, 'aandachtspunten')).toEqual(['beroerte', 'oxazepam']);
    expect(employerTerms(withheld, 'advies')).toBeNull();
    expect(employerTerms([], 'aandachtspunten')).toBeNull();
    expect(employerTerms(undefined, 'aandachtspunten')).toBeNull();
  });
  it('warns in Dutch, naming the terms', () => {
    const text = visieText.employerWithheld('beroerte');
    expect(text).toContain('(beroerte)');
    expect(text).toContain('kopie voor de werkgever');
  });
});
