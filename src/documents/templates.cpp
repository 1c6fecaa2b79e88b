#include "documents/templates.hpp"

#include <array>

#include "domain/reintegratievisie/draft.hpp"

namespace werkpad::documents {

namespace rv = domain::reintegratievisie;

namespace {

constexpr std::array kKinds = {DocumentKind::kForm7,
                               DocumentKind::kForm7Werkgever,
                               DocumentKind::kFolderAgr,
                               DocumentKind::kFolderReintegratie,
                               DocumentKind::kSamenvattingAfspraken,
                               DocumentKind::kContactmomentBrief};

std::string StatusLabel(std::string_view code) {
  if (code == "draft") return "Concept";
  if (code == "in_review") return "In beoordeling bij het team";
  if (code == "ready_for_signature") return "Klaar voor ondertekening";
  if (code == "signed") return "Ondertekend";
  return std::string(code);
}

std::string Short(std::string_view sha) { return std::string(sha.substr(0, 16)); }

void LetterOpening(DocumentModel& m, const LetterInput& l) {
  std::vector<std::pair<std::string, std::string>> rows = {
      {"Aan",
       l.addressee_name.empty() ? l.addressee_label : l.addressee_label + " — " + l.addressee_name},
      {"Betreft", l.revalidant_name},
      {"Datum", l.date},
  };
  m.blocks.push_back(Fields(std::move(rows)));
}

void LetterClosing(DocumentModel& m, const LetterInput& l) {
  m.blocks.push_back(Paragraph(
      "Heeft u vragen over deze brief of over de arbeidsgerichte revalidatie? Neem dan contact "
      "op met de re-integratiecoördinator via de contactgegevens bovenaan deze brief."));
  m.blocks.push_back(
      Paragraph("Met vriendelijke groet,\n\n" +
                (l.sender_name.empty() ? std::string("Re-integratiecoördinator") : l.sender_name) +
                "\nRe-integratiecoördinator, " + l.letterhead.institution_name));
  m.blocks.push_back(
      Note("Deze brief bevat geen medische gegevens. Medische informatie wordt alleen via de "
           "revalidatiearts en met schriftelijke toestemming van de revalidant met de bedrijfsarts "
           "gedeeld."));
}

}  // namespace

std::string_view ToCode(DocumentKind k) {
  switch (k) {
    case DocumentKind::kForm7:
      return "formulier_7";
    case DocumentKind::kForm7Werkgever:
      return "formulier_7_werkgever";
    case DocumentKind::kFolderAgr:
      return "folder_agr";
    case DocumentKind::kFolderReintegratie:
      return "folder_reintegratie";
    case DocumentKind::kSamenvattingAfspraken:
      return "samenvatting_afspraken";
    case DocumentKind::kContactmomentBrief:
      return "contactmoment_brief";
  }
  return "formulier_7";
}

std::optional<DocumentKind> ParseDocumentKind(std::string_view code) {
  for (auto k : kKinds) {
    if (ToCode(k) == code) return k;
  }
  return std::nullopt;
}

std::string_view Title(DocumentKind k) {
  switch (k) {
    case DocumentKind::kForm7:
      return "Re-integratievisie (formulier 7)";
    case DocumentKind::kForm7Werkgever:
      return "Re-integratievisie (formulier 7) — werkgever";
    case DocumentKind::kFolderAgr:
      return "Folder 'Arbeidsgerichte revalidatie'";
    case DocumentKind::kFolderReintegratie:
      return "Folder 'Re-integratie van een werknemer'";
    case DocumentKind::kSamenvattingAfspraken:
      return "Samenvatting afspraken";
    case DocumentKind::kContactmomentBrief:
      return "Brief contactmoment";
  }
  return "";
}

Letterhead MakeLetterhead(const InstitutionDetails& inst, std::string logo_png) {
  Letterhead l;
  l.institution_name = inst.name;
  l.logo_png = std::move(logo_png);
  if (!inst.address.empty()) l.contact_lines.push_back(inst.address);
  std::string place = inst.postal_code;
  if (!inst.city.empty()) place += (place.empty() ? "" : "  ") + inst.city;
  if (!place.empty()) l.contact_lines.push_back(place);
  if (!inst.phone.empty()) l.contact_lines.push_back("Telefoon: " + inst.phone);
  if (!inst.email.empty()) l.contact_lines.push_back("E-mail: " + inst.email);
  if (!inst.website.empty()) l.contact_lines.push_back("Website: " + inst.website);
  return l;
}

std::string PartyLabel(std::string_view party) {
  if (party == "werkgever") return "Werkgever";
  if (party == "bedrijfsarts") return "Bedrijfsarts";
  if (party == "uwv") return "UWV";
  if (party == "afdeling_arbeidsintegratie") return "Afdeling arbeidsintegratie";
  if (party == "psycholoog") return "Psycholoog";
  if (party == "jobcoach") return "Jobcoach";
  if (party == "gemeente") return "Gemeente";
  if (party == "verzekeraar") return "Verzekeraar";
  if (party == "reintegratiebureau") return "Re-integratiebureau";
  if (party == "huisarts") return "Huisarts";
  if (party == "medisch_specialist") return "Medisch specialist";
  std::string out(party);
  for (char& c : out) {
    if (c == '_') c = ' ';
  }
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

DocumentModel Form7Document(const Form7Input& in) {
  DocumentModel m;
  m.letterhead = in.letterhead;
  m.author = in.letterhead.institution_name;
  m.title = in.employer_copy ? "Re-integratievisie — kopie voor de werkgever"
                             : "Re-integratievisie (AGR formulier 7)";
  m.subtitle = "Revalidant: " + in.revalidant_name;
  const rv::Content c = in.employer_copy ? rv::EmployerCopy(in.content) : in.content;

  std::vector<std::pair<std::string, std::string>> head = {{"Revalidant", in.revalidant_name}};
  if (!in.employer_copy && !in.date_of_birth.empty()) {
    head.emplace_back("Geboortedatum", in.date_of_birth);
  }
  head.emplace_back("Re-integratiecoördinator", in.ric_name);
  head.emplace_back("Status", StatusLabel(in.status));
  head.emplace_back("Versie", std::to_string(in.version));
  head.emplace_back("Datum document", in.generated_on);
  m.blocks.push_back(Fields(std::move(head)));
  if (in.employer_copy) {
    m.blocks.push_back(Note(
        "Kopie voor de werkgever. Deze kopie bevat geen medische gegevens: geen diagnose, geen "
        "aard of oorzaak van de ziekte en geen behandelinformatie (Autoriteit "
        "Persoonsgegevens, 'De zieke werknemer'). De revalidant heeft toestemming gegeven om "
        "de re-integratievisie met de werkgever te delen."));
  }
  if (!in.signature) {
    m.blocks.push_back(
        Note("Nog niet ondertekend door de revalidant: dit is geen definitieve "
             "re-integratievisie en mag niet buiten het team worden gedeeld."));
  }

  auto section = [&](const char* title, const std::string& text) {
    m.blocks.push_back(Heading(title));
    m.blocks.push_back(Paragraph(text));
  };
  section("Verloop van de arbeidsgerichte revalidatie", c.verloop);
  section("Werksituatie", c.werksituatie);
  section("Persoonsprofiel en functieprofiel", c.profielvergelijking);
  if (!in.employer_copy) section("Behandeldoelen", c.behandeldoelen);
  section("Werktraining", c.werktraining);
  section("Visie van het behandelteam op de terugkeer naar werk", c.visie_team);
  section("Aandachtspunten", c.aandachtspunten);

  m.blocks.push_back(Heading("Advies over de weg terug naar werk en de middelen"));
  if (!c.middelen.empty()) {
    std::vector<std::string> items;
    for (auto means : c.middelen) {
      std::string item(rv::MeansLabel(means));
      if (means == rv::Means::kArbeidstherapeutischePlaatsing && c.plaatsing_weken) {
        item += ": " + std::to_string(*c.plaatsing_weken) + " weken";
      }
      items.push_back(std::move(item));
    }
    m.blocks.push_back(Bullets(std::move(items)));
  }
  m.blocks.push_back(Paragraph(c.advies));
  if (!in.employer_copy)
    section("Medische toelichting (alleen team en bedrijfsarts)", c.medische_toelichting);

  m.blocks.push_back(Heading("Ondertekening door de revalidant"));
  if (in.signature) {
    std::vector<std::pair<std::string, std::string>> sig = {
        {"Ondertekend op", in.signature->signed_on},
        {"Wijze",
         in.signature->method == "portal"
             ? "Elektronisch in het portaal" + (in.signature->recorded_at.empty()
                                                    ? std::string()
                                                    : " (" + in.signature->recorded_at + ")")
             : std::string("Op papier, vastgelegd door het team")},
    };
    std::string shared;
    for (const auto& p : in.signature->share_with_labels) {
      shared += (shared.empty() ? "" : ", ") + p;
    }
    sig.emplace_back("Mag gedeeld worden met",
                     shared.empty() ? std::string("niemand buiten het behandelteam") : shared);
    m.blocks.push_back(Fields(std::move(sig)));
    m.blocks.push_back(Paragraph(
        "De revalidant heeft deze re-integratievisie gelezen en voor akkoord getekend, en heeft "
        "aangegeven met wie de visie gedeeld mag worden. Zonder die toestemming wordt de visie "
        "niet met werkgever, bedrijfsarts of anderen besproken."));
  } else {
    m.blocks.push_back(Paragraph("Nog niet ondertekend."));
  }
  m.footer = std::string(in.employer_copy ? "Formulier 7 (werkgever)" : "Formulier 7") +
             " · versie " + std::to_string(in.version) + " · SHA-256 " + Short(in.content_sha256) +
             "…";
  return m;
}

DocumentModel FolderAgrDocument(const Letterhead& letterhead) {
  DocumentModel m;
  m.letterhead = letterhead;
  m.author = letterhead.institution_name;
  m.title = "Arbeidsgerichte revalidatie";
  m.subtitle = "Informatie voor werkgevers en bedrijfsartsen";
  m.blocks = {
      Paragraph(
          "Uw werknemer of cliënt revalideert bij " +
          (letterhead.institution_name.empty() ? std::string("onze instelling")
                                               : letterhead.institution_name) +
          ". Omdat werk voor veel mensen een belangrijk deel van het leven is, besteden wij "
          "tijdens de revalidatie al aandacht aan de terugkeer naar werk. Dat noemen we "
          "arbeidsgerichte revalidatie (AGR). In deze folder leest u hoe dat werkt en wat wij "
          "van u vragen."),
      Heading("Hoe werkt arbeidsgerichte revalidatie?"),
      Bullets({
          "De revalidatiearts bespreekt bij de start van de revalidatie of werk een onderwerp "
          "is. Is dat zo, dan komt er een vaste re-integratiecoördinator: uw aanspreekpunt.",
          "De revalidant geeft zelf toestemming voor contact met u en bepaalt welke informatie "
          "gedeeld mag worden.",
          "De re-integratiecoördinator brengt samen met u het werk in kaart: de taken, de "
          "belasting en de omstandigheden. Vaak gebeurt dat tijdens een bezoek op de werkplek.",
          "Het behandelteam vergelijkt wat het werk vraagt met wat de revalidant op dat moment "
          "kan. Waar nodig en zinvol wordt gericht getraind, bijvoorbeeld met opdrachten die "
          "op het eigen werk lijken.",
          "Aan het einde van de revalidatie schrijft het team een re-integratievisie met een "
          "advies over de weg terug naar werk. Als de revalidant daarmee instemt, bespreken we "
          "die met u en de bedrijfsarts.",
      }),
      Heading("Wat vragen wij van u?"),
      Bullets({
          "Informatie over de functie en de werkomgeving, zodat de training aansluit bij het "
          "werk.",
          "Zo mogelijk materiaal voor oefenopdrachten, zoals voorbeelden van de "
          "computersystemen die op het werk gebruikt worden.",
          "Meedenken over aanpassingen in taken, werktijden of werkplek.",
      }),
      Heading("Werk en ziekteverzuim in het kort"),
      Paragraph(
          "Tijdens ziekte blijven werkgever en werknemer samen verantwoordelijk voor de "
          "re-integratie (Wet verbetering poortwachter). De bedrijfsarts adviseert over de "
          "mogelijkheden en beperkingen; samen met de werknemer stelt u een plan van aanpak op "
          "en u evalueert dat regelmatig. Na ongeveer een jaar volgt de eerstejaarsevaluatie. "
          "Duurt het verzuim bijna twee jaar, dan kan de werknemer een WIA-uitkering "
          "aanvragen; het UWV beoordeelt dan ook of er voldoende aan re-integratie is gedaan."),
      Paragraph(
          "Als werkgever mag u geen diagnose of aard van de ziekte van uw werknemer vastleggen. "
          "Wij delen met u daarom alleen wat over werk gaat: mogelijkheden, beperkingen in "
          "functionele zin en het advies van het team — en alleen met toestemming van de "
          "revalidant. Medische informatie gaat uitsluitend, met schriftelijke toestemming, "
          "via de revalidatiearts naar de bedrijfsarts."),
      Heading("Contact"),
      Paragraph("Neem voor vragen contact op met de re-integratiecoördinator van de revalidant "
                "via de gegevens bovenaan deze folder."),
  };
  m.footer = "Folder 'Arbeidsgerichte revalidatie'";
  return m;
}

DocumentModel FolderReintegratieDocument(const Letterhead& letterhead) {
  DocumentModel m;
  m.letterhead = letterhead;
  m.author = letterhead.institution_name;
  m.title = "Re-integratie van een werknemer";
  m.subtitle = "Voor werkgevers, bedrijfsartsen en collega's";
  m.blocks = {
      Paragraph(
          "Na een ernstige ziekte of een ongeval is weer aan het werk gaan vaak een stap die "
          "tijd en aandacht vraagt. Deze folder beschrijft welke gevolgen een ziekte voor het "
          "werk kan hebben en geeft tips om de terugkeer goed te laten verlopen."),
      Heading("Gevolgen die u kunt merken"),
      Bullets({
          "Sneller moe zijn, ook als de werknemer er goed uitziet. Vermoeidheid is vaak "
          "onzichtbaar.",
          "Moeite met concentreren, onthouden of met meerdere dingen tegelijk doen.",
          "Langzamer informatie verwerken, vooral bij drukte, onderbrekingen en tijdsdruk.",
          "Lichamelijke beperkingen, bijvoorbeeld bij lang staan, tillen of traplopen.",
          "Veranderingen in stemming of in de omgang met anderen, en onzekerheid over wat "
          "nog lukt.",
      }),
      Heading("Adviezen voor de werkgever"),
      Bullets({
          "Bouw het werk geleidelijk op, in uren en in zwaarte, en evalueer regelmatig.",
          "Begin waar mogelijk met vertrouwde taken en een rustige werkplek.",
          "Maak duidelijke afspraken over taken, pauzes en wie het aanspreekpunt is.",
          "Denk mee over aanpassingen: andere werktijden, hulpmiddelen of een aangepaste "
          "werkplek.",
          "Een vaste collega als buddy kan de terugkeer vergemakkelijken.",
      }),
      Heading("Adviezen voor collega's"),
      Bullets({
          "Vraag gerust hoe het gaat, maar laat uw collega zelf bepalen wat hij of zij vertelt.",
          "Houd rekening met vermoeidheid en met een lager tempo in het begin.",
          "Geef eerlijke en concrete feedback; dat helpt bij het inschatten van wat lukt.",
      }),
      Heading("Hulp bij re-integratie"),
      Paragraph("Soms is extra ondersteuning nodig, zoals een jobcoach, een traject via het UWV, "
                "een tijdelijke (arbeids)therapeutische plaatsing of hulp bij het vinden van ander "
                "werk. De bedrijfsarts en het UWV of de gemeente kunnen hierover adviseren. Het "
                "behandelteam geeft in de re-integratievisie een advies; met toestemming van de "
                "revalidant wordt dat met u gedeeld."),
      Heading("Contact"),
      Paragraph("Vragen over de re-integratie van uw werknemer of collega? Neem contact op met "
                "de re-integratiecoördinator via de gegevens bovenaan deze folder."),
  };
  m.footer = "Folder 'Re-integratie van een werknemer'";
  return m;
}

DocumentModel SamenvattingAfsprakenDocument(const SamenvattingInput& in) {
  DocumentModel m;
  m.letterhead = in.letter.letterhead;
  m.author = in.letter.letterhead.institution_name;
  m.title = "Samenvatting afspraken";
  m.subtitle = "Start werktraining";
  LetterOpening(m, in.letter);
  m.blocks.push_back(Paragraph(
      "Geachte heer/mevrouw,\n\nOp " + in.d3_date +
      " heeft het behandelteam samen met de revalidant besloten te starten met werktraining "
      "als onderdeel van de arbeidsgerichte revalidatie. Hieronder vindt u een samenvatting van "
      "de afspraken tussen het behandelteam en de revalidant. De revalidant heeft toestemming "
      "gegeven om deze informatie met u te delen."));
  m.blocks.push_back(Heading("Afspraken"));
  m.blocks.push_back(Paragraph(in.agreements));
  m.blocks.push_back(Heading("Wat vragen wij van u?"));
  m.blocks.push_back(Paragraph(
      "Om de werktraining zo goed mogelijk op het werk te laten aansluiten, vragen wij u om "
      "input voor oefenopdrachten, bijvoorbeeld voorbeelden van werkzaamheden of de "
      "computersystemen die op het werk gebruikt worden."));
  LetterClosing(m, in.letter);
  m.footer = "Samenvatting afspraken";
  return m;
}

std::string_view ToCode(ContactMoment m) {
  switch (m) {
    case ContactMoment::kNaIntakeRic:
      return "na_intake_ric";
    case ContactMoment::kNaStartWerktraining:
      return "na_start_werktraining";
    case ContactMoment::kEindeAgr:
      return "einde_agr";
  }
  return "na_intake_ric";
}

std::optional<ContactMoment> ParseContactMoment(std::string_view code) {
  for (auto m : {ContactMoment::kNaIntakeRic, ContactMoment::kNaStartWerktraining,
                 ContactMoment::kEindeAgr}) {
    if (ToCode(m) == code) return m;
  }
  return std::nullopt;
}

DocumentModel ContactMomentDocument(const ContactLetterInput& in) {
  DocumentModel m;
  m.letterhead = in.letter.letterhead;
  m.author = in.letter.letterhead.institution_name;
  m.title = "Verslag contactmoment";
  std::string purpose;
  std::vector<std::string> materials;
  // Source: handbook ch. 5 (minimum contact moments), DOMAIN.md §4.
  switch (in.moment) {
    case ContactMoment::kNaIntakeRic:
      m.subtitle = "Na de intake door de re-integratiecoördinator";
      purpose =
          "Kennismaking en uitleg over de arbeidsgerichte revalidatie, algemene informatie over "
          "mogelijke gevolgen voor het werk, en het in kaart brengen van de functie.";
      materials = {"Folder 'Arbeidsgerichte revalidatie'",
                   "Folder 'Re-integratie van een werknemer'",
                   "Vragenlijst functieprofiel (formulier 4)"};
      break;
    case ContactMoment::kNaStartWerktraining:
      m.subtitle = "Na het besluit om te starten met werktraining";
      purpose =
          "Informeren over de bevindingen van het behandelteam en het verdere traject tijdens "
          "de revalidatie, en afstemmen welke input u kunt leveren voor oefenopdrachten.";
      materials = {"Samenvatting afspraken behandelteam en revalidant"};
      break;
    case ContactMoment::kEindeAgr:
      m.subtitle = "Bij afsluiting van de arbeidsgerichte revalidatie";
      purpose =
          "Bespreken van de bevindingen en het advies van het behandelteam over het "
          "re-integratietraject.";
      materials = {"Re-integratievisie (formulier 7), voor zover de revalidant toestemming gaf"};
      break;
  }
  LetterOpening(m, in.letter);
  m.blocks.push_back(Paragraph("Geachte heer/mevrouw,\n\nHierbij bevestigen wij het contact van " +
                               in.contact_date + " over de arbeidsgerichte revalidatie van " +
                               in.letter.revalidant_name + "."));
  m.blocks.push_back(Heading("Doel van het contact"));
  m.blocks.push_back(Paragraph(purpose));
  m.blocks.push_back(Heading("Besproken"));
  m.blocks.push_back(Paragraph(in.summary));
  m.blocks.push_back(Heading("Meegegeven materiaal"));
  m.blocks.push_back(Bullets(materials));
  LetterClosing(m, in.letter);
  m.footer = "Verslag contactmoment";
  return m;
}

}  // namespace werkpad::documents
