// The one Dutch message catalogue of the werkpad UI. Every user-facing string lives here; code
// elsewhere refers to keys. Error translations cover every error code and field code in
// docs/api.md (checked by nl.test.ts).

import type { FieldCode } from '../api/types';

/** A field as sentences speak of it: "het BSN", "de voornamen" (plural takes "zijn"). */
export interface FieldName {
  label: string;
  subject: string;
  plural?: boolean;
}

const f = (label: string, subject: string, plural = false): FieldName => ({ label, subject, plural });

/** Field labels per form; keys are the API's field paths (dots for nested objects). */
export const fieldNames = {
  login: {
    username: f('Gebruikersnaam', 'de gebruikersnaam'),
    password: f('Wachtwoord', 'het wachtwoord'),
    code: f('Verificatiecode', 'de verificatiecode'),
    recovery_code: f('Herstelcode', 'de herstelcode'),
  },
  password: {
    current_password: f('Huidig wachtwoord', 'het huidige wachtwoord'),
    new_password: f('Nieuw wachtwoord', 'het nieuwe wachtwoord'),
    new_password_repeat: f('Herhaal het nieuwe wachtwoord', 'de herhaling van het nieuwe wachtwoord'),
  },
  revalidant: {
    given_names: f('Voornamen', 'de voornamen', true),
    family_name: f('Achternaam', 'de achternaam'),
    date_of_birth: f('Geboortedatum', 'de geboortedatum'),
    bsn: f('BSN', 'het BSN'),
    contact: f('Contactgegevens', 'de contactgegevens', true),
    'contact.email': f('E-mailadres', 'het e-mailadres'),
    'contact.phone': f('Telefoonnummer', 'het telefoonnummer'),
    'contact.street': f('Straat en huisnummer', 'het adres (straat en huisnummer)'),
    'contact.postal_code': f('Postcode', 'de postcode'),
    'contact.city': f('Woonplaats', 'de woonplaats'),
    naaste: f('Naaste', 'de gegevens van de naaste', true),
    'naaste.name': f('Naam', 'de naam van de naaste'),
    'naaste.relation': f('Relatie', 'de relatie van de naaste'),
    'naaste.phone': f('Telefoonnummer', 'het telefoonnummer van de naaste'),
    'naaste.email': f('E-mailadres', 'het e-mailadres van de naaste'),
    employment_status: f('Dienstverband', 'het dienstverband'),
    employer: f('Werkgever', 'de gegevens van de werkgever', true),
    'employer.organisation': f('Naam werkgever', 'de naam van de werkgever'),
    'employer.contact_name': f('Contactpersoon', 'de contactpersoon van de werkgever'),
    'employer.contact_phone': f(
      'Telefoonnummer contactpersoon',
      'het telefoonnummer van de contactpersoon bij de werkgever',
    ),
    'employer.contact_email': f(
      'E-mailadres contactpersoon',
      'het e-mailadres van de contactpersoon bij de werkgever',
    ),
    'employer.address': f('Adres werkgever', 'het adres van de werkgever'),
    function_title: f('Functie', 'de functie'),
    hours_per_week: f('Uren per week', 'het aantal uren per week'),
    bedrijfsarts: f('Bedrijfsarts', 'de gegevens van de bedrijfsarts', true),
    'bedrijfsarts.name': f('Naam bedrijfsarts', 'de naam van de bedrijfsarts'),
    'bedrijfsarts.organisation': f('Arbodienst', 'de arbodienst'),
    'bedrijfsarts.phone': f('Telefoonnummer', 'het telefoonnummer van de bedrijfsarts'),
    'bedrijfsarts.email': f('E-mailadres', 'het e-mailadres van de bedrijfsarts'),
    team_id: f('Team', 'het team'),
    ric_user_id: f('Re-integratiecoördinator', 'de re-integratiecoördinator'),
    version: f('Versie', 'de versie'),
  },
  user: {
    username: f('Gebruikersnaam', 'de gebruikersnaam'),
    display_name: f('Naam', 'de naam'),
    email: f('E-mailadres', 'het e-mailadres'),
    role: f('Rol', 'de rol'),
    discipline: f('Discipline', 'de discipline'),
    team_ids: f('Teams', 'de teams', true),
    password: f('Wachtwoord', 'het wachtwoord'),
    revalidant_id: f('Revalidant', 'de revalidant'),
    version: f('Versie', 'de versie'),
  },
  team: {
    name: f('Naam van het team', 'de naam van het team'),
  },
  discipline: {
    code: f('Code', 'de code'),
    label: f('Omschrijving', 'de omschrijving'),
  },
  institution: {
    name: f('Naam van de instelling', 'de naam van de instelling'),
    address: f('Adres', 'het adres'),
    postal_code: f('Postcode', 'de postcode'),
    city: f('Plaats', 'de plaats'),
    phone: f('Telefoonnummer', 'het telefoonnummer'),
    email: f('E-mailadres', 'het e-mailadres'),
    website: f('Website', 'de website'),
    ric_model: f('Model re-integratiecoördinator', 'het model voor de re-integratiecoördinator'),
    version: f('Versie', 'de versie'),
  },
  audit: {
    revalidant_id: f('Revalidant', 'de revalidant'),
    user_id: f('Gebruiker', 'de gebruiker'),
    from: f('Van', 'de begindatum'),
    to: f('Tot en met', 'de einddatum'),
    q: f('Zoek revalidant', 'de zoekterm'),
    page: f('Pagina', 'het paginanummer'),
    page_size: f('Aantal per pagina', 'het aantal per pagina'),
  },
} satisfies Record<string, Record<string, FieldName>>;

export type FormName = keyof typeof fieldNames;

/** Sentence templates for the API's field codes; `s` is the subject, `is` the agreeing verb. */
export const fieldCodeMessages: Record<FieldCode, (s: string, is: string) => string> = {
  required: (s, is) => `${s} ${is} verplicht.`,
  wrong_type: (s, is) => `${s} ${is} in een verkeerde vorm ingevuld.`,
  unknown_field: (s, is) => `${s} ${is} niet bekend bij de server. Meld dit aan de beheerder.`,
  too_long: (s, is) => `${s} ${is} te lang. Maak de tekst korter.`,
  invalid_date: (s, is) => `${s} ${is} geen geldige datum.`,
  out_of_range: (s, is) => `${s} ${is} te groot of te klein.`,
  invalid_value: (s, is) => `${s} ${is} niet geldig. Kies of vul een geldige waarde in.`,
  invalid_email: (s, is) => `${s} ${is} geen geldig e-mailadres (bijvoorbeeld naam@voorbeeld.nl).`,
  elfproef: (s, is) => `${s} ${is} ongeldig (elfproef). Controleer de negen cijfers.`,
  in_future: (s, is) => `${s} ${is === 'zijn' ? 'mogen' : 'mag'} niet in de toekomst liggen.`,
  implausible: (s, is) => `${s} ${is} niet aannemelijk. Controleer de invoer.`,
  taken: (s, is) => `${s} ${is} al in gebruik. Kies een andere.`,
  too_short: (s, is) => `${s} ${is} te kort. Gebruik minstens 12 tekens.`,
  invalid_code: (s, is) => `${s} ${is} onjuist of verlopen. Probeer het opnieuw met de nieuwste code.`,
};

/** Fallback for a field code the catalogue does not know yet. */
const unknownFieldCode = (s: string, is: string) => `${s} ${is} niet juist ingevuld.`;

/** Messages for the API's error codes, plus `network` and `unexpected` from the client. */
export const errorCodeMessages: Record<string, string> = {
  bad_request: 'Het verzoek kon niet worden verwerkt. Vernieuw de pagina en probeer het opnieuw.',
  unauthenticated: 'U bent niet (meer) ingelogd. Log opnieuw in.',
  forbidden: 'U heeft geen toegang tot deze gegevens of deze handeling.',
  not_found: 'Deze gegevens zijn niet gevonden. Misschien zijn ze verwijderd of is de link onjuist.',
  conflict:
    'Iemand anders heeft deze gegevens intussen gewijzigd. Uw wijzigingen zijn niet opgeslagen.',
  rule_violation: 'Dit is op dit moment niet toegestaan volgens de regels van werkpad.',
  payload_too_large: 'De ingevoerde gegevens zijn te groot om te versturen.',
  invalid_input: 'Niet alle gegevens zijn goed ingevuld. Controleer de gemarkeerde velden.',
  too_many_requests: 'Te veel pogingen in korte tijd. Wacht even en probeer het dan opnieuw.',
  unavailable:
    'werkpad is tijdelijk niet beschikbaar (de database is niet bereikbaar). Probeer het over enkele minuten opnieuw.',
  internal: 'Er ging iets mis in werkpad. Probeer het opnieuw; meld het aan de beheerder als het blijft gebeuren.',
  network: 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
  unexpected: 'De server gaf een onverwacht antwoord. Probeer het opnieuw.',
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Removes list indices from a path: `team_ids[2]` and `team_ids.2` become `team_ids`. */
export function basePath(path: string): string {
  return path.replace(/\[\d+\]/g, '').replace(/\.\d+(?=\.|$)/g, '');
}

/** The Dutch name of a field, or a readable fallback built from the path. */
export function fieldName(form: FormName, path: string): FieldName {
  const names: Record<string, FieldName> = fieldNames[form];
  const found = names[basePath(path)];
  if (found) return found;
  return f(path, `het veld "${path}"`);
}

/** A Dutch sentence for a field error: "Het BSN is ongeldig (elfproef). …". */
export function fieldErrorMessage(form: FormName, path: string, code: string): string {
  const name = fieldName(form, path);
  const template = (fieldCodeMessages as Record<string, (s: string, is: string) => string>)[code];
  const is = name.plural ? 'zijn' : 'is';
  return capitalise((template ?? unknownFieldCode)(name.subject, is));
}

/** A Dutch sentence for an API error code. */
export function errorMessage(code: string): string {
  return errorCodeMessages[code] ?? errorCodeMessages.unexpected!;
}

export const roleLabels: Record<string, string> = {
  admin: 'Functioneel beheerder',
  revalidatiearts: 'Revalidatiearts',
  ric: 'Re-integratiecoördinator',
  therapeut: 'Therapeut',
  revalidant: 'Revalidant',
  werkgever: 'Werkgever',
  bedrijfsarts: 'Bedrijfsarts',
  partner: 'Ketenpartner',
};

export function roleLabel(role: string): string {
  return roleLabels[role] ?? role;
}

export const employmentStatusLabels: Record<string, string> = {
  loondienst: 'In loondienst',
  zzp: 'Zelfstandige (zzp)',
  werkzoekend: 'Werkzoekend',
  student: 'Student',
  gepensioneerd: 'Gepensioneerd',
  anders: 'Anders',
};

export function employmentStatusLabel(status: string | undefined | null): string {
  if (!status) return '';
  return employmentStatusLabels[status] ?? status;
}

export const auditActionLabels: Record<string, string> = {
  create: 'Aangemaakt',
  read: 'Ingezien',
  update: 'Gewijzigd',
  delete: 'Verwijderd',
  export: 'Geëxporteerd',
  print: 'Afgedrukt',
  share: 'Gedeeld',
  search: 'Gezocht',
  login: 'Ingelogd',
};

export const auditOutcomeLabels: Record<string, string> = {
  success: 'Gelukt',
  denied: 'Geweigerd',
  failure: 'Mislukt',
};

export const auditObjectLabels: Record<string, string> = {
  revalidant: 'Dossier revalidant',
  revalidanten: 'Revalidantenlijst',
  session: 'Sessie',
  user: 'Gebruiker',
  team: 'Team',
  institution: 'Instelling',
};

export const ricModelLabels: Record<string, { label: string; description: string }> = {
  vast: {
    label: 'Model 1: vaste re-integratiecoördinator',
    description: 'Een vaste, daarvoor aangewezen medewerker is de re-integratiecoördinator.',
  },
  wisselend: {
    label: 'Model 2: wisselende re-integratiecoördinator',
    description:
      'Per revalidant is een van de therapeuten uit het team de re-integratiecoördinator.',
  },
};

/** All other UI text, grouped by page or component. */
export const nl = {
  app: {
    name: 'werkpad',
    tagline: 'Arbeidsgerichte revalidatie',
    titleSuffix: 'werkpad',
    skipLink: 'Naar de hoofdinhoud',
    loading: 'Bezig met laden…',
    footer: 'werkpad: casemanagement voor arbeidsgerichte revalidatie.',
    footerPrivacy:
      'Elke inzage in een dossier wordt vastgelegd in de auditlog (NEN 7513).',
    notFoundTitle: 'Pagina niet gevonden',
    notFoundText: 'Deze pagina bestaat niet. Controleer het adres of ga terug naar de startpagina.',
    toStart: 'Naar de startpagina',
    errorTitle: 'Er ging iets mis',
  },
  header: {
    loggedInAs: 'Ingelogd als',
    logout: 'Uitloggen',
    changePassword: 'Wachtwoord wijzigen',
    userMenu: 'Uw account',
  },
  nav: {
    label: 'Hoofdmenu',
    caseload: 'Mijn caseload',
    newRevalidant: 'Nieuwe revalidant',
    tasks: 'Mijn taken',
    meeting: 'Patiëntenbespreking',
    signals: 'Signalen verzuim',
    portal: 'Mijn traject',
    consent: 'Mijn toestemming',
    myVerzuim: 'Mijn verzuim',
    myGoals: 'Mijn doelen',
    catalogues: 'Functiecatalogi',
    users: 'Gebruikers',
    teams: 'Teams',
    settings: 'Instellingen',
    forms: 'Formulieren',
    audit: 'Auditlog',
    worksamples: 'Werksamples',
    assignment: 'Discipline per item',
    start: 'Start',
    shared: 'Gedeeld met mij',
  },
  common: {
    save: 'Opslaan',
    saving: 'Bezig met opslaan…',
    cancel: 'Annuleren',
    search: 'Zoeken',
    none: '(geen)',
    notFilled: 'Niet ingevuld',
    choose: 'Maak een keuze',
    required: '(verplicht)',
    reload: 'Laad de nieuwste versie',
    saved: 'De gegevens zijn opgeslagen.',
    errorSummaryTitle: 'Controleer de volgende gegevens',
    errorSummaryIntro: 'De gegevens zijn nog niet opgeslagen:',
    conflictTitle: 'Iemand anders heeft dit intussen gewijzigd',
    conflictText:
      'Terwijl u bezig was, heeft een collega deze gegevens opgeslagen. Uw wijzigingen zijn niet opgeslagen. Laad de nieuwste versie en voer uw wijzigingen opnieuw in.',
    noResults: 'Geen resultaten gevonden.',
    showOnce:
      'Dit wordt maar één keer getoond. Geef het op een veilige manier door; werkpad kan het later niet opnieuw laten zien.',
  },
  pagination: {
    label: 'Paginering',
    previous: 'Vorige pagina',
    next: 'Volgende pagina',
    status: (page: number, pages: number, total: number) =>
      `Pagina ${page} van ${pages} (${total} ${total === 1 ? 'resultaat' : 'resultaten'})`,
  },
  login: {
    title: 'Inloggen',
    intro: 'Log in met uw gebruikersnaam en wachtwoord van werkpad.',
    submit: 'Inloggen',
    busy: 'Bezig met inloggen…',
    wrongCredentials: 'De gebruikersnaam of het wachtwoord is onjuist.',
    throttled: 'Te veel mislukte inlogpogingen. Wacht een paar minuten voordat u het opnieuw probeert.',
    throttledSeconds: (seconds: number) =>
      `Te veel mislukte inlogpogingen. U kunt het over ${Math.max(1, Math.ceil(seconds / 60))} ${
        Math.ceil(seconds / 60) <= 1 ? 'minuut' : 'minuten'
      } opnieuw proberen.`,
    sessionExpired: 'Uw sessie is verlopen of beëindigd. Log opnieuw in.',
    loggedOut: 'U bent uitgelogd.',
    totpTitle: 'Tweestapsverificatie',
    totpIntro:
      'Open de authenticator-app op uw telefoon en vul de code van zes cijfers in die bij werkpad staat.',
    totpCodeHint: 'Zes cijfers, zonder spaties.',
    totpSubmit: 'Controleren',
    useRecovery: 'Ik heb mijn telefoon niet: gebruik een herstelcode',
    useTotp: 'Terug naar de code uit de app',
    recoveryIntro:
      'Vul een van de herstelcodes in die u bij het instellen van tweestapsverificatie heeft bewaard. Elke herstelcode werkt maar één keer.',
    recoveryHint: 'Bijvoorbeeld abcd-efgh-ijkl.',
    enrolTitle: 'Tweestapsverificatie instellen',
    enrolIntro:
      'Voor toegang tot gegevens van revalidanten is tweestapsverificatie verplicht (NEN 7510). Stel dit eenmalig in met een authenticator-app op uw telefoon, bijvoorbeeld Microsoft Authenticator, Google Authenticator of FreeOTP.',
    enrolStep1: 'Stap 1: scan de QR-code met de authenticator-app.',
    enrolQrAlt: 'QR-code om werkpad toe te voegen aan uw authenticator-app',
    enrolStep2: 'Kunt u de QR-code niet scannen? Voer dan deze geheime sleutel handmatig in:',
    enrolSecretLabel: 'Geheime sleutel',
    enrolStep3: 'Stap 2: vul de code van zes cijfers in die de app nu toont.',
    enrolSubmit: 'Code bevestigen',
    enrolLoading: 'Bezig met voorbereiden…',
    recoveryTitle: 'Bewaar uw herstelcodes',
    recoveryWarning:
      'Belangrijk: deze tien herstelcodes worden maar één keer getoond. Bewaar ze op een veilige plek (bijvoorbeeld uitgeprint in een afgesloten la of in een wachtwoordkluis). Met een herstelcode kunt u inloggen als u uw telefoon kwijt bent. Elke code werkt één keer.',
    recoveryListLabel: 'Uw herstelcodes',
    continue: 'Doorgaan naar werkpad',
    cancel: 'Stoppen en uitloggen',
  },
  start: {
    title: 'Welkom bij werkpad',
    externalIntro: (name: string) => `Welkom, ${name}.`,
    externalText:
      'Hier ziet u straks de informatie die voor u is bedoeld: bijvoorbeeld de stappen van uw re-integratietraject, afspraken en de gegevens die met u zijn gedeeld. Deze onderdelen komen binnenkort beschikbaar.',
    externalPrivacy:
      'U ziet alleen gegevens waarvoor de revalidant toestemming heeft gegeven.',
  },
  caseload: {
    title: 'Mijn caseload',
    intro: 'Revalidanten in uw team en uw caseload.',
    searchLabel: 'Zoek op naam, BSN of geboortedatum',
    searchHint: 'Een deel van de naam, een volledig BSN, of een geboortedatum als jjjj-mm-dd.',
    searchRegion: 'Zoeken in caseload',
    tableCaption: 'Revalidanten',
    colName: 'Naam',
    colDateOfBirth: 'Geboortedatum',
    colEmployment: 'Dienstverband',
    colTeam: 'Team',
    colRic: 'Re-integratiecoördinator',
    empty: 'Er zijn geen revalidanten gevonden.',
    emptySearch: (q: string) => `Geen revalidanten gevonden voor "${q}".`,
    newRevalidant: 'Nieuwe revalidant registreren',
  },
  revalidant: {
    createTitle: 'Nieuwe revalidant',
    createIntro: 'Registreer een nieuwe revalidant. Velden met (verplicht) moeten worden ingevuld.',
    editTitle: (name: string) => `${name} bewerken`,
    detailTitle: (name: string) => name,
    createSubmit: 'Revalidant registreren',
    editSubmit: 'Wijzigingen opslaan',
    created: 'De revalidant is geregistreerd.',
    updated: 'De wijzigingen zijn opgeslagen.',
    sectionPerson: 'Persoonsgegevens',
    sectionContact: 'Contact',
    sectionNaaste: 'Naaste',
    sectionNaasteHint:
      'Laat deze velden leeg als er geen naaste is vastgelegd. Vult u iets in, dan is de naam verplicht.',
    sectionWork: 'Werk',
    sectionEmployerHint:
      'Laat de werkgevervelden leeg als er geen werkgever is. Vult u iets in, dan is de naam van de werkgever verplicht.',
    sectionBedrijfsarts: 'Bedrijfsarts en arbodienst',
    sectionBedrijfsartsHint: 'Laat deze velden leeg als er (nog) geen bedrijfsarts bekend is.',
    sectionTeam: 'Team en re-integratiecoördinator',
    bsnHint: 'Negen cijfers. Laat leeg als het BSN (nog) niet bekend is.',
    dateHint: 'Bijvoorbeeld 1 april 1980.',
    hoursHint: 'Contracturen per week, bijvoorbeeld 32.',
    noTeam: 'Geen team',
    noRic: 'Nog geen re-integratiecoördinator',
    noRicOptions: 'Er zijn nog geen re-integratiecoördinatoren vastgelegd.',
    employer: 'Werkgever',
    createdAt: 'Geregistreerd op',
    updatedAt: 'Laatst gewijzigd op',
    editLink: 'Gegevens bewerken',
    backToCaseload: 'Terug naar mijn caseload',
    backToDetail: 'Terug naar het dossier',
    loadOptionsFailed: 'De lijst met teams of re-integratiecoördinatoren kon niet worden geladen.',
  },
  users: {
    title: 'Gebruikers',
    intro: 'Beheer de accounts van medewerkers en externe gebruikers.',
    searchLabel: 'Zoek op naam of gebruikersnaam',
    roleFilter: 'Rol',
    allRoles: 'Alle rollen',
    searchRegion: 'Gebruikers zoeken',
    tableCaption: 'Gebruikers',
    colName: 'Naam',
    colUsername: 'Gebruikersnaam',
    colRole: 'Rol',
    colStatus: 'Status',
    colTotp: 'Tweestapsverificatie',
    colLastLogin: 'Laatst ingelogd',
    active: 'Actief',
    disabled: 'Geblokkeerd',
    totpOn: 'Ingesteld',
    totpOff: 'Niet ingesteld',
    never: 'Nog nooit',
    newUser: 'Nieuwe gebruiker',
    createTitle: 'Nieuwe gebruiker',
    createSubmit: 'Gebruiker aanmaken',
    usernameHint: '3 tot 64 tekens: kleine letters, cijfers, punt, liggend streepje of koppelteken.',
    disciplineHint: 'Alleen voor therapeuten.',
    teamsLegend: 'Teams',
    noTeams: 'Er zijn nog geen teams. Maak eerst een team aan onder Teams.',
    createdTitle: 'De gebruiker is aangemaakt',
    initialPassword: 'Eerste wachtwoord',
    createdText: (username: string) =>
      `Geef het eerste wachtwoord op een veilige manier door aan ${username}. Bij de eerste keer inloggen stelt de gebruiker tweestapsverificatie in.`,
    createdPortalText: (username: string, revalidant: string) =>
      `Dit is het portaalaccount van ${revalidant}. Geef het eerste wachtwoord op een veilige manier door aan de revalidant (gebruikersnaam ${username}). Met dit account ziet de revalidant Mijn traject en Mijn toestemming.`,
    portalPickTitle: 'Revalidant van dit portaalaccount',
    portalPickIntro:
      'Een account met de rol Revalidant geeft toegang tot het portaal van één revalidant. Zoek de revalidant op naam of geboortedatum en kies de juiste.',
    portalSearchLabel: 'Zoek revalidant op naam of geboortedatum',
    portalSearchRegion: 'Revalidant voor het portaalaccount zoeken',
    portalAccountExists:
      'Deze revalidant heeft al een portaalaccount. Zoek het account op in de gebruikerslijst; u kunt daar het wachtwoord resetten.',
    toList: 'Naar de gebruikerslijst',
    toUser: 'Naar deze gebruiker',
    editTitle: (name: string) => `Gebruiker ${name}`,
    editSubmit: 'Wijzigingen opslaan',
    updated: 'De wijzigingen zijn opgeslagen.',
    actionsTitle: 'Account',
    statusLine: (status: string, totp: string) => `Status: ${status}. Tweestapsverificatie: ${totp}.`,
    disable: 'Account blokkeren',
    enable: 'Account deblokkeren',
    disabledDone: 'Het account is geblokkeerd. De gebruiker kan niet meer inloggen.',
    enabledDone: 'Het account is gedeblokkeerd.',
    resetPassword: 'Wachtwoord resetten',
    resetPasswordConfirm:
      'Weet u zeker dat u het wachtwoord wilt resetten? Het huidige wachtwoord werkt daarna niet meer.',
    resetPasswordDone: 'Het wachtwoord is gereset.',
    temporaryPassword: 'Tijdelijk wachtwoord',
    reset2fa: 'Tweestapsverificatie resetten',
    reset2faConfirm:
      'Weet u zeker dat u de tweestapsverificatie wilt resetten? De gebruiker moet deze bij de volgende keer inloggen opnieuw instellen. Doe dit alleen nadat u de identiteit van de gebruiker heeft gecontroleerd.',
    reset2faDone: 'De tweestapsverificatie is gereset. De gebruiker stelt deze opnieuw in bij de volgende keer inloggen.',
    confirmYes: 'Ja, doorgaan',
    ownAccount:
      'Dit is uw eigen account. Blokkeren of de tweestapsverificatie resetten doet een andere beheerder; uw wachtwoord wijzigt u zelf:',
  },
  teams: {
    title: 'Teams',
    intro: 'Behandelteams van de instelling. Revalidanten en medewerkers worden aan een team gekoppeld.',
    tableCaption: 'Teams',
    colName: 'Naam',
    empty: 'Er zijn nog geen teams.',
    createTitle: 'Nieuw team',
    createSubmit: 'Team toevoegen',
    created: (name: string) => `Team "${name}" is toegevoegd.`,
  },
  settings: {
    title: 'Instellingen',
    intro:
      'Gegevens van de instelling. Deze worden gebruikt op folders en brieven die werkpad maakt.',
    detailsTitle: 'Gegevens van de instelling',
    ricModelLegend: 'Model re-integratiecoördinator',
    submit: 'Instellingen opslaan',
    disciplinesTitle: 'Disciplines',
    disciplinesIntro:
      'Disciplines van therapeuten. Standaarddisciplines kunnen niet worden gewijzigd; u kunt er zelf disciplines bij maken.',
    disciplinesCaption: 'Disciplines',
    colCode: 'Code',
    colLabel: 'Omschrijving',
    colBuiltin: 'Soort',
    builtin: 'Standaard',
    custom: 'Eigen discipline',
    disciplineCodeHint: 'Korte code in kleine letters, bijvoorbeeld arbeidstherapie.',
    addDiscipline: 'Discipline toevoegen',
    disciplineAdded: (label: string) => `Discipline "${label}" is toegevoegd.`,
  },
  audit: {
    title: 'Auditlog',
    intro:
      'Wie heeft wanneer een dossier aangemaakt, ingezien of gewijzigd (NEN 7513)? Kies een revalidant en een periode. Een revalidant heeft het recht dit overzicht op te vragen.',
    pickTitle: 'Revalidant kiezen',
    searchLabel: 'Zoek revalidant op naam, BSN of geboortedatum',
    searchRegion: 'Revalidant zoeken',
    choose: 'Kiezen',
    chosen: (name: string, dob: string) => `Gekozen revalidant: ${name}, geboren ${dob}.`,
    noneChosen: 'Nog geen revalidant gekozen.',
    searchResults: 'Zoekresultaten',
    periodTitle: 'Periode',
    show: 'Auditlog tonen',
    mustChoose: 'Kies eerst een revalidant.',
    resultsTitle: 'Gebeurtenissen',
    tableCaption: (name: string) => `Auditlog van ${name}, nieuwste eerst`,
    colTime: 'Tijdstip',
    colUser: 'Gebruiker',
    colRole: 'Rol',
    colAction: 'Handeling',
    colObject: 'Object',
    colOutcome: 'Resultaat',
    colAddress: 'Adres (IP)',
    onBehalfOf: (id: number) => `namens gebruiker ${id}`,
    system: 'Systeem',
    empty: 'Geen gebeurtenissen gevonden in deze periode.',
    periodInvalid: 'De begindatum ligt na de einddatum.',
  },
  password: {
    title: 'Wachtwoord wijzigen',
    intro: 'Kies een nieuw wachtwoord van minstens 12 tekens. Gebruik bij voorkeur een zin van een paar woorden.',
    submit: 'Wachtwoord wijzigen',
    done: 'Uw wachtwoord is gewijzigd.',
    mismatch: 'De twee nieuwe wachtwoorden zijn niet gelijk.',
    wrongCurrent: 'Het huidige wachtwoord is onjuist.',
    newHint: 'Minstens 12 tekens.',
  },
} as const;

/** Formats a YYYY-MM-DD date as a Dutch date ("1 april 1980"); returns the input if malformed. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** Formats a YYYY-MM-DD date as dd-mm-jjjj for tables. */
export function formatDateShort(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[3]}-${m[2]}-${m[1]}`;
}

/**
 * Formats an RFC 3339 UTC timestamp in Dutch local time (Europe/Amsterdam), e.g.
 * "23-11-2026 15:05:09". Returns the input when it is not a timestamp.
 */
export function formatTimestamp(ts: string | null | undefined): string {
  if (!ts) return '';
  const d = new Date(ts);
  if (Number.isNaN(d.getTime())) return ts;
  return new Intl.DateTimeFormat('nl-NL', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(d);
}

/** "Test Voorbeeld" from given names and family name. */
export function fullName(p: { given_names: string; family_name: string }): string {
  return `${p.given_names} ${p.family_name}`.trim();
}

/** Document title for a page. */
export function pageTitle(title: string): string {
  return `${title} – ${nl.app.titleSuffix}`;
}
