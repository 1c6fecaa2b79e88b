#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace werkpad::core {

// Thin wrappers over libsodium. All functions are thread-safe.

using Sha256Digest = std::array<std::uint8_t, 32>;

Sha256Digest Sha256(std::string_view data);
std::string Sha256Hex(std::string_view data);
std::string ToHex(std::string_view bytes);

// `n` bytes from the operating system's CSPRNG.
std::string RandomBytes(std::size_t n);

// URL-safe base64 without padding (for tokens in cookies and headers).
std::string Base64Url(std::string_view bytes);

// Standard base64 with padding (RFC 4648 §4), e.g. for binary content kept in text columns.
std::string Base64(std::string_view bytes);
// nullopt unless `text` is entirely valid standard base64.
std::optional<std::string> FromBase64(std::string_view text);

// Constant-time comparison of two strings of possibly different length.
bool ConstantTimeEqual(std::string_view a, std::string_view b);

}  // namespace werkpad::core
