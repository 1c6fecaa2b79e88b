#pragma once

#include <cstdint>
#include <ctime>
#include <string>

namespace werkpad::api_test {

// RFC 6238 code (SHA-1, 6 digits, 30 s) for a base32 secret at Unix time `t`, computed with
// liboath independently of the code under test. Empty on a bad secret.
std::string TotpCodeAt(const std::string& base32_secret, std::time_t t);

inline std::int64_t CurrentStep() { return static_cast<std::int64_t>(std::time(nullptr)) / 30; }

}  // namespace werkpad::api_test
