// Dutch texts of the AGR part of the UI (route, decisions, forms, consent, tasks, portal). Part of
// the one message catalogue: nl.ts re-exports it as `nl.agr`-adjacent `agr`; code elsewhere
// refers to keys only.

/** Sentences for the field codes of form answers (src/domain/forms/validation.cpp). */
export const formFieldCodeMessages: Record<string, (label: string) => string> = {
  required: (l) => `"${l}" is verplicht.`,
  wrong_type: (l) => `"${l}" is in een verkeerde vorm ingevuld.`,
  unknown_item: (l) => `"${l}" hoort niet bij dit formulier. Meld dit aan de beheerder.`,
  not_answerable: (l) => `"${l}" kan niet worden ingevuld.`,
  unknown_field: (l) => `"${l}" hoort niet bij dit formulier. Meld dit aan de beheerder.`,
  too_long: (l) => `"${l}" is te lang. Maak de tekst korter.`,
  out_of_range: (l) => `"${l}" is te groot of te klein.`,
  too_many_decimals: (l) => `"${l}" heeft te veel cijfers achter de komma.`,
  invalid_option: (l) => `Bij "${l}" is een keuze gemaakt die niet bestaat.`,
  duplicate_option: (l) => `Bij "${l}" is een keuze twee keer gekozen.`,
  invalid_unit: (l) => `Bij "${l}" is een eenheid gekozen die niet is toegestaan.`,
  too_many_rows: (l) => `"${l}" heeft te veel regels.`,
  too_few_rows: (l) => `"${l}" heeft te weinig regels. Voeg een regel toe.`,
  invalid_date: (l) => `"${l}" is geen geldige datum.`,
  invalid_value: (l) => `"${l}" is niet geldig.`,
  not_a_number: (l) => `"${l}" is geen getal. Gebruik alleen cijfers en eventueel een komma.`,
  not_whole: (l) => `"${l}" moet een heel getal zijn.`,
};

export function formFieldError(label: string, code: string, row?: number): string {
  const t = formFieldCodeMessages[code] ?? ((l: string) => `"${l}" is niet juist ingevuld.`);
  const msg = t(label);
  return row === undefined ? msg : `Regel ${row + 1}: ${msg}`;
}

export const durationUnitLabels: Record<string, { one: string; many: string }> = {
  days: { one: 'dag', many: 'dagen' },
  weeks: { one: 'week', many: 'weken' },
  months: { one: 'maand', many: 'maanden' },
};

/** Parties of the consent matrix (docs/agr-route.md §6): defaults first, then suggestions. */
export const partyLabels: Record<string, string> = {
  werkgever: 'Werkgever',
  bedrijfsarts: 'Bedrijfsarts',
  uwv: 'UWV',
  afdeling_arbeidsintegratie: 'Afdeling arbeidsintegratie',
  psycholoog: 'Psycholoog',
  jobcoach: 'Jobcoach',
  gemeente: 'Gemeente',
  verzekeraar: 'Verzekeraar',
  reintegratiebureau: 'Re-integratiebureau',
  huisarts: 'Huisarts',
  medisch_specialist: 'Medisch specialist',
};

export function partyLabel(code: string): string {
  return partyLabels[code] ?? code.replace(/_/g, ' ');
}

export const infoKindLabels: Record<string, string> = {
  werksituatie_functieprofiel: 'Werksituatie en functieprofiel',
  mogelijkheden_beperkingen: 'Functionele mogelijkheden en beperkingen',
  voortgang_werktraining: 'Voortgang van de werktraining',
  reintegratievisie: 'Re-integratievisie',
  medische_informatie: 'Specifieke medische gegevens (alleen bedrijfsarts)',
};

export const stepLabels: Record<string, string> = {
  intake_arts: 'Intake revalidatiearts',
  intake_ric: 'Intake re-integratiecoördinator',
  werkbezoek: 'Werkbezoek',
  terugkoppeling: 'Terugkoppeling in het team',
  werktraining: 'Werktraining',
  afronding: 'Afronding',
  afgerond: 'Afgerond',
  gestopt: 'Gestopt',
};

/** The step in plain words for the revalidant portal: what happens now. */
export const stepPlain: Record<string, string> = {
  intake_arts:
    'De revalidatiearts bespreekt met u of werk een onderwerp is in uw revalidatie. Dat gebeurt meestal op de eerste dag.',
  intake_ric:
    'U heeft een gesprek met de re-integratiecoördinator over uw werk. U geeft ook aan met wie wij contact mogen hebben (het toestemmingsformulier).',
  werkbezoek:
    'De re-integratiecoördinator bekijkt uw werk: meestal met een bezoek aan uw werkgever, of samen met u als u zelfstandige bent.',
  terugkoppeling:
    'Het team bespreekt wat er bij het werkbezoek is gezien. Daarna besluiten we samen of u met werktraining begint.',
  werktraining:
    'U oefent in uw therapie met wat u voor uw werk nodig heeft. In de teambespreking kijken we regelmatig hoe het gaat.',
  afronding:
    'Uw revalidatie is bijna klaar. We maken een re-integratievisie en dragen over aan uw werkgever, bedrijfsarts of anderen (als u daar toestemming voor gaf).',
  afgerond: 'De arbeidsgerichte revalidatie is afgerond.',
  gestopt: 'De arbeidsgerichte revalidatie is gestopt.',
};

export const progressLabels: Record<string, string> = {
  done: 'Gedaan',
  current: 'Nu',
  next: 'Hierna',
  later: 'Later',
  stopped_here: 'Hier gestopt',
  not_reached: 'Niet bereikt',
};

export const decisionLabels: Record<string, string> = {
  d1_ric_inzetten: 'Beslismoment 1: re-integratiecoördinator inzetten',
  d2_toestemming: 'Beslismoment 2: toestemming revalidant',
  werkbezoek_afgerond: 'Werkbezoek afgerond',
  d3_werktraining: 'Beslismoment 3: starten met werktraining',
  d4_voortzetten: 'Beslismoment 4: werktraining voortzetten',
  afronding_starten: 'Afronding starten',
  afsluiten: 'AGR afsluiten',
  beeindigen: 'AGR voortijdig beëindigen',
  heropenen: 'AGR heropenen',
};

export const outcomeLabels: Record<string, string> = {
  ja: 'Ja',
  nee: 'Nee',
  gereed: 'Gereed',
  nog_niet: 'Nog niet',
  niet_zinvol: 'Niet zinvol',
  voortzetten: 'Voortzetten',
  doelen_bijstellen: 'Voortzetten met bijgestelde doelen',
  beeindigd: 'Beëindigd',
  heropend: 'Heropend',
};

export const reasonClassLabels: Record<string, string> = {
  niet_relevant: 'Niet relevant (voetnoot 1)',
  niet_zinvol: 'Niet zinvol (voetnoot 2)',
  nog_niet_belastbaar: '(Nog) niet belastbaar (voetnoot 3)',
  geen_toestemming: 'Geen toestemming',
};

export const reasonLabels: Record<string, string> = {
  met_pensioen: 'Al met pensioen',
  student: 'Student',
  comateus: 'Comateus',
  wil_niet_aan_werk_denken: 'Wil (nog) niet aan werk denken',
  buiten_leeftijdsgrens: 'Jonger dan 18 jaar of AOW-leeftijd bereikt',
  niet_relevant_overig: 'Anders (niet relevant)',
  afstand_tot_werk_te_groot: 'Afstand tot werk te groot',
  niet_leerbaar: 'Niet leerbaar',
  training_niet_nodig: 'Te goed: heeft de training niet (meer) nodig',
  geen_herstel_verwacht: 'Geen herstel binnen drie maanden verwacht',
  niet_zinvol_overig: 'Anders (niet zinvol)',
  belastbaarheid_onvoldoende: 'Belastbaarheid nog onvoldoende (minder dan 2 dagdelen)',
  orientatie_onvoldoende: 'Oriëntatie in tijd en plaats nog onvoldoende',
  taalbegrip_onvoldoende: 'Taalbegrip nog onvoldoende',
  leerbaarheid_onvoldoende: 'Leerbaarheid nog onvoldoende',
  nog_niet_belastbaar_overig: 'Anders (nog niet belastbaar)',
  geen_toestemming_vervolg: 'Revalidant geeft geen toestemming voor vervolg',
  geen_toestemming_overig: 'Anders (geen toestemming)',
};

export const endReasonLabels: Record<string, string> = {
  ontslag_revalidatie: 'Ontslag uit de revalidatie',
  terugkeer_werk: 'Terugkeer naar werk',
  werkgever_neemt_over: 'Werkgever neemt de begeleiding over',
  onvoldoende_mogelijkheden: 'Onvoldoende mogelijkheden',
};

export const responseStatusLabels: Record<string, string> = {
  none: 'Nog niet begonnen',
  draft: 'Concept',
  final: 'Definitief',
  signed: 'Ondertekend',
};

export const consentStatusLabels: Record<string, string> = {
  unset: 'Niet ingevuld',
  granted: 'Ja',
  refused: 'Nee',
  withdrawn: 'Ingetrokken',
};

export const taskLabels: Record<string, string> = {
  intake_arts: 'Intake revalidatiearts (formulier 1)',
  folder_agr_meegeven: "Folder 'Arbeidsgerichte revalidatie' meegeven",
  intake_ric: 'Intake re-integratiecoördinator (formulier 2)',
  toestemming_form3: 'Toestemmingsformulier laten invullen en tekenen (formulier 3)',
  werkbezoek_werkgever: 'Eerste bezoek aan de werkgever',
  functieprofiel_form4: 'Functieprofiel vastleggen (formulier 4)',
  contact_bedrijfsarts_intake: 'Contact met de bedrijfsarts na de intake',
  terugkoppeling_team: 'Terugkoppeling werkbezoek aan het team (formulier 5)',
  indruk_persoonsprofiel: 'Indruk persoonsprofiel (formulier 6)',
  behandeldoelen_arbeid: 'Behandeldoelen gericht op arbeid opstellen',
  informeren_revalidant_doelen: 'Revalidant en naaste(n) informeren over de doelen',
  informeren_werkgever_strategie: 'Werkgever informeren over de strategie',
  informeren_bedrijfsarts_strategie: 'Bedrijfsarts informeren over de strategie',
  herbeoordeling_persoonsprofiel: 'Herbeoordeling functionele mogelijkheden (formulier 6)',
  persoonsprofiel_definitief: 'Persoonsprofiel vaststellen (formulier 6)',
  reintegratievisie_opstellen: 'Re-integratievisie opstellen (formulier 7)',
  reintegratievisie_beoordelen: 'Re-integratievisie beoordelen',
  reintegratievisie_tekenen: 'Re-integratievisie laten tekenen door de revalidant',
  overdracht_werkgever: 'Overdracht aan de werkgever',
  overdracht_bedrijfsarts: 'Overdracht aan de bedrijfsarts',
  overdracht_ketenpartners: 'Overdracht aan andere ketenpartners',
};

export function labelOr(map: Record<string, string>, code: string | null | undefined): string {
  if (!code) return '';
  return map[code] ?? code.replace(/_/g, ' ');
}

export const agr = {
  form: {
    yes: 'Ja',
    no: 'Nee',
    clear: 'Antwoord wissen',
    clearFor: (label: string) => `Antwoord wissen bij "${label}"`,
    addRow: 'Regel toevoegen',
    addRowTo: (label: string) => `Regel toevoegen aan "${label}"`,
    removeRow: (n: number) => `Regel ${n} verwijderen`,
    row: (n: number) => `Regel ${n}`,
    noRows: 'Nog geen regels.',
    rowsLimit: (min: number, max: number) => `Minimaal ${min}, maximaal ${max} regels.`,
    amount: 'Aantal',
    unit: 'Eenheid',
    chooseParty: 'Kies een betrokkene',
    maxChars: (n: number) => `Maximaal ${n} tekens.`,
    numberHint: (unit: string | undefined, min?: number, max?: number, decimals?: number) => {
      const parts: string[] = [];
      if (unit) parts.push(`In ${unit}.`);
      if (min !== undefined && max !== undefined) parts.push(`Van ${String(min).replace('.', ',')} tot en met ${String(max).replace('.', ',')}.`);
      if (decimals) parts.push(`Hoogstens ${decimals} ${decimals === 1 ? 'cijfer' : 'cijfers'} achter de komma.`);
      return parts.join(' ');
    },
    durationHint: (min: number, max: number | undefined) =>
      max === undefined ? `Een heel getal vanaf ${min}.` : `Een heel getal van ${min} tot en met ${max}.`,
    notAnswered: 'Niet ingevuld',
    rowsCount: (n: number) => `${n} ${n === 1 ? 'regel' : 'regels'}`,
    duration: (amount: number, unit: string) => {
      const u = durationUnitLabels[unit];
      return `${amount} ${u ? (amount === 1 ? u.one : u.many) : unit}`;
    },
  },
} as const;
