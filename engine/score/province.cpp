#include "engine/score/province.hpp"

#include <algorithm>
#include <limits>

#include "rules/rounding.hpp"

namespace jixiao::engine {

namespace {

// Ascending by total; ties by department, then id, so that the list is the same
// whatever order the departments finish in.
bool ranks_lower(const ranked_project& a, const ranked_project& b) {
  return a.total != b.total ? a.total < b.total : a.department != b.department ? a.department < b.department : a.id < b.id;
}

// Keeps the `count` lowest of `list`, sorted.
void keep_lowest(std::vector<ranked_project>& list, std::size_t count) {
  if (list.size() > count) {
    std::partial_sort(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(count), list.end(), ranks_lower);
    list.resize(count);
  } else {
    std::sort(list.begin(), list.end(), ranks_lower);
  }
}

}  // namespace

department_digest digest_of(const std::string& name, const report& r, std::size_t lowest_count) {
  department_digest d;
  d.line = {name, true, r.projects.size(), r.grade_counts, r.mean, r.budget_total, {}};
  d.totals.reserve(r.projects.size());
  // Only a project that may rank among the lowest is copied: none above the
  // highest kept at the last trim, when the list held that many.
  double ceiling = std::numeric_limits<double>::infinity();
  for (const auto& p : r.projects) {
    d.totals.emplace_back(p.total, p.budget);
    if (lowest_count == 0 || p.total > ceiling) continue;
    d.lowest.push_back({p.total, name, p.id.str(), p.name.str(), p.grade.str()});
    if (d.lowest.size() >= 2 * lowest_count) {
      keep_lowest(d.lowest, lowest_count);
      ceiling = d.lowest.back().total;
    }
  }
  keep_lowest(d.lowest, lowest_count);
  d.reviewed = r.review.has_value();
  d.reviewed_grades = r.review ? r.review->grade_counts : r.grade_counts;
  d.reviewed_totals.reserve(r.projects.size());
  for (std::size_t k = 0; k < r.projects.size(); ++k) {
    d.reviewed_totals.push_back(r.review ? r.review->projects[k].reviewed_total() : r.projects[k].total);
  }
  for (const auto& f : r.findings) {
    const auto counted = d.findings_by_kind.find(f.kind.code());
    if (counted != d.findings_by_kind.end()) {
      ++counted->second;
    } else {
      d.findings_by_kind.emplace(f.kind.code(), 1);
    }
  }
  return d;
}

department_digest failed_digest(const std::string& name, const std::string& error) {
  department_digest d;
  d.line.name = name;
  d.line.error = error;
  return d;
}

void province_summary::add(const department_digest& department) {
  departments.push_back(department.line);
  if (!department.line.ok) {
    ++failed;
    return;
  }
  const auto& department_grades = department.line.grades;
  for (std::size_t i = 0; i < grades.size() && i < department_grades.size(); ++i) {
    grades[i].second += department_grades[i].second;
  }
  for (std::size_t k = 0; k < department.totals.size(); ++k) {
    const auto& [total, budget] = department.totals[k];
    weighted_sum += total * budget;
    budget_total += budget;
    reviewed_weighted_sum += department.reviewed_totals[k] * budget;
  }
  if (department.reviewed) ++reviewed_departments;
  for (std::size_t i = 0; i < reviewed_grades.size() && i < department.reviewed_grades.size(); ++i) {
    reviewed_grades[i].second += department.reviewed_grades[i].second;
  }
  lowest.insert(lowest.end(), department.lowest.begin(), department.lowest.end());
  keep_lowest(lowest, lowest_count);
  for (const auto& [kind, count] : department.findings_by_kind) findings_by_kind[kind] += count;
}

void province_summary::use_policy(const rules::scoring_policy& policy) {
  places = policy.score_decimals;
  rounding = policy.rounding;
  if (!policy.graded) {
    grades.clear();
    reviewed_grades.clear();
  }
}

void province_summary::finish() {
  mean = budget_total > 0 ? rules::round_at(weighted_sum / budget_total, places, rounding) : 0;
  reviewed_mean = budget_total > 0 ? rules::round_at(reviewed_weighted_sum / budget_total, places, rounding) : 0;
}

}  // namespace jixiao::engine
