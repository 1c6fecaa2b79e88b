#pragma once

#include <boost/json/serializer.hpp>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "core/ids.hpp"

namespace werkpad::core {

// `d` as JSON: the shortest round-trip digits in fixed notation (1550, 48.33; Boost.JSON 1.81
// alone writes "4.833E1"), the general form when that is too long, null when not finite.
void AppendJsonDouble(double d, std::string& out);
// Appends everything `sr` (reset to a value, key or string) still has to write.
void AppendSerialized(boost::json::serializer& sr, std::string& out);

// Writes JSON text directly, without a document in between, for the hottest paths (the
// revalidant's answer, the log lines): strings escaped as Boost.JSON's serializer does it (it
// does the escaping where one is needed), doubles as plain decimals (AppendJsonDouble), as
// http::json::Serialize writes them. Objects only need BeginObject/EndObject and Key before each
// value; commas are placed here. Keys are not checked for duplicates.
class JsonText {
 public:
  // `capacity`: the expected length of the text.
  explicit JsonText(std::size_t capacity = 256) { out_.reserve(capacity); }
  JsonText& BeginObject();
  JsonText& EndObject();
  JsonText& Key(std::string_view key);
  JsonText& String(std::string_view value);
  JsonText& Int(std::int64_t value);
  JsonText& Double(double value);
  JsonText& Null();
  JsonText& Bool(bool value);
  template <class Tag>
  JsonText& IdOrNull(core::Id<Tag> id) {
    return id.valid() ? Int(id.value) : Null();
  }
  std::string Take() { return std::move(out_); }

 private:
  void Separate();
  void Quoted(std::string_view s);
  std::string out_;
  boost::json::serializer sr_;
  bool first_ = true;  // no value yet in the innermost object
};

}  // namespace werkpad::core
