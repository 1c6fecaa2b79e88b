#include "domain/consent/replay.hpp"

#include <algorithm>

namespace werkpad::domain::consent::internal {

bool Replay::HasParty(const std::string& party) const {
  return std::find(parties.begin(), parties.end(), party) != parties.end();
}

const Cell* Replay::Find(const std::string& party, InfoKind kind) const {
  auto it = cells.find({party, kind});
  return it == cells.end() ? nullptr : &it->second;
}

CellStatus Replay::StatusOf(const std::string& party, InfoKind kind) const {
  const Cell* c = Find(party, kind);
  return c == nullptr ? CellStatus::kUnset : c->status;
}

Replay ReplayUntil(const ConsentRecord& record, std::optional<core::Instant> until) {
  Replay r;
  for (std::string_view p : DefaultParties()) r.parties.emplace_back(p);
  for (const ConsentEvent& e : record.events) {
    if (until && e.at > *until) break;  // events are in time order
    switch (e.type) {
      case ConsentEventType::kPartyAdded:
        if (!r.HasParty(e.party)) r.parties.push_back(e.party);
        break;
      case ConsentEventType::kPartyRemoved:
        r.parties.erase(std::remove(r.parties.begin(), r.parties.end(), e.party), r.parties.end());
        for (auto it = r.cells.begin(); it != r.cells.end();) {
          it = it->first.first == e.party ? r.cells.erase(it) : std::next(it);
        }
        break;
      case ConsentEventType::kCellRecorded:
        if (e.kind) {
          r.cells[{e.party, *e.kind}] =
              Cell{e.granted ? CellStatus::kGranted : CellStatus::kRefused, e.by, e.at};
        }
        break;
      case ConsentEventType::kCellWithdrawn:
        if (e.kind) r.cells[{e.party, *e.kind}] = Cell{CellStatus::kWithdrawn, e.by, e.at};
        break;
      case ConsentEventType::kSigned:
        r.last_signature = e;
        break;
    }
  }
  return r;
}

}  // namespace werkpad::domain::consent::internal
