// Dutch texts of the re-integratievisie (formulier 7) and the documents. Part of the one message
// catalogue; code elsewhere refers to keys only.

export const meansLabels: Record<string, string> = {
  eigen_werk_aanpassingen: 'Eigen werk met aanpassingen',
  ander_werk: 'Ander werk',
  jobcoach: 'Jobcoach',
  werkfit_traject: "Traject 'Werkfit maken' (UWV)",
  naar_werk_traject: "Traject 'Naar werk' (UWV)",
  arbeidstherapeutische_plaatsing: 'Arbeidstherapeutische plaatsing (maximaal zes weken)',
  outplacement: 'Outplacement',
  dagbesteding: 'Dagbesteding',
  werkplekaanpassingen: 'Werkplekaanpassingen',
  vaste_collega_buddy: 'Vaste collega als buddy',
};

export const sectionLabels: Record<string, string> = {
  verloop: 'Verloop van de arbeidsgerichte revalidatie',
  werksituatie: 'Werksituatie',
  profielvergelijking: 'Persoonsprofiel en functieprofiel',
  behandeldoelen: 'Behandeldoelen (medisch)',
  werktraining: 'Werktraining',
  visie_team: 'Visie van het behandelteam op de terugkeer naar werk',
  aandachtspunten: 'Aandachtspunten',
  middelen: 'Middelen',
  plaatsing_weken: 'Aantal weken arbeidstherapeutische plaatsing',
  advies: 'Advies over de weg terug naar werk',
  medische_toelichting: 'Medische toelichting (alleen team en bedrijfsarts)',
  reason: 'Reden',
  text: 'Opmerking',
  signed_on: 'Datum van ondertekening',
  share_with: 'Delen met',
  party: 'Geadresseerde',
  moment: 'Contactmoment',
  contact_date: 'Datum van het contact',
  kind: 'Soort document',
};

export const visieStatusLabels: Record<string, string> = {
  draft: 'Concept',
  in_review: 'In beoordeling bij het team',
  ready_for_signature: 'Klaar voor ondertekening',
  signed: 'Ondertekend',
};

export const documentKindLabels: Record<string, string> = {
  formulier_7: 'Re-integratievisie (formulier 7), volledig',
  formulier_7_werkgever: 'Re-integratievisie, kopie voor de werkgever (zonder medische gegevens)',
  folder_agr: "Folder 'Arbeidsgerichte revalidatie'",
  folder_reintegratie: "Folder 'Re-integratie van een werknemer'",
  samenvatting_afspraken: 'Brief samenvatting afspraken (na start werktraining)',
  contactmoment_brief: 'Brief na een contactmoment',
};

export const contactMomentLabels: Record<string, string> = {
  na_intake_ric: 'Na de intake door de re-integratiecoördinator',
  na_start_werktraining: 'Na het besluit om te starten met werktraining',
  einde_agr: 'Bij afsluiting van de arbeidsgerichte revalidatie',
};

export const audienceLabels: Record<string, string> = {
  team: 'Behandelteam',
  algemeen: 'Algemeen',
  werkgever: 'Werkgever',
  bedrijfsarts: 'Bedrijfsarts',
};

/** Sentences for the field codes of these endpoints. */
export const visieFieldCodes: Record<string, (label: string) => string> = {
  required: (l) => `"${l}" is verplicht.`,
  too_long: (l) => `"${l}" is te lang. Maak de tekst korter.`,
  out_of_range: (l) => `"${l}" moet tussen 1 en 6 weken liggen.`,
  not_applicable: (l) => `"${l}" hoort hier niet bij.`,
  duplicate: (l) => `Bij "${l}" is iets twee keer gekozen.`,
  in_future: (l) => `"${l}" mag niet in de toekomst liggen.`,
  before_created: (l) => `"${l}" ligt vóór het opstellen van de visie.`,
  invalid_value: (l) => `"${l}" is niet geldig.`,
  invalid_code: (l) => `Bij "${l}" staat een ongeldige partij.`,
  no_consent: () => 'De revalidant heeft geen toestemming gegeven om dit met deze partij te delen.',
  invalid_png: () => 'Het bestand is geen leesbare PNG-afbeelding.',
  invalid_base64: () => 'Het bestand kon niet worden gelezen.',
  medical_content: () =>
    'Een brief aan de werkgever mag geen medische informatie bevatten. Pas de tekst aan.',
  too_large: () => 'Het bestand is te groot. Kies een PNG van hoogstens 256 kB.',
};

export const visieText = {
  sectionTitle: 'Re-integratievisie (formulier 7)',
  none: 'Er is nog geen re-integratievisie voor dit traject.',
  noneNotRic: 'De re-integratiecoördinator stelt de re-integratievisie op.',
  createButton: 'Concept opstellen',
  created: 'Het concept is opgesteld en vooraf ingevuld uit het dossier.',
  openLink: 'Re-integratievisie openen',
  pageTitle: (name: string) => `Re-integratievisie van ${name}`,
  pageTitlePlain: 'Re-integratievisie',
  statusLine: (status: string, version: number) => `Status: ${status} · versie ${version}`,
  prefillHint:
    'Het concept is vooraf ingevuld met de stappen en besluiten uit het traject en de belangrijkste antwoorden uit formulier 2 en 5. Controleer en vul aan.',
  medicalHint:
    'Medische gegevens alleen in de twee medische onderdelen. Die staan nooit in de kopie voor de werkgever.',
  employerWithheld: (terms: string) =>
    `Let op: deze tekst gaat naar de werkgever en de opgeslagen versie bevat een medische term (${terms}). ` +
    'De werkgever krijgt deze tekst daarom niet te zien: in de kopie voor de werkgever en in de gedeelde gegevens staat in plaats daarvan een melding. ' +
    'Haal de medische gegevens weg of zet ze in een van de twee medische onderdelen.',
  meansLegend: 'Advies over middelen',
  weeksHint: 'In principe maximaal zes weken.',
  save: 'Opslaan',
  saved: 'De re-integratievisie is opgeslagen als nieuwe versie.',
  conflict:
    'Iemand anders heeft de re-integratievisie intussen gewijzigd. De pagina is opnieuw geladen met de laatste versie; voer uw wijziging opnieuw in.',
  readOnly: 'De inhoud kan nu niet worden gewijzigd.',
  toReview: 'Ter beoordeling aan het team',
  toDraft: 'Terug naar concept',
  toReady: 'Klaar voor ondertekening',
  backReason: 'Reden om terug te zetten',
  statusChanged: 'De status is gewijzigd.',
  commentsTitle: 'Opmerkingen van het team',
  commentsEmpty: 'Nog geen opmerkingen.',
  commentBy: (who: string, discipline: string, at: string, version: number) =>
    `${who} (${discipline}), ${at}, bij versie ${version}`,
  commentSection: 'Onderdeel (optioneel)',
  commentWhole: 'De hele visie',
  commentAdd: 'Opmerking plaatsen',
  commentAdded: 'De opmerking is geplaatst.',
  versionsTitle: 'Versies',
  versionsCaption: 'Elke opslag is een versie met een vingerafdruk (SHA-256)',
  colVersion: 'Versie',
  colEvent: 'Wijziging',
  colStatus: 'Status',
  colBy: 'Door',
  colAt: 'Wanneer',
  colHash: 'SHA-256 (begin)',
  events: { created: 'Opgesteld', saved: 'Opgeslagen', status: 'Status gewijzigd', signed: 'Ondertekend' } as Record<string, string>,
  signatureTitle: 'Ondertekening',
  signedLine: (date: string, how: string) => `Ondertekend op ${date} (${how}).`,
  signedPortal: 'in het portaal',
  signedPaper: 'op papier',
  sharedWith: (parties: string) => `Mag gedeeld worden met: ${parties}.`,
  sharedNobody: 'De revalidant heeft gekozen de visie met niemand buiten het team te delen.',
  paperTitle: 'Papieren handtekening vastleggen',
  paperHint: 'Gebruik dit als de revalidant op papier heeft getekend. Neem de keuze voor delen over van het papier.',
  paperSubmit: 'Handtekening vastleggen',
  signedOnLabel: 'Datum op het papier',
  signedDone: 'De handtekening is vastgelegd.',
  waitingForSignature: 'De revalidant kan de visie nu lezen en ondertekenen in het portaal.',
  backToTrajectory: 'Terug naar het traject',
  // Portal
  portalTitle: 'Mijn re-integratievisie',
  portalIntro:
    'Hieronder leest u de visie van uw behandelteam op uw terugkeer naar werk en het advies. Lees de visie rustig door. Bent u het ermee eens, dan ondertekent u hem hier.',
  portalNone: 'Er is nog geen re-integratievisie klaar om te lezen.',
  portalShareLegend: 'Met wie mag de visie gedeeld worden?',
  portalShareHint:
    'Zonder uw toestemming bespreken wij de visie niet met uw werkgever, bedrijfsarts of anderen. U kunt ook niemand kiezen.',
  portalConfirm: 'Ik heb de re-integratievisie gelezen en ga akkoord.',
  portalMustConfirm: 'Vink aan dat u de visie hebt gelezen en akkoord gaat.',
  portalSign: 'Ondertekenen',
  portalSigned: (date: string) => `U hebt de re-integratievisie ondertekend op ${date}.`,
  portalLink: 'Mijn re-integratievisie lezen en ondertekenen',
  portalBack: 'Terug naar mijn traject',
  // Documents
  documentsTitle: 'Documenten',
  documentsCaption: 'Gemaakte documenten (PDF), nieuwste eerst',
  documentsEmpty: 'Er zijn nog geen documenten gemaakt.',
  colDocument: 'Document',
  colAudience: 'Voor',
  colMade: 'Gemaakt',
  download: (title: string) => `Download ${title} (PDF)`,
  generateTitle: 'Document maken',
  generateKind: 'Soort document',
  generateParty: 'Geadresseerde',
  generateText: 'Tekst van de brief',
  generateTextHintSamenvatting: 'De afspraken tussen het behandelteam en de revalidant. Geen medische gegevens.',
  generateTextHintContact: 'Wat is er besproken? Geen medische gegevens.',
  generateSubmit: 'Document maken',
  momentLabel: 'Contactmoment',
  contactDateLabel: 'Datum van het contact',
  generated: (title: string) => `${title} is gemaakt.`,
  madeBy: (at: string, who: string) => `${at} door ${who}`,
};

export const logoText = {
  title: 'Logo',
  alt: 'Huidig logo van de instelling',
  none: 'Er is nog geen logo. Folders en brieven tonen dan alleen de naam en contactgegevens.',
  fileLabel: 'Logobestand (PNG)',
  fileHint: 'Een PNG-afbeelding van hoogstens 256 kB. Het logo staat rechtsboven op folders, brieven en de re-integratievisie.',
  upload: 'Logo opslaan',
  remove: 'Logo verwijderen',
  saved: 'Het logo is opgeslagen.',
  deleted: 'Het logo is verwijderd.',
  chooseFirst: 'Kies eerst een PNG-bestand.',
  tooLarge: 'Het bestand is te groot. Kies een PNG van hoogstens 256 kB.',
};
