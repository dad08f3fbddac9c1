// The second-level review (复核, SCORING.md section 9) applied to a scored report:
// each deduction taken off the self-evaluated figure it names.
#pragma once

#include <memory>

#include "engine/model/review_table.hpp"
#include "engine/model/report.hpp"

namespace jixiao::engine {

/// Sets `r.review`. Throws input_error (the review file's line and column) for a
/// project or indicator the report does not have (with the nearest name), a
/// deduction on an N/A indicator, or a deduction larger than the figure it comes from.
void apply_review(report& r, std::shared_ptr<const review_table> review);

}  // namespace jixiao::engine
