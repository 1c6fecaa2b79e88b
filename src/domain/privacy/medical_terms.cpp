#include "domain/privacy/medical_terms.hpp"

#include <algorithm>
#include <string>

namespace werkpad::domain::privacy {
namespace {

// ASCII replacement of a Latin-1 Supplement letter (U+00C0..U+00FF); empty for a separator.
const char* Latin1(unsigned cp) {
  static const char* const kTable[64] = {
      "a", "a", "a", "a", "a",  "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0
      "d", "n", "o", "o", "o",  "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0
      "a", "a", "a", "a", "a",  "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0
      "d", "n", "o", "o", "o",  "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};  // F0
  return cp >= 0xC0 && cp <= 0xFF ? kTable[cp - 0xC0] : "";
}

// Decodes one UTF-8 code point at `i` (advancing it); invalid bytes decode as U+FFFD.
unsigned Next(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) {
    ++i;
    return 0xFFFD;
  }
  unsigned cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (int k = 1; k < len; ++k) {
    const auto c = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if ((c & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  i += static_cast<std::size_t>(len);
  return cp;
}

// The lowercase ASCII letters/digits a code point contributes to a word; "" = separator.
std::string Fold(unsigned cp) {
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    if (c >= 'A' && c <= 'Z') return std::string(1, static_cast<char>(c - 'A' + 'a'));
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return std::string(1, c);
    return "";
  }
  if (cp == 0x132 || cp == 0x133) return "ij";  // the Dutch ij ligature
  return Latin1(cp);
}

bool StartsWith(std::string_view w, std::string_view t) { return w.substr(0, t.size()) == t; }
bool EndsWith(std::string_view w, std::string_view t) {
  return w.size() >= t.size() && w.substr(w.size() - t.size()) == t;
}

bool WordMatches(std::string_view w, std::string_view t, bool may_have_prefix,
                 bool may_continue) {
  if (may_have_prefix && may_continue) return w.find(t) != std::string_view::npos;
  if (may_have_prefix) return EndsWith(w, t);
  if (may_continue) return StartsWith(w, t);
  return w == t;
}

core::Error LineError(int line, std::string message) {
  return core::Error::Invalid("the medical word list is malformed",
                              {{"line " + std::to_string(line), "invalid_value", message}});
}

}  // namespace

std::vector<Word> Words(std::string_view text) {
  std::vector<Word> out;
  Word cur;
  bool in_word = false;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t at = i;
    const std::string folded = Fold(Next(text, i));
    if (folded.empty()) {
      if (in_word) out.push_back(std::move(cur));
      cur = Word{};
      in_word = false;
      continue;
    }
    if (!in_word) {
      cur.begin = at;
      in_word = true;
    }
    cur.text += folded;
    cur.end = i;
  }
  if (in_word) out.push_back(std::move(cur));
  return out;
}

std::string Normalise(std::string_view text) {
  std::string out;
  for (const auto& w : Words(text)) {
    if (!out.empty()) out += ' ';
    out += w.text;
  }
  return out;
}

core::Result<MedicalTermList> ParseMedicalTermList(std::string_view text) {
  MedicalTermList list;
  std::string category;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() &&
           (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
      line.remove_suffix(1);
    }
    if (line.empty()) {
      if (nl == text.size()) break;
      continue;
    }
    if (line.front() == '[') {
      if (line.back() != ']' || line.size() < 3) return LineError(line_no, "a [category] line");
      category = std::string(line.substr(1, line.size() - 2));
      continue;
    }
    if (category.empty()) return LineError(line_no, "an entry before the first [category]");
    MedicalTerm t;
    t.entry = std::string(line);
    t.category = category;
    std::string_view body = line;
    if (body.front() == '*') {
      t.suffix = true;
      body.remove_prefix(1);
    }
    if (!body.empty() && body.back() == '*') {
      t.prefix = true;
      body.remove_suffix(1);
    }
    if (body.find('*') != std::string_view::npos) {
      return LineError(line_no, "'*' only at the start or the end of an entry");
    }
    for (auto& w : Words(body)) t.tokens.push_back(std::move(w.text));
    if (t.tokens.empty()) return LineError(line_no, "an entry needs letters");
    if ((t.prefix && t.tokens.back().size() < 4) || (t.suffix && t.tokens.front().size() < 4)) {
      return LineError(line_no, "a stem with '*' needs at least 4 letters");
    }
    list.terms.push_back(std::move(t));
    if (nl == text.size()) break;
  }
  return list;
}

std::vector<std::string> FindMedicalTerms(const MedicalTermList& list, std::string_view text) {
  const std::vector<Word> words = Words(text);
  std::vector<std::string> found, seen;
  auto add = [&](std::size_t first, std::size_t last) {
    std::string norm;
    for (std::size_t k = first; k <= last; ++k) {
      if (!norm.empty()) norm += ' ';
      norm += words[k].text;
    }
    if (std::find(seen.begin(), seen.end(), norm) != seen.end()) return;
    seen.push_back(norm);
    found.emplace_back(text.substr(words[first].begin, words[last].end - words[first].begin));
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    for (const auto& t : list.terms) {
      const std::size_t k = t.tokens.size();
      // k consecutive words.
      if (i + k <= words.size()) {
        bool ok = true;
        for (std::size_t j = 0; j < k && ok; ++j) {
          ok = WordMatches(words[i + j].text, t.tokens[j], j == 0 && t.suffix,
                           j == k - 1 && t.prefix);
        }
        if (ok) {
          add(i, i + k - 1);
          continue;
        }
      }
      // Several words of the entry written as one ("burnout").
      if (k > 1) {
        std::string joined;
        for (const auto& tok : t.tokens) joined += tok;
        if (WordMatches(words[i].text, joined, t.suffix, t.prefix)) add(i, i);
      }
    }
  }
  return found;
}

}  // namespace werkpad::domain::privacy
