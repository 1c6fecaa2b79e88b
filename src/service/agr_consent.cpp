// AgrService: the consent of form 3 (matrix, withdrawals, signature, history) and THE sharing
// policy (MayShare).
#include <fmt/format.h>

#include "audit/audit_log.hpp"
#include "domain/consent/party.hpp"
#include "service/agr_internal.hpp"
#include "service/agr_service.hpp"
#include "service/internal.hpp"
#include "service/policy.hpp"

namespace werkpad::service {

using namespace agr_internal;
namespace consent = domain::consent;
using domain::identity::Role;

namespace {

std::string ConsentObject(core::RevalidantId id) { return IdText(id.value); }

bool IsOwnRevalidant(const Actor& a, core::RevalidantId id) {
  return !a.system && a.role == Role::kRevalidant && a.revalidant_id == id;
}

ConsentView BuildConsentView(Names& names, const consent::ConsentRecord& record,
                             core::Instant now) {
  ConsentView v;
  v.revalidant_id = record.revalidant_id;
  v.version = static_cast<std::int64_t>(record.events.size());
  consent::ConsentState state = consent::CurrentConsent(record, now);
  v.parties = state.parties;
  for (auto& cell : state.cells) {
    ConsentCellView c;
    c.recorded_by = names.OptOf(cell.recorded_by);
    c.effective = consent::MayShare(record, cell.kind, cell.party, now).allowed;
    c.cell = std::move(cell);
    v.cells.push_back(std::move(c));
  }
  if (state.signature) {
    v.signature_by = names.Of(state.signature->by);
    v.signature = std::move(state.signature);
  }
  return v;
}

enum class ConsentNeed { kRead, kRecord, kWithdraw, kSignPortal };

// Role and need-to-know for a consent operation.
core::Status CheckConsentAccess(store::Database& db, const RequestContext& ctx,
                                core::RevalidantId id, ConsentNeed need, audit::Action action) {
  const Actor& a = ctx.actor;
  const bool own = IsOwnRevalidant(a, id);
  bool role_ok = false;
  switch (need) {
    case ConsentNeed::kRead: role_ok = IsAgrStaff(a) || own; break;
    case ConsentNeed::kRecord: role_ok = MayRecordConsent(a); break;
    case ConsentNeed::kWithdraw: role_ok = MayRecordConsent(a) || own; break;
    case ConsentNeed::kSignPortal: role_ok = own; break;
  }
  if (!role_ok) return internal::Deny(db, ctx, action, "consent", ConsentObject(id), id);
  const bool write = need == ConsentNeed::kRecord || (need == ConsentNeed::kWithdraw && !own);
  WP_RETURN_IF_ERROR(
      CheckRevalidantAccess(db, ctx, id, write, action, "consent", ConsentObject(id)));
  return core::Ok();
}

}  // namespace

namespace {

// Appends the events `make` returns (each checked by consent::Append) if the record still has
// `version` events; audits the change; returns the new matrix.
template <class Make>
core::Result<ConsentView> AppendConsent(store::Database& db, const RequestContext& ctx,
                                        core::RevalidantId id, std::int64_t version,
                                        const std::string& detail, Make&& make) {
  return db.Write([&](store::Tx& tx) -> core::Result<ConsentView> {
    WP_ASSIGN_OR_RETURN(consent::ConsentRecord record, tx.agr().GetConsent(id));
    if (static_cast<std::int64_t>(record.events.size()) != version) {
      return core::Error::Conflict("the consent was changed by someone else");
    }
    WP_ASSIGN_OR_RETURN(std::vector<consent::ConsentEvent> events, make(record));
    for (const auto& e : events) {
      WP_ASSIGN_OR_RETURN(record, consent::Append(record, e));
    }
    WP_RETURN_IF_ERROR(tx.agr().AppendConsentEvents(id, version, events));
    audit::AuditEvent e = EventFor(ctx, audit::Action::kUpdate, "consent", ConsentObject(id), id);
    e.detail = detail;
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    Names names(tx);
    return BuildConsentView(names, record, ctx.now);
  });
}

using Events = std::vector<consent::ConsentEvent>;

core::Status CheckParty(const std::string& party) {
  if (!consent::IsValidPartyCode(party)) {
    return core::Error::Invalid("not a party code",
                                {{"party", "invalid_code", "[a-z][a-z0-9_]*, 2..40 characters"}});
  }
  return core::Ok();
}

}  // namespace

core::Result<ConsentView> AgrService::GetConsent(const RequestContext& ctx,
                                                 core::RevalidantId id) {
  Impl& m = *impl_;
  WP_RETURN_IF_ERROR(
      CheckConsentAccess(m.db, ctx, id, ConsentNeed::kRead, audit::Action::kRead));
  WP_ASSIGN_OR_RETURN(ConsentView v, m.db.Read([&](store::Tx& tx) -> core::Result<ConsentView> {
    WP_ASSIGN_OR_RETURN(consent::ConsentRecord record, tx.agr().GetConsent(id));
    Names names(tx);
    return BuildConsentView(names, record, ctx.now);
  }));
  WP_RETURN_IF_ERROR(audit::Append(
      m.db, EventFor(ctx, audit::Action::kRead, "consent", ConsentObject(id), id), ctx.now));
  return v;
}

core::Result<ConsentView> AgrService::SetConsentCell(const RequestContext& ctx,
                                                     core::RevalidantId id,
                                                     const std::string& party,
                                                     consent::InfoKind kind, bool granted,
                                                     std::int64_t version) {
  Impl& m = *impl_;
  WP_RETURN_IF_ERROR(
      CheckConsentAccess(m.db, ctx, id, ConsentNeed::kRecord, audit::Action::kUpdate));
  WP_RETURN_IF_ERROR(CheckParty(party));
  return AppendConsent(m.db, ctx, id, version,
                       fmt::format("cell={}:{}={}", party, consent::ToCode(kind),
                                   granted ? "yes" : "no"),
                       [&](const consent::ConsentRecord&) -> core::Result<Events> {
                         return Events{consent::RecordCell(party, kind, granted,
                                                           ctx.actor.user_id, ctx.now)};
                       });
}

core::Result<ConsentView> AgrService::WithdrawConsentCell(const RequestContext& ctx,
                                                          core::RevalidantId id,
                                                          const std::string& party,
                                                          consent::InfoKind kind,
                                                          std::int64_t version) {
  Impl& m = *impl_;
  WP_RETURN_IF_ERROR(
      CheckConsentAccess(m.db, ctx, id, ConsentNeed::kWithdraw, audit::Action::kUpdate));
  WP_RETURN_IF_ERROR(CheckParty(party));
  return AppendConsent(m.db, ctx, id, version,
                       fmt::format("withdraw={}:{}", party, consent::ToCode(kind)),
                       [&](const consent::ConsentRecord&) -> core::Result<Events> {
                         return Events{
                             consent::WithdrawCell(party, kind, ctx.actor.user_id, ctx.now)};
                       });
}

core::Result<ConsentView> AgrService::AddConsentParty(const RequestContext& ctx,
                                                      core::RevalidantId id,
                                                      const std::string& party,
                                                      std::int64_t version) {
  Impl& m = *impl_;
  WP_RETURN_IF_ERROR(
      CheckConsentAccess(m.db, ctx, id, ConsentNeed::kRecord, audit::Action::kUpdate));
  WP_RETURN_IF_ERROR(CheckParty(party));
  return AppendConsent(m.db, ctx, id, version, "party_added=" + party,
                       [&](const consent::ConsentRecord&) -> core::Result<Events> {
                         return Events{consent::AddParty(party, ctx.actor.user_id, ctx.now)};
                       });
}

core::Result<ConsentView> AgrService::RemoveConsentParty(const RequestContext& ctx,
                                                         core::RevalidantId id,
                                                         const std::string& party,
                                                         std::int64_t version) {
  Impl& m = *impl_;
  WP_RETURN_IF_ERROR(
      CheckConsentAccess(m.db, ctx, id, ConsentNeed::kRecord, audit::Action::kUpdate));
  WP_RETURN_IF_ERROR(CheckParty(party));
  return AppendConsent(m.db, ctx, id, version, "party_removed=" + party,
                       [&](const consent::ConsentRecord&) -> core::Result<Events> {
                         return Events{consent::RemoveParty(party, ctx.actor.user_id, ctx.now)};
                       });
}

core::Result<ConsentView> AgrService::SignConsent(const RequestContext& ctx,
                                                  core::RevalidantId id, const SignRequest& in) {
  Impl& m = *impl_;
  const bool portal = in.method == domain::forms::SignatureMethod::kPortal;
  WP_RETURN_IF_ERROR(CheckConsentAccess(m.db, ctx, id,
                                        portal ? ConsentNeed::kSignPortal : ConsentNeed::kRecord,
                                        audit::Action::kUpdate));
  if (!portal && !in.signed_on) {
    return core::Error::Invalid("a paper signature needs the date on the paper",
                                {{"signed_on", "required", "is required"}});
  }
  return AppendConsent(
      m.db, ctx, id, in.version, std::string("signed=") + (portal ? "portal" : "paper"),
      [&](const consent::ConsentRecord&) -> core::Result<Events> {
        return Events{portal ? consent::SignInPortal(ctx.actor.user_id, ctx.now)
                             : consent::SignOnPaper(ctx.actor.user_id, ctx.now, *in.signed_on)};
      });
}

core::Result<std::vector<ConsentEventView>> AgrService::ConsentHistory(const RequestContext& ctx,
                                                                       core::RevalidantId id) {
  Impl& m = *impl_;
  WP_RETURN_IF_ERROR(
      CheckConsentAccess(m.db, ctx, id, ConsentNeed::kRead, audit::Action::kRead));
  WP_ASSIGN_OR_RETURN(auto out,
                      m.db.Read([&](store::Tx& tx) -> core::Result<std::vector<ConsentEventView>> {
                        WP_ASSIGN_OR_RETURN(consent::ConsentRecord record,
                                            tx.agr().GetConsent(id));
                        Names names(tx);
                        std::vector<ConsentEventView> list;
                        int seq = 0;
                        for (auto& e : record.events) {
                          UserRef by = names.Of(e.by);
                          list.push_back({++seq, std::move(e), std::move(by)});
                        }
                        return list;
                      }));
  audit::AuditEvent e = EventFor(ctx, audit::Action::kRead, "consent", ConsentObject(id), id);
  e.detail = "history";
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  return out;
}

core::Result<consent::PolicyDecision> AgrService::MayShare(const RequestContext& ctx,
                                                           core::RevalidantId id,
                                                           consent::InfoKind kind,
                                                           const std::string& party) {
  Impl& m = *impl_;
  if (!IsAgrStaff(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kShare, "consent", ConsentObject(id), id);
  }
  WP_RETURN_IF_ERROR(CheckRevalidantAccess(m.db, ctx, id, false, audit::Action::kShare,
                                           "consent", ConsentObject(id)));
  WP_RETURN_IF_ERROR(CheckParty(party));
  WP_ASSIGN_OR_RETURN(consent::ConsentRecord record,
                      m.db.Read([&](store::Tx& tx) { return tx.agr().GetConsent(id); }));
  consent::PolicyDecision d = consent::MayShare(record, kind, party, ctx.now);
  // NEN 7513: every sharing decision is logged with the consent that allowed or refused it.
  audit::AuditEvent e = EventFor(ctx, audit::Action::kShare, "consent", ConsentObject(id), id,
                                 d.allowed ? audit::Outcome::kSuccess : audit::Outcome::kDenied);
  e.detail = fmt::format("kind={};party={};reason={}", consent::ToCode(kind), party,
                         consent::ToCode(d.reason));
  if (d.allowed_since) e.detail += ";since=" + std::to_string(core::ToMillis(*d.allowed_since));
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  return d;
}

}  // namespace werkpad::service
