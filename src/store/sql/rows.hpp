#pragma once

#include <soci/soci.h>

#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/result.hpp"

namespace werkpad::store::sql {

// Reading whole records through a row struct: `Row` has `void Bind(soci::statement&)` (the
// `into` elements, in the column order of the query) and `Record()`, which returns the record
// or a core::Result of it (when a stored value can be malformed).
namespace rows_detail {
template <class T>
struct Unwrap {
  using type = T;
};
template <class T>
struct Unwrap<core::Result<T>> {
  using type = T;
};
}  // namespace rows_detail

template <class Row>
using RecordOf = typename rows_detail::Unwrap<decltype(std::declval<const Row&>().Record())>::type;

// Runs `sql` with `uses` bound to its placeholders in order, and collects every row as
// Row::Record(); the first malformed record's error instead, if any.
template <class Row, class... Uses>
core::Result<std::vector<RecordOf<Row>>> CollectRows(soci::session& s, const std::string& sql,
                                                     Uses&... uses) {
  Row row;
  soci::statement st(s);
  row.Bind(st);
  (st.exchange(soci::use(uses)), ...);
  st.alloc();
  st.prepare(sql);
  st.define_and_bind();
  st.execute();
  std::vector<RecordOf<Row>> out;
  while (st.fetch()) {
    WP_ASSIGN_OR_RETURN(RecordOf<Row> rec, core::Result<RecordOf<Row>>(row.Record()));
    out.push_back(std::move(rec));
  }
  return out;
}

// The one row `sql` selects (by a unique key), or kNotFound with `not_found` as the message.
template <class Row, class... Uses>
core::Result<RecordOf<Row>> CollectOne(soci::session& s, const std::string& sql,
                                       const char* not_found, Uses&... uses) {
  WP_ASSIGN_OR_RETURN(auto rows, CollectRows<Row>(s, sql, uses...));
  if (rows.empty()) return core::Error::NotFound(not_found);
  return std::move(rows.front());
}

}  // namespace werkpad::store::sql
