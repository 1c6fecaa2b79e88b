#include "domain/partners/partners.hpp"

#include <algorithm>

namespace werkpad::domain::partners {

namespace {

using agr::Step;

constexpr std::array<Kind, 10> kKinds = {
    Kind::kHuisarts,
    Kind::kMedischSpecialist,
    Kind::kJobcoach,
    Kind::kUwvVerzekeringsarts,
    Kind::kUwvArbeidsdeskundige,
    Kind::kGemeente,
    Kind::kPrivateVerzekeraar,
    Kind::kReintegratiebureau,
    Kind::kCollega,
    Kind::kOverig,
};

constexpr std::array<Step, kPhaseCount> kPhases = {Step::kIntakeArts,   Step::kIntakeRic,
                                                   Step::kWerkbezoek,   Step::kTerugkoppeling,
                                                   Step::kWerktraining, Step::kAfronding};

constexpr Role B = Role::kBackground;
constexpr Role A = Role::kActive;
constexpr Role R = Role::kRecommended;
constexpr Role N = Role::kNotInvolved;

using Row = std::array<Role, kPhaseCount>;

// Defaults per kind, phases in Phases() order:
//           intake_arts intake_ric werkbezoek terugkoppeling werktraining afronding
// The handbook's schema (ch. 5) is drawn per care phase (acute, revalidatie, re-integratie,
// stabilisatie); the AGR route lies inside the revalidatiefase and its afronding is where that
// phase ends, with the handover moments "5" (huisarts, team, RIC, werkgever, bedrijfsarts,
// jobcoach), "6" (bedrijfsarts with the UWV verzekeringsarts), "7" (RIC with the gemeente) and
// "8" (team and RIC with the private insurer) (ch. 5, text below the schema).
Row DefaultRow(Kind k) {
  switch (k) {
    // Huisarts: "op de achtergrond aanwezig, indien nodig te consulteren" during rehabilitation;
    // party to handover 5 at the end of the revalidatiefase.
    case Kind::kHuisarts:
      return {B, B, B, B, B, A};
    // Medisch specialist (hospital): actor of the acute phase; in the background afterwards.
    case Kind::kMedischSpecialist:
      return {B, B, B, B, B, B};
    // Jobcoach: "Idealiter vindt naar de jobcoach een overdracht plaats van de bevindingen vanuit
    // de revalidatie" (ch. 5, Overige netwerkpartners); recommended once work training runs,
    // party to handover 5 at the end.
    case Kind::kJobcoach:
      return {N, N, N, N, R, A};
    // UWV verzekeringsarts: background; at the end handover 6 with the bedrijfsarts.
    case Kind::kUwvVerzekeringsarts:
      return {B, B, B, B, B, R};
    // UWV arbeidsdeskundige: guides the search for work under WGA, WAO, WAZ, Wajong, WW, ZW
    // (ch. 5 "UWV, gemeente of verzekering"): recommended at the handover.
    case Kind::kUwvArbeidsdeskundige:
      return {B, B, B, B, B, R};
    // Gemeente (Participatiewet, IOAZ, IOAW, Bbz, Anw; WMO dagbesteding): handover 7 RIC-gemeente.
    case Kind::kGemeente:
      return {B, B, B, B, B, A};
    // Private disability insurer of the self-employed: handover 8 with team and RIC.
    case Kind::kPrivateVerzekeraar:
      return {B, B, B, B, B, A};
    // Re-integratiebureau: "een instelling waar jobcoaches en re-integratietrajecten (2e spoor en
    // dergelijke) ingehuurd kunnen worden" (ch. 2, Netwerkpartners): from the work training on.
    case Kind::kReintegratiebureau:
      return {N, N, N, N, B, R};
    // Colleagues: "Het wordt daarom sterk aangeraden de collega's bij het proces te betrekken"
    // (ch. 5, Collega's; a fixed colleague as buddy); the employer visit is where they come in.
    case Kind::kCollega:
      return {N, N, B, B, R, R};
    // Any other partner: the team decides.
    case Kind::kOverig:
      return {N, N, N, N, N, N};
  }
  return {N, N, N, N, N, N};
}

}  // namespace

std::string_view ToCode(Kind k) {
  switch (k) {
    case Kind::kHuisarts:
      return "huisarts";
    case Kind::kMedischSpecialist:
      return "medisch_specialist";
    case Kind::kJobcoach:
      return "jobcoach";
    case Kind::kUwvVerzekeringsarts:
      return "uwv_verzekeringsarts";
    case Kind::kUwvArbeidsdeskundige:
      return "uwv_arbeidsdeskundige";
    case Kind::kGemeente:
      return "gemeente";
    case Kind::kPrivateVerzekeraar:
      return "private_verzekeraar";
    case Kind::kReintegratiebureau:
      return "reintegratiebureau";
    case Kind::kCollega:
      return "collega";
    case Kind::kOverig:
      return "overig";
  }
  return "overig";
}

std::optional<Kind> ParseKind(std::string_view code) {
  for (Kind k : kKinds) {
    if (ToCode(k) == code) return k;
  }
  return std::nullopt;
}

std::span<const Kind> AllKinds() { return kKinds; }

std::string_view ToCode(Role r) {
  switch (r) {
    case Role::kBackground:
      return "background";
    case Role::kActive:
      return "active";
    case Role::kRecommended:
      return "recommended";
    case Role::kNotInvolved:
      return "not_involved";
  }
  return "not_involved";
}

std::optional<Role> ParseRole(std::string_view code) {
  for (Role r : {Role::kBackground, Role::kActive, Role::kRecommended, Role::kNotInvolved}) {
    if (ToCode(r) == code) return r;
  }
  return std::nullopt;
}

std::span<const Step> Phases() { return kPhases; }

std::optional<std::size_t> PhaseIndex(Step step) {
  auto it = std::find(kPhases.begin(), kPhases.end(), step);
  if (it == kPhases.end()) return std::nullopt;
  return static_cast<std::size_t>(it - kPhases.begin());
}

Role DefaultRole(Kind kind, Step phase) {
  auto i = PhaseIndex(phase);
  if (!i) return Role::kNotInvolved;
  return DefaultRow(kind)[*i];
}

std::array<PhaseRole, kPhaseCount> EffectiveRoles(Kind kind,
                                                  std::span<const RoleOverride> overrides) {
  std::array<PhaseRole, kPhaseCount> out;
  const Row row = DefaultRow(kind);
  for (std::size_t i = 0; i < kPhaseCount; ++i) out[i] = {kPhases[i], row[i], true};
  for (const auto& o : overrides) {
    auto i = PhaseIndex(o.phase);
    if (!i) continue;
    out[*i].role = o.role;
    out[*i].is_default = o.role == row[*i];
  }
  return out;
}

core::Result<std::vector<RoleOverride>> NormaliseOverrides(
    Kind kind, std::span<const RoleOverride> overrides) {
  std::vector<core::FieldError> errors;
  for (std::size_t i = 0; i < overrides.size(); ++i) {
    if (!PhaseIndex(overrides[i].phase)) {
      errors.push_back({"roles[" + std::to_string(i) + "].phase", "invalid_value",
                        "one of the six working steps of the AGR route"});
    }
  }
  if (!errors.empty()) return core::Error::Invalid("invalid phase", std::move(errors));
  std::vector<RoleOverride> out;
  for (const auto& r : EffectiveRoles(kind, overrides)) {
    if (!r.is_default) out.push_back({r.phase, r.role});
  }
  return out;
}

std::string EncodeOverrides(std::span<const RoleOverride> overrides) {
  std::string out;
  for (const auto& o : overrides) {
    if (!out.empty()) out += ",";
    out += agr::ToCode(o.phase);
    out += "=";
    out += ToCode(o.role);
  }
  return out;
}

std::optional<std::vector<RoleOverride>> DecodeOverrides(std::string_view text) {
  std::vector<RoleOverride> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string_view::npos) comma = text.size();
    std::string_view item = text.substr(start, comma - start);
    std::size_t eq = item.find('=');
    if (eq == std::string_view::npos) return std::nullopt;
    auto phase = agr::ParseStep(item.substr(0, eq));
    auto role = ParseRole(item.substr(eq + 1));
    if (!phase || !role || !PhaseIndex(*phase)) return std::nullopt;
    out.push_back({*phase, *role});
    start = comma + 1;
  }
  return out;
}

Step CurrentPhase(const agr::Trajectory& t) {
  if (PhaseIndex(t.step)) return t.step;
  if (t.step == Step::kAfgerond) return Step::kAfronding;
  // Stopped: the step it stopped in (the last decision's origin).
  if (const agr::Decision* d = agr::LastDecision(t); d != nullptr && PhaseIndex(d->from)) {
    return d->from;
  }
  return Step::kIntakeArts;
}

bool IsFixedParty(std::string_view code) {
  return std::find(kFixedParties.begin(), kFixedParties.end(), code) != kFixedParties.end();
}

namespace {

void CheckEndpoint(const Endpoint& e, const std::string& path,
                   std::vector<core::FieldError>& errors) {
  const bool has_partner = e.partner_id > 0;
  const bool has_party = !e.party.empty();
  if (!has_partner && !has_party) {
    errors.push_back({path, "required", "a partner_id or a party"});
  } else if (has_partner && has_party) {
    errors.push_back({path, "ambiguous", "either a partner_id or a party, not both"});
  } else if (has_party && !IsFixedParty(e.party)) {
    errors.push_back({path + ".party", "invalid_party",
                      "revalidatieteam, ric, werkgever, bedrijfsarts or revalidant"});
  }
}

}  // namespace

core::Status ValidateMoment(const MomentInput& in, core::Date today) {
  std::vector<core::FieldError> errors;
  CheckEndpoint(in.from, "from", errors);
  CheckEndpoint(in.to, "to", errors);
  if (errors.empty() && in.from == in.to) {
    errors.push_back({"to", "same_as_from", "a handover is between two different partners"});
  }
  if (!PhaseIndex(in.phase)) {
    errors.push_back({"phase", "invalid_value", "one of the six working steps of the AGR route"});
  }
  if (!in.planned_on && !in.done_on) {
    errors.push_back({"planned_on", "required", "a planned date, or the date it was done"});
  }
  if (in.done_on && *in.done_on > today) {
    errors.push_back({"done_on", "in_future", "may not lie in the future"});
  }
  if (in.note.size() > kMaxNoteLength) {
    errors.push_back({"note", "too_long", "at most 2000 characters"});
  }
  if (!errors.empty())
    return core::Error::Invalid("the handover moment has invalid fields", errors);
  return core::Ok();
}

std::string_view HandoverTaskKey(std::string_view party) {
  if (party == "werkgever") return "overdracht_werkgever";
  if (party == "bedrijfsarts") return "overdracht_bedrijfsarts";
  return "overdracht_ketenpartners";
}

std::vector<ExpectedHandover> ExpectedHandovers(const agr::Trajectory& t) {
  std::vector<ExpectedHandover> out;
  if (agr::MayContactWerkgever(t)) {
    out.push_back({"werkgever", HandoverTaskKey("werkgever"), true});
  }
  if (agr::MayContactBedrijfsarts(t)) {
    out.push_back({"bedrijfsarts", HandoverTaskKey("bedrijfsarts"), true});
  }
  out.push_back({"ketenpartners", HandoverTaskKey("ketenpartners"), false});
  return out;
}

bool HandoverAllowedIn(Step step) {
  return step == Step::kWerktraining || step == Step::kAfronding;
}

}  // namespace werkpad::domain::partners
