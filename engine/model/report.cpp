#include "engine/model/report.hpp"

#include "grammar/text/language.hpp"
#include "rules/rounding.hpp"

namespace jixiao::engine {

using rules::format_fixed;
using rules::format_number;

std::string indicator_entry::explain() const {
  if (rule == nullptr || policy == nullptr) return {};
  return rules::score_indicator(*rule, value, weight, *policy, year, rules::explain::written).explanation;
}

namespace {

int places_of(const rules::scoring_policy* policy) { return policy ? policy->score_decimals : 2; }

}  // namespace

std::string project_entry::budget_explain() const {
  const int places = places_of(policy);
  if (!spent) return text::trf("no spent → {1}", format_fixed(0, places));
  if (budget <= 0) return text::trf("budget 0: no execution rate → {1}", format_fixed(0, places));
  if (policy && policy->budget_execution == rules::budget_formula::bands) {
    const double rate = *spent / budget;
    const std::size_t band = rules::band_of(rate, *policy);
    const double from = policy->bands[band].from;
    std::string bounds = rules::format_percent(rules::round_half_up(rate, 4)) + " ≥ " + rules::format_percent(from);
    if (band > 0) bounds += ", < " + rules::format_percent(policy->bands[band - 1].from);
    return text::trf("{1} × {2} (execution rate {3} / {4} = {5}) = {6}", format_number(budget_weight),
                     rules::format_percent(policy->bands[band].share), format_number(*spent), format_number(budget),
                     bounds, format_fixed(budget_score, places));
  }
  if (*spent > budget) {
    return text::trf("{1} × 100% (spent {2} above the budget {3} counts as 100%) = {4}", format_number(budget_weight),
                     format_number(*spent), format_number(budget), format_fixed(budget_score, places));
  }
  return format_number(budget_weight) + " × " + format_number(*spent) + " / " + format_number(budget) + " = " +
         format_fixed(budget_score, places);
}

std::string project_entry::total_explain() const {
  const int places = places_of(policy);
  if (rescaled) {
    return "100 × " + format_fixed(points, places) + " / " + format_number(applicable) + " = " +
           format_fixed(total, places);
  }
  return text::trf("indicators {1} + budget {2} = {3}", format_fixed(indicator_points, places),
                   format_fixed(budget_score, places), format_fixed(points, places));
}

std::string project_review_entry::indicator_explain(const project_entry& self, std::size_t k) const {
  const review_line& line = indicators[k];
  if (!line.deducted) return {};
  const int places = places_of(self.policy);
  return text::trf("{1} − {2} (review deduction: {3}) = {4}", format_fixed(self.indicators[k].score, places),
                   rules::format_points(line.points, places), line.reason.str(), format_fixed(line.reviewed, places));
}

std::string project_review_entry::explain(const project_entry& self) const {
  const int places = places_of(self.policy);
  double indicator_points = reviewed_points - self.budget_score;
  std::string out = text::trf("indicators {1} + budget {2} = {3}", format_fixed(indicator_points, places),
                              format_fixed(self.budget_score, places), format_fixed(reviewed_points, places));
  if (self.rescaled) {
    out += "; 100 × " + format_fixed(reviewed_points, places) + " / " + format_number(self.applicable) + " = " +
           format_fixed(before_deduction, places);
  }
  if (deduction.deducted) {
    out += "; " + text::trf("{1} − {2} (review deduction: {3}) = {4}", format_fixed(before_deduction, places),
                            rules::format_points(deduction.points, places), deduction.reason.str(),
                            format_fixed(deduction.reviewed, places));
  }
  return out;
}

std::string finding_cell(const finding_entry& f) {
  return f.sheet ? cell_place(f.sheet, f.line, f.column) : std::string();
}

const char* severity_name(severity level) {
  switch (level) {
    case severity::error: return "error";
    case severity::warning: return "warning";
    case severity::note: return "note";
  }
  return "";
}

}  // namespace jixiao::engine
