#include "engine/score/structural_findings.hpp"

#include <cmath>

#include "grammar/text/language.hpp"

namespace jixiao::engine {

using rules::finding_kind;
using text::message;
using text::message_arg;

structural_finding duplicate_indicator(std::string_view project, source_mark first) {
  return {finding_kind::duplicate_indicator,
          message(N_("the indicator name appears twice in project {1} (first at line {2}); the second is not scored"),
                  project, message_arg::whole(first.line))};
}

structural_finding duplicate_project(std::string_view project, source_mark first) {
  return {finding_kind::duplicate_project,
          message(N_("the project id {1} is used twice (first at line {2}); the second is not scored"), project,
                  message_arg::whole(first.line))};
}

// The findings without arguments are made once: a table whose projects have no cost
// indicator has one for every project.
const structural_finding& no_indicators() {
  static const structural_finding made{finding_kind::no_indicators,
                                       message(N_("the project has no indicators to score"))};
  return made;
}

const structural_finding& zero_budget() {
  static const structural_finding made{finding_kind::zero_budget, message(N_("the budget is 0: no execution rate"))};
  return made;
}

const structural_finding& no_cost_indicator() {
  static const structural_finding made{
      finding_kind::no_cost_indicator,
      message(N_("no cost indicator ({1}) among the outputs; the national method expects one"),
              text::message_arg::borrowed(rules::category_arg("产出/成本")))};
  return made;
}

void explicit_weights::add(const indicator_target& indicator) {
  if (!indicator.weight) return;
  sum += *indicator.weight;
  ++count;
}

explicit_weights explicit_weights_of(const std::vector<const indicator_target*>& indicators) {
  explicit_weights out;
  for (const auto* indicator : indicators) out.add(*indicator);
  return out;
}

std::optional<structural_finding> weights_sum(explicit_weights given, std::size_t indicators,
                                              const rules::scoring_policy& policy) {
  const double pool = 100.0 - policy.budget_weight;
  const auto [explicit_sum, weighted] = given;
  if (weighted == 0) return std::nullopt;
  const std::size_t others = indicators - weighted;
  if (others == 0 && std::fabs(explicit_sum - pool) > 0.005) {
    return structural_finding{
        finding_kind::weights_sum,
        message(N_("the indicator weights add up to {1}, not {2} (100 less the budget execution weight {3})"),
                message_arg::number(explicit_sum), message_arg::number(pool),
                message_arg::number(policy.budget_weight))};
  }
  if (others > 0 && explicit_sum > pool + 0.005) {
    return structural_finding{
        finding_kind::weights_sum,
        message(N_("the explicit weights add up to {1}, more than {2} (100 less the budget execution weight {3}): "
                   "the {4} indicator(s) without a weight get nothing"),
                message_arg::number(explicit_sum), message_arg::number(pool),
                message_arg::number(policy.budget_weight), message_arg::whole(static_cast<long long>(others)))};
  }
  return std::nullopt;
}

}  // namespace jixiao::engine
