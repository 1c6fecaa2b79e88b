#include "service/password.hpp"

#include <sodium.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>

#include "core/crypto.hpp"
#include "core/log.hpp"

namespace werkpad::service {

struct PasswordHasher::Impl {
  PasswordHasherOptions options;
  std::mutex mu;
  std::condition_variable cv;
  int running = 0;

  unsigned long long ops() const {
    return options.cost == PasswordCost::kMinimal ? crypto_pwhash_OPSLIMIT_MIN
                                                  : crypto_pwhash_OPSLIMIT_INTERACTIVE;
  }
  std::size_t mem() const {
    return options.cost == PasswordCost::kMinimal ? crypto_pwhash_MEMLIMIT_MIN
                                                  : crypto_pwhash_MEMLIMIT_INTERACTIVE;
  }

  // Counting semaphore with a run-time limit: each hash takes 64 MiB, so only a few at once.
  class Slot {
   public:
    explicit Slot(Impl& impl) : impl_(impl) {
      std::unique_lock lock(impl_.mu);
      impl_.cv.wait(lock,
                    [&] { return impl_.running < std::max(1, impl_.options.max_concurrent); });
      ++impl_.running;
    }
    ~Slot() {
      {
        std::lock_guard lock(impl_.mu);
        --impl_.running;
      }
      impl_.cv.notify_one();
    }
    Slot(const Slot&) = delete;
    Slot& operator=(const Slot&) = delete;

   private:
    Impl& impl_;
  };
};

PasswordHasher::PasswordHasher(PasswordHasherOptions options) : impl_(std::make_shared<Impl>()) {
  impl_->options = options;
  if (sodium_init() < 0) core::log::Error("sodium_init_failed");
}

PasswordHasher::~PasswordHasher() = default;

core::Result<std::string> PasswordHasher::Hash(std::string_view password) const {
  char out[crypto_pwhash_STRBYTES];
  Impl::Slot slot(*impl_);
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), impl_->ops(), impl_->mem(),
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return core::Error::Internal("password hashing failed (out of memory)");
  }
  return std::string(out);
}

bool PasswordHasher::Verify(std::string_view encoded, std::string_view password) const {
  if (encoded.empty() || encoded.size() >= crypto_pwhash_STRBYTES) return false;
  std::string copy(encoded);  // NUL-terminated
  Impl::Slot slot(*impl_);
  return crypto_pwhash_str_verify(copy.c_str(), password.data(), password.size()) == 0;
}

std::string GeneratePassword() {
  // No 0/O, 1/l/I: the admin reads it out or types it over.
  static constexpr std::string_view kAlphabet =
      "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  std::string out;
  while (out.size() < 16) {
    std::string bytes = core::RandomBytes(32);
    for (unsigned char b : bytes) {
      // Rejection sampling keeps the distribution uniform.
      if (b >= 256 - (256 % kAlphabet.size())) continue;
      out.push_back(kAlphabet[b % kAlphabet.size()]);
      if (out.size() == 16) break;
    }
  }
  return out;
}

}  // namespace werkpad::service
