#include "store/sessions.hpp"

namespace werkpad::store {

std::string_view ToCode(SessionState s) {
  switch (s) {
    case SessionState::kActive: return "active";
    case SessionState::kTotpRequired: return "totp_required";
    case SessionState::kTotpEnrolmentRequired: return "totp_enrolment_required";
  }
  return "active";
}

std::optional<SessionState> ParseSessionState(std::string_view code) {
  for (auto s : {SessionState::kActive, SessionState::kTotpRequired,
                 SessionState::kTotpEnrolmentRequired}) {
    if (ToCode(s) == code) return s;
  }
  return std::nullopt;
}

}  // namespace werkpad::store
