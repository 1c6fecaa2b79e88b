#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace werkpad::service {

// Minimum and maximum password lengths (bytes of UTF-8). Source: docs/api.md (>= 12).
inline constexpr std::size_t kMinPasswordLength = 12;
inline constexpr std::size_t kMaxPasswordLength = 256;

enum class PasswordCost {
  kInteractive,  // libsodium INTERACTIVE: ~84 ms, 64 MiB per hash (production)
  kMinimal,      // libsodium MIN limits: for tests only
};

struct PasswordHasherOptions {
  PasswordCost cost = PasswordCost::kInteractive;
  // At most this many hashes/verifications run at once (each takes 64 MiB); others wait.
  int max_concurrent = 2;
};

// Argon2id password hashing via libsodium crypto_pwhash_str. Thread-safe.
// Copies share one concurrency limit: give every service of a process a copy of the same
// hasher (AuthService::hasher()) so that at most `max_concurrent` hashes run process-wide.
class PasswordHasher {
 public:
  explicit PasswordHasher(PasswordHasherOptions options = {});
  ~PasswordHasher();
  PasswordHasher(const PasswordHasher&) = default;
  PasswordHasher& operator=(const PasswordHasher&) = default;
  // The encoded hash ("$argon2id$v=19$..."). Errors: kInternal (out of memory).
  core::Result<std::string> Hash(std::string_view password) const;
  // True when `password` matches `encoded`. A malformed hash is simply false.
  bool Verify(std::string_view encoded, std::string_view password) const;

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

// A random password of 16 characters from an unambiguous alphabet (for initial and temporary
// passwords).
std::string GeneratePassword();

}  // namespace werkpad::service
