#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "store/revalidanten.hpp"

namespace werkpad::store::sql {

// Revalidant records as read on the writer's connection of a SQLite file, kept between batches:
// every audited read and every update of a record is one unit on the writer, and without this
// each of them read and converted the record's row again (a fifth of the writer's time under the
// read and update benchmarks, docs/performance.md runs U). Only the writer's thread uses it.
//
// It is never stale, by four rules that SqlDatabase keeps:
//  - every row change the writer's connection makes to revalidant, team or app_user (the tables
//    a record is read from) reaches Changed() through sqlite3_update_hook while the statement
//    runs: a revalidant row's record is dropped, a team or user change drops all;
//  - a unit or batch that rolls back drops all (a record read after an uncommitted change in
//    the same transaction must not outlive that change);
//  - a commit by any other connection (another process, `werkpad user ...`) moves SQLite's
//    data_version, which every batch reads once it holds the write lock: drops all;
//  - a reconnect drops all.
// PostgreSQL databases have no such cache (other processes commit without a trace here).
class RevalidantCache {
 public:
  static constexpr std::size_t kMaxRecords = 10000;

  const RevalidantDetail* Find(std::int64_t id) const {
    auto it = records_.find(id);
    return it == records_.end() ? nullptr : &it->second;
  }
  void Put(std::int64_t id, RevalidantDetail detail) {
    if (records_.size() >= kMaxRecords) records_.clear();
    records_.insert_or_assign(id, std::move(detail));
  }
  // A row of `table` changed (sqlite3_update_hook).
  void Changed(std::string_view table, std::int64_t rowid) {
    if (table == "revalidant") {
      records_.erase(rowid);
    } else if (table == "team" || table == "app_user") {
      records_.clear();
    }
  }
  void Clear() { records_.clear(); }
  std::size_t size() const { return records_.size(); }

 private:
  std::unordered_map<std::int64_t, RevalidantDetail> records_;
};

}  // namespace werkpad::store::sql
