#include "service/revalidant_service.hpp"

#include <fmt/format.h>

#include "audit/audit_log.hpp"
#include "core/dutch_date.hpp"
#include "domain/registry/search_text.hpp"
#include "service/internal.hpp"
#include "service/policy.hpp"

namespace werkpad::service {
namespace {

using domain::identity::Role;
using domain::registry::RevalidantData;

std::string IdText(core::RevalidantId id) { return std::to_string(id.value); }

std::string_view KindCode(domain::registry::SearchTerm::Kind k) {
  using Kind = domain::registry::SearchTerm::Kind;
  switch (k) {
    case Kind::kAll:
      return "all";
    case Kind::kName:
      return "name";
    case Kind::kBsn:
      return "bsn";
    case Kind::kBirthDate:
      return "birth_date";
  }
  return "all";
}

RevalidantView ToView(store::RevalidantDetail d) {
  RevalidantView v;
  v.revalidant = std::move(d.revalidant);
  const RevalidantData& data = v.revalidant.data;
  if (data.team_id.valid()) v.team = TeamRef{data.team_id, std::move(d.team_name)};
  if (data.ric_user_id.valid()) v.ric = RicRef{data.ric_user_id, std::move(d.ric_name)};
  return v;
}

// The names of a revalidant's team and coordinator, as the store joins them to the record.
struct ReferenceNames {
  std::string team;
  std::string ric;
};

// Checks the references of `data` against the organisation: the team exists; the RIC is an
// enabled user who may coordinate (a RIC; in model "wisselend" also a therapist). Fills `names`
// (when given) with what it looked up.
core::Status CheckReferences(store::Tx& tx, const RevalidantData& data,
                             ReferenceNames* names = nullptr) {
  internal::FieldChecker c;
  if (data.team_id.valid()) {
    auto team = tx.organisation().GetTeam(data.team_id);
    if (!team.ok()) {
      if (team.error().code != core::ErrorCode::kNotFound) return std::move(team).error();
      c.Add("team_id", "invalid_value", "is not a team");
    } else if (names != nullptr) {
      names->team = std::move(team->name);
    }
  }
  if (data.ric_user_id.valid()) {
    auto user = tx.users().Get(data.ric_user_id);
    if (!user.ok()) {
      if (user.error().code != core::ErrorCode::kNotFound) return std::move(user).error();
      c.Add("ric_user_id", "invalid_value", "is not a user");
    } else {
      WP_ASSIGN_OR_RETURN(store::Institution inst, tx.organisation().GetInstitution());
      // Source: DOMAIN.md §1 (RIC: "model 1 vast" dedicated person / "model 2 wisselend" one of
      // the team's therapists).
      const bool may_coordinate = user->role == Role::kRic ||
                                  (user->role == Role::kTherapeut && inst.ric_model == "wisselend");
      if (user->disabled || !may_coordinate) {
        c.Add("ric_user_id", "invalid_value", "cannot be the coordinator");
      }
      if (names != nullptr) names->ric = std::move(user->display_name);
    }
  }
  return c.Done("the revalidant has invalid fields");
}

// Need-to-know only works for revalidanten assigned to a team or a coordinator: a record
// without either would be visible to nobody. On registration without a team or RIC the record
// goes to the registering user's first team (or, for a RIC without a team, to their caseload).
core::Status AssignIfUnassigned(const Actor& actor, RevalidantData& data, bool creating) {
  if (data.team_id.valid() || data.ric_user_id.valid() || actor.system) return core::Ok();
  if (creating && !actor.team_ids.empty()) {
    data.team_id = actor.team_ids.front();
    return core::Ok();
  }
  if (creating && actor.role == Role::kRic) {
    data.ric_user_id = actor.user_id;
    return core::Ok();
  }
  return core::Error::Invalid("the revalidant needs a team or a coordinator",
                              {{"team_id", "required", "choose a team or a coordinator"}});
}

// A BSN that another revalidant has is an input error of this form (422, field "bsn" code
// "taken"), not an edit conflict: the web UI answers 409 with "someone else changed this".
core::Error BsnTakenAsInvalid(core::Error e) {
  if (e.code == core::ErrorCode::kConflict && !e.fields.empty() && e.fields[0].path == "bsn") {
    e.code = core::ErrorCode::kInvalidInput;
    e.message = "the revalidant has invalid fields";
  }
  return e;
}

}  // namespace

struct RevalidantService::Impl {
  store::Database& db;
  const core::Clock& clock;
};

RevalidantService::RevalidantService(store::Database& db, const core::Clock& clock)
    : impl_(std::make_unique<Impl>(Impl{db, clock})) {}

RevalidantService::~RevalidantService() = default;

core::Result<PageView<RevalidantListItem>> RevalidantService::Search(const RequestContext& ctx,
                                                                     const RevalidantSearch& q) {
  Impl& m = *impl_;
  if (!Allows(ctx.actor, Permission::kSearchRevalidanten)) {
    return internal::Deny(m.db, ctx, audit::Action::kSearch, "revalidant", "");
  }
  WP_RETURN_IF_ERROR(CheckPage(q.page));
  store::RevalidantQuery query;
  query.text = internal::Trim(q.q);
  query.scope = CaseloadFor(ctx.actor);
  query.page = q.page;
  WP_ASSIGN_OR_RETURN(store::Page<store::RevalidantSummary> page,
                      m.db.Read([&](store::Tx& tx) { return tx.revalidanten().Search(query); }));

  const bool minimal = MinimalLookupOnly(ctx.actor);
  PageView<RevalidantListItem> out;
  out.page = page.page;
  out.page_size = page.page_size;
  out.total = page.total;
  for (auto& s : page.items) {
    RevalidantListItem item;
    item.id = s.id;
    item.given_names = std::move(s.given_names);
    item.family_name = std::move(s.family_name);
    item.date_of_birth = s.date_of_birth;
    item.minimal = minimal;
    if (!minimal) {
      item.employment_status = s.employment_status;
      if (s.team_id.valid()) item.team = TeamRef{s.team_id, std::move(s.team_name)};
      if (s.ric_user_id.valid()) item.ric = RicRef{s.ric_user_id, std::move(s.ric_name)};
    }
    out.items.push_back(std::move(item));
  }
  // NEN 7513: a result list shows names and birth dates, so it is an access to each revalidant
  // shown: one entry per listed revalidant (with its id), or one without a revalidant when the
  // list is empty. Never the search text, only its kind.
  const std::string detail =
      fmt::format("q_kind={};total={}", KindCode(domain::registry::ClassifySearch(query.text).kind),
                  page.total);
  WP_RETURN_IF_ERROR(m.db.WriteUnit([&](store::Tx& tx) -> core::Status {
    if (out.items.empty()) {
      audit::AuditEvent e = EventFor(ctx, audit::Action::kSearch, "revalidant", "");
      e.detail = detail;
      return audit::AppendInTx(tx, e, ctx.now);
    }
    // One entry per listed revalidant, stored with multi-row INSERTs.
    std::vector<audit::AuditEvent> events;
    events.reserve(out.items.size());
    for (const RevalidantListItem& item : out.items) {
      audit::AuditEvent e =
          EventFor(ctx, audit::Action::kSearch, "revalidant", IdText(item.id), item.id);
      e.detail = detail;
      events.push_back(std::move(e));
    }
    return audit::AppendManyInTx(tx, events, ctx.now);
  }));
  return out;
}

core::Result<RevalidantView> RevalidantService::Create(const RequestContext& ctx,
                                                       RevalidantData data) {
  Impl& m = *impl_;
  if (!Allows(ctx.actor, Permission::kCreateRevalidant)) {
    return internal::Deny(m.db, ctx, audit::Action::kCreate, "revalidant", "");
  }
  WP_RETURN_IF_ERROR(domain::registry::ValidateRevalidant(data, core::DutchDate(ctx.now)));
  WP_RETURN_IF_ERROR(AssignIfUnassigned(ctx.actor, data, /*creating=*/true));
  auto created = m.db.Write([&](store::Tx& tx) -> core::Result<RevalidantView> {
    WP_RETURN_IF_ERROR(CheckReferences(tx, data));
    WP_ASSIGN_OR_RETURN(core::RevalidantId id, tx.revalidanten().Insert(data, ctx.now));
    WP_RETURN_IF_ERROR(audit::AppendInTx(
        tx, EventFor(ctx, audit::Action::kCreate, "revalidant", IdText(id), id), ctx.now));
    WP_ASSIGN_OR_RETURN(store::RevalidantDetail d, tx.revalidanten().Get(id));
    return ToView(std::move(d));
  });
  if (!created.ok()) return BsnTakenAsInvalid(std::move(created).error());
  return created;
}

core::Result<RevalidantView> RevalidantService::Get(const RequestContext& ctx,
                                                    core::RevalidantId id) {
  return Read(ctx, id, /*defer=*/false).Take();
}

Pending<RevalidantView> RevalidantService::GetLater(const RequestContext& ctx,
                                                    core::RevalidantId id) {
  return Read(ctx, id, /*defer=*/true);
}

Pending<RevalidantView> RevalidantService::Read(const RequestContext& ctx, core::RevalidantId id,
                                                bool defer) {
  Impl& m = *impl_;
  if (!Allows(ctx.actor, Permission::kReadRevalidant)) {
    return Pending<RevalidantView>::Done(
        internal::Deny(m.db, ctx, audit::Action::kRead, "revalidant", IdText(id), id));
  }
  // The record, the scope check against it and the audit entry (read or denied) in one unit;
  // the answer leaves only once that entry is durable.
  auto unit = [ctx, id](store::Tx& tx,
                        std::optional<core::Result<RevalidantView>>& out) -> core::Status {
    auto d = tx.revalidanten().Get(id);
    if (!d.ok()) {
      if (d.error().code != core::ErrorCode::kNotFound) return std::move(d).error();
      out.emplace(std::move(d).error());
      return core::Ok();
    }
    bool allowed = MayAccess(ctx.actor, Permission::kReadRevalidant, d->revalidant.data, id);
    WP_RETURN_IF_ERROR(audit::AppendInTx(
        tx,
        EventFor(ctx, audit::Action::kRead, "revalidant", IdText(id), id,
                 allowed ? audit::Outcome::kSuccess : audit::Outcome::kDenied),
        ctx.now));
    if (allowed) {
      out.emplace(ToView(std::move(d).value()));
    } else {
      internal::LogDenied(ctx, "revalidant");
      out.emplace(core::Error::Forbidden("not allowed"));
    }
    return core::Ok();
  };
  return internal::InWriteUnit<RevalidantView>(m.db, std::move(unit), defer);
}

core::Result<RevalidantView> RevalidantService::Update(const RequestContext& ctx,
                                                       core::RevalidantId id, std::int64_t version,
                                                       RevalidantData data) {
  return Change(ctx, id, version, std::move(data), /*defer=*/false).Take();
}

Pending<RevalidantView> RevalidantService::UpdateLater(const RequestContext& ctx,
                                                       core::RevalidantId id,
                                                       std::int64_t version,
                                                       RevalidantData data) {
  return Change(ctx, id, version, std::move(data), /*defer=*/true);
}

Pending<RevalidantView> RevalidantService::Change(const RequestContext& ctx, core::RevalidantId id,
                                                  std::int64_t version, RevalidantData data,
                                                  bool defer) {
  Impl& m = *impl_;
  if (!Allows(ctx.actor, Permission::kUpdateRevalidant)) {
    return Pending<RevalidantView>::Done(
        internal::Deny(m.db, ctx, audit::Action::kUpdate, "revalidant", IdText(id), id));
  }
  if (core::Status s = domain::registry::ValidateRevalidant(data, core::DutchDate(ctx.now));
      !s.ok()) {
    return Pending<RevalidantView>::Done(std::move(s).error());
  }
  if (core::Status s = AssignIfUnassigned(ctx.actor, data, /*creating=*/false); !s.ok()) {
    return Pending<RevalidantView>::Done(std::move(s).error());
  }
  // One unit: the scope check sees the record that is changed. A refusal commits only its
  // audit entry; a stale version, a bad reference or a BSN another revalidant has rolls the
  // whole unit back (returned as the unit's error).
  auto unit = [ctx, id, version, data = std::move(data)](
                  store::Tx& tx, std::optional<core::Result<RevalidantView>>& out) -> core::Status {
    WP_ASSIGN_OR_RETURN(store::RevalidantDetail stored, tx.revalidanten().Get(id));
    if (!MayAccess(ctx.actor, Permission::kUpdateRevalidant, stored.revalidant.data, id)) {
      WP_RETURN_IF_ERROR(audit::AppendInTx(tx,
                                           EventFor(ctx, audit::Action::kUpdate, "revalidant",
                                                    IdText(id), id, audit::Outcome::kDenied),
                                           ctx.now));
      internal::LogDenied(ctx, "revalidant");
      out.emplace(core::Error::Forbidden("not allowed"));
      return core::Ok();
    }
    ReferenceNames names;
    WP_RETURN_IF_ERROR(CheckReferences(tx, data, &names));
    auto updated = tx.revalidanten().Update(id, version, data, &stored.revalidant.data, ctx.now);
    if (!updated.ok()) return BsnTakenAsInvalid(std::move(updated).error());
    WP_RETURN_IF_ERROR(audit::AppendInTx(
        tx, EventFor(ctx, audit::Action::kUpdate, "revalidant", IdText(id), id), ctx.now));
    // The answer is what was just written (the store keeps every field as given): no second
    // read of the record.
    store::RevalidantDetail d{std::move(stored.revalidant), std::move(names.team),
                              std::move(names.ric)};
    d.revalidant.data = data;
    d.revalidant.version = *updated;
    d.revalidant.updated_at = ctx.now;
    out.emplace(ToView(std::move(d)));
    return core::Ok();
  };
  return internal::InWriteUnit<RevalidantView>(m.db, std::move(unit), defer);
}

}  // namespace werkpad::service
