// The findings about a table's structure that both the review (jixiao check) and
// the scorer give: one producer each, so a kind says the same wherever it is found.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "engine/model/model.hpp"
#include "rules/finding_kinds.hpp"
#include "grammar/text/message.hpp"
#include "rules/policy.hpp"

namespace jixiao::engine {

struct structural_finding {
  rules::finding_kind kind;
  text::message message;
};

/// An indicator name given a second time in `project` (first at `first`): not scored.
structural_finding duplicate_indicator(std::string_view project, source_mark first);
/// A project id given a second time (first at `first`): not scored.
structural_finding duplicate_project(std::string_view project, source_mark first);
/// A project with no indicator to score.
const structural_finding& no_indicators();
/// A budget of 0: no execution rate.
const structural_finding& zero_budget();
/// No cost indicator (产出/成本) among the outputs.
const structural_finding& no_cost_indicator();
/// The weights a project's indicators give: their sum and how many give one.
struct explicit_weights {
  double sum = 0;
  std::size_t count = 0;
  /// Counts `indicator`'s weight, if it gives one.
  void add(const indicator_target& indicator);
};
explicit_weights explicit_weights_of(const std::vector<const indicator_target*>& indicators);

/// Explicit weights that do not leave the indicators 100 less the budget execution
/// weight (SCORING.md section 4): all given and adding up to another figure, or some
/// given and adding up to more. `given` is what `indicators` of them give.
std::optional<structural_finding> weights_sum(explicit_weights given, std::size_t indicators,
                                              const rules::scoring_policy& policy);

}  // namespace jixiao::engine
