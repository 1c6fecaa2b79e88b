// API tests of the re-integratievisie (form 7) and the documents (docs/api.md "Re-integratievisie
// (formulier 7)" and "Documenten"), against the real binary with the demo data. They run after
// the AGR and verzuim tests (link order) and before the coverage test. PDF content is checked by
// extracting the text with pdftotext (poppler-utils).
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "api/api_fixture.hpp"

namespace werkpad::api_test {
namespace {

std::string T(std::int64_t id) { return "/api/v1/trajectories/" + std::to_string(id); }
std::string V(std::int64_t id) { return T(id) + "/reintegratievisie"; }

// The text of a PDF, via pdftotext.
std::string PdfText(const std::string& pdf) {
  char name[] = "/tmp/werkpad-pdf-XXXXXX";
  int fd = mkstemp(name);
  EXPECT_GE(fd, 0);
  if (fd < 0) return "";
  EXPECT_EQ(write(fd, pdf.data(), pdf.size()), static_cast<ssize_t>(pdf.size()));
  close(fd);
  std::string cmd = std::string("pdftotext -layout -enc UTF-8 ") + name + " - 2>/dev/null";
  std::string out;
  if (FILE* p = popen(cmd.c_str(), "r")) {
    char buf[4096];
    std::size_t n = 0;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    EXPECT_EQ(pclose(p), 0) << "pdftotext failed";
  }
  unlink(name);
  // One space for every run of white space (layout columns, line ends), so "label value"
  // pairs and phrases can be searched.
  std::string flat;
  for (char c : out) {
    const bool space = c == ' ' || c == '\n' || c == '\f' || c == '\t';
    if (space && (flat.empty() || flat.back() == ' ')) continue;
    flat += space ? ' ' : c;
  }
  return flat;
}

// The (first) trajectory of a revalidant, as the RIC sees it.
std::int64_t TrajectoryOf(std::int64_t revalidant, std::string* step = nullptr) {
  Reply r =
      Env().As("ric").Get("/api/v1/revalidanten/" + std::to_string(revalidant) + "/trajectories");
  EXPECT_EQ(r.status, 200) << r.body;
  const auto& items = r.json.at("items").as_array();
  EXPECT_FALSE(items.empty());
  if (items.empty()) return 0;
  if (step) *step = std::string(items[0].at("step").as_string());
  return items[0].at("id").as_int64();
}

std::int64_t RevalidantNamed(const std::string& family) {
  Reply r = Env().As("ric").Get("/api/v1/revalidanten?q=" + family);
  EXPECT_EQ(r.status, 200) << r.body;
  for (const auto& item : r.json.at("items").as_array()) {
    if (item.at("family_name").as_string() == family) return item.at("id").as_int64();
  }
  ADD_FAILURE() << "no demo revalidant " << family;
  return 0;
}

bj::object Content(const Reply& visie) { return visie.json.at("content").as_object(); }

// A 2x1 PNG (valid, synthetic).
constexpr const char* kPngBase64 =
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGP4z8DA0PAfAAgAAn+"
    "cRUBOAAAAAElFTkSuQmCC";

std::int64_t g_trajectory = 0;  // Henk de Vries (portal account "revalidant")
std::int64_t g_revalidant = 0;
std::string g_sha;

TEST(Visie, LogoUploadIsValidatedAndAdminOnly) {
  HttpClient& admin = Env().As("admin");
  Reply bad = admin.Put("/api/v1/institution/logo", bj::object{{"png_base64", "not base64!"}});
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_TRUE(bad.HasFieldError("png_base64", "invalid_base64")) << bad.body;
  Reply not_png = admin.Put("/api/v1/institution/logo", bj::object{{"png_base64", "aGVsbG8="}});
  EXPECT_EQ(not_png.status, 422) << not_png.body;
  EXPECT_TRUE(not_png.HasFieldError("png", "invalid_png")) << not_png.body;
  Reply ric =
      Env().As("ric").Put("/api/v1/institution/logo", bj::object{{"png_base64", kPngBase64}});
  EXPECT_EQ(ric.status, 403) << ric.body;
  Reply none = admin.Get("/api/v1/institution/logo");
  EXPECT_EQ(none.status, 404) << none.body;
  Reply ok = admin.Put("/api/v1/institution/logo", bj::object{{"png_base64", kPngBase64}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json.at("size").as_int64(), 72);
  Reply got = Env().As("ric").Get("/api/v1/institution/logo");
  EXPECT_EQ(got.status, 200);
  ASSERT_NE(got.Header("content-type"), nullptr);
  EXPECT_EQ(*got.Header("content-type"), "image/png");
  EXPECT_EQ(got.body.substr(1, 3), "PNG");
}

TEST(Visie, DraftIsPrefilledFromTheDossierAndOnlyTheRicStartsIt) {
  g_revalidant =
      Env().As("revalidant").Get("/api/v1/session").json.at("user").at("revalidant_id").as_int64();
  std::string step;
  g_trajectory = TrajectoryOf(g_revalidant, &step);
  ASSERT_TRUE(step == "werktraining" || step == "afronding") << step;

  EXPECT_EQ(Env().As("ric").Get(V(g_trajectory)).status, 404);
  EXPECT_EQ(Env().As("fysio").Post(V(g_trajectory), bj::object{}).status, 403);
  EXPECT_EQ(Env().As("revalidant").Post(V(g_trajectory), bj::object{}).status, 403);

  Reply created = Env().As("ric").Post(V(g_trajectory), bj::object{});
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.Str("status"), "draft");
  EXPECT_EQ(created.Int("version"), 1);
  const bj::object c = Content(created);
  EXPECT_NE(std::string(c.at("verloop").as_string()).find("Start werktraining (D3)"),
            std::string::npos)
      << c.at("verloop");
  EXPECT_NE(std::string(c.at("werksituatie").as_string()).find("Functie"), std::string::npos)
      << c.at("werksituatie");
  EXPECT_NE(std::string(c.at("profielvergelijking").as_string()).find("Nog geen profielgegevens"),
            std::string::npos);
  EXPECT_TRUE(c.at("visie_team").as_string().empty());

  Reply again = Env().As("ric").Post(V(g_trajectory), bj::object{});
  EXPECT_EQ(again.status, 409) << again.body;
  // The revalidant does not see a draft.
  EXPECT_EQ(Env().As("revalidant").Get(V(g_trajectory)).status, 404);
}

TEST(Visie, SavesAreVersionedStaleIs409AndInvalidIs422) {
  HttpClient& ric = Env().As("ric");
  Reply cur = ric.Get(V(g_trajectory));
  ASSERT_EQ(cur.status, 200) << cur.body;
  bj::object c = Content(cur);
  c["visie_team"] = "Het team verwacht dat terugkeer in het eigen werk haalbaar is.";
  // A medical term in a section the employer's copy shows: withheld from that copy (see
  // TheEmployerCopyWithholdsTeamTextWithAMedicalTerm).
  c["aandachtspunten"] = "Pauzes inplannen; opbouw in uren. Sneller vermoeid sinds de beroerte.";
  c["advies"] = "Terugkeer in eigen werk met aangepaste uren, opbouw over acht weken.";
  c["middelen"] = bj::array{"eigen_werk_aanpassingen", "arbeidstherapeutische_plaatsing"};
  c["plaatsing_weken"] = 8;
  c["behandeldoelen"] = "Afasiebehandeling: woordvinding verbeterd.";
  c["medische_toelichting"] = "Herseninfarct links (CVA) met afasie.";
  Reply too_long =
      ric.Put(V(g_trajectory), bj::object{{"content", c}, {"version", cur.Int("version")}});
  EXPECT_EQ(too_long.status, 422) << too_long.body;
  EXPECT_TRUE(too_long.HasFieldError("plaatsing_weken", "out_of_range")) << too_long.body;

  c["plaatsing_weken"] = 4;
  Reply saved =
      ric.Put(V(g_trajectory), bj::object{{"content", c}, {"version", cur.Int("version")}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.Int("version"), cur.Int("version") + 1);
  EXPECT_NE(saved.Str("content_sha256"), cur.Str("content_sha256"));

  Reply stale = Env().As("fysio").Put(V(g_trajectory),
                                      bj::object{{"content", c}, {"version", cur.Int("version")}});
  EXPECT_EQ(stale.status, 409) << stale.body;

  Reply unknown = ric.Put(V(g_trajectory), bj::object{{"content", bj::object{{"diagnose", "x"}}},
                                                      {"version", saved.Int("version")}});
  EXPECT_EQ(unknown.status, 400) << unknown.body;

  // Review: a comment by the physiotherapist on this version.
  Reply comment = Env().As("fysio").Post(V(g_trajectory) + "/comments",
                                         bj::object{{"section", "aandachtspunten"},
                                                    {"text", "Let op belasting bij tillen."},
                                                    {"version", saved.Int("version")}});
  ASSERT_EQ(comment.status, 201) << comment.body;
  EXPECT_EQ(comment.json.at("comments").as_array().size(), 1u);
  Reply empty = Env().As("fysio").Post(V(g_trajectory) + "/comments",
                                       bj::object{{"text", "  "}, {"version", 1}});
  EXPECT_EQ(empty.status, 422) << empty.body;
}

TEST(Visie, StatusRulesAndVersionHistory) {
  HttpClient& ric = Env().As("ric");
  std::int64_t v = ric.Get(V(g_trajectory)).Int("version");
  // Not from draft straight to ready.
  Reply skip = ric.Post(V(g_trajectory) + "/status",
                        bj::object{{"status", "ready_for_signature"}, {"version", v}});
  EXPECT_EQ(skip.status, 409) << skip.body;  // rule_violation
  // Only the RIC moves it.
  Reply arts = Env().As("arts").Post(V(g_trajectory) + "/status",
                                     bj::object{{"status", "in_review"}, {"version", v}});
  EXPECT_EQ(arts.status, 403) << arts.body;
  Reply review =
      ric.Post(V(g_trajectory) + "/status", bj::object{{"status", "in_review"}, {"version", v}});
  ASSERT_EQ(review.status, 200) << review.body;
  Reply ready = ric.Post(V(g_trajectory) + "/status",
                         bj::object{{"status", "ready_for_signature"}, {"version", v + 1}});
  ASSERT_EQ(ready.status, 200) << ready.body;
  EXPECT_EQ(ready.Str("status"), "ready_for_signature");
  // Content is frozen now.
  Reply frozen = ric.Put(
      V(g_trajectory), bj::object{{"content", Content(ready)}, {"version", ready.Int("version")}});
  EXPECT_EQ(frozen.status, 409) << frozen.body;

  Reply versions = ric.Get(V(g_trajectory) + "/versions");
  ASSERT_EQ(versions.status, 200) << versions.body;
  const auto& items = versions.json.at("items").as_array();
  ASSERT_EQ(static_cast<std::int64_t>(items.size()), ready.Int("version"));
  EXPECT_EQ(items[0].at("event").as_string(), "created");
  Reply first = ric.Get(V(g_trajectory) + "/versions/1");
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_TRUE(first.json.at("content").at("visie_team").as_string().empty());
  EXPECT_EQ(ric.Get(V(g_trajectory) + "/versions/999").status, 404);
  g_sha = ready.Str("content_sha256");
}

TEST(Visie, TheRevalidantReadsAndSignsInThePortalAndChoosesTheParties) {
  HttpClient& self = Env().As("revalidant");
  Reply read = self.Get(V(g_trajectory));
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_TRUE(read.json.at("portal_view").as_bool());
  EXPECT_TRUE(read.json.at("comments").as_array().empty());  // review comments are internal
  EXPECT_FALSE(read.json.at("share_options").as_array().empty());
  // The team cannot sign for the revalidant in the portal.
  Reply ric_portal = Env().As("ric").Post(
      V(g_trajectory) + "/signature",
      bj::object{
          {"method", "portal"}, {"share_with", bj::array{}}, {"version", read.Int("version")}});
  EXPECT_EQ(ric_portal.status, 403) << ric_portal.body;
  Reply stale =
      self.Post(V(g_trajectory) + "/signature", bj::object{{"method", "portal"},
                                                           {"share_with", bj::array{"werkgever"}},
                                                           {"version", read.Int("version") - 1}});
  EXPECT_EQ(stale.status, 409) << stale.body;
  Reply bad_party =
      self.Post(V(g_trajectory) + "/signature", bj::object{{"method", "portal"},
                                                           {"share_with", bj::array{"Werk Gever"}},
                                                           {"version", read.Int("version")}});
  EXPECT_EQ(bad_party.status, 422) << bad_party.body;

  Reply signed_ = self.Post(V(g_trajectory) + "/signature",
                            bj::object{{"method", "portal"},
                                       {"share_with", bj::array{"werkgever", "bedrijfsarts"}},
                                       {"version", read.Int("version")}});
  ASSERT_EQ(signed_.status, 200) << signed_.body;
  EXPECT_EQ(signed_.Str("status"), "signed");
  const auto& sig = signed_.json.at("signature");
  EXPECT_EQ(sig.at("method").as_string(), "portal");
  EXPECT_EQ(sig.at("content_sha256").as_string(), g_sha);
  EXPECT_EQ(sig.at("signed_version").as_int64(), read.Int("version"));
  EXPECT_EQ(sig.at("share_with").as_array().size(), 2u);

  // The choice is in the consent of form 3: the werkgever may now get the visie.
  Reply check = Env().As("ric").Get("/api/v1/revalidanten/" + std::to_string(g_revalidant) +
                                    "/consent/check?kind=reintegratievisie&party=werkgever");
  ASSERT_EQ(check.status, 200) << check.body;
  EXPECT_TRUE(check.json.at("allowed").as_bool()) << check.body;
  // Signed is final.
  Reply again =
      self.Post(V(g_trajectory) + "/signature", bj::object{{"method", "portal"},
                                                           {"share_with", bj::array{}},
                                                           {"version", signed_.Int("version")}});
  EXPECT_EQ(again.status, 409) << again.body;
}

TEST(Visie, DocumentsAreGeneratedStoredDownloadableAndTheEmployerCopyHasNoDiagnosis) {
  HttpClient& ric = Env().As("ric");
  Reply full = ric.Post(T(g_trajectory) + "/documents", bj::object{{"kind", "formulier_7"}});
  ASSERT_EQ(full.status, 201) << full.body;
  EXPECT_EQ(full.Str("audience"), "team");
  Reply dl = ric.Get(T(g_trajectory) + "/documents/" + std::to_string(full.Int("id")));
  ASSERT_EQ(dl.status, 200);
  ASSERT_NE(dl.Header("content-type"), nullptr);
  EXPECT_EQ(*dl.Header("content-type"), "application/pdf");
  ASSERT_NE(dl.Header("content-disposition"), nullptr);
  EXPECT_NE(dl.Header("content-disposition")->find("attachment; filename=\"formulier_7-traject-"),
            std::string::npos);
  EXPECT_EQ(dl.body.substr(0, 5), "%PDF-");
  EXPECT_EQ(static_cast<std::int64_t>(dl.body.size()), full.Int("size"));
  const std::string text = PdfText(dl.body);
  EXPECT_NE(text.find("Henk"), std::string::npos) << text.substr(0, 400);
  EXPECT_NE(text.find("de Vries"), std::string::npos);
  EXPECT_NE(text.find("Terugkeer in eigen werk met aangepaste uren"), std::string::npos) << text;
  EXPECT_NE(text.find("Arbeidstherapeutische plaatsing (maximaal zes weken): 4 weken"),
            std::string::npos);
  const std::string iso = DutchDay();  // YYYY-MM-DD; the document writes dd-mm-jjjj
  const std::string today = iso.substr(8, 2) + "-" + iso.substr(5, 2) + "-" + iso.substr(0, 4);
  EXPECT_NE(text.find("Ondertekend op " + today), std::string::npos) << text;
  EXPECT_NE(text.find("Herseninfarct"), std::string::npos);  // the team copy is complete

  Reply employer =
      ric.Post(T(g_trajectory) + "/documents", bj::object{{"kind", "formulier_7_werkgever"}});
  ASSERT_EQ(employer.status, 201) << employer.body;
  EXPECT_EQ(employer.Str("audience"), "werkgever");
  Reply edl = ric.Get(T(g_trajectory) + "/documents/" + std::to_string(employer.Int("id")));
  ASSERT_EQ(edl.status, 200);
  const std::string etext = PdfText(edl.body);
  EXPECT_NE(etext.find("Henk"), std::string::npos);
  EXPECT_NE(etext.find("Terugkeer in eigen werk met aangepaste uren"), std::string::npos);
  EXPECT_NE(etext.find("Ondertekend op " + today), std::string::npos) << etext;
  for (const char* medical :
       {"Herseninfarct", "CVA", "afasie", "Afasie", "Behandeldoelen", "Medische toelichting"}) {
    EXPECT_EQ(etext.find(medical), std::string::npos) << medical << " in the employer's copy";
  }

  for (const char* folder : {"folder_agr", "folder_reintegratie"}) {
    Reply f = ric.Post(T(g_trajectory) + "/documents", bj::object{{"kind", folder}});
    ASSERT_EQ(f.status, 201) << f.body;
    Reply fdl = ric.Get(T(g_trajectory) + "/documents/" + std::to_string(f.Int("id")));
    const std::string ftext = PdfText(fdl.body);
    Reply inst = Env().As("admin").Get("/api/v1/institution");
    EXPECT_NE(ftext.find(std::string(inst.json.at("name").as_string())), std::string::npos)
        << folder;
  }
  Reply samenvatting =
      ric.Post(T(g_trajectory) + "/documents",
               bj::object{{"kind", "samenvatting_afspraken"},
                          {"party", "werkgever"},
                          {"text", "Drie ochtenden per week werktraining met computertaken."}});
  ASSERT_EQ(samenvatting.status, 201) << samenvatting.body;
  EXPECT_NE(
      PdfText(
          ric.Get(T(g_trajectory) + "/documents/" + std::to_string(samenvatting.Int("id"))).body)
          .find("Drie ochtenden per week"),
      std::string::npos);
  Reply contact = ric.Post(T(g_trajectory) + "/documents",
                           bj::object{{"kind", "contactmoment_brief"},
                                      {"party", "werkgever"},
                                      {"moment", "einde_agr"},
                                      {"contact_date", DutchDay()},
                                      {"text", "Advies besproken met de leidinggevende."}});
  ASSERT_EQ(contact.status, 201) << contact.body;

  // A letter to the werkgever with a medical term is refused (the writer rephrases); nothing is
  // stored. The same text may go to the bedrijfsarts.
  const std::size_t documents_before =
      ric.Get(T(g_trajectory) + "/documents").json.at("items").as_array().size();
  Reply medical = ric.Post(T(g_trajectory) + "/documents",
                           bj::object{{"kind", "samenvatting_afspraken"},
                                      {"party", "werkgever"},
                                      {"text", "Werktraining na de beroerte: drie ochtenden."}});
  EXPECT_EQ(medical.status, 422) << medical.body;
  EXPECT_TRUE(medical.HasFieldError("text", "medical_content")) << medical.body;
  EXPECT_NE(medical.body.find("beroerte"), std::string::npos) << "names the word found";
  Reply medical_contact = ric.Post(T(g_trajectory) + "/documents",
                                   bj::object{{"kind", "contactmoment_brief"},
                                              {"party", "werkgever"},
                                              {"moment", "einde_agr"},
                                              {"contact_date", DutchDay()},
                                              {"text", "Besproken: de afasie na het CVA."}});
  EXPECT_TRUE(medical_contact.HasFieldError("text", "medical_content")) << medical_contact.body;
  EXPECT_EQ(ric.Get(T(g_trajectory) + "/documents").json.at("items").as_array().size(),
            documents_before);
  Reply to_arts = ric.Post(T(g_trajectory) + "/documents",
                           bj::object{{"kind", "samenvatting_afspraken"},
                                      {"party", "bedrijfsarts"},
                                      {"text", "Werktraining na de beroerte: drie ochtenden."}});
  EXPECT_EQ(to_arts.status, 201) << to_arts.body;

  // Validation.
  EXPECT_EQ(ric.Post(T(g_trajectory) + "/documents", bj::object{{"kind", "brief"}}).status, 422);
  Reply no_party = ric.Post(T(g_trajectory) + "/documents",
                            bj::object{{"kind", "samenvatting_afspraken"}, {"text", "x"}});
  EXPECT_EQ(no_party.status, 422);
  EXPECT_TRUE(no_party.HasFieldError("party", "required")) << no_party.body;
  Reply no_moment =
      ric.Post(T(g_trajectory) + "/documents",
               bj::object{{"kind", "contactmoment_brief"}, {"party", "werkgever"}, {"text", "x"}});
  EXPECT_TRUE(no_moment.HasFieldError("moment", "required")) << no_moment.body;
  EXPECT_TRUE(no_moment.HasFieldError("contact_date", "required")) << no_moment.body;

  Reply list = ric.Get(T(g_trajectory) + "/documents");
  ASSERT_EQ(list.status, 200);
  EXPECT_GE(list.json.at("items").as_array().size(), 6u);
  // Only the team: the revalidant's portal and the admin get no documents.
  EXPECT_EQ(Env().As("revalidant").Get(T(g_trajectory) + "/documents").status, 403);
  EXPECT_EQ(Env()
                .As("admin")
                .Get(T(g_trajectory) + "/documents/" + std::to_string(full.Int("id")))
                .status,
            403);
  EXPECT_EQ(ric.Get(T(g_trajectory) + "/documents/999999").status, 404);

  // Generation and download are in the audit log.
  Reply audit = Env().As("admin").Get("/api/v1/audit?object_type=document&page_size=100");
  ASSERT_EQ(audit.status, 200) << audit.body;
  bool created = false, exported = false;
  for (const auto& e : audit.json.at("items").as_array()) {
    if (e.at("action").as_string() == "create") created = true;
    if (e.at("action").as_string() == "export") exported = true;
  }
  EXPECT_TRUE(created);
  EXPECT_TRUE(exported);
}

// The audit detail of the creation of a generated document (not in the API: read from the
// server's SQLite database).
std::string CreationDetail(std::int64_t document_id) {
  sqlite3* db = nullptr;
  EXPECT_EQ(
      sqlite3_open_v2(Env().server().database_path().c_str(), &db, SQLITE_OPEN_READONLY, nullptr),
      SQLITE_OK);
  sqlite3_busy_timeout(db, 5000);
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db,
                               "SELECT detail FROM audit_log WHERE object_type = 'document' AND "
                               "action = 'create' AND object_id = ?",
                               -1, &stmt, nullptr),
            SQLITE_OK);
  const std::string id = std::to_string(document_id);
  sqlite3_bind_text(stmt, 1, id.c_str(), -1, SQLITE_TRANSIENT);
  std::string detail;
  if (sqlite3_step(stmt) == SQLITE_ROW) {
    detail = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return detail;
}

// Henk's signed visie has a medical term ("beroerte") in "aandachtspunten", a section the
// employer's copy shows: that copy replaces the whole text by the notice of the shared view and
// keeps the clean sections as written; the full form 7 is unchanged. The team's editor view names
// the section and the term; the revalidant's portal view does not.
TEST(Visie, TheEmployerCopyWithholdsTeamTextWithAMedicalTerm) {
  HttpClient& ric = Env().As("ric");
  const std::string notice = "Niet getoond: deze tekst bevat mogelijk medische informatie";
  const std::string clean = "Het team verwacht dat terugkeer in het eigen werk haalbaar is.";

  Reply full = ric.Post(T(g_trajectory) + "/documents", bj::object{{"kind", "formulier_7"}});
  ASSERT_EQ(full.status, 201) << full.body;
  const std::string text =
      PdfText(ric.Get(T(g_trajectory) + "/documents/" + std::to_string(full.Int("id"))).body);
  EXPECT_NE(text.find("Sneller vermoeid sinds de beroerte."), std::string::npos) << text;
  EXPECT_NE(text.find(clean), std::string::npos) << text;
  EXPECT_EQ(text.find(notice), std::string::npos) << text;
  EXPECT_EQ(CreationDetail(full.Int("id")).find("withheld="), std::string::npos);

  Reply employer =
      ric.Post(T(g_trajectory) + "/documents", bj::object{{"kind", "formulier_7_werkgever"}});
  ASSERT_EQ(employer.status, 201) << employer.body;
  const std::string path = T(g_trajectory) + "/documents/" + std::to_string(employer.Int("id"));
  const std::string etext = PdfText(ric.Get(path).body);
  EXPECT_EQ(etext.find("beroerte"), std::string::npos) << etext;
  EXPECT_EQ(etext.find("Sneller vermoeid"), std::string::npos) << etext;
  EXPECT_EQ(etext.find("Pauzes inplannen"), std::string::npos) << etext;  // the whole text
  EXPECT_NE(etext.find("Aandachtspunten " + notice), std::string::npos) << etext;
  EXPECT_NE(etext.find(clean), std::string::npos) << etext;
  EXPECT_NE(etext.find("Terugkeer in eigen werk met aangepaste uren"), std::string::npos);
  EXPECT_NE(CreationDetail(employer.Int("id")).find(";withheld=1"), std::string::npos)
      << CreationDetail(employer.Int("id"));

  // The same bytes reach the werkgever through the shared view (demo grant for Henk).
  HttpClient& wg = Env().As("werkgever");
  Reply shared = wg.Get("/api/v1/shared/" + std::to_string(g_revalidant) + "/documents/" +
                        std::to_string(employer.Int("id")));
  ASSERT_EQ(shared.status, 200) << shared.body;
  EXPECT_EQ(PdfText(shared.body), etext);
  Reply view = wg.Get("/api/v1/shared/" + std::to_string(g_revalidant));
  ASSERT_EQ(view.status, 200) << view.body;
  EXPECT_EQ(view.body.find("beroerte"), std::string::npos) << view.body;

  // The editor tells the team which texts the employer's copy withholds.
  Reply team = ric.Get(V(g_trajectory));
  ASSERT_EQ(team.status, 200) << team.body;
  const auto& found = team.json.at("employer_withheld").as_array();
  ASSERT_EQ(found.size(), 1u) << team.body;
  EXPECT_EQ(found[0].at("section").as_string(), "aandachtspunten");
  EXPECT_EQ(found[0].at("terms").as_array(), (bj::array{"beroerte"}));
  Reply portal = Env().As("revalidant").Get(V(g_trajectory));
  ASSERT_EQ(portal.status, 200) << portal.body;
  EXPECT_TRUE(portal.json.at("employer_withheld").as_array().empty()) << portal.body;
}

TEST(Visie, PaperSignatureWithoutSharingKeepsItInsideTheTeam) {
  const std::int64_t revalidant = RevalidantNamed("Ramdin");
  std::string step;
  const std::int64_t traj = TrajectoryOf(revalidant, &step);
  ASSERT_EQ(step, "afronding");
  HttpClient& ric = Env().As("ric");
  Reply created = ric.Post(V(traj), bj::object{});
  ASSERT_EQ(created.status, 201) << created.body;
  bj::object c = Content(created);
  c["visie_team"] = "Terugkeer naar ander werk bij de eigen werkgever.";
  c["middelen"] = bj::array{"ander_werk", "jobcoach", "vaste_collega_buddy"};
  Reply saved = ric.Put(V(traj), bj::object{{"content", c}, {"version", 1}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  ASSERT_EQ(
      ric.Post(V(traj) + "/status", bj::object{{"status", "in_review"}, {"version", 2}}).status,
      200);
  ASSERT_EQ(
      ric.Post(V(traj) + "/status", bj::object{{"status", "ready_for_signature"}, {"version", 3}})
          .status,
      200);
  Reply no_date =
      ric.Post(V(traj) + "/signature",
               bj::object{{"method", "paper"}, {"share_with", bj::array{}}, {"version", 4}});
  EXPECT_TRUE(no_date.HasFieldError("signed_on", "required")) << no_date.body;
  Reply future = ric.Post(V(traj) + "/signature", bj::object{{"method", "paper"},
                                                             {"signed_on", "2999-01-01"},
                                                             {"share_with", bj::array{}},
                                                             {"version", 4}});
  EXPECT_TRUE(future.HasFieldError("signed_on", "in_future")) << future.body;
  // Another revalidant's portal account cannot sign it.
  Reply other =
      Env()
          .As("revalidant")
          .Post(V(traj) + "/signature",
                bj::object{{"method", "portal"}, {"share_with", bj::array{}}, {"version", 4}});
  EXPECT_EQ(other.status, 403) << other.body;
  // A "yes" on form 3 that the revalidant has not signed yet would be covered by this signature:
  // refused until form 3 is signed.
  const std::string consent = "/api/v1/revalidanten/" + std::to_string(revalidant) + "/consent";
  Reply cell =
      ric.Put(consent + "/cells", bj::object{{"party", "uwv"},
                                             {"kind", "voortgang_werktraining"},
                                             {"granted", true},
                                             {"version", ric.Get(consent).Int("version")}});
  ASSERT_EQ(cell.status, 200) << cell.body;
  Reply pending = ric.Post(V(traj) + "/signature", bj::object{{"method", "paper"},
                                                              {"signed_on", DutchDay()},
                                                              {"share_with", bj::array{}},
                                                              {"version", 4}});
  EXPECT_EQ(pending.status, 409) << pending.body;
  EXPECT_EQ(ric.Get(V(traj)).Str("status"), "ready_for_signature");  // nothing half-written
  Reply form3 = ric.Post(
      consent + "/signature",
      bj::object{{"method", "paper"}, {"signed_on", DutchDay()}, {"version", cell.Int("version")}});
  ASSERT_EQ(form3.status, 200) << form3.body;
  Reply paper = ric.Post(V(traj) + "/signature", bj::object{{"method", "paper"},
                                                            {"signed_on", DutchDay()},
                                                            {"share_with", bj::array{}},
                                                            {"version", 4}});
  ASSERT_EQ(paper.status, 200) << paper.body;
  EXPECT_EQ(paper.json.at("signature").at("method").as_string(), "paper");
  EXPECT_EQ(paper.json.at("signature").at("signed_on").as_string(), DutchDay());
  // Nobody outside the team was chosen: no employer's copy.
  Reply employer = ric.Post(T(traj) + "/documents", bj::object{{"kind", "formulier_7_werkgever"}});
  EXPECT_EQ(employer.status, 422) << employer.body;
  EXPECT_TRUE(employer.HasFieldError("party", "no_consent")) << employer.body;
  Reply check = ric.Get("/api/v1/revalidanten/" + std::to_string(revalidant) +
                        "/consent/check?kind=reintegratievisie&party=werkgever");
  ASSERT_EQ(check.status, 200);
  EXPECT_FALSE(check.json.at("allowed").as_bool());
}

TEST(Visie, LogoCanBeRemoved) {
  EXPECT_EQ(Env().As("ric").Delete("/api/v1/institution/logo").status, 403);
  EXPECT_EQ(Env().As("admin").Delete("/api/v1/institution/logo").status, 204);
  EXPECT_EQ(Env().As("admin").Get("/api/v1/institution/logo").status, 404);
}

}  // namespace
}  // namespace werkpad::api_test
