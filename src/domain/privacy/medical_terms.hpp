#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace werkpad::domain::privacy {

// Finding obvious medical content in free text that an external party (above all the werkgever)
// writes. The employer may not record a diagnosis, the nature or cause of the sickness, or its
// treatment (Autoriteit Persoonsgegevens, beleidsregels "De zieke werknemer", 2016; DOMAIN.md
// §8), so text fields an employer can fill are checked against a documented word list
// (resources/privacy/medische-termen.txt, docs/medical-word-list.md) and rejected when a term is
// found. A safety net for the obvious, not a classifier: it cannot recognise every way of
// describing an illness, and it is tuned to avoid false positives on everyday work language.
// Pure; values; thread-safe once built (const use only).

// One entry of the list.
struct MedicalTerm {
  std::string entry;                // as written in the list, e.g. "depressi*", "burn-out"
  std::string category;             // "diagnosen" | "medicatie" | "behandeling" (the [section])
  std::vector<std::string> tokens;  // normalised words of the entry (without the '*')
  bool prefix = false;              // trailing '*': the last word may continue ("depressie-ve")
  bool suffix = false;              // leading '*': the first word may have a prefix ("rughernia")
};

struct MedicalTermList {
  std::vector<MedicalTerm> terms;
};

// Parses the list format (docs/medical-word-list.md): UTF-8 lines; '#' starts a comment; blank
// lines ignored; "[category]" starts a section; every other line is one entry: one or more words
// separated by spaces or hyphens, optionally with a leading and/or trailing '*'. An entry's words
// are normalised like the text (Normalise). Errors: kInvalidInput ("line N": an entry before any
// section, an entry without letters, a '*' inside a word, a word stem of fewer than 4 letters
// with '*').
core::Result<MedicalTermList> ParseMedicalTermList(std::string_view text);

// The words of `text`, normalised: lowercase ASCII letters and digits; Latin letters with
// diacritics lose them (é -> e, ï -> i, ç -> c, ß -> ss); every other character (space,
// punctuation, hyphen, apostrophe, other scripts) separates words.
struct Word {
  std::string text;         // normalised
  std::size_t begin = 0;    // byte range in the original text
  std::size_t end = 0;
};
std::vector<Word> Words(std::string_view text);
std::string Normalise(std::string_view text);  // the words joined by one space

// The medical terms found in `text`, as written there (the original characters of the matched
// words), in order of first appearance, each once (compared normalised). Matching is on whole
// words: an entry of k words matches k consecutive words of the text (the first may end with the
// entry's first word when it has a leading '*', the last may continue past the
// entry's last word when it has a trailing '*'); an entry of several words also matches when
// the text writes them as one word ("burn-out" matches "burnout" and "burn out").
std::vector<std::string> FindMedicalTerms(const MedicalTermList& list, std::string_view text);

}  // namespace werkpad::domain::privacy
