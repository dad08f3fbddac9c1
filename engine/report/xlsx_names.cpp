#include "engine/report/xlsx_names.hpp"

#include <unicode/unistr.h>

#include "engine/report/markup_text.hpp"

namespace jixiao::engine {

namespace {

constexpr std::string_view forbidden = "[]:*?/\\";
constexpr const char* fallback_name = "Sheet";

bool trimmed(char c) { return c == ' ' || c == '\'' || c == '\t' || c == '\n'; }

std::string trim(std::string text) {
  std::size_t begin = 0;
  while (begin < text.size() && trimmed(text[begin])) ++begin;
  std::size_t end = text.size();
  while (end > begin && trimmed(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

// Case folded the way Excel compares sheet names (Unicode simple case folding).
std::string folded(const std::string& name) {
  std::string out;
  icu::UnicodeString::fromUTF8(name).foldCase().toUTF8String(out);
  return out;
}

}  // namespace

std::string valid_sheet_name(std::string_view wanted) {
  std::string name;
  for (const char c : xml_safe(wanted)) {
    if (c == '\t' || c == '\n') name.push_back(' ');
    else name.push_back(forbidden.find(c) == std::string_view::npos ? c : '_');
  }
  // Trimmed again after the cut, which may end on a space.
  name = trim(cut_utf16(trim(name), sheet_name_limit));
  return name.empty() ? fallback_name : name;
}

std::string sheet_namer::add(std::string_view wanted) {
  if (taken_.empty()) taken_.insert(folded("History"));
  const std::string base = valid_sheet_name(wanted);
  std::string name = base;
  for (int n = 2; taken_.count(folded(name)) > 0; ++n) {
    const std::string suffix = " (" + std::to_string(n) + ")";
    name = trim(cut_utf16(base, sheet_name_limit - suffix.size())) + suffix;
  }
  taken_.insert(folded(name));
  return name;
}

}  // namespace jixiao::engine
