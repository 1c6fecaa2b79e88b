#pragma once

#include <string>
#include <string_view>

namespace werkpad::domain::registry {

// Folds text for case- and accent-insensitive name search: ASCII lowercase, and the accented
// Latin letters of UTF-8 (é, ë, ü, ö, ç, ñ, ...) to their base letter. Other bytes pass through.
std::string FoldForSearch(std::string_view text);

// What a caseload search text means.
struct SearchTerm {
  enum class Kind { kAll, kName, kBsn, kBirthDate };
  Kind kind = Kind::kAll;
  std::string value;  // folded name part, nine-digit BSN, or YYYY-MM-DD
};

// Classifies a search text: empty → all; nine digits (spaces/dots allowed) → BSN (even without
// a valid elfproef, so a mistyped number simply finds nothing); YYYY-MM-DD or DD-MM-YYYY →
// birth date; anything else → name part.
SearchTerm ClassifySearch(std::string_view text);

}  // namespace werkpad::domain::registry
