#include "cli/demo_partners.hpp"

#include <fmt/format.h>

#include "core/dutch_date.hpp"
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
    auto id = users.find(c.who);
    if (id == users.end()) return core::Error::Internal(fmt::format("demo user {} missing", c.who));
    WP_ASSIGN_OR_RETURN(store::UserRecord u,
                        db.Read([&](store::Tx& tx) { return tx.users().Get(id->second); }));
    service::RequestContext ctx;
    ctx.actor.user_id = u.id;
    ctx.actor.username = u.username;
    ctx.actor.display_name = u.display_name;
    ctx.actor.role = u.role;
    ctx.actor.discipline = u.discipline;
    ctx.actor.team_ids = u.team_ids;
    ctx.source_address = "local";
    ctx.request_id = "demo";
    ctx.now = clock.Now();
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
    auto id = users.find(c.who);
    if (id == users.end()) return core::Error::Internal(fmt::format("demo user {} missing", c.who));
    WP_ASSIGN_OR_RETURN(store::UserRecord u,
                        db.Read([&](store::Tx& tx) { return tx.users().Get(id->second); }));
    service::RequestContext ctx;
    ctx.actor.user_id = u.id;
    ctx.actor.username = u.username;
    ctx.actor.display_name = u.display_name;
    ctx.actor.role = u.role;
    ctx.actor.discipline = u.discipline;
    ctx.actor.team_ids = u.team_ids;
    ctx.source_address = "local";
    ctx.request_id = "demo";
    ctx.now = clock.Now();
    WP_RETURN_IF_ERROR(
        SignDemoVisie(visie, agr, ctx, revalidanten[c.revalidant], c.signed_visie_share));
    ++signed_count;
  }
  return signed_count;
}

}  // namespace werkpad::cli
