#pragma once

// Internal to domain/consent: replays a consent record into its state at a moment. Shared by
// consent.cpp (Append checks, CurrentConsent) and policy.cpp (MayShare).

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/consent/consent.hpp"

namespace werkpad::domain::consent::internal {

struct Cell {
  CellStatus status = CellStatus::kUnset;
  core::UserId by;
  core::Instant at{};
};

struct Replay {
  std::vector<std::string> parties;
  std::map<std::pair<std::string, InfoKind>, Cell> cells;
  std::optional<ConsentEvent> last_signature;

  bool HasParty(const std::string& party) const;
  const Cell* Find(const std::string& party, InfoKind kind) const;
  CellStatus StatusOf(const std::string& party, InfoKind kind) const;
};

// State after every event with at <= until (all events when `until` is nullopt).
// REQUIRES: the events passed Append (in time order, consistent).
Replay ReplayUntil(const ConsentRecord& record, std::optional<core::Instant> until);

}  // namespace werkpad::domain::consent::internal
