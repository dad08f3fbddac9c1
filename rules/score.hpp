// Scoring one indicator (SCORING.md section 3): a rule, an actual and a weight give
// a score with the line that explains it.
#pragma once

#include <boost/container/static_vector.hpp>
#include <string>
#include <string_view>

#include "rules/actual.hpp"
#include "rules/finding_kinds.hpp"
#include "grammar/text/message.hpp"
#include "rules/policy.hpp"
#include "rules/rule.hpp"

namespace jixiao::rules {

enum class indicator_status { met, not_met, exceeded, not_applicable, missing };

/// A finding about the actual scored: its kind and its message, as data.
struct actual_finding {
  finding_kind kind;
  text::message message;
};

/// What scoring an indicator gives besides the line that explains it.
struct score_outcome {
  double score = 0;  // rounded half up to 2 decimals, within [0, weight]
  indicator_status status = indicator_status::missing;
  // How the unit was read (a note), a scoring finding, actual_as_bound and no_reason, at most.
  boost::container::static_vector<actual_finding, 4> findings;
};

/// The outcome and its explanation.
struct score_result : score_outcome {
  text::message_chain explanation;  // "8 × 45 / 50 = 7.20", as data
};

score_result score_indicator(const rule& r, const actual_value* actual, double w, const scoring_policy& policy,
                             int year);
/// The explanation into `explanation` (a report's line), the rest returned.
score_outcome score_indicator(const rule& r, const actual_value* actual, double w, const scoring_policy& policy,
                              int year, text::message_chain& explanation);

const char* status_name(indicator_status status);

/// The status for a reader, in the current language (met / 达成, …).
std::string status_label(indicator_status status);

}  // namespace jixiao::rules
