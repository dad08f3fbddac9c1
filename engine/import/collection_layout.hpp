// The collection workbook's layout (实际完成值.xlsx): the sheet names and header texts
// that `jixiao template --format xlsx` writes and the actuals reader finds columns by.
// Each is an English source text: the writer writes it in the reader's language, the
// reader accepts it in either language (a workbook made with --lang en reads back as a
// Chinese one does).
#pragma once

#include "grammar/text/language.hpp"

namespace jixiao::engine::collection {

inline constexpr const char* guide_sheet = N_("How to fill in");
inline constexpr const char* indicator_sheet = N_("Actual values");
inline constexpr const char* budget_sheet = N_("Budget execution");

inline constexpr const char* year_label = N_("Year reported");  // in the guide sheet, the year in the cell to its right

// Actual values: one row per indicator.
inline constexpr const char* project_id = N_("Project ID");
inline constexpr const char* project_name = N_("Project name");
inline constexpr const char* indicator_name = N_("Indicator name");
inline constexpr const char* category = N_("Indicator category");
inline constexpr const char* target = N_("Annual target value");
inline constexpr const char* actual = N_("Actual value");
inline constexpr const char* note = N_("Analysis of the deviation and improvements");
inline constexpr const char* planned = N_("Target fixed during the year");  // a deferred target's value fixed during the year
inline constexpr const char* ratio = N_("Score ratio within the grade");  // a point inside a grade's tier, 0 to 1
inline constexpr const char* cause = N_("Cause of over-achievement");
inline constexpr const char* target_too_low = N_("Target set too low");  // the one cause that changes a score

// Budget execution: one row per project; amounts in 万元.
inline constexpr const char* budget = N_("Annual budget (10,000 yuan)");
inline constexpr const char* adjusted_budget = N_("Adjusted budget (10,000 yuan)");
inline constexpr const char* spent = N_("Annual spending (10,000 yuan)");

}  // namespace jixiao::engine::collection
