// Scoring one indicator (SCORING.md section 3): a rule, an actual and a weight give
// a score with the line that explains it.
#pragma once

#include <boost/container/static_vector.hpp>
#include <string>
#include <string_view>

#include "rules/actual.hpp"
#include "rules/policy.hpp"
#include "rules/rule.hpp"

namespace jixiao::rules {

enum class indicator_status { met, not_met, exceeded, not_applicable, missing };

/// How much a finding asks of the auditor: a warning wants an answer, a note says
/// how something was read (a bare 万 read as 万元).
enum class finding_level { warning, note };

/// A finding about the actual scored: a stable code (a literal) and its message,
/// a literal for the usual ones and made for the others.
struct actual_finding {
  std::string_view kind;
  std::string_view fixed_message;  // a literal, when the message is always the same
  std::string message;             // otherwise
  finding_level level = finding_level::warning;
};

struct score_result {
  double score = 0;  // rounded half up to 2 decimals, within [0, weight]
  indicator_status status = indicator_status::missing;
  std::string explanation;  // "8 × 45 / 50 = 7.20"; empty unless asked for
  // How the unit was read (a note), a scoring finding, actual_as_bound and no_reason, at most.
  boost::container::static_vector<actual_finding, 4> findings;
};

/// Whether score_indicator writes the explanation: a report scores without it and
/// asks again, with it, when the line is written.
enum class explain { left_out, written };

/// Scores `actual` (nullptr: no actual was supplied) against `r` with weight `w`.
/// `year` is the table's year, for deadlines written without one.
score_result score_indicator(const rule& r, const actual_value* actual, double w, const scoring_policy& policy,
                             int year, explain mode = explain::written);

/// 达成 / 未达成 / 超额 / 不适用 / 缺失: the status as data (JSON, the scoring cases).
const char* status_name(indicator_status status);

/// The status for a reader, in the current language (met / 达成, …).
std::string status_label(indicator_status status);

}  // namespace jixiao::rules
