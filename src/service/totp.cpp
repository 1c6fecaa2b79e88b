#include "service/totp.hpp"

#include <liboath/oath.h>
#include <qrencode.h>

#include <cctype>
#include <cstdlib>
#include <memory>
#include <mutex>

#include <fmt/format.h>

#include "core/crypto.hpp"

namespace werkpad::service {
namespace {

void EnsureOathInit() {
  static std::once_flag once;
  std::call_once(once, [] { (void)oath_init(); });
}

std::optional<std::string> DecodeBase32(std::string_view base32) {
  EnsureOathInit();
  if (base32.empty()) return std::nullopt;
  char* out = nullptr;
  std::size_t len = 0;
  if (oath_base32_decode(base32.data(), base32.size(), &out, &len) != OATH_OK) {
    return std::nullopt;
  }
  std::string bytes(out, len);
  std::free(out);
  return bytes;
}

std::string CodeAtStep(const std::string& key, std::int64_t step) {
  char otp[16] = {};
  if (oath_totp_generate(key.data(), key.size(), static_cast<time_t>(step * kTotpStepSeconds),
                         kTotpStepSeconds, 0, 6, otp) != OATH_OK) {
    return {};
  }
  return std::string(otp);
}

std::string UriEncode(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

}  // namespace

std::string NewTotpSecret() {
  EnsureOathInit();
  std::string raw = core::RandomBytes(20);
  char* out = nullptr;
  std::size_t len = 0;
  if (oath_base32_encode(raw.data(), raw.size(), &out, &len) != OATH_OK) return {};
  std::string s(out, len);
  std::free(out);
  while (!s.empty() && s.back() == '=') s.pop_back();
  return s;
}

std::int64_t TotpStep(core::Instant at) { return core::ToMillis(at) / 1000 / kTotpStepSeconds; }

std::string TotpCode(std::string_view base32_secret, core::Instant at) {
  auto key = DecodeBase32(base32_secret);
  if (!key) return {};
  return CodeAtStep(*key, TotpStep(at));
}

std::optional<std::int64_t> MatchTotp(std::string_view base32_secret, std::string_view code,
                                      core::Instant now, int window) {
  std::string digits;
  for (char c : code) {
    if (c == ' ') continue;
    if (c < '0' || c > '9') return std::nullopt;
    digits.push_back(c);
  }
  if (digits.size() != 6) return std::nullopt;
  auto key = DecodeBase32(base32_secret);
  if (!key) return std::nullopt;
  const std::int64_t current = TotpStep(now);
  std::optional<std::int64_t> match;
  // Check every step of the window (no early exit) so timing does not reveal which matched.
  for (std::int64_t step = current - window; step <= current + window; ++step) {
    std::string expected = CodeAtStep(*key, step);
    if (!expected.empty() && core::ConstantTimeEqual(expected, digits) && !match) match = step;
  }
  return match;
}

std::string OtpauthUri(std::string_view issuer, std::string_view account,
                       std::string_view base32_secret) {
  return fmt::format("otpauth://totp/{}:{}?secret={}&issuer={}&algorithm=SHA1&digits=6&period={}",
                     UriEncode(issuer), UriEncode(account), base32_secret, UriEncode(issuer),
                     kTotpStepSeconds);
}

std::string QrSvg(std::string_view text) {
  std::string input(text);
  std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(
      QRcode_encodeString(input.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
  if (!qr) return {};
  const int quiet = 4;
  const int size = qr->width + 2 * quiet;
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {0}\" "
      "shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QR code\">"
      "<rect width=\"{0}\" height=\"{0}\" fill=\"#fff\"/><path fill=\"#000\" d=\"",
      size);
  for (int y = 0; y < qr->width; ++y) {
    for (int x = 0; x < qr->width; ++x) {
      if (qr->data[y * qr->width + x] & 1) {
        svg += fmt::format("M{} {}h1v1h-1z", x + quiet, y + quiet);
      }
    }
  }
  svg += "\"/></svg>";
  return svg;
}

}  // namespace werkpad::service
