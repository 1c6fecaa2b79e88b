#include "cli/demo_agr.hpp"
#include "cli/demo_context.hpp"

#include <fmt/format.h>

#include <boost/json.hpp>

#include "core/dutch_date.hpp"
#include "service/agr_service.hpp"

namespace werkpad::cli {

namespace {

namespace bj = boost::json;
namespace agr = domain::agr;
using agr::DecisionKind;
using agr::Outcome;

// Where each demo trajectory ends, in route order. The list below places every state at least
// once (gestopt for each kind of stop).
enum class Target {
  kNone,             // no trajectory yet
  kIntakeArts,       // started
  kIntakeRic,        // D1 ja; forms 2 and 3 in draft
  kWerkbezoek,       // D2 ja (form 3 signed)
  kTerugkoppeling,   // werkbezoek afgerond (form 5 final)
  kParkedD3,         // D3 nog niet
  kWerktraining,     // D3 ja
  kWerktrainingD4,   // D3 ja, D4 doelen bijstellen
  kAfronding,        // afronding gestart
  kAfgerond,         // afgesloten
  kStopD1,           // D1 nee (reopenable)
  kStopD1Student,    // D1 nee, student
  kStopD2,           // D2 nee
  kStopD3,           // D3 niet zinvol
  kStopD4,           // D4 niet zinvol
  kStopBeeindigd,    // beeindigen from werktraining
};

// Index = kRevalidanten order in demo_command.cpp.
constexpr Target kPlan[20] = {
    Target::kWerktraining,    // Henk de Vries (portal account; signs form 3 in the portal)
    Target::kIntakeArts,      // Fatima El Idrissi
    Target::kTerugkoppeling,  // Jan Willem Bakker (ZZP)
    Target::kIntakeRic,       // Sanne Kuipers
    Target::kWerkbezoek,      // Mohamed Amrani
    Target::kParkedD3,        // Anneke Visser-Bos
    Target::kStopD1,          // Thijs van Leeuwen (werkzoekend; does not want to think of work)
    Target::kAfronding,       // Priya Ramdin
    Target::kAfgerond,        // Kees Brouwer (ZZP)
    Target::kStopD1Student,   // Lisa Hendriks (student)
    Target::kWerktrainingD4,  // Ahmet Yilmaz
    Target::kStopD2,          // Marieke de Boer
    Target::kStopD3,          // Rob Verhoeven
    Target::kIntakeRic,       // Noor Jacobs (ZZP)
    Target::kStopBeeindigd,   // Gerard Willemsen
    Target::kIntakeArts,      // Ilse Maas
    Target::kWerkbezoek,      // Dennis Schouten
    Target::kIntakeRic,       // Esra Demir (werkzoekend)
    Target::kStopD4,          // Wim van der Heijden
    Target::kNone,            // Yara Pinas: not started yet
};

int Rank(Target t) {
  switch (t) {
    case Target::kNone: return 0;
    case Target::kIntakeArts: return 1;
    case Target::kStopD1:
    case Target::kStopD1Student: return 2;
    case Target::kIntakeRic: return 3;
    case Target::kStopD2: return 4;
    case Target::kWerkbezoek: return 5;
    case Target::kTerugkoppeling: return 6;
    case Target::kParkedD3:
    case Target::kStopD3: return 7;
    case Target::kWerktraining: return 8;
    case Target::kWerktrainingD4:
    case Target::kStopD4:
    case Target::kStopBeeindigd: return 9;
    case Target::kAfronding: return 10;
    case Target::kAfgerond: return 11;
  }
  return 0;
}

class DemoAgr {
 public:
  DemoAgr(store::Database& db, const core::Clock& clock,
          const std::map<std::string, core::UserId>& users)
      : db_(db), clock_(clock), agr_(db, clock), users_(users) {}

  core::Status Run(core::RevalidantId revalidant, std::size_t index, Target target);

 private:
  // The context of a demo user's request (role, teams) at the current time.
  core::Result<service::RequestContext> As(const std::string& username) {
    return DemoContext(db_, clock_, users_, username);
  }

  core::Result<std::int64_t> Decide(
      const std::string& who, core::TrajectId id, std::int64_t version, DecisionKind kind,
      Outcome outcome, std::optional<agr::Reason> reason = std::nullopt,
      std::optional<agr::EndReason> end = std::nullopt,
      std::optional<agr::ContactPermissions> contacts = std::nullopt, std::string note = "",
      std::optional<domain::indication::D3Checklist> checklist = std::nullopt,
      std::optional<bool> folder_handed_out = std::nullopt) {
    WP_ASSIGN_OR_RETURN(auto ctx, As(who));
    service::DecisionRequest in;
    in.checklist = checklist;
    in.folder_handed_out = folder_handed_out;
    in.kind = kind;
    in.outcome = outcome;
    in.reason = reason;
    in.end_reason = end;
    in.contacts = contacts;
    in.note = std::move(note);
    in.version = version;
    WP_ASSIGN_OR_RETURN(auto view, agr_.RecordDecision(ctx, id, in));
    return view.record.version;
  }

  // Creates, saves and (unless `draft_only`) finalises a form response; returns its version.
  core::Result<std::int64_t> Fill(const std::string& who, core::TrajectId id,
                                  const std::string& form, const bj::object& answers,
                                  bool draft_only = false) {
    WP_ASSIGN_OR_RETURN(auto ctx, As(who));
    WP_ASSIGN_OR_RETURN(auto created, agr_.CreateResponse(ctx, id, form));
    WP_ASSIGN_OR_RETURN(auto saved,
                        agr_.SaveResponse(ctx, id, form, answers, created.record.version));
    if (draft_only) return saved.record.version;
    WP_ASSIGN_OR_RETURN(auto final, agr_.FinaliseResponse(ctx, id, form, saved.record.version));
    return final.record.version;
  }

  store::Database& db_;
  const core::Clock& clock_;
  service::AgrService agr_;
  const std::map<std::string, core::UserId>& users_;
};

std::string StatusCode(domain::registry::EmploymentStatus s) {
  return std::string(domain::registry::ToCode(s));
}

core::Status DemoAgr::Run(core::RevalidantId revalidant, std::size_t index, Target target) {
  if (target == Target::kNone) return core::Ok();
  WP_ASSIGN_OR_RETURN(store::RevalidantDetail detail,
                      db_.Read([&](store::Tx& tx) { return tx.revalidanten().Get(revalidant); }));
  const auto& data = detail.revalidant.data;
  const bool zzp = data.employment_status == domain::registry::EmploymentStatus::kZzp;
  const bool loondienst =
      data.employment_status == domain::registry::EmploymentStatus::kLoondienst;
  const bool zuid = data.team_id.valid() && users_.count("ric.zuid") > 0 &&
                    data.ric_user_id == users_.at("ric.zuid");
  const std::string ric = zuid ? "ric.zuid" : "ric";

  // Start: admission some weeks ago, further along the route = longer ago.
  WP_ASSIGN_OR_RETURN(auto arts, As("arts"));
  service::StartTrajectoryInput start;
  start.admission_date = core::DutchDate(arts.now - std::chrono::days(7 * (1 + Rank(target))));
  start.setting = index % 3 == 2 ? "poliklinisch" : "klinisch";
  start.arts_user_id = users_.at("arts");
  if (users_.count("fysio") && !zuid) start.team.push_back({"fysiotherapie", users_.at("fysio")});
  if (users_.count("ergo")) start.team.push_back({"ergotherapie", users_.at("ergo")});
  if (users_.count("psycholoog")) start.team.push_back({"psychologie", users_.at("psycholoog")});
  if (users_.count("maatschappelijk") && zuid) {
    start.team.push_back({"maatschappelijk_werk", users_.at("maatschappelijk")});
  }
  WP_ASSIGN_OR_RETURN(auto started, agr_.StartTrajectory(arts, revalidant, start));
  const core::TrajectId id = started.record.trajectory.id;
  std::int64_t v = started.record.version;
  if (target == Target::kIntakeArts) return core::Ok();

  // Form 1 and D1.
  const bool d1_nee = target == Target::kStopD1 || target == Target::kStopD1Student;
  bj::object form1{{"arbeidsstatus", StatusCode(data.employment_status)},
                   {"ric_inzetten", !d1_nee},
                   {"verwachte_revalidatieduur", bj::object{{"amount", 12}, {"unit", "weeks"}}}};
  if (d1_nee) {
    form1["reden_niet_inzetten"] =
        target == Target::kStopD1Student ? "student" : "wil_niet_aan_werk_denken";
    form1["folder_meegegeven"] = true;
  }
  WP_RETURN_IF_ERROR(Fill("arts", id, "agr-1-intake-arts", form1));
  WP_ASSIGN_OR_RETURN(auto after_form1, agr_.GetTrajectory(arts, id));
  v = after_form1.record.version;
  if (d1_nee) {
    // The folder: handed out at the decision for one, still to do (an open task) for the other.
    WP_RETURN_IF_ERROR(Decide("arts", id, v, DecisionKind::kD1RicInzetten, Outcome::kNee,
                              target == Target::kStopD1Student ? agr::Reason::kStudent
                                                               : agr::Reason::kWilNietAanWerkDenken,
                              std::nullopt, std::nullopt, "", std::nullopt,
                              target != Target::kStopD1Student));
    return core::Ok();
  }
  WP_ASSIGN_OR_RETURN(v, Decide("arts", id, v, DecisionKind::kD1RicInzetten, Outcome::kJa));

  // Intake RIC: form 2 and form 3.
  bj::object form2{{"dienstverband", loondienst ? "loondienst"
                                     : zzp      ? "zzp"
                                     : data.employment_status ==
                                             domain::registry::EmploymentStatus::kWerkzoekend
                                         ? "werkzoekend"
                                         : "anders"},
                   {"vraag_revalidant", "Terug naar het eigen werk, eventueel met aanpassingen."},
                   {"bedrijfsarts_betrokken", data.bedrijfsarts.has_value()}};
  if (!data.function_title.empty() && data.employment_status !=
                                          domain::registry::EmploymentStatus::kWerkzoekend) {
    form2["functie"] = data.function_title;
  }
  if (loondienst && data.employer) {
    form2["werkgever_naam"] = data.employer->organisation;
    form2["werkgever_contactpersoon"] =
        data.employer->contact_name.empty() ? "Onbekend" : data.employer->contact_name;
  }
  if (data.bedrijfsarts) form2["bedrijfsarts_naam"] = data.bedrijfsarts->name;
  const bool has_employer = loondienst && data.employer.has_value();
  bj::array rows;
  if (has_employer) {
    rows.push_back(bj::object{{"partij", "werkgever"},
                              {"contact_toegestaan", true},
                              {"werksituatie_functieprofiel", true},
                              {"mogelijkheden_beperkingen", true},
                              {"voortgang_werktraining", true},
                              {"reintegratievisie", false}});
  }
  if (data.bedrijfsarts) {
    rows.push_back(bj::object{{"partij", "bedrijfsarts"},
                              {"contact_toegestaan", true},
                              {"werksituatie_functieprofiel", true},
                              {"mogelijkheden_beperkingen", true},
                              {"voortgang_werktraining", true},
                              {"reintegratievisie", true},
                              {"medische_informatie", index % 2 == 0}});
  }
  rows.push_back(bj::object{{"partij", "uwv"},
                            {"contact_toegestaan", true},
                            {"werksituatie_functieprofiel", true},
                            {"mogelijkheden_beperkingen", false},
                            {"voortgang_werktraining", false},
                            {"reintegratievisie", false}});
  bj::object form3{{"ric_inzet_vervolgen", true}, {"betrokkenen", rows}};
  if (target == Target::kIntakeRic) {
    // Work in progress: both forms saved as drafts.
    WP_RETURN_IF_ERROR(Fill(ric, id, "agr-2-intake-ric", form2, /*draft_only=*/true));
    WP_RETURN_IF_ERROR(Fill(ric, id, "agr-3-toestemming", form3, /*draft_only=*/true));
    return core::Ok();
  }
  WP_RETURN_IF_ERROR(Fill(ric, id, "agr-2-intake-ric", form2));
  if (target == Target::kStopD2) {
    WP_RETURN_IF_ERROR(Decide(ric, id, v, DecisionKind::kD2Toestemming, Outcome::kNee,
                              agr::Reason::kGeenToestemmingVervolg));
    return core::Ok();
  }
  WP_ASSIGN_OR_RETURN(std::int64_t form3_version, Fill(ric, id, "agr-3-toestemming", form3));
  service::SignRequest sign;
  sign.version = form3_version;
  if (index == 0 && users_.count("revalidant")) {
    // The revalidant with a portal account signs there.
    WP_ASSIGN_OR_RETURN(auto self, As("revalidant"));
    sign.method = domain::forms::SignatureMethod::kPortal;
    WP_RETURN_IF_ERROR(agr_.SignResponse(self, id, "agr-3-toestemming", sign));
  } else {
    WP_ASSIGN_OR_RETURN(auto rc, As(ric));
    sign.method = domain::forms::SignatureMethod::kPaper;
    sign.signed_on = core::DutchDate(rc.now);
    WP_RETURN_IF_ERROR(agr_.SignResponse(rc, id, "agr-3-toestemming", sign));
  }
  agr::ContactPermissions contacts{has_employer, data.bedrijfsarts.has_value()};
  WP_ASSIGN_OR_RETURN(v, Decide(ric, id, v, DecisionKind::kD2Toestemming, Outcome::kJa,
                                std::nullopt, std::nullopt, contacts));
  if (target == Target::kWerkbezoek) return core::Ok();

  // Werkbezoek with form 5.
  WP_ASSIGN_OR_RETURN(auto rc, As(ric));
  bj::object form5{{"datum_werkbezoek", core::FormatDate(core::DutchDate(rc.now))},
                   {"bezoek_bij", has_employer ? "werkgever" : "eigen_bedrijf"},
                   {"aanwezigen", has_employer ? bj::array{"werkgever", "revalidant"}
                                               : bj::array{"revalidant"}},
                   {"werkomgeving", "Werkplaats met wisselende taken."},
                   {"absolute_voorwaarden", "Geen tillen boven 10 kg in de eerste maand."},
                   {"functieprofiel_ingevuld", true}};
  if (has_employer) form5["houding_werkgever"] = "Meedenkend en betrokken.";
  WP_RETURN_IF_ERROR(Fill(ric, id, "agr-5-terugkoppeling-werkbezoek", form5));
  WP_ASSIGN_OR_RETURN(v, Decide(ric, id, v, DecisionKind::kWerkbezoekAfgerond, Outcome::kGereed));
  if (target == Target::kTerugkoppeling) return core::Ok();

  // D3 with the five criteria (the system suggests, the team decides).
  using domain::indication::CriterionAnswer;
  domain::indication::D3Checklist all_met{CriterionAnswer::kMet, CriterionAnswer::kMet,
                                          CriterionAnswer::kMet, CriterionAnswer::kMet,
                                          std::nullopt};
  if (target == Target::kParkedD3) {
    domain::indication::D3Checklist not_yet = all_met;
    not_yet.belastbaarheid = CriterionAnswer::kNotMet;
    not_yet.recovery_within_three_months = true;
    WP_RETURN_IF_ERROR(Decide("arts", id, v, DecisionKind::kD3Werktraining, Outcome::kNogNiet,
                              agr::Reason::kBelastbaarheidOnvoldoende, std::nullopt, std::nullopt,
                              "Nog geen twee dagdelen belastbaar; volgende bespreking opnieuw.",
                              not_yet));
    return core::Ok();
  }
  if (target == Target::kStopD3) {
    // All criteria met, so werkpad suggests ja; the team decides otherwise: too good, training
    // not needed (flowchart footnote 2) — the criteria cannot see that.
    WP_RETURN_IF_ERROR(Decide("arts", id, v, DecisionKind::kD3Werktraining, Outcome::kNietZinvol,
                              agr::Reason::kTrainingNietNodig, std::nullopt, std::nullopt,
                              "Functioneert al op het oude niveau; training niet nodig.", all_met));
    return core::Ok();
  }
  WP_ASSIGN_OR_RETURN(v, Decide("arts", id, v, DecisionKind::kD3Werktraining, Outcome::kJa,
                                std::nullopt, std::nullopt, std::nullopt, "", all_met));
  switch (target) {
    case Target::kWerktraining:
      return core::Ok();
    case Target::kWerktrainingD4:
      WP_RETURN_IF_ERROR(Decide(ric, id, v, DecisionKind::kD4Voortzetten,
                                Outcome::kDoelenBijstellen));
      return core::Ok();
    case Target::kStopD4:
      WP_RETURN_IF_ERROR(Decide("arts", id, v, DecisionKind::kD4Voortzetten,
                                Outcome::kNietZinvol, agr::Reason::kAfstandTotWerkTeGroot));
      return core::Ok();
    case Target::kStopBeeindigd:
      WP_RETURN_IF_ERROR(Decide(ric, id, v, DecisionKind::kBeeindigen, Outcome::kBeeindigd,
                                std::nullopt, agr::EndReason::kWerkgeverNeemtOver));
      return core::Ok();
    default:
      break;
  }
  WP_ASSIGN_OR_RETURN(v, Decide(ric, id, v, DecisionKind::kAfrondingStarten, Outcome::kGereed));
  if (target == Target::kAfronding) return core::Ok();
  WP_RETURN_IF_ERROR(Decide(ric, id, v, DecisionKind::kAfsluiten, Outcome::kGereed, std::nullopt,
                            agr::EndReason::kTerugkeerWerk));
  return core::Ok();
}

}  // namespace

core::Result<int> AddDemoAgr(store::Database& db, const core::Clock& clock,
                             const std::map<std::string, core::UserId>& users,
                             const std::vector<core::RevalidantId>& revalidanten) {
  DemoAgr demo(db, clock, users);
  int created = 0;
  for (std::size_t i = 0; i < revalidanten.size() && i < std::size(kPlan); ++i) {
    auto s = demo.Run(revalidanten[i], i, kPlan[i]);
    if (!s.ok()) {
      core::Error e = s.error();
      e.message = fmt::format("AGR trajectory of demo revalidant {}: {}", i + 1, e.message);
      for (const auto& f : e.fields) e.message += fmt::format(" [{} {}]", f.path, f.code);
      return e;
    }
    if (kPlan[i] != Target::kNone) ++created;
  }
  return created;
}

}  // namespace werkpad::cli
