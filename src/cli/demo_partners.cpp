#include "cli/demo_partners.hpp"
#include "cli/demo_context.hpp"

#include <fmt/format.h>

#include "core/dutch_date.hpp"
#include "service/agr_service.hpp"
#include "service/contact_service.hpp"
#include "service/partner_service.hpp"
#include "service/visie_service.hpp"

namespace werkpad::cli {

namespace {

namespace pt = domain::partners;
using domain::agr::Step;

struct DemoPartner {
  const char* kind;
  const char* label;
  const char* name;
  const char* organisation;
  const char* phone;
  const char* email;
  std::vector<pt::RoleOverride> roles;
};

struct Case {
  std::size_t revalidant;  // index in kRevalidanten (demo_command.cpp)
  const char* who;         // the staff member who records them
  std::vector<DemoPartner> partners;
  int planned_moment_in_days;  // a handover moment jobcoach <- RIC, in this many days; -1: none
  // A re-integratievisie signed on paper today and shared with these parties, so the handover
  // can be shown; empty: none (the visie demo of the API and e2e tests starts from nothing).
  std::vector<std::string> signed_visie_share;
};

std::vector<Case> Cases() {
  return {
      // Henk de Vries (werktraining): huisarts, a jobcoach the team already involves actively,
      // UWV arbeidsdeskundige and a fixed colleague as buddy.
      {0,
       "ric",
       {{"huisarts",
         "",
         "Dr. A. Jansen (fictief)",
         "Huisartsenpraktijk De Linde (fictief)",
         "033-1234567",
         "praktijk@delinde.example",
         {}},
        {"jobcoach",
         "",
         "Sara Bos (fictief)",
         "Jobcoach Midden (fictief)",
         "06-12345678",
         "sara@jobcoachmidden.example",
         {{Step::kWerktraining, pt::Role::kActive}}},
        {"uwv_arbeidsdeskundige",
         "",
         "M. de Wit (fictief)",
         "UWV Amersfoort (fictief)",
         "",
         "",
         {}},
        {"collega",
         "",
         "Ruud (vaste collega, fictief)",
         "Installatiebedrijf Voorbeeld BV (fictief)",
         "",
         "",
         {}}},
       14,
       {}},
      // Priya Ramdin (afronding): huisarts, gemeente and a re-integratiebureau.
      {7,
       "ric",
       {{"huisarts",
         "",
         "Dr. L. Chen (fictief)",
         "Gezondheidscentrum Zuilen (fictief)",
         "030-7654321",
         "",
         {}},
        {"gemeente", "", "", "Gemeente Nieuwegein, Werk en Inkomen (fictief)", "14 030", "", {}},
        {"reintegratiebureau",
         "",
         "",
         "Re-integratie Vooruit (fictief)",
         "",
         "info@vooruit.example",
         {}}},
       -1,
       {}},
      // Ahmet Yilmaz (werktraining): medisch specialist and a private insurer.
      {10,
       "ric.zuid",
       {{"medisch_specialist",
         "",
         "Dr. P. de Groot, neuroloog (fictief)",
         "Ziekenhuis Midden (fictief)",
         "",
         "",
         {}},
        {"overig",
         "Bedrijfsmaatschappelijk werk",
         "",
         "Werkgeverservicepunt (fictief)",
         "",
         "",
         {{Step::kWerktraining, pt::Role::kBackground},
          {Step::kAfronding, pt::Role::kRecommended}}}},
       -1,
       {"werkgever", "bedrijfsarts"}},
  };
}

}  // namespace

core::Result<int> AddDemoPartners(store::Database& db, const core::Clock& clock,
                                  const std::map<std::string, core::UserId>& users,
                                  const std::vector<core::RevalidantId>& revalidanten) {
  service::PartnerService partners(db, clock);
  int created = 0;
  for (const Case& c : Cases()) {
    if (c.revalidant >= revalidanten.size()) continue;
    WP_ASSIGN_OR_RETURN(service::RequestContext ctx, DemoContext(db, clock, users, c.who));
    const core::RevalidantId rid = revalidanten[c.revalidant];
    std::int64_t jobcoach = 0;
    for (const DemoPartner& p : c.partners) {
      service::PartnerInput in;
      in.kind = p.kind;
      in.label = p.label;
      in.name = p.name;
      in.organisation = p.organisation;
      in.phone = p.phone;
      in.email = p.email;
      in.roles = p.roles;
      auto r = partners.Create(ctx, rid, in);
      if (!r.ok()) {
        core::Error e = r.error();
        e.message =
            fmt::format("network partner of demo revalidant {}: {}", c.revalidant + 1, e.message);
        for (const auto& f : r.error().fields) e.message += fmt::format(" [{} {}]", f.path, f.code);
        return e;
      }
      if (std::string_view(p.kind) == "jobcoach") jobcoach = r->record.id;
      ++created;
    }
    if (c.planned_moment_in_days >= 0 && jobcoach > 0) {
      service::MomentInputView m;
      m.moment.from.party = "ric";
      m.moment.to.partner_id = jobcoach;
      m.moment.phase = Step::kAfronding;
      m.moment.planned_on = core::AddDays(core::DutchDate(ctx.now), c.planned_moment_in_days);
      m.moment.note = "Overdracht bevindingen werktraining aan de jobcoach (handboek h5).";
      auto r = partners.AddMoment(ctx, rid, m);
      if (!r.ok()) return r.error();
    }
  }
  return created;
}

namespace {

// Drafts, completes and (on paper, today) signs the visie of the revalidant's trajectory.
core::Status SignDemoVisie(service::VisieService& visie, service::AgrService& agr,
                           const service::RequestContext& ctx, core::RevalidantId rid,
                           const std::vector<std::string>& share) {
  WP_ASSIGN_OR_RETURN(auto trajectories, agr.ListTrajectories(ctx, rid));
  if (trajectories.empty()) return core::Error::Internal("demo visie: no trajectory");
  const core::TrajectId tid = trajectories.front().record.trajectory.id;
  WP_ASSIGN_OR_RETURN(auto v, visie.Create(ctx, tid));
  service::VisieSave save;
  save.content = v.content;
  save.content.visie_team =
      "Terugkeer in het eigen werk is haalbaar met een opbouw in uren (fictief voorbeeld).";
  save.content.aandachtspunten = "Pauzes inplannen; geen nachtdiensten in de eerste maanden.";
  save.content.advies =
      "Start met drie ochtenden per week, opbouw over acht weken, met een jobcoach.";
  save.version = v.record.version;
  WP_ASSIGN_OR_RETURN(v, visie.Save(ctx, tid, save));
  for (auto to : {domain::reintegratievisie::Status::kInReview,
                  domain::reintegratievisie::Status::kReadyForSignature}) {
    service::VisieStatusChange change;
    change.to = to;
    change.version = v.record.version;
    WP_ASSIGN_OR_RETURN(v, visie.ChangeStatus(ctx, tid, change));
  }
  service::VisieSignInput sign;
  sign.method = "paper";
  sign.signed_on = core::DutchDate(ctx.now);
  sign.share_with = share;
  sign.version = v.record.version;
  WP_ASSIGN_OR_RETURN(v, visie.Sign(ctx, tid, sign));
  return core::Ok();
}

}  // namespace

core::Result<int> AddDemoSignedVisies(store::Database& db, const core::Clock& clock,
                                      const std::map<std::string, core::UserId>& users,
                                      const std::vector<core::RevalidantId>& revalidanten) {
  service::VisieService visie(db, clock);
  service::AgrService agr(db, clock);
  int signed_count = 0;
  for (const Case& c : Cases()) {
    if (c.signed_visie_share.empty() || c.revalidant >= revalidanten.size()) continue;
    WP_ASSIGN_OR_RETURN(service::RequestContext ctx, DemoContext(db, clock, users, c.who));
    WP_RETURN_IF_ERROR(
        SignDemoVisie(visie, agr, ctx, revalidanten[c.revalidant], c.signed_visie_share));
    ++signed_count;
  }
  return signed_count;
}

core::Result<int> AddDemoContacts(store::Database& db, const core::Clock& clock,
                                  const std::map<std::string, core::UserId>& users,
                                  const std::vector<core::RevalidantId>& revalidanten) {
  if (revalidanten.empty()) return 0;
  service::ContactService contacts(db, clock);
  service::AgrService agr(db, clock);
  WP_ASSIGN_OR_RETURN(service::RequestContext ctx, DemoContext(db, clock, users, "ric"));
  WP_ASSIGN_OR_RETURN(auto trajectories, agr.ListTrajectories(ctx, revalidanten.front()));
  if (trajectories.empty()) return core::Error::Internal("demo contacts: no trajectory");
  const core::TrajectId tid = trajectories.front().record.trajectory.id;
  const core::Date today = core::DutchDate(ctx.now);
  struct Entry {
    int days_ago;
    const char* party;
    const char* channel;
    const char* purpose;
    std::vector<std::string> materials;
    const char* summary;
  };
  const std::vector<Entry> entries = {
      {30, "werkgever", "bezoek_werkplek",
       "Kennismaking op de werkplek: taken, belasting en de mogelijkheden voor werktraining",
       {"folder_reintegratie_werknemer", "formulier_4"},
       "Werkplek bekeken met de leidinggevende (fictief). Formulier 4 samen doorgenomen; "
       "afgesproken dat de RIC elke twee weken belt."},
      {7, "jobcoach", "telefoon", "Afstemming van de start van de werktraining met de jobcoach",
       {},
       "Werktraining drie ochtenden per week; de jobcoach komt in de tweede week op de werkplek "
       "kijken."},
  };
  int logged = 0;
  for (const Entry& e : entries) {
    service::ContactCreate in;
    in.input.date = core::AddDays(today, -e.days_ago);
    in.input.party = e.party;
    in.input.channel = e.channel;
    in.input.purpose = e.purpose;
    in.input.materials = e.materials;
    in.input.summary = e.summary;
    auto r = contacts.Log(ctx, tid, in);
    if (!r.ok()) {
      core::Error err = r.error();
      err.message = fmt::format("demo contact with {}: {}", e.party, err.message);
      for (const auto& f : r.error().fields) err.message += fmt::format(" [{} {}]", f.path, f.code);
      return err;
    }
    ++logged;
  }
  return logged;
}

}  // namespace werkpad::cli
