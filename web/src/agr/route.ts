// Domain codes of the AGR route the UI needs (docs/agr-route.md §1); labels live in i18n/agr.ts.

import type { CriterionAnswer, D3ChecklistInput, Trajectory } from '../api/agrTypes';

export const REASONS_BY_CLASS: Record<string, string[]> = {
  niet_relevant: ['met_pensioen', 'student', 'comateus', 'wil_niet_aan_werk_denken', 'buiten_leeftijdsgrens', 'niet_relevant_overig'],
  niet_zinvol: ['afstand_tot_werk_te_groot', 'niet_leerbaar', 'training_niet_nodig', 'geen_herstel_verwacht', 'niet_zinvol_overig'],
  nog_niet_belastbaar: [
    'belastbaarheid_onvoldoende',
    'orientatie_onvoldoende',
    'taalbegrip_onvoldoende',
    'leerbaarheid_onvoldoende',
    'nog_niet_belastbaar_overig',
  ],
  geen_toestemming: ['geen_toestemming_vervolg', 'geen_toestemming_overig'],
};

export const END_REASONS = ['ontslag_revalidatie', 'terugkeer_werk', 'werkgever_neemt_over', 'onvoldoende_mogelijkheden'] as const;

export const NOTE_MAX = 2000;

export const DEFAULT_PARTIES = ['werkgever', 'bedrijfsarts', 'uwv', 'afdeling_arbeidsintegratie', 'psycholoog'] as const;
export const SUGGESTED_PARTIES = ['jobcoach', 'gemeente', 'verzekeraar', 'reintegratiebureau', 'huisarts', 'medisch_specialist'] as const;

export const CONSENT_FORM_ID = 'agr-3-toestemming';

/** Staff roles that may start trajectories, change consent and record paper signatures. */
export const ROUTE_ROLES = ['revalidatiearts', 'ric'] as const;

export function mayManageRoute(role: string): boolean {
  return (ROUTE_ROLES as readonly string[]).includes(role);
}

/** The four indication criteria of h1 checked at D3, in the handbook's order. */
export const D3_CRITERIA = ['belastbaarheid', 'orientatie', 'taalbegrip', 'leerbaarheid'] as const;
export type D3Criterion = (typeof D3_CRITERIA)[number];
/** The UI's answer codes (select values); the API uses voldoet / voldoet_niet / onbekend. */
export type CriterionState = 'voldaan' | 'niet_voldaan' | 'onbekend';

const API_ANSWER: Record<CriterionState, CriterionAnswer> = {
  voldaan: 'voldoet',
  niet_voldaan: 'voldoet_niet',
  onbekend: 'onbekend',
};

/** The checklist as the decision endpoint takes it (docs/api.md: D3 `checklist`). */
export function toChecklistInput(criteria: Record<D3Criterion, CriterionState>, recoveryExpected: boolean | null): D3ChecklistInput {
  return {
    belastbaarheid: API_ANSWER[criteria.belastbaarheid],
    orientatie: API_ANSWER[criteria.orientatie],
    taalbegrip: API_ANSWER[criteria.taalbegrip],
    leerbaarheid: API_ANSWER[criteria.leerbaarheid],
    herstel_binnen_drie_maanden: recoveryExpected,
  };
}

export interface D3Suggestion {
  outcome: 'ja' | 'nog_niet' | 'niet_zinvol' | null;
  reason: string | null;
  /** Why there is no suggestion: criteria still unknown, or the prognosis is needed. */
  missing: 'criteria' | 'prognosis' | null;
}

/**
 * The D3 suggestion from the checklist (docs/agr-route.md §3, SuggestD3): all met → ja; not met
 * with recovery expected within three months → nog niet (class-3 reason of the first criterion
 * not met); not met without recovery → niet zinvol. People decide; this is only shown.
 */
export function suggestD3(criteria: Record<D3Criterion, CriterionState>, recoveryExpected: boolean | null): D3Suggestion {
  if (D3_CRITERIA.some((c) => criteria[c] === 'onbekend')) return { outcome: null, reason: null, missing: 'criteria' };
  const notMet = D3_CRITERIA.filter((c) => criteria[c] === 'niet_voldaan');
  if (notMet.length === 0) return { outcome: 'ja', reason: null, missing: null };
  if (recoveryExpected === null) return { outcome: null, reason: null, missing: 'prognosis' };
  if (recoveryExpected) return { outcome: 'nog_niet', reason: `${notMet[0]}_onvoldoende`, missing: null };
  return {
    outcome: 'niet_zinvol',
    reason: criteria.leerbaarheid === 'niet_voldaan' ? 'niet_leerbaar' : 'geen_herstel_verwacht',
    missing: null,
  };
}

/** The revalidant's trajectory in the portal: the active one, else the newest. */
export function pickTrajectory(items: Trajectory[]): Trajectory | null {
  return items.find((x) => x.active) ?? items[0] ?? null;
}
