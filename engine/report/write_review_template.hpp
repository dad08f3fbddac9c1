// The review file to fill in (jixiao template --review): every project and indicator
// of a scored report, each with its self-evaluated score as a comment.
#pragma once

#include <string>

#include "engine/model/report.hpp"

namespace jixiao::engine {

/// A review skeleton for `r`: year, an empty reviewer, and per project its total and
/// grade, the deduction on the total and one line per indicator, commented out. It
/// loads as a review with no deduction once the reviewer is filled in.
std::string write_review_template(const report& r);

}  // namespace jixiao::engine
