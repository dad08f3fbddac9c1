// Worksheet names Excel accepts, whatever the project names are.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace jixiao::engine {

/// Longest worksheet name, in UTF-16 code units (Excel's and libxlsxwriter's limit).
inline constexpr std::size_t sheet_name_limit = 31;

/// `wanted` as a valid worksheet name: []:*?/\ become '_', control characters go, leading
/// and trailing spaces and apostrophes go, cut to 31 UTF-16 units; "Sheet" when nothing is left.
std::string valid_sheet_name(std::string_view wanted);

/// Gives out valid worksheet names, unique ignoring case as Excel compares them.
class sheet_namer {
 public:
  /// valid_sheet_name(wanted), with " (2)", " (3)", … in place of its end when already given
  /// out; "History" (reserved by Excel) counts as given out.
  std::string add(std::string_view wanted);

 private:
  std::set<std::string> taken_;  // case-folded
};

}  // namespace jixiao::engine
