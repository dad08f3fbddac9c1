#include "engine/report/report_view.hpp"

#include <algorithm>

#include "engine/report/format_util.hpp"
#include "grammar/text/language.hpp"
#include "rules/policy.hpp"

namespace jixiao::engine {

namespace {

constexpr const char* inferred_kind = "category_inferred";

}  // namespace

std::pair<std::string, std::string> category_levels(const indicator_entry& i) {
  const std::string category = i.category.str();
  const auto slash = category.find('/');
  std::string first = rules::first_level_of(category);
  std::string second = slash == std::string::npos ? std::string() : category.substr(slash + 1);
  first = category_label(first);
  second = category_label(second);
  if (i.category_inferred) (second.empty() ? first : second) += "*";
  return {first, second};
}

std::vector<const finding_entry*> indicator_findings(const report& r, const project_entry& p, const indicator_entry& i) {
  std::vector<const finding_entry*> out;
  for (const finding_entry& f : r.findings) {
    if (!f.indicator.empty() && f.project == p.id && f.indicator == i.name) out.push_back(&f);
  }
  return out;
}

std::vector<const finding_entry*> deviation_findings(const report& r, const project_entry& p, const indicator_entry& i) {
  std::vector<const finding_entry*> out = indicator_findings(r, p, i);
  out.erase(std::remove_if(out.begin(), out.end(), [](const finding_entry* f) { return f->kind == inferred_kind; }),
            out.end());
  return out;
}

std::vector<const finding_entry*> project_findings(const report& r, const project_entry& p) {
  std::vector<const finding_entry*> out;
  for (const finding_entry& f : r.findings) {
    if (f.indicator.empty() && f.project == p.id) out.push_back(&f);
  }
  return out;
}

std::vector<category_share> category_shares(const report& r) {
  std::vector<category_share> shares;
  const auto share_of = [&](const std::string& category) -> category_share& {
    for (category_share& s : shares) {
      if (s.category == category) return s;
    }
    shares.push_back({category, 0, 0, 0});
    return shares.back();
  };
  for (const project_entry& p : r.projects) {
    for (const indicator_entry& i : p.indicators) {
      if (i.status == rules::indicator_status::not_applicable) continue;
      category_share& s = share_of(rules::first_level_of(i.category.str()));
      s.earned += i.score;
      s.available += i.weight;
    }
  }
  if (!r.projects.empty()) {
    category_share budget{text::tr("Budget execution"), 0, 0, 0};
    for (const project_entry& p : r.projects) {
      budget.earned += p.budget_score;
      budget.available += p.budget_weight;
    }
    shares.push_back(budget);
  }
  for (category_share& s : shares) {
    s.earned = round_safely(s.earned, 2);
    s.available = round_safely(s.available, 4);
    s.percent = s.available > 0 ? round_safely(100 * s.earned / s.available, 2) : 0;
  }
  return shares;
}

}  // namespace jixiao::engine
