#include "service/organisation_service.hpp"

#include "audit/audit_log.hpp"
#include "domain/identity/role.hpp"
#include "service/internal.hpp"
#include "service/policy.hpp"

namespace werkpad::service {
namespace {

constexpr std::size_t kMaxTeamName = 100;
constexpr std::size_t kMaxLabel = 100;
constexpr std::size_t kMaxInstitutionField = 500;

}  // namespace

struct OrganisationService::Impl {
  store::Database& db;
  const core::Clock& clock;

  core::Status Require(const RequestContext& ctx, Permission p, audit::Action action,
                       const char* object_type) {
    if (Allows(ctx.actor, p)) return core::Ok();
    return internal::Deny(db, ctx, action, object_type, "");
  }
};

OrganisationService::OrganisationService(store::Database& db, const core::Clock& clock)
    : impl_(std::make_unique<Impl>(Impl{db, clock})) {}

OrganisationService::~OrganisationService() = default;

core::Result<std::vector<store::Team>> OrganisationService::ListTeams(const RequestContext& ctx) {
  WP_RETURN_IF_ERROR(
      impl_->Require(ctx, Permission::kReadOrganisation, audit::Action::kSearch, "team"));
  return impl_->db.Read([](store::Tx& tx) { return tx.organisation().ListTeams(); });
}

core::Result<store::Team> OrganisationService::CreateTeam(const RequestContext& ctx,
                                                          const std::string& name) {
  Impl& m = *impl_;
  WP_RETURN_IF_ERROR(
      m.Require(ctx, Permission::kManageOrganisation, audit::Action::kCreate, "team"));
  const std::string trimmed = internal::Trim(name);
  internal::FieldChecker c;
  c.Required("name", trimmed);
  c.MaxLen("name", trimmed, kMaxTeamName);
  WP_RETURN_IF_ERROR(c.Done("the team has invalid fields"));
  return m.db.Write([&](store::Tx& tx) -> core::Result<store::Team> {
    WP_ASSIGN_OR_RETURN(core::TeamId id, tx.organisation().InsertTeam(trimmed));
    WP_RETURN_IF_ERROR(audit::AppendInTx(
        tx, EventFor(ctx, audit::Action::kCreate, "team", std::to_string(id.value)), ctx.now));
    return tx.organisation().GetTeam(id);
  });
}

core::Result<std::vector<store::Discipline>> OrganisationService::ListDisciplines(
    const RequestContext& ctx) {
  WP_RETURN_IF_ERROR(
      impl_->Require(ctx, Permission::kReadOrganisation, audit::Action::kSearch, "discipline"));
  return impl_->db.Read([](store::Tx& tx) { return internal::AllDisciplines(tx); });
}

core::Result<store::Discipline> OrganisationService::CreateDiscipline(const RequestContext& ctx,
                                                                      const std::string& code,
                                                                      const std::string& label) {
  Impl& m = *impl_;
  WP_RETURN_IF_ERROR(
      m.Require(ctx, Permission::kManageOrganisation, audit::Action::kCreate, "discipline"));
  store::Discipline d;
  d.code = internal::Trim(code);
  d.label = internal::Trim(label);
  d.builtin = false;
  internal::FieldChecker c;
  c.Required("code", d.code);
  if (!c.Has("code") && !domain::identity::IsValidDisciplineCode(d.code)) {
    c.Add("code", "invalid_value", "must be 2-40 characters of a-z 0-9 _");
  }
  c.Required("label", d.label);
  c.MaxLen("label", d.label, kMaxLabel);
  WP_RETURN_IF_ERROR(c.Done("the discipline has invalid fields"));
  WP_RETURN_IF_ERROR(m.db.WriteUnit([&](store::Tx& tx) -> core::Status {
    WP_ASSIGN_OR_RETURN(std::vector<store::Discipline> all, internal::AllDisciplines(tx));
    for (const auto& existing : all) {
      if (existing.code == d.code) {
        return core::Error{core::ErrorCode::kConflict,
                           "the discipline exists",
                           {{"code", "taken", "is already in use"}}};
      }
    }
    WP_RETURN_IF_ERROR(tx.organisation().InsertDiscipline(d));
    return audit::AppendInTx(tx, EventFor(ctx, audit::Action::kCreate, "discipline", d.code),
                             ctx.now);
  }));
  return d;
}

core::Result<store::Institution> OrganisationService::GetInstitution(const RequestContext& ctx) {
  WP_RETURN_IF_ERROR(
      impl_->Require(ctx, Permission::kManageOrganisation, audit::Action::kRead, "institution"));
  return impl_->db.Read([](store::Tx& tx) { return tx.organisation().GetInstitution(); });
}

core::Result<store::Institution> OrganisationService::UpdateInstitution(
    const RequestContext& ctx, const store::Institution& inst) {
  Impl& m = *impl_;
  WP_RETURN_IF_ERROR(
      m.Require(ctx, Permission::kManageOrganisation, audit::Action::kUpdate, "institution"));
  store::Institution next;
  next.version = inst.version;
  next.name = internal::Trim(inst.name);
  next.address = internal::Trim(inst.address);
  next.postal_code = internal::Trim(inst.postal_code);
  next.city = internal::Trim(inst.city);
  next.phone = internal::Trim(inst.phone);
  next.email = internal::Trim(inst.email);
  next.website = internal::Trim(inst.website);
  next.ric_model = inst.ric_model;
  internal::FieldChecker c;
  c.Required("name", next.name);
  for (const auto& [path, value] : {std::pair<const char*, const std::string*>{"name", &next.name},
                                    {"address", &next.address},
                                    {"postal_code", &next.postal_code},
                                    {"city", &next.city},
                                    {"phone", &next.phone},
                                    {"email", &next.email},
                                    {"website", &next.website}}) {
    c.MaxLen(path, *value, kMaxInstitutionField);
  }
  if (!c.Has("email")) c.Email("email", next.email);
  if (next.ric_model != "vast" && next.ric_model != "wisselend") {
    c.Add("ric_model", "invalid_value", "must be vast or wisselend");
  }
  WP_RETURN_IF_ERROR(c.Done("the institution has invalid fields"));
  return m.db.Write([&](store::Tx& tx) -> core::Result<store::Institution> {
    WP_ASSIGN_OR_RETURN(next.version, tx.organisation().UpdateInstitution(next));
    WP_RETURN_IF_ERROR(
        audit::AppendInTx(tx, EventFor(ctx, audit::Action::kUpdate, "institution", "1"), ctx.now));
    return next;
  });
}

}  // namespace werkpad::service
