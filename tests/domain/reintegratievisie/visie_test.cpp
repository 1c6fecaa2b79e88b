#include "domain/reintegratievisie/visie.hpp"

#include <gtest/gtest.h>

#include <tuple>
#include <vector>

namespace werkpad::domain::reintegratievisie {
namespace {

bool HasField(const core::Status& s, const std::string& path, const std::string& code) {
  if (s.ok()) return false;
  for (const auto& f : s.error().fields) {
    if (f.path == path && f.code == code) return true;
  }
  return false;
}

Content Complete() {
  Content c;
  c.visie_team = "Terugkeer in eigen werk is haalbaar.";
  c.advies = "Opbouw in uren.";
  return c;
}

TEST(VisieTest, MeansCodesRoundTrip) {
  EXPECT_EQ(AllMeans().size(), 10u);
  for (Means m : AllMeans()) EXPECT_EQ(ParseMeans(ToCode(m)), m);
  EXPECT_FALSE(ParseMeans("re-integratie"));
}

TEST(VisieTest, StatusCodesRoundTrip) {
  for (Status s :
       {Status::kDraft, Status::kInReview, Status::kReadyForSignature, Status::kSigned}) {
    EXPECT_EQ(ParseStatus(ToCode(s)), s);
  }
  EXPECT_FALSE(ParseStatus("final"));
}

TEST(VisieTest, TherapeuticPlacementIsAtMostSixWeeks) {
  Content c = Complete();
  c.middelen = {Means::kArbeidstherapeutischePlaatsing};
  EXPECT_TRUE(HasField(ValidateContent(c), "plaatsing_weken", "required"));
  for (auto [weeks, ok] :
       std::vector<std::tuple<int, bool>>{{0, false}, {1, true}, {6, true}, {7, false}}) {
    c.plaatsing_weken = weeks;
    EXPECT_EQ(ValidateContent(c).ok(), ok) << weeks;
  }
  c.middelen = {Means::kJobcoach};
  c.plaatsing_weken = 3;
  EXPECT_TRUE(HasField(ValidateContent(c), "plaatsing_weken", "not_applicable"));
}

TEST(VisieTest, DuplicateMeansAndLongSectionsAreRejected) {
  Content c = Complete();
  c.middelen = {Means::kJobcoach, Means::kOutplacement, Means::kJobcoach};
  EXPECT_TRUE(HasField(ValidateContent(c), "middelen[2]", "duplicate"));
  c.middelen.clear();
  c.aandachtspunten = std::string(kMaxSectionLength + 1, 'x');
  EXPECT_TRUE(HasField(ValidateContent(c), "aandachtspunten", "too_long"));
  c.aandachtspunten = std::string(kMaxSectionLength, 'x');
  EXPECT_TRUE(ValidateContent(c).ok());
}

TEST(VisieTest, EmployerCopyDropsExactlyTheMedicalSections) {
  Content c = Complete();
  c.behandeldoelen = "Afasie";
  c.medische_toelichting = "CVA";
  c.aandachtspunten = "Pauzes";
  const Content e = EmployerCopy(c);
  EXPECT_TRUE(e.behandeldoelen.empty());
  EXPECT_TRUE(e.medische_toelichting.empty());
  EXPECT_EQ(e.aandachtspunten, "Pauzes");
  EXPECT_EQ(e.visie_team, c.visie_team);
  int medical = 0;
  for (const auto& s : Sections()) medical += s.medical ? 1 : 0;
  EXPECT_EQ(medical, 2);
}

TEST(VisieTest, TransitionTable) {
  const Content c = Complete();
  using S = Status;
  struct Case {
    S from, to;
    bool ok;
  };
  for (const Case& k : std::vector<Case>{
           {S::kDraft, S::kInReview, true},
           {S::kDraft, S::kReadyForSignature, false},
           {S::kDraft, S::kSigned, false},
           {S::kInReview, S::kDraft, true},
           {S::kInReview, S::kReadyForSignature, true},
           {S::kReadyForSignature, S::kInReview, true},
           {S::kReadyForSignature, S::kDraft, true},
           {S::kSigned, S::kDraft, false},
           {S::kSigned, S::kInReview, false},
           {S::kInReview, S::kInReview, false},
       }) {
    auto s = CheckTransition(k.from, k.to, c, "reden");
    EXPECT_EQ(s.ok(), k.ok) << ToCode(k.from) << "->" << ToCode(k.to);
    if (!k.ok) {
      EXPECT_EQ(s.error().code, core::ErrorCode::kRuleViolation);
    }
  }
}

TEST(VisieTest, ReadyForSignatureNeedsTheTeamsViewAndAnAdvice) {
  Content c;
  auto s = CheckTransition(Status::kInReview, Status::kReadyForSignature, c, "");
  EXPECT_TRUE(HasField(s, "visie_team", "required"));
  EXPECT_TRUE(HasField(s, "advies", "required"));
  c.visie_team = "  \n";
  c.middelen = {Means::kDagbesteding};  // means alone are an advice
  s = CheckTransition(Status::kInReview, Status::kReadyForSignature, c, "");
  EXPECT_TRUE(HasField(s, "visie_team", "required"));
  EXPECT_FALSE(HasField(s, "advies", "required"));
}

TEST(VisieTest, GoingBackFromReadyNeedsAReason) {
  const Content c = Complete();
  EXPECT_TRUE(HasField(CheckTransition(Status::kReadyForSignature, Status::kDraft, c, " "),
                       "reason", "required"));
  EXPECT_TRUE(CheckTransition(Status::kReadyForSignature, Status::kDraft, c, "typfout").ok());
}

TEST(VisieTest, EditingCommentsAndSigningPerStatus) {
  EXPECT_TRUE(ContentEditable(Status::kDraft));
  EXPECT_TRUE(ContentEditable(Status::kInReview));
  EXPECT_FALSE(ContentEditable(Status::kReadyForSignature));
  EXPECT_FALSE(ContentEditable(Status::kSigned));
  EXPECT_TRUE(CommentsOpen(Status::kReadyForSignature));
  EXPECT_FALSE(CommentsOpen(Status::kSigned));
  EXPECT_TRUE(CheckSignable(Status::kReadyForSignature).ok());
  for (Status s : {Status::kDraft, Status::kInReview, Status::kSigned}) {
    EXPECT_EQ(CheckSignable(s).error().code, core::ErrorCode::kRuleViolation);
  }
}

}  // namespace
}  // namespace werkpad::domain::reintegratievisie
