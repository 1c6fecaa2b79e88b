#include "core/json_text.hpp"

#include <charconv>
#include <cmath>

namespace werkpad::core {

void AppendJsonDouble(double d, std::string& out) {
  if (!std::isfinite(d)) {
    out += "null";
    return;
  }
  char buf[128];
  auto fixed = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed);
  if (fixed.ec != std::errc()) fixed = std::to_chars(buf, buf + sizeof buf, d);
  out.append(buf, fixed.ptr);
}

// One serializer serves a whole answer: constructing one per key and value cost a tenth of the
// HTTP I/O thread's time per read (docs/performance.md, runs T).
void AppendSerialized(boost::json::serializer& sr, std::string& out) {
  char buf[256];
  while (!sr.done()) {
    boost::json::string_view part = sr.read(buf, sizeof buf);
    out.append(part.data(), part.size());
  }
}

void JsonText::Separate() {
  if (!first_) out_ += ',';
  first_ = false;
}

JsonText& JsonText::BeginObject() {
  Separate();
  out_ += '{';
  first_ = true;
  return *this;
}

JsonText& JsonText::EndObject() {
  out_ += '}';
  first_ = false;  // the object itself was a value
  return *this;
}

void JsonText::Quoted(std::string_view s) {
  // Most keys and values need no escaping (no quote, backslash or control character): copy them
  // as they are, as Boost.JSON would (it passes other bytes, UTF-8 included, through); the rest
  // go through its serializer.
  bool plain = true;
  for (char c : s) {
    if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) {
      plain = false;
      break;
    }
  }
  if (plain) {
    out_ += '"';
    out_ += s;
    out_ += '"';
    return;
  }
  sr_.reset(s);
  AppendSerialized(sr_, out_);
}

JsonText& JsonText::Key(std::string_view key) {
  Separate();
  Quoted(key);
  out_ += ':';
  first_ = true;  // the value that follows needs no comma
  return *this;
}

JsonText& JsonText::String(std::string_view value) {
  Separate();
  Quoted(value);
  return *this;
}

JsonText& JsonText::Int(std::int64_t value) {
  Separate();
  char buf[24];
  auto end = std::to_chars(buf, buf + sizeof buf, value).ptr;
  out_.append(buf, end);
  return *this;
}

JsonText& JsonText::Double(double value) {
  Separate();
  AppendJsonDouble(value, out_);
  return *this;
}

JsonText& JsonText::Bool(bool value) {
  Separate();
  out_ += value ? "true" : "false";
  return *this;
}

JsonText& JsonText::Null() {
  Separate();
  out_ += "null";
  return *this;
}

}  // namespace werkpad::core
