#include "engine/scorer.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "engine/spellcheck.hpp"
#include "rules/rounding.hpp"

namespace jixiao::engine {

namespace {

using rules::format_fixed;
using rules::format_number;
using rules::round_half_up;

struct finding_sink {
  std::vector<finding_entry>& out;
  std::size_t suggestions = comparison_budget;  // the work "did you mean" may do for the department
  void add(severity level, std::string project, std::string indicator, std::string kind, std::string message,
           const std::string& file, source_mark at) {
    out.push_back({level, std::move(project), std::move(indicator), std::move(kind), std::move(message), file, at.line,
                   at.column});
  }
};

severity severity_of(const std::string& kind) {
  if (kind == "category_inferred" || kind == "no_cost_indicator") return severity::note;
  return severity::warning;
}

// Weights (SCORING.md section 4): explicit ones as given; the others share what the
// explicit ones leave, or, with none explicit, each first-level category's weight
// (redistributed from empty categories) split evenly among its indicators.
std::vector<double> derive_weights(const std::vector<const indicator_target*>& indicators,
                                   const std::vector<std::string>& categories, const rules::scoring_policy& policy) {
  const double pool = std::accumulate(policy.first_level.begin(), policy.first_level.end(), 0.0,
                                      [](double sum, const auto& entry) { return sum + entry.second; });
  std::vector<double> weights(indicators.size(), 0.0);
  double explicit_sum = 0;
  std::size_t unweighted = 0;
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    if (indicators[i]->weight) {
      weights[i] = *indicators[i]->weight;
      explicit_sum += weights[i];
    } else {
      ++unweighted;
    }
  }
  if (unweighted == 0) return weights;
  if (unweighted < indicators.size()) {
    const double share = std::max(0.0, pool - explicit_sum) / static_cast<double>(unweighted);
    for (std::size_t i = 0; i < indicators.size(); ++i) {
      if (!indicators[i]->weight) weights[i] = share;
    }
    return weights;
  }
  std::map<std::string, std::size_t> count;
  for (const auto& category : categories) ++count[rules::first_level_of(category)];
  double present = 0;
  for (const auto& [name, weight] : policy.first_level) {
    if (count.count(name)) present += weight;
  }
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const std::string first = rules::first_level_of(categories[i]);
    double category_weight = 0;
    for (const auto& [name, weight] : policy.first_level) {
      if (name == first) category_weight = weight;
    }
    const double scaled = present > 0 ? category_weight * pool / present : 0;
    weights[i] = scaled / static_cast<double>(count[first]);
  }
  return weights;
}

// A project's actuals by indicator name, the first given of each (not those left
// empty): looked up once per indicator, not searched (quadratic in a large project).
std::unordered_map<std::string, const indicator_actual*> actuals_by_name(const project_actual* project) {
  std::unordered_map<std::string, const indicator_actual*> out;
  if (!project) return out;
  for (const auto& indicator : project->indicators) {
    if (!indicator.left_empty) out.emplace(indicator.name, &indicator);
  }
  return out;
}

struct budget_result {
  double used_budget = 0;
  std::optional<double> rate;
  double score = 0;
  std::string explain;
};

budget_result score_budget(const project_target& target, const project_actual* actual,
                           const rules::scoring_policy& policy) {
  budget_result out;
  out.used_budget = actual && actual->budget ? *actual->budget : target.budget;
  const double w = policy.budget_weight;
  if (!actual || !actual->spent) {
    out.explain = "no spent → 0.00";
    return out;
  }
  const double spent = *actual->spent;
  if (out.used_budget <= 0) {
    out.explain = "budget 0: no execution rate → 0.00";
    return out;
  }
  const double rate = spent / out.used_budget;
  out.rate = round_half_up(rate * 100.0);
  out.score = round_half_up(w * std::min(1.0, rate));
  out.explain = format_number(w) + " × min(1, " + format_number(spent) + " / " + format_number(out.used_budget) +
                ") = " + format_fixed(out.score);
  return out;
}

project_entry score_project(const project_target& target, const project_actual* actual,
                            const rules::scoring_policy& policy, const target_table& targets,
                            const actual_table& actuals, finding_sink& findings) {
  project_entry entry;
  entry.id = target.id;
  entry.name = target.name;
  entry.goal = target.goal.value_or("");
  entry.summary = actual && actual->summary ? *actual->summary : "";
  const std::string& tfile = targets.path;
  const std::string& afile = actuals.path;

  std::vector<const indicator_target*> indicators;
  std::set<std::string> seen;
  for (const auto& indicator : target.indicators) {
    if (!seen.insert(indicator.name).second) {
      findings.add(severity::warning, target.id, indicator.name, "duplicate_indicator",
                   "the indicator name appears twice in the project; the second is not scored", tfile,
                   indicator.name_mark);
      continue;
    }
    indicators.push_back(&indicator);
  }
  std::vector<std::string> categories;
  std::vector<bool> inferred;
  for (const auto* indicator : indicators) {
    if (indicator->category) {
      categories.push_back(*indicator->category);
      inferred.push_back(false);
    } else {
      categories.push_back(infer_category(indicator->name, policy));
      inferred.push_back(true);
      findings.add(severity::note, target.id, indicator->name, "category_inferred",
                   "category " + categories.back() + " inferred from the name", tfile, indicator->name_mark);
    }
  }
  const std::vector<double> weights = derive_weights(indicators, categories, policy);
  const bool any_explicit = std::any_of(indicators.begin(), indicators.end(), [](auto* i) { return i->weight.has_value(); });
  const double weight_sum = std::accumulate(weights.begin(), weights.end(), 0.0);
  const double pool = 100.0 - policy.budget_weight;
  if (any_explicit && std::fabs(weight_sum - pool) > 0.005) {
    findings.add(severity::warning, target.id, "", "weights_sum",
                 "the indicator weights add up to " + format_number(weight_sum) + ", not " + format_number(pool),
                 tfile, target.mark);
  }

  double scored_sum = 0;
  double not_applicable_weight = 0;
  bool has_cost = false;
  const auto given_by_name = actuals_by_name(actual);
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const indicator_target& indicator = *indicators[i];
    const auto given = given_by_name.find(indicator.name);
    const indicator_actual* found = given == given_by_name.end() ? nullptr : given->second;
    for (const auto& f : indicator.rule->findings) {
      findings.add(severity_of(f.kind), target.id, indicator.name, f.kind, f.message, tfile, indicator.target_mark);
    }
    const rules::score_result result = rules::score_indicator(*indicator.rule, found ? &found->value : nullptr,
                                                              weights[i], policy, targets.year ? targets.year : actuals.year.value_or(0));
    for (const auto& f : result.findings) {
      const bool in_actuals = found != nullptr;
      findings.add(severity_of(f.kind), target.id, indicator.name, f.kind, f.message, in_actuals ? afile : tfile,
                   in_actuals ? found->mark : indicator.target_mark);
    }
    indicator_entry line;
    line.name = indicator.name;
    line.category = categories[i];
    line.category_inferred = inferred[i];
    line.target = indicator.target_text;
    line.actual = found ? found->value.written : "";
    line.weight = weights[i];
    line.score = result.score;
    line.status = result.status;
    line.explain = result.explanation;
    line.note = found ? found->value.note : "";
    if (result.status == rules::indicator_status::not_applicable) {
      not_applicable_weight += weights[i];
    } else {
      scored_sum += result.score;
    }
    has_cost = has_cost || categories[i] == "产出/成本";
    entry.indicators.push_back(std::move(line));
  }

  if (actual) {
    std::vector<std::string> names;
    for (const auto& t : target.indicators) names.push_back(t.name);
    const std::unordered_set<std::string> known(names.begin(), names.end());
    for (const auto& given : actual->indicators) {
      if (known.count(given.name)) continue;
      std::string message = "no indicator '" + given.name + "' in project " + target.id + "; the actual is not used";
      if (const auto near = nearest_name(given.name, names, &findings.suggestions)) message += "; did you mean '" + *near + "'?";
      findings.add(severity::warning, target.id, given.name, "unknown_indicator", message, afile, given.mark);
    }
  }
  if (indicators.empty()) {
    findings.add(severity::warning, target.id, "", "no_indicators", "the project has no indicators to score", tfile,
                 target.mark);
  } else if (!has_cost) {
    findings.add(severity::note, target.id, "", "no_cost_indicator",
                 "no cost indicator (产出/成本) among the outputs; the national method expects one", tfile, target.mark);
  }

  const budget_result budget = score_budget(target, actual, policy);
  if (!actual || !actual->spent) {
    findings.add(severity::warning, target.id, "", "missing_spent", "no spent (全年执行数): budget execution scores 0",
                 actual ? afile : tfile, actual ? actual->mark : target.mark);
  } else if (budget.used_budget <= 0) {
    findings.add(severity::warning, target.id, "", "zero_budget", "the budget is 0: no execution rate", tfile, target.mark);
  }
  entry.budget = budget.used_budget;
  entry.spent = actual ? actual->spent : std::nullopt;
  entry.execution_rate = budget.rate;
  entry.budget_weight = policy.budget_weight;
  entry.budget_score = budget.score;
  entry.budget_explain = budget.explain;

  const double sum = round_half_up(scored_sum + budget.score);
  if (not_applicable_weight > 0) {
    const double applicable = weight_sum - not_applicable_weight + policy.budget_weight;
    entry.total = applicable > 0 ? round_half_up(100.0 * sum / applicable) : 0.0;
    entry.total_explain = "100 × " + format_fixed(sum) + " / " + format_number(applicable) + " = " + format_fixed(entry.total);
  } else {
    entry.total = sum;
    entry.total_explain = "indicators " + format_fixed(round_half_up(scored_sum)) + " + budget " +
                          format_fixed(budget.score) + " = " + format_fixed(sum);
  }
  entry.grade = rules::grade_of(entry.total, policy);
  return entry;
}

}  // namespace

std::string infer_category(const std::string& name, const rules::scoring_policy& policy) {
  for (const auto& rule : policy.categories) {
    for (const auto& keyword : rule.keywords) {
      if (!keyword.empty() && name.find(keyword) != std::string::npos) return rule.category;
    }
  }
  return policy.default_category;
}

report score_department(const target_table& targets, const actual_table& actuals, const rules::scoring_policy& policy) {
  report out;
  out.department = targets.department;
  out.year = targets.year;
  finding_sink findings{out.findings};

  if (targets.year && actuals.year && targets.year != *actuals.year) {
    findings.add(severity::warning, "", "", "year_mismatch",
                 "the actuals are for " + std::to_string(*actuals.year) + ", the targets for " + std::to_string(targets.year),
                 actuals.path, {});
  }
  std::map<std::string, const project_actual*> actual_by_id;
  for (const auto& project : actuals.projects) actual_by_id.emplace(project.id, &project);

  std::set<std::string> ids;
  std::vector<std::string> all_ids;
  for (const auto& project : targets.projects) all_ids.push_back(project.id);
  for (const auto& project : targets.projects) {
    if (!ids.insert(project.id).second) {
      findings.add(severity::warning, project.id, "", "duplicate_project",
                   "the project id appears twice in the targets; the second is not scored", targets.path, project.mark);
      continue;
    }
    const auto it = actual_by_id.find(project.id);
    out.projects.push_back(score_project(project, it == actual_by_id.end() ? nullptr : it->second, policy, targets,
                                         actuals, findings));
    if (it == actual_by_id.end()) {
      findings.add(severity::warning, project.id, "", "missing_project_actuals",
                   "no actuals for the project: every indicator is missing", actuals.path, {});
    }
  }
  for (const auto& project : actuals.projects) {
    if (ids.count(project.id)) continue;
    std::string message = "no project '" + project.id + "' in the targets; its actuals are not used";
    if (const auto near = nearest_name(project.id, all_ids, &findings.suggestions)) message += "; did you mean '" + *near + "'?";
    findings.add(severity::warning, project.id, "", "unknown_project", message, actuals.path, project.mark);
  }

  out.grade_counts = {{"优", 0}, {"良", 0}, {"中", 0}, {"差", 0}};
  double weighted = 0;
  double plain = 0;
  for (const auto& project : out.projects) {
    for (auto& [grade, count] : out.grade_counts) {
      if (grade == project.grade) ++count;
    }
    out.budget_total += project.budget;
    weighted += project.total * project.budget;
    plain += project.total;
  }
  if (out.budget_total > 0) {
    out.mean = round_half_up(weighted / out.budget_total);
  } else if (!out.projects.empty()) {
    out.mean = round_half_up(plain / static_cast<double>(out.projects.size()));
  }
  out.budget_total = round_half_up(out.budget_total, 4);
  // Errors and warnings first: the notes (a category inferred for every indicator of
  // a table without categories) must not bury what needs an answer.
  std::stable_sort(out.findings.begin(), out.findings.end(),
                   [](const finding_entry& a, const finding_entry& b) { return a.level < b.level; });
  return out;
}

}  // namespace jixiao::engine
