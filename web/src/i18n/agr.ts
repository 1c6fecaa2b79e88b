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

const fieldSentences: Record<string, string> = {
  'reason:required': 'Kies een reden.',
  'reason:wrong_class': 'Deze reden past niet bij deze uitkomst. Kies een reden uit de lijst.',
  'reason:not_applicable': 'Bij deze uitkomst hoort geen reden.',
  'reason:invalid_value': 'Deze reden bestaat niet.',
  'end_reason:required': 'Kies een reden van beëindiging.',
  'end_reason:not_applicable': 'Bij deze uitkomst hoort geen reden van beëindiging.',
  'end_reason:invalid_value': 'Deze reden van beëindiging bestaat niet.',
  'contacts:required': 'Geef aan met wie de re-integratiecoördinator contact mag opnemen.',
  'contacts:not_applicable': 'Bij deze uitkomst horen geen contactafspraken.',
  'note:too_long': 'De toelichting is te lang (maximaal 2000 tekens).',
  'kind:invalid_value': 'Deze beslissing bestaat niet.',
  'outcome:invalid_value': 'Deze uitkomst bestaat niet.',
  'admission_date:required': 'De opnamedatum is verplicht.',
  'admission_date:invalid_date': 'De opnamedatum is geen geldige datum.',
  'admission_date:in_future': 'De opnamedatum mag niet in de toekomst liggen.',
  'setting:required': 'Kies klinisch of poliklinisch.',
  'setting:invalid_value': 'Kies klinisch of poliklinisch.',
  'ric_user_id:not_ric': 'De gekozen medewerker kan geen re-integratiecoördinator zijn.',
  'ric_user_id:unknown_user': 'De gekozen re-integratiecoördinator bestaat niet.',
  'arts_user_id:not_arts': 'De gekozen medewerker is geen revalidatiearts.',
  'arts_user_id:unknown_user': 'De gekozen revalidatiearts bestaat niet (meer).',
  'team_members[].user_id:unknown_user': 'Een gekozen teamlid bestaat niet (meer).',
  'team_members[].discipline:invalid_value': 'Een discipline van het team bestaat niet.',
  'team_members[].discipline:duplicate': 'Per discipline kan één teamlid worden gekozen.',
  'checklist:not_applicable': 'De indicatiecriteria horen alleen bij beslismoment 3.',
  'folder_handed_out:not_applicable': "De folder 'Arbeidsgerichte revalidatie' hoort alleen bij beslismoment 1 \"nee\".",
  'signed_on:required': 'Vul de datum in waarop op papier is getekend.',
  'signed_on:in_future': 'De datum van ondertekening mag niet in de toekomst liggen.',
  'signed_on:invalid_date': 'De datum van ondertekening is geen geldige datum.',
  'party:invalid_code': 'Gebruik voor de betrokkene kleine letters, cijfers en liggende streepjes (2 tot 40 tekens).',
  'party:invalid_value': 'Deze betrokkene bestaat niet.',
  'reason:too_long': 'De reden is te lang.',
};

/** Dutch for the field codes of a rejected definition import (codec and ValidateDefinition). */
const formAdminCodes: Record<string, string> = {
  required: 'ontbreekt of is leeg',
  wrong_type: 'heeft een verkeerd type (bijvoorbeeld tekst in plaats van een getal)',
  unknown_field: 'is een onbekend veld',
  invalid_value: 'heeft een ongeldige waarde',
  invalid_code: 'is geen geldige code (kleine letters, cijfers en liggende streepjes)',
  invalid_key: 'is geen geldige sleutel (kleine letters, cijfers en liggende streepjes)',
  duplicate_key: 'komt twee keer voor; elke vraag heeft een eigen sleutel',
  duplicate_option: 'komt twee keer voor bij de keuzes',
  invalid_option: 'verwijst naar een keuze die niet bestaat',
  invalid_limits: 'heeft grenzen die niet kloppen (minimum groter dan maximum)',
  out_of_range: 'valt buiten de toegestane grenzen',
  not_applicable: 'hoort niet bij dit soort vraag',
  too_deep: 'is te diep genest',
  unknown_item: 'verwijst naar een vraag die niet bestaat',
  too_long: 'is te lang',
  too_many_items: 'heeft te veel elementen',
  published: 'is al gepubliceerd met een andere inhoud',
};

export const agrText = {
  fieldSentence: (path: string, code: string): string =>
    fieldSentences[`${path}:${code}`] ??
    fieldSentences[`${path.replace(/\[\d+\]/g, '[]')}:${code}`] ??
    `Het veld "${path}" is niet juist ingevuld.`,
  rule: {
    transition: (refused: string, step: string, allowed: string[]) =>
      `Deze beslissing is nu niet toegestaan (${refused}). De huidige stap is "${step}". ${
        allowed.length ? `Nu toegestaan: ${allowed.join('; ')}.` : 'Er is nu geen beslissing mogelijk.'
      }`,
    fields: {
      'consent_form:not_signed':
        'Beslismoment 2 "ja" kan pas als het toestemmingsformulier (formulier 3) is ondertekend: in het portaal door de revalidant, of op papier.',
      'revalidant_id:active_trajectory_exists': 'Deze revalidant heeft al een actief AGR-traject.',
    } as Record<string, string>,
    alreadyDone: 'Deze taak is al afgerond.',
  },
  nav: {
    tasks: 'Mijn taken',
    meeting: 'Patiëntenbespreking',
    portal: 'Mijn traject',
    consent: 'Mijn toestemming',
  },
  detail: {
    sectionTitle: 'Arbeidsgerichte revalidatie (AGR)',
    noTrajectory: 'Er is nog geen AGR-traject voor deze revalidant.',
    active: (step: string) => `Actief traject, huidige stap: ${step}.`,
    closed: (step: string, date: string) => `Afgesloten traject (${step}), afgesloten op ${date}.`,
    open: 'Traject openen',
    openWithDate: (date: string) => `Traject van ${date} openen`,
    consentLink: 'Toestemming (formulier 3) bekijken',
    startTitle: 'AGR-traject starten',
    startIntro: 'Start het traject op de opnamedag. Daarna volgt de intake door de revalidatiearts (formulier 1).',
    admissionDate: 'Opnamedatum',
    setting: 'Setting',
    klinisch: 'Klinisch',
    poliklinisch: 'Poliklinisch',
    startSubmit: 'Traject starten',
    started: 'Het AGR-traject is gestart.',
  },
  traj: {
    title: (name: string) => `AGR-traject van ${name}`,
    titlePlain: 'AGR-traject',
    backToFile: 'Terug naar het dossier',
    summaryTitle: 'Gegevens van het traject',
    admission: 'Opnamedatum',
    expectedDischarge: 'Verwachte ontslagdatum',
    expectedDuration: 'Verwachte revalidatieduur',
    settingLabel: 'Setting',
    ric: 'Re-integratiecoördinator',
    arts: 'Revalidatiearts',
    contacts: 'Contact toegestaan (beslismoment 2)',
    contactsValue: (w: boolean, b: boolean) =>
      `werkgever: ${w ? 'ja' : 'nee'}, bedrijfsarts: ${b ? 'ja' : 'nee'}`,
    zzp: 'Zelfstandige (zzp): de stappen met de werkgever vervallen.',
    consentSigned: 'Toestemmingsformulier ondertekend',
    notKnown: 'Nog niet bekend',
    closedAt: 'Afgesloten op',
    routeTitle: 'Route',
    routeLabel: 'Stappen van de AGR-route',
    withoutEmployer: 'zonder werkgever',
    stepStatus: (status: string) => status,
    decisionsTitle: 'Beslissingen',
    decideTitle: 'Beslissing vastleggen',
    currentStep: (step: string) => `Huidige stap: ${step}.`,
    noAllowed: 'Er is nu geen beslissing voor u mogelijk.',
    decideButton: (label: string) => `${label} vastleggen`,
    questionDue: (q: string) => `In de patiëntenbespreking komt terug: ${q}.`,
    timelineTitle: 'Tijdlijn van beslissingen',
    timelineEmpty: 'Er zijn nog geen beslissingen vastgelegd.',
    timelineEntry: (outcome: string, by: string, at: string) => `Uitkomst: ${outcome}. Door ${by} op ${at}.`,
    fromTo: (from: string, to: string) => `Van "${from}" naar "${to}".`,
    reason: 'Reden',
    endReason: 'Reden van beëindiging',
    note: 'Toelichting',
    tasksTitle: 'Taken',
    tasksEmpty: 'Er zijn geen taken.',
    formsTitle: 'Formulieren',
    formsCaption: 'Formulieren van dit traject',
    colForm: 'Formulier',
    colStatus: 'Status',
    colUpdated: 'Laatst gewijzigd',
    updatedBy: (at: string, by: string) => `${at} door ${by}`,
    consentTitle: 'Toestemming',
    consentLink: 'Toestemmingsmatrix bekijken en bewerken',
    settingsTitle: 'Setting en overdracht',
    settingsEntry: (setting: string, by: string, at: string) => `${setting}, vastgelegd door ${by} op ${at}`,
    settingsHandover: (note: string) => `Overdracht: ${note}`,
    settingChangeTitle: 'Setting wijzigen',
    settingNew: 'Nieuwe setting',
    handoverNote: 'Overdracht',
    handoverHint: 'Wat moet het nieuwe team weten? Maximaal 2000 tekens.',
    settingSubmit: 'Setting wijzigen en overdracht vastleggen',
    settingChanged: 'De nieuwe setting en de overdracht zijn vastgelegd.',
    decided: 'De beslissing is vastgelegd.',
    // Age at the intake against 18 and the AOW age (docs/agr-route.md, indication)
    ageTitle: 'Leeftijd bij de intake',
    ageOn: (age: number, date: string) => `${age} jaar op ${date} (opnamedatum).`,
    aowLine: (years: number, months: number, date: string) =>
      `AOW-leeftijd: ${years} jaar${months ? ` en ${months} ${months === 1 ? 'maand' : 'maanden'}` : ''}, bereikt op ${date}.`,
    aowProvisional:
      'Voorlopig: de AOW-leeftijd voor dit geboortejaar is nog niet wettelijk vastgesteld; werkpad rekent met de laatst vastgestelde leeftijd.',
    ageUnder18: (date: string) =>
      `Let op: de revalidant is jonger dan 18 jaar en valt buiten de doelgroep van AGR (18 jaar op ${date}).`,
    ageAowReached:
      'Let op: de revalidant heeft de AOW-leeftijd bereikt en valt buiten de doelgroep van AGR.',
    ageWithin: 'Binnen de doelgroep van AGR (18 jaar tot de AOW-leeftijd).',
    ageUnknown: 'Geboortedatum onbekend: de leeftijdsgrens kan niet worden getoond.',
    ageSource: (source: string) => `Bron: ${source}.`,
    // D3 checklist and D1 folder in the timeline
    checklistLabel: 'Indicatiecriteria',
    checklistValue: (parts: string) => parts,
    prognosisValue: (v: boolean | null) =>
      v === null ? 'prognose niet beoordeeld' : v ? 'herstel binnen drie maanden verwacht' : 'geen herstel binnen drie maanden verwacht',
    suggestionLabel: 'Voorstel van werkpad',
    suggestionNone: 'geen voorstel (checklist niet compleet)',
    differsFromSuggestion: 'Het team is afgeweken van het voorstel.',
    folderTimelineLabel: "Folder 'Arbeidsgerichte revalidatie'",
    folderGiven: 'meegegeven',
    folderNotGiven: 'nog niet meegegeven',
    folderStatusLabel: "Folder 'Arbeidsgerichte revalidatie'",
    folderStatus: { uitgereikt: 'Meegegeven', open: 'Nog niet meegegeven (taak staat open)' } as Record<string, string>,
    // Team, RIC and revalidatiearts
    teamTitle: 'Team, re-integratiecoördinator en revalidatiearts',
    teamMembersEmpty: 'Er zijn nog geen teamleden vastgelegd.',
    teamMemberEntry: (discipline: string, name: string) => `${discipline}: ${name}`,
    teamEditTitle: 'Team wijzigen',
    teamModelVast:
      'Model 1 (vaste re-integratiecoördinator): kies een medewerker met de rol re-integratiecoördinator.',
    teamModelWisselend:
      'Model 2 (wisselende re-integratiecoördinator): kies een re-integratiecoördinator of een therapeut uit het team.',
    teamRic: 'Re-integratiecoördinator',
    teamArts: 'Revalidatiearts',
    teamNobody: 'Niemand',
    teamDisciplineMember: (discipline: string) => `Teamlid ${discipline}`,
    teamSubmit: 'Team opslaan',
    teamSaved: 'Het team is opgeslagen.',
    teamStale: 'Een collega heeft het traject intussen gewijzigd. Uw wijziging is niet opgeslagen; het traject is opnieuw geladen.',
    teamLoadError: 'De lijst met medewerkers kon niet worden geladen.',
  },
  decision: {
    dialogTitle: (label: string) => label,
    outcome: 'Uitkomst',
    outcomeTo: (outcome: string, to: string) => `${outcome} (naar: ${to})`,
    reasonLabel: 'Reden',
    reasonChoose: 'Kies een reden',
    endReasonLabel: 'Reden van beëindiging',
    endReasonChoose: 'Kies een reden van beëindiging',
    contactsLegend: 'Met wie mag de re-integratiecoördinator contact opnemen?',
    contactWerkgever: 'Werkgever',
    contactBedrijfsarts: 'Bedrijfsarts',
    contactsHint: 'Volgens het toestemmingsformulier (formulier 3). Bij een zzp-er vervalt de werkgever.',
    noteLabel: 'Toelichting',
    noteHint: 'Maximaal 2000 tekens. Zichtbaar voor het team, niet voor de revalidant.',
    consentWarning:
      'Let op: voor deze uitkomst moet het toestemmingsformulier (formulier 3) ondertekend zijn. Dat is nog niet gebeurd.',
    submit: 'Beslissing vastleggen',
    cancel: 'Annuleren',
    checklistTitle: 'Indicatiecriteria (hulp bij de beslissing)',
    checklistIntro:
      'Vul de vijf criteria in; werkpad doet een voorstel. U beslist zelf, ook als u afwijkt van het voorstel. De checklist en het voorstel worden met de beslissing opgeslagen.',
    criteria: {
      belastbaarheid: 'Belastbaarheid: minstens 2 dagdelen rechtop, eventueel met rust',
      orientatie: 'Oriëntatie in tijd en plaats',
      taalbegrip: 'Taalbegrip',
      leerbaarheid: 'Leerbaarheid en trainbaarheid',
    } as Record<string, string>,
    criterionStates: { voldaan: 'Voldaan', niet_voldaan: 'Niet voldaan', onbekend: 'Nog onbekend' } as Record<string, string>,
    prognosis: 'Prognose: herstel binnen drie maanden verwacht?',
    prognosisYes: 'Ja',
    prognosisNo: 'Nee',
    prognosisUnknown: 'Nog niet beoordeeld',
    suggestion: (outcome: string, reason: string | null) => `Voorstel: ${outcome}${reason ? ` (${reason})` : ''}.`,
    suggestionCriteria: 'Nog geen voorstel: niet alle criteria zijn beoordeeld.',
    suggestionPrognosis: 'Nog geen voorstel: een criterium is niet voldaan; beoordeel de prognose.',
    differsWarning: (suggested: string) =>
      `Uw uitkomst wijkt af van het voorstel (${suggested}). Dat mag; licht de afwijking toe in de toelichting.`,
    folderLabel: "Folder 'Arbeidsgerichte revalidatie' is meegegeven",
    folderHint:
      'Bij geen doorverwijzing krijgt de revalidant wel de folder met informatie over AGR. Nog niet meegegeven? Dan blijft er een taak open.',
    chooseOutcome: 'Kies een uitkomst.',
    chooseReason: 'Kies een reden.',
    chooseEndReason: 'Kies een reden van beëindiging.',
    staleTitle: 'Het traject is intussen gewijzigd',
    staleText: 'Een collega heeft intussen iets vastgelegd. Uw beslissing is niet opgeslagen. Bekijk het traject opnieuw.',
    reloadTrajectory: 'Traject opnieuw laden',
  },
  formAdmin: {
    title: 'Formulieren',
    intro:
      'Formulierdefinities zijn gegevens met een id en een versie. Een gepubliceerde versie wordt nooit gewijzigd: importeer een nieuwe versie met een hoger versienummer. Ingevulde formulieren houden de versie waarmee ze zijn gemaakt.',
    caption: 'Alle formulierdefinities en hun versies',
    colId: 'Id',
    colTitle: 'Titel',
    colVersion: 'Versie',
    colStatus: 'Status',
    colExport: 'Exporteren',
    statusBuiltin: 'Gepubliceerd (ingebouwd)',
    statusImported: (at: string) => `Gepubliceerd (geïmporteerd${at ? ` op ${at}` : ''})`,
    latest: 'nieuwste versie',
    older: 'oudere versie',
    signature: 'met handtekening',
    empty: 'Er zijn geen formulierdefinities.',
    exportButton: 'Downloaden',
    exportLabel: (id: string, version: number) => `Definitie ${id} versie ${version} downloaden als JSON`,
    exportFailed: 'De definitie kon niet worden geëxporteerd.',
    exported: (file: string) => `Het bestand ${file} is gedownload.`,
    importTitle: 'Definitie importeren',
    importFile: 'JSON-bestand met één formulierdefinitie',
    importHint: 'Bijvoorbeeld een eerder gedownloade definitie met een nieuw versienummer. Maximaal 1 MB.',
    importSubmit: 'Importeren',
    chooseFile: 'Kies eerst een bestand.',
    fileTooLarge: 'Het bestand is groter dan 1 MB.',
    notJson: (detail: string) => `Het bestand is geen geldige JSON (${detail}). Controleer het bestand en probeer het opnieuw.`,
    notObject: 'Het bestand bevat geen formulierdefinitie (verwacht: één JSON-object met id, version, title en items).',
    created: (id: string, version: number) => `Versie ${version} van formulier ${id} is geïmporteerd en gepubliceerd.`,
    identical: (id: string, version: number) =>
      `Versie ${version} van formulier ${id} bestond al met precies dezelfde inhoud. Er is niets gewijzigd.`,
    published: (id: string, version: number) =>
      `Versie ${version} van formulier ${id} is al gepubliceerd met een andere inhoud. Een gepubliceerde versie wordt nooit gewijzigd; geef de definitie een hoger versienummer.`,
    invalidTitle: 'De definitie is niet geïmporteerd. Pas het bestand aan:',
    fieldError: (path: string, code: string) => `${path || 'het bestand'}: ${formAdminCodes[code] ?? 'is niet juist'}.`,
    forbidden: 'Alleen de functioneel beheerder kan formulierdefinities importeren en exporteren.',
  },
  form: {
    title: (title: string) => title,
    back: 'Terug naar het traject',
    status: (s: string) => `Status: ${s}.`,
    versionInfo: (v: number, at: string, by: string) => `Formulierversie ${v}. Laatst opgeslagen ${at} door ${by}.`,
    startDraft: 'Formulier invullen',
    notStarted: 'Dit formulier is nog niet begonnen.',
    created: 'Het formulier is aangemaakt als concept. Vul het in en sla het op.',
    save: 'Concept opslaan',
    saved: 'Het concept is opgeslagen.',
    finalise: 'Definitief maken',
    finaliseHint: 'Bij definitief maken controleert werkpad of alle verplichte vragen zijn beantwoord. Antwoorden op vragen die niet van toepassing zijn, worden dan verwijderd.',
    finalised: 'Het formulier is definitief gemaakt.',
    signed: 'De ondertekening is vastgelegd.',
    reopenTitle: 'Formulier heropenen',
    reopenReason: 'Reden voor heropenen',
    reopenReasonRequired: 'Vul een reden in: waarom wordt het formulier heropend?',
    reopenSubmit: 'Heropenen',
    reopened: 'Het formulier is heropend als concept.',
    paperTitle: 'Getekend op papier',
    paperIntro: 'Heeft de revalidant het formulier op papier getekend? Leg dan de datum op het papier vast.',
    paperDate: 'Datum van ondertekening',
    paperSubmit: 'Ondertekening op papier vastleggen',
    signature: (method: string, date: string, by: string) => `Ondertekend (${method}) op ${date}, vastgelegd door ${by}.`,
    methodPortal: 'in het portaal',
    methodPaper: 'op papier',
    awaitingSignature: 'Dit formulier wacht op ondertekening door de revalidant (in het portaal) of op papier.',
    historyLink: 'Geschiedenis van de wijzigingen',
    conflictTitle: 'Iemand anders heeft dit formulier intussen opgeslagen',
    conflictText: (by: string, at: string) =>
      `${by} heeft dit formulier op ${at} opgeslagen terwijl u bezig was. Uw wijzigingen zijn niet opgeslagen. Hieronder ziet u wat er verschilt.`,
    conflictCaption: 'Verschillen tussen uw invoer en de opgeslagen versie',
    colQuestion: 'Vraag',
    colTheirs: 'Opgeslagen door de ander',
    colMine: 'Uw invoer (niet opgeslagen)',
    keepMine: 'Mijn invoer behouden en opnieuw opslaan',
    takeTheirs: 'De opgeslagen versie laden',
    localErrors: 'Niet alle velden bevatten een geldige waarde. Controleer de gemarkeerde velden.',
    readOnlyNote: 'Dit formulier is definitief en kan niet meer worden gewijzigd. Heropen het om iets te veranderen.',
    noDifferences: 'Er zijn geen verschillen in de antwoorden.',
  },
  history: {
    title: (form: string) => `Geschiedenis: ${form}`,
    eventsTitle: 'Gebeurtenissen',
    changesTitle: 'Wijzigingen per veld',
    changesCaption: 'Wijzigingen per veld, oudste eerst',
    colWhen: 'Wanneer',
    colWho: 'Wie',
    colField: 'Veld',
    colOld: 'Oud',
    colNew: 'Nieuw',
    colEvent: 'Gebeurtenis',
    empty: 'Er zijn nog geen wijzigingen.',
    events: {
      created: 'Aangemaakt',
      saved: 'Opgeslagen',
      finalised: 'Definitief gemaakt',
      signed: 'Ondertekend',
      reopened: 'Heropend',
    } as Record<string, string>,
    reason: (r: string) => `Reden: ${r}`,
    back: 'Terug naar het formulier',
  },
  consent: {
    title: (name: string) => `Toestemming van ${name}`,
    titlePlain: 'Toestemming',
    intro:
      'Per betrokkene en per soort informatie: mag de re-integratiecoördinator deze informatie delen? Een "ja" telt pas na ondertekening. Medische gegevens gaan alleen naar de bedrijfsarts.',
    matrixCaption: 'Toestemming per betrokkene en soort informatie',
    colParty: 'Betrokkene',
    notApplicable: 'Niet van toepassing',
    effective: 'geldig',
    notEffective: 'nog niet geldig (niet ondertekend)',
    recorded: (by: string, at: string) => `${by}, ${at}`,
    cellLabel: (party: string, kind: string) => `${party}: ${kind}`,
    setYes: 'Ja',
    setNo: 'Nee',
    setYesFor: (party: string, kind: string) => `Ja voor ${party}, ${kind}`,
    setNoFor: (party: string, kind: string) => `Nee voor ${party}, ${kind}`,
    withdraw: 'Intrekken',
    withdrawFor: (party: string, kind: string) => `Toestemming intrekken voor ${party}, ${kind}`,
    removeParty: 'Verwijderen',
    removePartyFor: (party: string) => `Betrokkene ${party} verwijderen`,
    addPartyTitle: 'Betrokkene toevoegen',
    addPartyLabel: 'Betrokkene',
    addPartyChoose: 'Kies een betrokkene',
    addPartySubmit: 'Toevoegen',
    signatureTitle: 'Ondertekening',
    signatureNone: 'Nog niet ondertekend.',
    signatureText: (method: string, date: string, by: string) => `Ondertekend ${method} op ${date} (vastgelegd door ${by}).`,
    paperTitle: 'Getekend op papier',
    paperDate: 'Datum op het papier',
    paperSubmit: 'Ondertekening op papier vastleggen',
    historyTitle: 'Geschiedenis',
    historyCaption: 'Alle wijzigingen in de toestemming, oudste eerst',
    colWhen: 'Wanneer',
    colWho: 'Wie',
    colWhat: 'Wat',
    event: {
      party_added: (p: string) => `Betrokkene ${p} toegevoegd`,
      party_removed: (p: string) => `Betrokkene ${p} verwijderd`,
      cell_recorded: (p: string, k: string, g: boolean) => `${p}, ${k}: ${g ? 'ja' : 'nee'}`,
      cell_withdrawn: (p: string, k: string) => `${p}, ${k}: ingetrokken`,
      signed: (m: string, d: string) => `Ondertekend ${m} (datum ${d})`,
    },
    updated: 'De toestemming is bijgewerkt.',
    stale: 'De toestemming is intussen door iemand anders gewijzigd. De nieuwste stand is geladen; voer uw wijziging opnieuw uit.',
  },
  tasks: {
    title: 'Mijn taken',
    intro: 'Taken uit het stappenplan van de AGR-route die bij u of uw team liggen, de vroegste eerst.',
    showAll: 'Ook afgeronde taken tonen',
    showOpen: 'Alleen openstaande taken tonen',
    caption: 'Taken',
    colTask: 'Taak',
    colRevalidant: 'Revalidant',
    colDue: 'Uiterlijk',
    colState: 'Status',
    colRole: 'Rol',
    colAction: 'Actie',
    empty: 'U heeft geen openstaande taken.',
    complete: 'Afronden',
    completeFor: (task: string) => `Taak afronden: ${task}`,
    completed: 'De taak is afgerond.',
    openForm: 'Formulier openen',
    states: {
      open: 'Open',
      due_today: 'Vandaag',
      overdue: 'Te laat',
      done: 'Afgerond',
    } as Record<string, string>,
    summary: (open: number, overdue: number) =>
      `${open} ${open === 1 ? 'openstaande taak' : 'openstaande taken'}, waarvan ${overdue} te laat.`,
  },
  meeting: {
    title: 'Patiëntenbespreking',
    intro:
      'Trajecten waarvan de vraag van beslismoment 3 (starten met werktraining) of 4 (werktraining voortzetten) in deze bespreking aan de orde is. Trajecten met "nog niet" komen elke bespreking terug.',
    startLabel: 'Begin van de bespreking',
    startHint: 'Beslissingen vanaf dit moment tellen als beantwoord in deze bespreking.',
    show: 'Tonen',
    caption: 'Te bespreken trajecten',
    colRevalidant: 'Revalidant',
    colQuestion: 'Vraag',
    colStep: 'Stap',
    colLast: 'Laatste beslissing',
    colRic: 'Re-integratiecoördinator',
    parked: 'Eerder "nog niet": komt terug',
    empty: 'Er zijn geen trajecten te bespreken.',
    openTrajectory: (name: string) => `Traject van ${name}`,
  },
  portal: {
    title: 'Mijn traject',
    intro: (name: string) => `Welkom, ${name}. Hier ziet u waar u staat in de arbeidsgerichte revalidatie en wat er hierna komt.`,
    noTrajectory:
      'Er is (nog) geen traject voor arbeidsgerichte revalidatie. Heeft u vragen over werk? Bespreek het met uw revalidatiearts.',
    whereTitle: 'Waar sta ik?',
    nowStep: (step: string) => `U bent nu bij: ${step}.`,
    nextTitle: 'Wat komt hierna?',
    nextStep: (step: string) => `Hierna: ${step}.`,
    nothingNext: 'Er volgt geen stap meer.',
    stepsLabel: 'Alle stappen',
    done: 'klaar',
    now: 'nu',
    later: 'nog niet',
    stopped: 'gestopt',
    stoppedText: 'De arbeidsgerichte revalidatie is gestopt. Wilt u later toch aan de slag met werk? Bespreek het met uw revalidatiearts of re-integratiecoördinator.',
    finishedText: 'De arbeidsgerichte revalidatie is afgerond.',
    consentTitle: 'Toestemmingsformulier',
    consentToSign: 'Er ligt een toestemmingsformulier voor u klaar om te lezen en te ondertekenen.',
    consentSigned: (date: string) => `U heeft het toestemmingsformulier ondertekend op ${date}.`,
    consentNotReady: 'Uw re-integratiecoördinator vult het toestemmingsformulier samen met u in. Daarna kunt u het hier lezen en ondertekenen.',
    consentLink: 'Toestemmingsformulier bekijken',
    ric: (name: string) => `Uw re-integratiecoördinator is ${name}.`,
  },
  portalConsent: {
    title: 'Mijn toestemming',
    intro: 'Lees het formulier goed. Klopt alles? Onderteken het dan hieronder. U kunt uw toestemming later altijd intrekken.',
    notReady: 'Het toestemmingsformulier is nog niet klaar om te ondertekenen. Uw re-integratiecoördinator vult het eerst samen met u in.',
    confirmLabel: 'Ik heb het formulier gelezen en geef toestemming zoals hierboven staat.',
    sign: 'Ondertekenen',
    mustConfirm: 'Vink eerst aan dat u het formulier heeft gelezen.',
    signedDone: 'Bedankt. U heeft het toestemmingsformulier ondertekend.',
    signedOn: (date: string) => `U heeft dit formulier ondertekend op ${date}.`,
    matrixTitle: 'Wat u nu heeft toegestaan',
    matrixIntro: 'Wilt u een toestemming intrekken? Kies dan "Intrekken". Dat geldt meteen.',
    withdrawn: 'Uw toestemming is ingetrokken.',
    back: 'Terug naar mijn traject',
  },
} as const;
