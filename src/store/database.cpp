#include "store/database.hpp"

namespace werkpad::store {
namespace {
thread_local WriteDeferral* t_current_deferral = nullptr;
}  // namespace

core::Status Database::WriteOrDefer(Unit fn) {
  if (WriteDeferral* d = WriteDeferral::Current()) {
    d->Submit(*this, std::move(fn));
    return core::Ok();
  }
  return WriteUnit(fn);
}

WriteDeferral::Scope::Scope(WriteDeferral& deferral) : previous_(t_current_deferral) {
  t_current_deferral = &deferral;
}

WriteDeferral::Scope::~Scope() { t_current_deferral = previous_; }

WriteDeferral* WriteDeferral::Current() { return t_current_deferral; }

void WriteDeferral::Submit(Database& db, Database::Unit fn) {
  {
    std::lock_guard lock(mu_);
    ++outstanding_;
    ++submitted_;
  }
  db.WriteUnitAsync(std::move(fn),
                    [self = shared_from_this()](core::Status s) { self->Complete(std::move(s)); });
}

void WriteDeferral::Seal(Database::Completion done) {
  {
    std::lock_guard lock(mu_);
    done_ = std::move(done);
  }
  Complete(core::Ok());
}

int WriteDeferral::submitted() const {
  std::lock_guard lock(mu_);
  return submitted_;
}

void WriteDeferral::Complete(core::Status s) {
  Database::Completion done;
  core::Status result = core::Ok();
  {
    std::lock_guard lock(mu_);
    if (!s.ok() && status_.ok()) status_ = std::move(s);
    if (--outstanding_ > 0) return;
    done = std::move(done_);
    result = std::move(status_);
  }
  // Outside the lock: `done` may release the last reference to this object.
  if (done) done(std::move(result));
}

}  // namespace werkpad::store
