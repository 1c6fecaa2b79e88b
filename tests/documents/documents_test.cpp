#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "documents/pdf.hpp"
#include "documents/templates.hpp"

namespace werkpad::documents {
namespace {

namespace rv = domain::reintegratievisie;

// The text of a PDF (pdftotext -layout), white space collapsed.
std::string PdfText(const std::string& pdf) {
  char name[] = "/tmp/werkpad-doc-XXXXXX";
  int fd = mkstemp(name);
  EXPECT_GE(fd, 0);
  EXPECT_EQ(write(fd, pdf.data(), pdf.size()), static_cast<ssize_t>(pdf.size()));
  close(fd);
  std::string out;
  if (FILE* p = popen(
          (std::string("pdftotext -layout -enc UTF-8 ") + name + " - 2>/dev/null").c_str(), "r")) {
    char buf[4096];
    std::size_t n = 0;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    EXPECT_EQ(pclose(p), 0);
  }
  unlink(name);
  std::string flat;
  for (char c : out) {
    const bool space = c == ' ' || c == '\n' || c == '\f' || c == '\t';
    if (space && (flat.empty() || flat.back() == ' ')) continue;
    flat += space ? ' ' : c;
  }
  return flat;
}

Form7Input Sample(bool employer) {
  Form7Input in;
  in.letterhead = MakeLetterhead({"Revalidatiecentrum De Proef", "Laan 1", "1234 AB", "Utrecht",
                                  "030-0000000", "info@proef.example", ""},
                                 "");
  in.revalidant_name = "Testa Voorbeeld";
  in.date_of_birth = "01-02-1980";
  in.ric_name = "R. Coördinator";
  in.content.verloop = "Start revalidatie: 02-03-2026.";
  in.content.visie_team = "Terugkeer haalbaar.";
  in.content.advies = "Opbouw in uren over acht weken.";
  in.content.middelen = {rv::Means::kJobcoach, rv::Means::kVasteCollegaBuddy};
  in.content.behandeldoelen = "Afasietraining afgerond.";
  in.content.medische_toelichting = "Herseninfarct links.";
  in.status = "signed";
  in.version = 5;
  in.content_sha256 = std::string(64, 'a');
  in.signature = Form7Signature{"portal", "07-12-2026", "07-12-2026", {"Werkgever"}};
  in.employer_copy = employer;
  in.generated_on = "07-12-2026";
  return in;
}

TEST(DocumentsTest, Form7ShowsNameAdviceMeansAndSignatureDate) {
  auto pdf = RenderPdf(Form7Document(Sample(false)));
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  EXPECT_EQ(pdf->substr(0, 5), "%PDF-");
  const std::string text = PdfText(*pdf);
  EXPECT_NE(text.find("Testa Voorbeeld"), std::string::npos) << text;
  EXPECT_NE(text.find("Opbouw in uren over acht weken."), std::string::npos);
  EXPECT_NE(text.find("Jobcoach"), std::string::npos);
  EXPECT_NE(text.find("Vaste collega als buddy"), std::string::npos);
  EXPECT_NE(text.find("Ondertekend op 07-12-2026"), std::string::npos) << text;
  EXPECT_NE(text.find("Herseninfarct links."), std::string::npos);
  EXPECT_NE(text.find("Revalidatiecentrum De Proef"), std::string::npos);
}

TEST(DocumentsTest, EmployerCopyHasNoMedicalText) {
  const DocumentModel model = Form7Document(Sample(true));
  auto pdf = RenderPdf(model);
  ASSERT_TRUE(pdf.ok());
  const std::string text = PdfText(*pdf);
  EXPECT_NE(text.find("Testa Voorbeeld"), std::string::npos);
  EXPECT_NE(text.find("Opbouw in uren over acht weken."), std::string::npos);
  EXPECT_NE(text.find("Ondertekend op 07-12-2026"), std::string::npos);
  for (const char* medical :
       {"Herseninfarct", "Afasie", "Behandeldoelen", "Medische toelichting", "01-02-1980"}) {
    EXPECT_EQ(text.find(medical), std::string::npos) << medical;
  }
}

TEST(DocumentsTest, LongTextFlowsOntoMorePages) {
  Form7Input in = Sample(false);
  for (int i = 0; i < 300; ++i) in.content.aandachtspunten += "Regel " + std::to_string(i) + ".\n";
  auto pdf = RenderPdf(Form7Document(in));
  ASSERT_TRUE(pdf.ok());
  const std::string text = PdfText(*pdf);
  EXPECT_NE(text.find("Regel 299."), std::string::npos);
  EXPECT_NE(text.find("pagina 3"), std::string::npos);
}

TEST(DocumentsTest, FoldersAndLettersCarryTheInstitutionAndTheirText) {
  const Letterhead l = MakeLetterhead(
      {"Revalidatiecentrum De Proef", "", "", "Utrecht", "030-1", "", "www.proef.example"}, "");
  EXPECT_EQ(l.contact_lines.size(), 3u);
  auto agr = RenderPdf(FolderAgrDocument(l));
  ASSERT_TRUE(agr.ok());
  std::string text = PdfText(*agr);
  EXPECT_NE(text.find("Arbeidsgerichte revalidatie"), std::string::npos);
  EXPECT_NE(text.find("Revalidatiecentrum De Proef"), std::string::npos);
  EXPECT_NE(text.find("Telefoon: 030-1"), std::string::npos);
  auto werknemer = RenderPdf(FolderReintegratieDocument(l));
  ASSERT_TRUE(werknemer.ok());
  EXPECT_NE(PdfText(*werknemer).find("Re-integratie van een werknemer"), std::string::npos);

  LetterInput letter{l, "Testa Voorbeeld", "Werkgever", "Bouw BV", "07-12-2026", "R. C."};
  auto s = RenderPdf(SamenvattingAfsprakenDocument({letter, "29-03-2026", "Drie ochtenden."}));
  ASSERT_TRUE(s.ok());
  text = PdfText(*s);
  EXPECT_NE(text.find("29-03-2026"), std::string::npos);
  EXPECT_NE(text.find("Drie ochtenden."), std::string::npos);
  auto c = RenderPdf(
      ContactMomentDocument({letter, ContactMoment::kNaIntakeRic, "01-12-2026", "Kennismaking."}));
  ASSERT_TRUE(c.ok());
  text = PdfText(*c);
  EXPECT_NE(text.find("Vragenlijst functieprofiel (formulier 4)"), std::string::npos);
  EXPECT_NE(text.find("Werkgever — Bouw BV"), std::string::npos);
}

TEST(DocumentsTest, KindAndMomentCodesRoundTrip) {
  for (auto code : {"formulier_7", "formulier_7_werkgever", "folder_agr", "folder_reintegratie",
                    "samenvatting_afspraken", "contactmoment_brief"}) {
    auto k = ParseDocumentKind(code);
    ASSERT_TRUE(k) << code;
    EXPECT_EQ(ToCode(*k), code);
  }
  EXPECT_FALSE(ParseDocumentKind("brief"));
  EXPECT_EQ(ParseContactMoment("einde_agr"), ContactMoment::kEindeAgr);
  EXPECT_EQ(PartyLabel("medisch_specialist"), "Medisch specialist");
  EXPECT_EQ(PartyLabel("buurman_jan"), "Buurman jan");
}

TEST(DocumentsTest, TheLogoMustBeAReadablePng) {
  EXPECT_FALSE(CheckPng("hello").ok());
  EXPECT_FALSE(CheckPng(std::string("\x89PNG\r\n\x1a\n", 8) + "broken").ok());
  Letterhead l;
  l.logo_png = "not a png";
  auto r = RenderPdf(Form7Document(Sample(false)));
  ASSERT_TRUE(r.ok());
  DocumentModel m = FolderAgrDocument(l);
  auto bad = RenderPdf(m);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, core::ErrorCode::kInvalidInput);
}

}  // namespace
}  // namespace werkpad::documents
