#include "engine/score/apply_review.hpp"
#include "grammar/text/language.hpp"

#include <string>
#include <vector>

#include "engine/io/input_error.hpp"
#include "grammar/text/spellcheck.hpp"
#include "engine/yaml/yaml_document.hpp"
#include "rules/rounding.hpp"

namespace jixiao::engine {

namespace {

using rules::format_number;

[[noreturn]] void fail(const review_table& review, source_mark at, const std::string& field, text::message message) {
  throw input_error(review.path, at.line, at.column, field, std::move(message));
}

text::message with_nearest(text::message message, const std::string& name, const std::vector<std::string>& names) {
  if (const auto near = nearest_name(name, names)) {
    return text::message(N_("{1}; did you mean '{2}'?"), std::move(message), *near);
  }
  return message;
}

// A deduction may take at most the figure it comes from.
// `sentence` is "the deduction {1} is larger than the … {2} it comes from".
void check_room(const review_table& review, const review_deduction& d, double figure, const std::string& field,
                const char* sentence) {
  if (d.points <= figure + 1e-9) return;
  fail(review, d.mark, field, text::message(sentence, format_number(d.points), format_number(figure)));
}

// "7.00 − 2.00 (review deduction: …) = 5.00": a deduction from `before`.
text::message deduction_line(double before, const review_line& line, int places) {
  return text::message(N_("{1} − {2} (review deduction: {3}) = {4}"), text::message_arg::fixed(before, places),
                        text::message_arg::points(line.points, places), line.reason.view(),
                        text::message_arg::fixed(line.reviewed, places));
}

// "indicators 78.00 + budget 9.50 = 87.50; 87.50 − 1.00 (review deduction: …) = 86.50",
// with the rescaling to 100 between them where indicators are N/A.
void explain_total(project_review_entry& out, const project_entry& p, int places) {
  using text::message;
  using text::message_arg;
  out.explanation.push_back(message(N_("indicators {1} + budget {2} = {3}"),
                                    message_arg::fixed(out.reviewed_points - p.budget_score, places),
                                    message_arg::fixed(p.budget_score, places),
                                    message_arg::fixed(out.reviewed_points, places)));
  if (p.rescaled) {
    out.explanation.push_back(message::formula("; 100 × {1} / {2} = {3}", message_arg::fixed(out.reviewed_points, places),
                                               message_arg::number(p.applicable),
                                               message_arg::fixed(out.before_deduction, places)));
  }
  if (out.deduction.deducted) {
    out.explanation.push_back(message::formula("; "));
    out.explanation.push_back(deduction_line(out.before_deduction, out.deduction, places));
  }
}

project_review_entry review_project(const project_entry& p, const project_review* given, const review_table& review,
                                    const rules::scoring_policy& policy) {
  project_review_entry out;
  out.indicators.resize(p.indicators.size());
  for (std::size_t k = 0; k < p.indicators.size(); ++k) out.indicators[k].reviewed = p.indicators[k].score;
  const std::string project_field = "projects." + quoted_key(p.id.str());
  if (given) {
    std::vector<std::string> names;
    for (const indicator_entry& i : p.indicators) names.push_back(i.name.str());
    for (const indicator_review& ir : given->indicators) {
      const std::string field = project_field + ".indicators." + quoted_key(ir.name);
      std::size_t k = 0;
      while (k < names.size() && names[k] != ir.name) ++k;
      if (k == names.size()) {
        fail(review, ir.mark, field,
             with_nearest(text::message(N_("no indicator '{1}' in project {2}"), ir.name, p.id.str()), ir.name, names));
      }
      const indicator_entry& i = p.indicators[k];
      if (i.status == rules::indicator_status::not_applicable) {
        fail(review, ir.deduction.mark, field + ".deduct", text::message(N_("the indicator does not apply: it has no score to deduct from")));
      }
      if (out.indicators[k].deducted) fail(review, ir.mark, field, text::message(N_("the indicator is reviewed twice")));
      check_room(review, ir.deduction, i.score, field + ".deduct",
                 N_("the deduction {1} is larger than the self-evaluated score {2} it comes from"));
      review_line& line = out.indicators[k];
      line.deducted = true;
      line.points = ir.deduction.points;
      line.reason = text_ref::borrow(ir.deduction.reason);
      line.reviewed = policy.printed(i.score - ir.deduction.points);
    }
  }
  double sum = 0;
  for (std::size_t k = 0; k < p.indicators.size(); ++k) {
    if (p.indicators[k].status != rules::indicator_status::not_applicable) sum += out.indicators[k].reviewed;
  }
  out.reviewed_points = policy.printed(sum + p.budget_score);
  out.before_deduction = out.reviewed_points;
  if (p.rescaled) out.before_deduction = p.applicable > 0 ? policy.printed(100.0 * out.reviewed_points / p.applicable) : 0.0;
  out.deduction.reviewed = out.before_deduction;
  if (given && given->deduction) {
    const review_deduction& d = *given->deduction;
    check_room(review, d, out.before_deduction, project_field + ".deduct",
               N_("the deduction {1} is larger than the reviewed total {2} it comes from"));
    out.deduction.deducted = true;
    out.deduction.points = d.points;
    out.deduction.reason = text_ref::borrow(d.reason);
    out.deduction.reviewed = policy.printed(out.before_deduction - d.points);
  }
  if (policy.graded) out.reviewed_grade = text_ref::borrow(rules::grade_of(out.deduction.reviewed, policy));
  explain_total(out, p, policy.score_decimals);
  return out;
}

}  // namespace

void apply_review(report& r, std::shared_ptr<const review_table> review_ptr) {
  const review_table& review = *review_ptr;
  const rules::scoring_policy& policy = *r.scoring_policy;
  std::vector<std::string> ids;
  for (const project_entry& p : r.projects) ids.push_back(p.id.str());
  std::vector<const project_review*> by_project(r.projects.size(), nullptr);
  for (const project_review& given : review.projects) {
    std::size_t k = 0;
    while (k < ids.size() && ids[k] != given.id) ++k;
    if (k == ids.size()) {
      fail(review, given.mark, "projects", with_nearest(text::message(N_("no project '{1}' in the targets"), given.id), given.id, ids));
    }
    if (by_project[k]) fail(review, given.mark, "projects", text::message(N_("project {1} is reviewed twice"), given.id));
    by_project[k] = &given;
  }
  review_summary summary;
  summary.reviewer = review.reviewer;
  if (policy.graded) summary.grade_counts = rules::zero_grade_counts();
  double weighted = 0;
  double plain = 0;
  double budgets = 0;
  for (std::size_t k = 0; k < r.projects.size(); ++k) {
    const project_entry& p = r.projects[k];
    summary.projects.push_back(review_project(p, by_project[k], review, policy));
    const double total = summary.projects.back().reviewed_total();
    if (policy.graded) ++summary.grade_counts[rules::grade_index(total, policy)].second;
    weighted += total * p.budget;
    plain += total;
    budgets += p.budget;
  }
  if (budgets > 0) {
    summary.mean = policy.printed(weighted / budgets);
  } else if (!r.projects.empty()) {
    summary.mean = policy.printed(plain / static_cast<double>(r.projects.size()));
  }
  summary.table = std::move(review_ptr);
  r.review = std::move(summary);
}

}  // namespace jixiao::engine
