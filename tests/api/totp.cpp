#include "api/totp.hpp"

#include <liboath/oath.h>

#include <cstdlib>

namespace werkpad::api_test {

std::string TotpCodeAt(const std::string& base32_secret, std::time_t t) {
  static const int init = oath_init();
  (void)init;
  char* secret = nullptr;
  size_t length = 0;
  if (oath_base32_decode(base32_secret.c_str(), base32_secret.size(), &secret, &length) != OATH_OK) {
    return "";
  }
  char otp[8] = {};
  int rc = oath_totp_generate(secret, length, t, 30, 0, 6, otp);
  std::free(secret);
  return rc == OATH_OK ? std::string(otp) : std::string();
}

}  // namespace werkpad::api_test
