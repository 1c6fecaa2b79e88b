#pragma once

#include <memory>
#include <optional>
#include <utility>

#include "core/error.hpp"
#include "core/result.hpp"

namespace werkpad::service {

// The result of a read or change that is done together with its audit entries in one write
// unit (see internal::InWriteUnit): inside a request whose answer may wait (a
// store::WriteDeferral is installed: an HTTP GET, or a route that runs on the I/O thread such as
// PUT /revalidanten/{id}) the unit is queued for the database writer and the result exists
// only once the request's deferred writes have completed; elsewhere it is there on return.
// Copies share the one result. Take() it once, after completion (the HTTP layer does so when it
// builds the late answer: http::Response::deferred).
template <class T>
class Pending {
 public:
  using Slot = std::optional<core::Result<T>>;

  explicit Pending(std::shared_ptr<Slot> slot) : slot_(std::move(slot)) {}
  static Pending Done(core::Result<T> result) {
    return Pending(std::make_shared<Slot>(std::move(result)));
  }

  // The result. When the unit never delivered one (its batch failed: the deferral carries that
  // error and the answer is the error instead), kInternal.
  core::Result<T> Take() {
    if (!slot_ || !slot_->has_value()) return core::Error::Internal("read result missing");
    core::Result<T> out = std::move(**slot_);
    slot_->reset();
    return out;
  }

 private:
  std::shared_ptr<Slot> slot_;
};

}  // namespace werkpad::service
