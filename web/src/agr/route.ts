// Domain codes of the AGR route the UI needs (docs/agr-route.md §1); labels live in i18n/agr.ts.

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
