// ExternalAccessService: grants for external accounts, the consent-gated shared view, downloads
// and messages of external parties (issue 6).
#include "service/external_access_service.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "audit/audit_log.hpp"
#include "codec/profiles/catalogue_json.hpp"
#include "codec/profiles/profile_json.hpp"
#include "codec/visie_json.hpp"
#include "core/dutch_date.hpp"
#include "domain/consent/policy.hpp"
#include "domain/reintegratievisie/draft.hpp"
#include "service/agr_internal.hpp"
#include "service/internal.hpp"
#include "service/medical_text.hpp"
#include "service/policy.hpp"
#include "service/user_service.hpp"

namespace werkpad::service {

using namespace agr_internal;
namespace consent = domain::consent;
namespace rv = domain::reintegratievisie;
using domain::identity::Role;

struct ExternalAccessService::Impl {
  store::Database& db;
  const core::Clock& clock;
  PasswordHasher hasher;  // a copy shares the concurrency limit
};

ExternalAccessService::ExternalAccessService(store::Database& db, const core::Clock& clock,
                                             const PasswordHasher& hasher)
    : impl_(std::make_unique<Impl>(Impl{db, clock, hasher})) {}
ExternalAccessService::~ExternalAccessService() = default;

namespace {

constexpr const char* kGrantObject = "external_grant";
constexpr const char* kViewObject = "external_view";
constexpr const char* kMessageObject = "external_message";

ExternalAccountView AccountOf(const store::UserRecord& u) {
  return {u.id, u.username, u.display_name, u.email, u.role};
}

std::string FullName(const domain::registry::RevalidantData& d) {
  return d.given_names + " " + d.family_name;
}

std::string NlDate(core::Date d) { return rv::FormatDateNl(d); }

// Per kind that may ever go to `party`: the consent decision now.
struct KindDecision {
  consent::InfoKind kind;
  consent::PolicyDecision decision;
  bool allowed = false;
};

std::vector<KindDecision> Decide(const consent::ConsentRecord& record, const std::string& party,
                                 core::Instant now) {
  std::vector<KindDecision> out;
  for (consent::InfoKind k : consent::AllInfoKinds()) {
    if (!consent::KindAllowedFor(party, k)) continue;
    consent::PolicyDecision d = consent::MayShare(record, k, party, now);
    out.push_back({k, d, ExternalMaySee(party, k, d)});
  }
  return out;
}

bool Allowed(const std::vector<KindDecision>& ds, consent::InfoKind k) {
  return std::any_of(ds.begin(), ds.end(),
                     [&](const KindDecision& d) { return d.kind == k && d.allowed; });
}

std::vector<std::string> AllowedCodes(const std::vector<KindDecision>& ds) {
  std::vector<std::string> out;
  for (const auto& d : ds) {
    if (d.allowed) out.emplace_back(consent::ToCode(d.kind));
  }
  return out;
}

std::string DecisionDetail(const std::vector<KindDecision>& ds) {
  std::string out;
  for (const auto& d : ds) {
    if (!out.empty()) out += ',';
    out += fmt::format("{}:{}", consent::ToCode(d.kind), consent::ToCode(d.decision.reason));
  }
  return out;
}

core::Result<GrantView> BuildGrantView(store::Tx& tx, store::ExternalGrantRecord g,
                                       core::Instant now) {
  GrantView v;
  WP_ASSIGN_OR_RETURN(store::UserRecord u, tx.users().Get(g.user_id));
  v.user = AccountOf(u);
  Names names(tx);
  if (g.invited_by.valid()) v.invited_by = names.Of(g.invited_by);  // else: the system
  WP_ASSIGN_OR_RETURN(consent::ConsentRecord record, tx.agr().GetConsent(g.revalidant_id));
  if (g.status == "active") v.allowed_kinds = AllowedCodes(Decide(record, g.party, now));
  v.grant = std::move(g);
  return v;
}

// The latest trajectory of the revalidant (highest id), if any.
core::Result<std::optional<store::TrajectoryRecord>> LatestTrajectory(store::Tx& tx,
                                                                      core::RevalidantId id) {
  WP_ASSIGN_OR_RETURN(auto list, tx.agr().ListTrajectories(id));
  std::optional<store::TrajectoryRecord> out;
  for (auto& t : list) {
    if (!out || t.trajectory.id.value > out->trajectory.id.value) out = std::move(t);
  }
  return out;
}

void Field(SharedSection& s, std::string label, std::string value) {
  if (value.empty()) return;
  s.fields.push_back({std::move(label), std::move(value)});
}

std::string VerdictLabel(const std::string& v) {
  if (v == "voldoet") return "Voldoet";
  if (v == "voldoet_deels") return "Voldoet deels";
  if (v == "voldoet_niet") return "Voldoet niet";
  return "Niet beoordeeld";
}

std::string Hours(double h) {
  std::string s = fmt::format("{:.1f}", h);
  if (s.size() > 2 && s.substr(s.size() - 2) == ".0") s.resize(s.size() - 2);
  std::replace(s.begin(), s.end(), '.', ',');
  return s;
}

// Everything the external account may see now, decided in one read unit.
struct Built {
  SharedView view;
  store::ExternalGrantRecord grant;
  std::vector<KindDecision> decisions;
  int withheld = 0;  // werkgever: field values withheld for medical terms
};

// The employer never sees a diagnosis or the nature of the sickness: every field value in which
// the medical word list finds a term is withheld with a notice (service/medical_text.hpp).
// Returns how many values were withheld.
int WithholdMedicalFields(std::vector<SharedSection>& sections) {
  int withheld = 0;
  for (auto& section : sections) {
    for (auto& field : section.fields) {
      if (WithholdMedicalText(field.value)) ++withheld;
    }
  }
  return withheld;
}

core::Result<std::optional<Built>> BuildView(store::Tx& tx, const RequestContext& ctx,
                                             core::RevalidantId id) {
  WP_ASSIGN_OR_RETURN(auto grant, tx.external().FindActiveGrant(ctx.actor.user_id, id));
  if (!grant) return std::optional<Built>();
  Built b;
  b.grant = *grant;
  const std::string& party = grant->party;
  WP_ASSIGN_OR_RETURN(auto detail, tx.revalidanten().Get(id));
  const auto& data = detail.revalidant.data;
  WP_ASSIGN_OR_RETURN(consent::ConsentRecord record, tx.agr().GetConsent(id));
  b.decisions = Decide(record, party, ctx.now);
  SharedView& v = b.view;
  v.revalidant_id = id;
  v.revalidant_name = FullName(data);
  v.party = party;
  for (const auto& d : b.decisions) {
    v.kinds.push_back({std::string(consent::ToCode(d.kind)), d.allowed,
                       std::string(consent::ToCode(d.decision.reason))});
  }
  auto allowed = [&](consent::InfoKind k) { return Allowed(b.decisions, k); };
  const bool visie_ok = allowed(consent::InfoKind::kReIntegratievisie);
  const bool medical_ok = allowed(consent::InfoKind::kMedischeInformatie);

  WP_ASSIGN_OR_RETURN(auto traj, LatestTrajectory(tx, id));
  std::optional<store::VisieRecord> visie;
  if (traj) {
    WP_ASSIGN_OR_RETURN(visie, tx.visie().FindByTrajectory(traj->trajectory.id));
  }
  // The visie outside the team: signed, chosen at signing, consent allows it now.
  const bool visie_visible = visie && visie->signature &&
                             MayPartySeeVisie(party, true, visie->signature->share_with, visie_ok);
  std::optional<rv::Content> content;
  if (visie_visible) {
    WP_ASSIGN_OR_RETURN(auto c, codec::ParseVisieContent(visie->content_json));
    content = std::move(c);
  }

  // werksituatie_functieprofiel: the work situation (registration, form 4).
  if (allowed(consent::InfoKind::kWerksituatieFunctieprofiel)) {
    SharedSection s{"werksituatie_functieprofiel", "Werksituatie en functieprofiel", {}, {}};
    Field(s, "Functie", data.function_title);
    if (data.employer) Field(s, "Werkgever", data.employer->organisation);
    if (data.hours_per_week) Field(s, "Uren per week", Hours(*data.hours_per_week));
    if (traj) {
      WP_ASSIGN_OR_RETURN(auto demand, tx.profiles().FindDemand(traj->trajectory.id));
      if (demand) {
        s.updated_at = demand->updated_at;
        if (demand->visit_date) Field(s, "Werkplekbezoek", NlDate(*demand->visit_date));
        const auto& cat = codec::profiles::BuiltinItemCatalogue();
        auto profile = codec::profiles::ParseFunctionProfile(cat, demand->profile_json);
        if (profile.ok()) {
          std::string items;
          for (const auto& it : profile->items) {
            if (!it.relevant) continue;
            const auto* def = cat.Find(it.item);
            if (!items.empty()) items += ", ";
            items += def ? def->label : it.item;
          }
          Field(s, "Belastende onderdelen van de functie (formulier 4)", items);
        }
      }
    }
    if (!s.fields.empty()) v.sections.push_back(std::move(s));
  }

  // mogelijkheden_beperkingen: the definitive form 6 profile, verdicts only (no notes).
  if (allowed(consent::InfoKind::kMogelijkhedenBeperkingen) && traj) {
    WP_ASSIGN_OR_RETURN(auto rounds, tx.profiles().ListRounds(traj->trajectory.id));
    const store::RoundRecord* def = nullptr;
    for (const auto& r : rounds) {
      if (r.kind == "definitief" && r.closed && (!def || r.id > def->id)) def = &r;
    }
    if (def) {
      SharedSection s{"mogelijkheden_beperkingen",
                      "Mogelijkheden en beperkingen (formulier 6)",
                      def->updated_at,
                      {}};
      Field(s, "Datum definitief profiel", NlDate(def->date));
      const auto& cat = codec::profiles::BuiltinItemCatalogue();
      for (const auto& a : def->assessments) {
        const auto* item = cat.Find(a.item_code);
        Field(s, item ? item->label : a.item_code, VerdictLabel(a.verdict));
      }
      v.sections.push_back(std::move(s));
    }
  }

  // voortgang_werktraining: sessions summarised, the training reports.
  if (allowed(consent::InfoKind::kVoortgangWerktraining) && traj) {
    WP_ASSIGN_OR_RETURN(auto sessions, tx.profiles().ListSessions(traj->trajectory.id));
    WP_ASSIGN_OR_RETURN(auto reports, tx.profiles().ListReports(traj->trajectory.id));
    if (!sessions.empty() || !reports.empty()) {
      SharedSection s{"voortgang_werktraining", "Voortgang werktraining", std::nullopt, {}};
      if (!sessions.empty()) {
        int minutes = 0;
        core::Date first = sessions.front().date, last = sessions.front().date;
        for (const auto& x : sessions) {
          minutes += x.duration_minutes;
          first = std::min(first, x.date);
          last = std::max(last, x.date);
          if (!s.updated_at || x.updated_at > *s.updated_at) s.updated_at = x.updated_at;
        }
        Field(s, "Trainingsmomenten", std::to_string(sessions.size()));
        Field(s, "Totale trainingstijd", Hours(minutes / 60.0) + " uur");
        Field(s, "Periode", NlDate(first) + " t/m " + NlDate(last));
      }
      for (const auto& r : reports) {
        if (!s.updated_at || r.updated_at > *s.updated_at) s.updated_at = r.updated_at;
        Field(s,
              "Rapportage " + NlDate(r.date) + " (periode " + NlDate(r.period_from) + " t/m " +
                  NlDate(r.period_to) + ")",
              r.text);
      }
      v.sections.push_back(std::move(s));
    }
  }

  // reintegratievisie: the signed visie without its medical sections (EmployerCopy).
  if (content) {
    const rv::Content c = rv::EmployerCopy(*content);
    SharedSection s{
        "reintegratievisie", "Re-integratievisie (formulier 7)", visie->signature->recorded_at, {}};
    Field(s, "Verloop van de arbeidsgerichte revalidatie", c.verloop);
    Field(s, "Werksituatie", c.werksituatie);
    Field(s, "Persoonsprofiel en functieprofiel", c.profielvergelijking);
    Field(s, "Werktraining", c.werktraining);
    Field(s, "Visie van het behandelteam op de terugkeer naar werk", c.visie_team);
    Field(s, "Aandachtspunten", c.aandachtspunten);
    std::string means;
    for (auto m : c.middelen) {
      if (!means.empty()) means += "; ";
      means += std::string(rv::MeansLabel(m));
      if (m == rv::Means::kArbeidstherapeutischePlaatsing && c.plaatsing_weken) {
        means += fmt::format(" ({} weken)", *c.plaatsing_weken);
      }
    }
    Field(s, "Middelen", means);
    Field(s, "Advies over de weg terug naar werk", c.advies);
    Field(s, "Ondertekend door de revalidant op", NlDate(visie->signature->signed_on));
    v.sections.push_back(std::move(s));
    // medische_informatie: the medical sections, for the bedrijfsarts with medical consent.
    if (medical_ok && party == consent::kBedrijfsarts) {
      SharedSection m{"medische_informatie",
                      "Medische informatie (alleen bedrijfsarts)",
                      visie->signature->recorded_at,
                      {}};
      Field(m, "Behandeldoelen", content->behandeldoelen);
      Field(m, "Medische toelichting", content->medische_toelichting);
      if (!m.fields.empty()) v.sections.push_back(std::move(m));
    }
  }

  // Documents.
  if (traj) {
    WP_ASSIGN_OR_RETURN(auto docs, tx.documents().ListOf(traj->trajectory.id));
    const bool full = visie_visible && MayReceiveFullForm7(party, visie_ok, medical_ok);
    for (auto& d : docs) {
      bool listed = false;
      if (d.kind == "formulier_7") {
        // Only a rendering made after the signature (the signature adds a version after the
        // signed one, and a signed visie never changes): never a draft or an unsigned copy.
        listed = full && d.source_version > visie->signature->signed_version;
      } else if (d.kind == "formulier_7_werkgever") {
        listed = visie_visible && !full;
      } else if (d.kind == "samenvatting_afspraken") {
        listed = d.audience == party && allowed(consent::InfoKind::kVoortgangWerktraining);
      } else if (d.kind == "contactmoment_brief") {
        // Addressed to this party after a contact the revalidant allowed (decision D2).
        listed =
            d.audience == party &&
            ((party == consent::kWerkgever && domain::agr::MayContactWerkgever(traj->trajectory)) ||
             (party == consent::kBedrijfsarts &&
              domain::agr::MayContactBedrijfsarts(traj->trajectory)));
      }
      if (listed) v.documents.push_back(std::move(d));
    }
  }

  if (party == consent::kWerkgever) b.withheld = WithholdMedicalFields(v.sections);

  WP_ASSIGN_OR_RETURN(auto messages, tx.external().MessagesOfUser(ctx.actor.user_id, id));
  Names names(tx);
  for (auto& m : messages) {
    UserRef by = names.Of(m.user_id);
    v.messages.push_back({std::move(m), std::move(by)});
  }
  return std::optional<Built>(std::move(b));
}

// The refusal of an external request: audited (denied), answered as not found so an account
// learns nothing about revalidanten it has no grant for.
core::Error NotShared(store::Database& db, const RequestContext& ctx, audit::Action action,
                      const std::string& object, const std::string& object_id,
                      core::RevalidantId id, const std::string& detail) {
  audit::AuditEvent e = EventFor(ctx, action, object, object_id, id, audit::Outcome::kDenied);
  e.detail = detail;
  auto s = audit::Append(db, e, ctx.now);
  if (!s.ok()) return std::move(s).error();
  return core::Error::NotFound("nothing has been shared with you for this revalidant");
}

std::size_t CharCount(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

// ------------------------------------------------------------------------------------ staff

core::Result<std::vector<GrantView>> ExternalAccessService::ListGrants(
    const RequestContext& ctx, core::RevalidantId revalidant) {
  Impl& m = *impl_;
  const std::string oid;
  if (!MayManageExternalAccess(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, kGrantObject, oid, revalidant);
  }
  WP_RETURN_IF_ERROR(
      CheckRevalidantAccess(m.db, ctx, revalidant, false, audit::Action::kRead, kGrantObject, oid));
  WP_ASSIGN_OR_RETURN(
      auto out, m.db.Read([&](store::Tx& tx) -> core::Result<std::vector<GrantView>> {
        WP_ASSIGN_OR_RETURN(auto list, tx.external().GrantsOfRevalidant(revalidant));
        std::vector<GrantView> views;
        for (auto& g : list) {
          WP_ASSIGN_OR_RETURN(auto v, BuildGrantView(tx, std::move(g), ctx.now));
          views.push_back(std::move(v));
        }
        return views;
      }));
  audit::AuditEvent e = EventFor(ctx, audit::Action::kRead, kGrantObject, "", revalidant);
  e.detail = "list";
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  return out;
}

core::Result<Invitation> ExternalAccessService::Invite(const RequestContext& ctx,
                                                       core::RevalidantId revalidant,
                                                       const GrantInput& in) {
  Impl& m = *impl_;
  if (!MayManageExternalAccess(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kCreate, kGrantObject, "", revalidant);
  }
  WP_RETURN_IF_ERROR(
      CheckRevalidantAccess(m.db, ctx, revalidant, true, audit::Action::kCreate, kGrantObject, ""));
  const std::string party = internal::Trim(in.party);
  const bool existing = in.user_id.valid();
  const std::string username = Lower(internal::Trim(in.username));
  const std::string display_name = internal::Trim(in.display_name);
  const std::string email = internal::Trim(in.email);

  // Field checks that need the database run on a read connection first; the password is hashed
  // outside any transaction; then one write unit inserts account, grant and audit rows.
  store::UserRecord account;
  WP_RETURN_IF_ERROR(m.db.ReadUnit([&](store::Tx& tx) -> core::Status {
    internal::FieldChecker c;
    if (party.empty()) {
      c.Add("party", "required", "is required");
    } else if (!consent::IsValidPartyCode(party)) {
      c.Add("party", "invalid_code", "is not a party code");
    } else {
      WP_ASSIGN_OR_RETURN(consent::ConsentRecord record, tx.agr().GetConsent(revalidant));
      const auto state = consent::CurrentConsent(record, ctx.now);
      if (std::find(state.parties.begin(), state.parties.end(), party) == state.parties.end()) {
        c.Add("party", "not_on_form", "is not a party on the revalidant's consent form (form 3)");
      }
    }
    if (existing) {
      if (!username.empty() || !display_name.empty() || !email.empty()) {
        c.Add("user_id", "invalid_value", "either an existing account or the new account's fields");
      }
      auto u = tx.users().Get(in.user_id);
      if (!u.ok()) {
        if (u.error().code != core::ErrorCode::kNotFound) return std::move(u).error();
        c.Add("user_id", "invalid_value", "no such account");
      } else if (!IsExternalRole(u->role) || u->disabled) {
        c.Add("user_id", "invalid_value", "not an enabled external account");
      } else if (!party.empty() && !c.Has("party") && !GrantFits(u->role, party)) {
        c.Add("user_id", "invalid_value", "the account's role does not fit the party");
      } else {
        account = *u;
      }
    } else {
      if (username.empty()) {
        c.Add("username", "required", "is required");
      } else if (username.size() > 64) {
        c.Add("username", "too_long", "is longer than 64");
      } else if (!IsValidUsername(username)) {
        c.Add("username", "invalid_value", "must be 3-64 characters of a-z 0-9 . _ -");
      }
      c.Required("display_name", display_name);
      c.MaxLen("display_name", display_name, 200);
      if (email.empty()) {
        c.Add("email", "required", "is required");
      } else if (email.size() > 254 || !internal::LooksLikeEmail(email)) {
        c.Add("email", "invalid_value", "is not an e-mail address");
      }
    }
    WP_RETURN_IF_ERROR(c.Done("the invitation has invalid fields"));
    if (existing) {
      WP_ASSIGN_OR_RETURN(auto active, tx.external().FindActiveGrant(account.id, revalidant));
      if (active) {
        return core::Error{core::ErrorCode::kConflict,
                           "this account already has access to the revalidant",
                           {{"user_id", "taken", "has an active grant for this revalidant"}}};
      }
    } else {
      WP_ASSIGN_OR_RETURN(auto taken, tx.users().FindByUsername(username));
      if (taken) {
        return core::Error{core::ErrorCode::kConflict,
                           "the username is taken",
                           {{"username", "taken", "is already in use"}}};
      }
    }
    return core::Ok();
  }));

  std::optional<std::string> password;
  if (!existing) {
    password = GeneratePassword();
    account.username = username;
    account.display_name = display_name;
    account.email = email;
    account.role = RoleForParty(party);
    account.created_at = ctx.now;
    account.version = 1;
    WP_ASSIGN_OR_RETURN(account.password_hash, m.hasher.Hash(*password));
  }
  WP_ASSIGN_OR_RETURN(auto view, m.db.Write([&](store::Tx& tx) -> core::Result<GrantView> {
    if (!existing) {
      WP_ASSIGN_OR_RETURN(account.id, tx.users().Insert(account));
      audit::AuditEvent e = EventFor(ctx, audit::Action::kCreate, "user", IdText(account.id.value));
      e.detail = "role=" + std::string(domain::identity::ToCode(account.role)) + ";via=invitation";
      WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    }
    store::ExternalGrantRecord g;
    g.revalidant_id = revalidant;
    g.user_id = account.id;
    g.party = party;
    g.invited_by = ctx.actor.user_id;
    g.invited_at = ctx.now;
    WP_ASSIGN_OR_RETURN(g.id, tx.external().InsertGrant(g));
    audit::AuditEvent e =
        EventFor(ctx, audit::Action::kCreate, kGrantObject, IdText(g.id), revalidant);
    e.detail = fmt::format("party={};user={};new_account={}", party, account.id.value,
                           existing ? "no" : "yes");
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    return BuildGrantView(tx, std::move(g), ctx.now);
  }));
  return Invitation{std::move(view), std::move(password)};
}

core::Result<GrantView> ExternalAccessService::Revoke(const RequestContext& ctx,
                                                      core::RevalidantId revalidant,
                                                      std::int64_t grant_id) {
  Impl& m = *impl_;
  if (!MayManageExternalAccess(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kUpdate, kGrantObject, IdText(grant_id),
                          revalidant);
  }
  WP_RETURN_IF_ERROR(CheckRevalidantAccess(m.db, ctx, revalidant, true, audit::Action::kUpdate,
                                           kGrantObject, IdText(grant_id)));
  return m.db.Write([&](store::Tx& tx) -> core::Result<GrantView> {
    WP_ASSIGN_OR_RETURN(auto g, tx.external().GetGrant(grant_id));
    if (g.revalidant_id != revalidant) return core::Error::NotFound("grant not found");
    WP_RETURN_IF_ERROR(tx.external().RevokeGrant(grant_id, ctx.actor.user_id, ctx.now));
    audit::AuditEvent e =
        EventFor(ctx, audit::Action::kUpdate, kGrantObject, IdText(grant_id), revalidant);
    e.detail = fmt::format("revoke;party={};user={}", g.party, g.user_id.value);
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    WP_ASSIGN_OR_RETURN(auto fresh, tx.external().GetGrant(grant_id));
    return BuildGrantView(tx, std::move(fresh), ctx.now);
  });
}

core::Result<std::vector<ExternalAccountView>> ExternalAccessService::SearchAccounts(
    const RequestContext& ctx, const std::string& q) {
  Impl& m = *impl_;
  if (!MayManageExternalAccess(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kSearch, "user", "");
  }
  const std::string text = internal::Trim(q);
  if (text.size() > 100) {
    return core::Error::Invalid("the search text is too long",
                                {{"q", "too_long", "at most 100 characters"}});
  }
  return m.db.Read([&](store::Tx& tx) -> core::Result<std::vector<ExternalAccountView>> {
    std::vector<ExternalAccountView> out;
    for (Role r : {Role::kWerkgever, Role::kBedrijfsarts, Role::kPartner}) {
      store::UserFilter f;
      f.text = text;
      f.role = r;
      f.include_disabled = false;
      f.page.page_size = 50;
      WP_ASSIGN_OR_RETURN(auto page, tx.users().List(f));
      for (const auto& u : page.items) out.push_back(AccountOf(u));
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return a.display_name != b.display_name ? a.display_name < b.display_name
                                              : a.id.value < b.id.value;
    });
    if (out.size() > 50) out.resize(50);
    return out;
  });
}

core::Result<std::vector<ExternalMessageView>> ExternalAccessService::Messages(
    const RequestContext& ctx, core::RevalidantId revalidant) {
  Impl& m = *impl_;
  if (!MayManageExternalAccess(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, kMessageObject, "", revalidant);
  }
  WP_RETURN_IF_ERROR(CheckRevalidantAccess(m.db, ctx, revalidant, false, audit::Action::kRead,
                                           kMessageObject, ""));
  WP_ASSIGN_OR_RETURN(
      auto out, m.db.Read([&](store::Tx& tx) -> core::Result<std::vector<ExternalMessageView>> {
        WP_ASSIGN_OR_RETURN(auto list, tx.external().MessagesOfRevalidant(revalidant));
        Names names(tx);
        std::vector<ExternalMessageView> views;
        for (auto& msg : list) {
          UserRef by = names.Of(msg.user_id);
          views.push_back({std::move(msg), std::move(by)});
        }
        return views;
      }));
  audit::AuditEvent e = EventFor(ctx, audit::Action::kRead, kMessageObject, "", revalidant);
  e.detail = "list";
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  return out;
}

// --------------------------------------------------------------------------------- external

core::Result<std::vector<SharedItem>> ExternalAccessService::Shared(const RequestContext& ctx) {
  Impl& m = *impl_;
  if (!MayUseSharedView(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, kViewObject, "");
  }
  WP_ASSIGN_OR_RETURN(
      auto out, m.db.Read([&](store::Tx& tx) -> core::Result<std::vector<SharedItem>> {
        WP_ASSIGN_OR_RETURN(auto grants, tx.external().ActiveGrantsOfUser(ctx.actor.user_id));
        std::vector<SharedItem> items;
        for (const auto& g : grants) {
          WP_ASSIGN_OR_RETURN(auto detail, tx.revalidanten().Get(g.revalidant_id));
          WP_ASSIGN_OR_RETURN(consent::ConsentRecord record, tx.agr().GetConsent(g.revalidant_id));
          items.push_back({g.id, g.revalidant_id, FullName(detail.revalidant.data), g.party,
                           AllowedCodes(Decide(record, g.party, ctx.now)), g.invited_at});
        }
        return items;
      }));
  // The list names revalidanten: one read entry per revalidant shown.
  for (const auto& item : out) {
    audit::AuditEvent e =
        EventFor(ctx, audit::Action::kRead, kViewObject, IdText(item.grant_id), item.revalidant_id);
    e.detail = "list;party=" + item.party;
    WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  }
  return out;
}

core::Result<SharedView> ExternalAccessService::View(const RequestContext& ctx,
                                                     core::RevalidantId revalidant) {
  Impl& m = *impl_;
  if (!MayUseSharedView(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, kViewObject, "", revalidant);
  }
  WP_ASSIGN_OR_RETURN(auto built,
                      m.db.Read([&](store::Tx& tx) { return BuildView(tx, ctx, revalidant); }));
  if (!built) {
    return NotShared(m.db, ctx, audit::Action::kRead, kViewObject, "", revalidant, "no_grant");
  }
  audit::AuditEvent e =
      EventFor(ctx, audit::Action::kRead, kViewObject, IdText(built->grant.id), revalidant);
  e.detail =
      fmt::format("party={};kinds={};documents={};withheld={}", built->grant.party,
                  DecisionDetail(built->decisions), built->view.documents.size(), built->withheld);
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  const std::int64_t grant_id = built->grant.id;
  const core::Instant at = ctx.now;
  WP_RETURN_IF_ERROR(m.db.WriteOrDefer(
      [grant_id, at](store::Tx& tx) { return tx.external().TouchGrant(grant_id, at); }));
  return std::move(built->view);
}

core::Result<DocumentContent> ExternalAccessService::Download(const RequestContext& ctx,
                                                              core::RevalidantId revalidant,
                                                              std::int64_t document_id) {
  Impl& m = *impl_;
  const std::string oid = IdText(document_id);
  if (!MayUseSharedView(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kExport, "document", oid, revalidant);
  }
  WP_ASSIGN_OR_RETURN(auto built,
                      m.db.Read([&](store::Tx& tx) { return BuildView(tx, ctx, revalidant); }));
  if (!built) {
    return NotShared(m.db, ctx, audit::Action::kExport, "document", oid, revalidant,
                     "external;no_grant");
  }
  const auto& docs = built->view.documents;
  auto it =
      std::find_if(docs.begin(), docs.end(), [&](const auto& d) { return d.id == document_id; });
  if (it == docs.end()) {
    return NotShared(m.db, ctx, audit::Action::kExport, "document", oid, revalidant,
                     "external;not_shared;party=" + built->grant.party);
  }
  WP_ASSIGN_OR_RETURN(std::string bytes,
                      m.db.Read([&](store::Tx& tx) { return tx.documents().Bytes(document_id); }));
  audit::AuditEvent e = EventFor(ctx, audit::Action::kExport, "document", oid, revalidant);
  e.detail =
      fmt::format("external;party={};kind={};sha256={}", built->grant.party, it->kind, it->sha256);
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  const std::int64_t grant_id = built->grant.id;
  const core::Instant at = ctx.now;
  WP_RETURN_IF_ERROR(m.db.WriteOrDefer(
      [grant_id, at](store::Tx& tx) { return tx.external().TouchGrant(grant_id, at); }));
  return DocumentContent{*it, std::move(bytes)};
}

core::Result<ExternalMessageView> ExternalAccessService::SendMessage(const RequestContext& ctx,
                                                                     core::RevalidantId revalidant,
                                                                     const std::string& text) {
  Impl& m = *impl_;
  if (!MayUseSharedView(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kCreate, kMessageObject, "", revalidant);
  }
  WP_ASSIGN_OR_RETURN(auto grant, m.db.Read([&](store::Tx& tx) {
    return tx.external().FindActiveGrant(ctx.actor.user_id, revalidant);
  }));
  if (!grant) {
    return NotShared(m.db, ctx, audit::Action::kCreate, kMessageObject, "", revalidant, "no_grant");
  }
  const std::string body = internal::Trim(text);
  if (body.empty()) {
    return core::Error::Invalid("the message is empty",
                                {{"text", "required", "Vul een bericht in."}});
  }
  if (CharCount(body) > kMaxExternalMessage) {
    return core::Error::Invalid("the message is too long",
                                {{"text", "too_long", "Het bericht is langer dan 2000 tekens."}});
  }
  if (auto nl = MedicalContentRefusal(body)) {
    return core::Error::Invalid(*nl, {{"text", "medical_content", *nl}});
  }
  return m.db.Write([&](store::Tx& tx) -> core::Result<ExternalMessageView> {
    // The grant is checked again in the writing unit (it may have been revoked meanwhile).
    WP_ASSIGN_OR_RETURN(auto still, tx.external().FindActiveGrant(ctx.actor.user_id, revalidant));
    if (!still)
      return core::Error::NotFound("nothing has been shared with you for this revalidant");
    store::ExternalMessageRecord msg;
    msg.revalidant_id = revalidant;
    msg.grant_id = still->id;
    msg.user_id = ctx.actor.user_id;
    msg.party = still->party;
    msg.text = body;
    msg.created_at = ctx.now;
    WP_ASSIGN_OR_RETURN(msg.id, tx.external().InsertMessage(msg));
    audit::AuditEvent e =
        EventFor(ctx, audit::Action::kCreate, kMessageObject, IdText(msg.id), revalidant);
    e.detail = "party=" + msg.party;
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    Names names(tx);
    UserRef by = names.Of(msg.user_id);
    return ExternalMessageView{std::move(msg), std::move(by)};
  });
}

}  // namespace werkpad::service
