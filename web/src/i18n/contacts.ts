// Dutch texts of the contact moments and the contact log (section "Contactmomenten" of the
// trajectory page, the signals on "Mijn taken"). Part of the one message catalogue.

export const channelLabels: Record<string, string> = {
  telefoon: 'Telefoon',
  e_mail: 'E-mail',
  bezoek_werkplek: 'Bezoek op de werkplek',
  overleg_centrum: 'Overleg in het centrum',
  videobellen: 'Videobellen',
  brief: 'Brief',
};

export const momentPartyLabels: Record<string, string> = {
  werkgever: 'Werkgever',
  bedrijfsarts: 'Bedrijfsarts',
  ketenpartner: 'Andere ketenpartner',
};

/** Dutch sentences for the field codes of the contact endpoints. */
export const contactFieldCodes: Record<string, string> = {
  required: 'is verplicht.',
  in_future: 'mag niet in de toekomst liggen: leg een contact vast nadat het heeft plaatsgevonden.',
  invalid_code: 'is geen geldige partij.',
  invalid_value: 'heeft een onbekende waarde.',
  duplicate: 'staat er twee keer in.',
  too_long: 'is te lang.',
  too_many: 'bevat te veel onderdelen.',
  invalid_date: 'is geen geldige datum.',
  party_mismatch: 'past niet bij het contactmoment (kies de partij van het contactmoment).',
  not_contact_moment: 'is geen contactmoment.',
  other_trajectory: 'hoort bij een ander traject.',
  unknown: 'bestaat niet.',
  out_of_range: 'valt buiten het toegestane bereik.',
};

/** Whole sentences for the medical-information rule (field "medical"). */
export const medicalRefusals: Record<string, string> = {
  medical_party:
    'Specifieke medische informatie gaat alleen naar de bedrijfsarts. Kies als partij de bedrijfsarts of zet "Medische informatie" uit.',
  medical_author:
    'Specifieke medische informatie gaat alleen via de revalidatiearts naar de bedrijfsarts. Vraag de revalidatiearts dit contact vast te leggen.',
  medical_no_consent:
    'De revalidant heeft (nog) geen schriftelijke toestemming gegeven om medische informatie met de bedrijfsarts te delen (formulier 3). Het contact is niet vastgelegd.',
};

export const contactFieldLabels: Record<string, string> = {
  date: 'Datum',
  party: 'Partij',
  channel: 'Manier van contact',
  purpose: 'Doel',
  materials: 'Meegegeven materiaal',
  other_materials: 'Ander materiaal',
  summary: 'Samenvatting',
  medical: 'Medische informatie',
  task_id: 'Contactmoment',
  version: 'Versie',
};

export const contactText = {
  title: 'Contactmomenten',
  intro:
    'De minimale contactmomenten met werkgever en bedrijfsarts uit het stappenplan, met het doel en wat u meeneemt, en het logboek van alle contacten.',
  momentsCaption: 'Contactmomenten uit het stappenplan',
  colMoment: 'Contactmoment',
  colPurpose: 'Doel',
  colMaterials: 'Meenemen',
  colDue: 'Uiterste datum',
  colState: 'Status',
  colAction: 'Actie',
  noMoments: 'Er zijn (nog) geen contactmomenten voor dit traject.',
  logFor: (moment: string) => `Contact vastleggen voor ${moment}`,
  logForShort: 'Contact vastleggen',
  doneByContact: 'Afgerond met een contact',
  signalSummary: (overdue: number, soon: number, days: number) =>
    overdue === 0 && soon === 0
      ? 'Geen contactmomenten te laat of binnenkort.'
      : `${overdue} ${overdue === 1 ? 'contactmoment is' : 'contactmomenten zijn'} te laat; ${soon} binnen ${days} dagen.`,
  logTitle: 'Logboek van contacten',
  logCaption: 'Vastgelegde contacten, nieuwste eerst',
  colDate: 'Datum',
  colParty: 'Partij',
  colChannel: 'Manier',
  colSummary: 'Samenvatting',
  colBy: 'Vastgelegd door',
  emptyLog: 'Er zijn nog geen contacten vastgelegd.',
  medicalBadge: 'Medische informatie',
  summaryHidden: 'Medisch contact met de bedrijfsarts: de samenvatting is alleen zichtbaar voor de revalidatiearts.',
  edit: 'Wijzigen',
  editFor: (date: string, party: string) => `Contact van ${date} met ${party} wijzigen`,
  formNewTitle: 'Contact vastleggen',
  formEditTitle: 'Contact wijzigen',
  momentField: 'Hoort bij contactmoment',
  noMomentOption: 'Geen (los contact)',
  dateField: 'Datum van het contact',
  partyField: 'Partij',
  otherPartyField: 'Code van de andere partij',
  otherPartyDescription: 'Bijvoorbeeld uwv, jobcoach of gemeente (kleine letters, zonder spaties).',
  otherParty: 'Andere partij',
  channelField: 'Manier van contact',
  purposeField: 'Doel',
  materialsField: 'Meegegeven materiaal',
  otherMaterialsField: 'Ander materiaal (vrije tekst)',
  summaryField: 'Samenvatting (hoogstens 4000 tekens)',
  summaryDescription: 'Geen medische gegevens, tenzij u als revalidatiearts "Medische informatie" aanzet.',
  medicalField: 'Medische informatie voor de bedrijfsarts',
  medicalDescription:
    'Alleen de revalidatiearts, alleen naar de bedrijfsarts en alleen met schriftelijke toestemming van de revalidant.',
  save: 'Contact opslaan',
  saveEdit: 'Wijziging opslaan',
  cancel: 'Annuleren',
  saved: 'Het contact is vastgelegd.',
  savedTask: 'Het contact is vastgelegd en het contactmoment is afgerond.',
  edited: 'De wijziging is opgeslagen.',
  conflict: 'Iemand anders heeft dit contact intussen gewijzigd. De nieuwste versie is geladen; voer uw wijziging opnieuw in.',
  fieldError: (label: string, sentence: string) => `${label} ${sentence}`,
  // Signals on "Mijn taken".
  signalsTitle: 'Signalen contactmomenten',
  signalsIntro: (days: number) =>
    `Contactmomenten met werkgever, bedrijfsarts of ketenpartners die te laat zijn of binnen ${days} dagen moeten plaatsvinden.`,
  signalsCaption: 'Contactmomenten die aandacht vragen',
  signalsEmpty: 'Er zijn geen contactmomenten te laat of binnenkort.',
  colRevalidant: 'Revalidant',
  signalStates: { overdue: 'Te laat', due_today: 'Vandaag', open: 'Binnenkort' } as Record<string, string>,
};
