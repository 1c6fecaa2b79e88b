#include "domain/registry/search_text.hpp"

#include "core/date.hpp"

namespace werkpad::domain::registry {

namespace {

// Base letter for U+00C0..U+00FF (Latin-1 supplement letters); 0 where there is none.
constexpr char kLatin1Fold[64] = {
    'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',  // C0-CF
    'd', 'n', 'o', 'o', 'o', 'o', 'o', 0,   'o', 'u', 'u', 'u', 'u', 'y', 0,   's',  // D0-DF
    'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',  // E0-EF
    'd', 'n', 'o', 'o', 'o', 'o', 'o', 0,   'o', 'u', 'u', 'u', 'u', 'y', 0,   'y',  // F0-FF
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string FoldForSearch(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if ((c == 0xC3) && i + 1 < text.size()) {
      auto next = static_cast<unsigned char>(text[i + 1]);
      unsigned code = 0xC0 + (next & 0x3F);
      if ((next & 0xC0) == 0x80 && code >= 0xC0 && kLatin1Fold[code - 0xC0] != 0) {
        out.push_back(kLatin1Fold[code - 0xC0]);
        ++i;
      } else {
        out.push_back(static_cast<char>(c));
      }
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

SearchTerm ClassifySearch(std::string_view raw) {
  std::string_view text = Trim(raw);
  if (text.empty()) return {};
  std::string digits;
  bool only_digits = true;
  for (char c : text) {
    if (c >= '0' && c <= '9') digits.push_back(c);
    else if (c != ' ' && c != '.') only_digits = false;
  }
  if (only_digits && digits.size() == 9) return {SearchTerm::Kind::kBsn, digits};
  if (auto d = core::ParseDate(text)) return {SearchTerm::Kind::kBirthDate, core::FormatDate(*d)};
  if (text.size() == 10 && (text[2] == '-' || text[2] == '/') && text[5] == text[2]) {
    std::string iso = std::string(text.substr(6, 4)) + "-" + std::string(text.substr(3, 2)) +
                      "-" + std::string(text.substr(0, 2));
    if (auto d = core::ParseDate(iso)) {
      return {SearchTerm::Kind::kBirthDate, core::FormatDate(*d)};
    }
  }
  return {SearchTerm::Kind::kName, FoldForSearch(text)};
}

}  // namespace werkpad::domain::registry
