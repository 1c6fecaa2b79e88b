#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"

namespace werkpad::service {

// RFC 6238 TOTP (SHA-1, 6 digits, 30 s steps) via liboath. Pure functions; thread-safe.
// Exposed so that tests (unit, api, process) can compute codes for an enrolled secret.

inline constexpr int kTotpStepSeconds = 30;

// A new random 160-bit secret, base32 (32 characters, no padding).
std::string NewTotpSecret();

// The time step of `at` (Unix seconds / 30).
std::int64_t TotpStep(core::Instant at);

// The 6-digit code for `base32_secret` at `at`. Empty when the secret is not valid base32.
std::string TotpCode(std::string_view base32_secret, core::Instant at);

// The step whose code equals `code` within ±`window` steps of `now`, or nullopt.
// Codes must be exactly 6 digits (spaces are stripped).
std::optional<std::int64_t> MatchTotp(std::string_view base32_secret, std::string_view code,
                                      core::Instant now, int window = 1);

// otpauth://totp/<issuer>:<account>?secret=<secret>&issuer=<issuer>&algorithm=SHA1&digits=6&period=30
std::string OtpauthUri(std::string_view issuer, std::string_view account,
                       std::string_view base32_secret);

// An SVG (black modules on white, 4-module quiet zone) of the QR code of `text`
// (libqrencode, error correction M). Empty on failure.
std::string QrSvg(std::string_view text);

}  // namespace werkpad::service
