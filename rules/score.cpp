#include "rules/score.hpp"

#include <algorithm>
#include <cmath>

#include "grammar/dates.hpp"
#include "rules/rounding.hpp"

namespace jixiao::rules {

namespace {

std::string num(double x) { return format_number(x); }

// The explanation's tail "= 7.20" and the rounded score, from an unrounded value.
score_result scored(double raw, double w, indicator_status status, std::string formula) {
  score_result r;
  r.score = round_half_up(std::clamp(raw, 0.0, std::max(w, 0.0)));
  r.status = status;
  r.explanation = std::move(formula) + " = " + format_fixed(r.score);
  return r;
}

score_result full(double w, std::string reason) {
  score_result r;
  r.score = round_half_up(w);
  r.status = indicator_status::met;
  r.explanation = std::move(reason) + " → " + format_fixed(r.score);
  return r;
}

score_result zero(indicator_status status, std::string reason) {
  score_result r;
  r.status = status;
  r.explanation = std::move(reason) + " → 0.00";
  return r;
}

score_result mismatch(const actual_value& a, std::string expected) {
  score_result r = zero(indicator_status::not_met, "the actual does not fit the target");
  r.findings.push_back({"actual_mismatch", "expected " + std::move(expected) + ", found '" + a.written + "'"});
  return r;
}

// Over-achievement: still the full weight, a finding, and the deduction when the
// actual gives cause: target_too_low.
void apply_over_achievement(score_result& r, double deviation, double w, const actual_value& a,
                            const scoring_policy& policy, const std::string& target_text) {
  if (!(deviation > policy.over_threshold + 1e-12)) return;
  r.status = indicator_status::exceeded;
  if (a.cause_target_too_low) {
    const double deduction = w * std::min(policy.max_deduction, deviation - policy.over_threshold);
    r.score = round_half_up(std::max(0.0, w - deduction));
    r.explanation = num(w) + " − " + num(w) + " × min(" + format_percent(policy.max_deduction) + ", " +
                    format_percent(deviation) + " − " + format_percent(policy.over_threshold) +
                    ") = " + format_fixed(r.score);
    r.findings.push_back({"over_achievement", "the actual " + num(a.number) + " beats the target " + target_text +
                                                  " by " + format_percent(deviation) +
                                                  "; the target was set too low: deducted " +
                                                  format_fixed(deduction)});
  } else {
    r.findings.push_back({"over_achievement", "the actual " + num(a.number) + " beats the target " + target_text +
                                                  " by " + format_percent(deviation) + ", above the " +
                                                  format_percent(policy.over_threshold) +
                                                  " threshold: explain it, or give cause: target_too_low"});
  }
}

score_result more_is_better(double a, double t, comparison op, double w, const actual_value& actual,
                            const scoring_policy& policy) {
  if (t == 0) {
    if (op == comparison::gt) {
      return a > 0 ? full(w, num(a) + " > 0") : zero(indicator_status::not_met, num(a) + " is not > 0");
    }
    if (op == comparison::eq) {
      return a <= 0 ? full(w, num(a) + " = 0") : zero(indicator_status::not_met, num(a) + " ≠ 0 (zero target)");
    }
    return full(w, num(a) + " ≥ 0");
  }
  if (op == comparison::eq && policy.strict_equal) {
    if (a == t) return full(w, num(a) + " = " + num(t));
    return scored(w * std::min(a, t) / std::max(a, t), w, indicator_status::not_met,
                  num(w) + " × " + num(std::min(a, t)) + " / " + num(std::max(a, t)));
  }
  if (a >= t) {
    score_result r = full(w, num(a) + " ≥ " + num(t));
    apply_over_achievement(r, (a - t) / t, w, actual, policy, num(t));
    return r;
  }
  return scored(w * a / t, w, indicator_status::not_met, num(w) + " × " + num(a) + " / " + num(t));
}

score_result less_is_better(double a, double t, double w, const actual_value& actual, const scoring_policy& policy) {
  if (t == 0) {
    return a <= 0 ? full(w, num(a) + " ≤ 0") : zero(indicator_status::not_met, num(a) + " > 0 (zero target)");
  }
  if (a <= t) {
    score_result r = full(w, num(a) + " ≤ " + num(t));
    apply_over_achievement(r, (t - a) / t, w, actual, policy, num(t));
    return r;
  }
  if (policy.less_is_better == less_is_better_formula::linear) {
    return scored(w * std::max(0.0, 1.0 - (a - t) / t), w, indicator_status::not_met,
                  num(w) + " × max(0, 1 − (" + num(a) + " − " + num(t) + ") / " + num(t) + ")");
  }
  return scored(w * t / a, w, indicator_status::not_met, num(w) + " × " + num(t) + " / " + num(a));
}

score_result in_range(double a, double lo, double hi, double w) {
  if (a >= lo && a <= hi) return full(w, num(lo) + " ≤ " + num(a) + " ≤ " + num(hi));
  if (a < lo) return scored(w * a / lo, w, indicator_status::not_met, num(w) + " × " + num(a) + " / " + num(lo));
  return scored(w * hi / a, w, indicator_status::not_met, num(w) + " × " + num(hi) + " / " + num(a));
}

score_result approximately(double a, double t, comparison op, double w, const actual_value& actual,
                           const scoring_policy& policy) {
  if (t == 0) return more_is_better(a, t, comparison::eq, w, actual, policy);
  const double lower = t * (1 - policy.approximate_tolerance);
  const double upper = t * (1 + policy.approximate_tolerance);
  if (op == comparison::le || op == comparison::lt) {
    if (a <= upper) return full(w, num(a) + " ≤ " + num(upper) + " (" + num(t) + " + " +
                                       format_percent(policy.approximate_tolerance) + ")");
    return scored(w * upper / a, w, indicator_status::not_met, num(w) + " × " + num(upper) + " / " + num(a));
  }
  if (a < lower) {
    return scored(w * a / lower, w, indicator_status::not_met, num(w) + " × " + num(a) + " / " + num(lower));
  }
  const std::string band = "[" + num(lower) + ", " + num(upper) + "]";
  score_result r = full(w, a <= upper ? num(a) + " in " + band : num(a) + " above " + band);
  apply_over_achievement(r, (a - t) / t, w, actual, policy, num(t) + "左右");
  return r;
}

double tier_point(const actual_value& a, const scoring_policy& policy) {
  if (a.ratio) return *a.ratio;
  return policy.tiers[static_cast<std::size_t>(*a.tier)].default_point;
}

grade_tier tier_of_point(double point, const scoring_policy& policy) {
  if (point >= policy.tiers[0].low) return grade_tier::achieved;
  if (point >= policy.tiers[1].low) return grade_tier::partly;
  return grade_tier::not_achieved;
}

score_result graded(const rule& r, const actual_value& a, double w, const scoring_policy& policy) {
  double point = 0;
  std::string label;
  grade_tier tier = grade_tier::achieved;
  if (a.kind == actual_kind::grade && a.tier) {
    point = tier_point(a, policy);
    tier = *a.tier;
    label = tier_name(tier);
  } else if (a.kind == actual_kind::grade && a.level) {
    point = policy.five_level[static_cast<std::size_t>(*a.level)];
    tier = tier_of_point(point, policy);
    label = level_name(*a.level);
  } else if (a.kind == actual_kind::phrase && r.phrase &&
             (*a.phrase == *r.phrase || r.phrase->find(*a.phrase + " ") == 0 ||
              (r.phrase->size() > a.phrase->size() &&
               r.phrase->compare(r.phrase->size() - a.phrase->size() - 1, std::string::npos, " " + *a.phrase) == 0))) {
    point = policy.tiers[0].default_point;
    label = *a.phrase + " = 达成";
  } else {
    return mismatch(a, "a grade (达成, 部分达成, 未达成, or 好 … 差)");
  }
  score_result result = scored(w * point, w, tier == grade_tier::achieved ? indicator_status::met
                                                                         : indicator_status::not_met,
                               num(w) + " × " + format_percent(point) + " (" + label + ")");
  return result;
}

score_result by_deadline(const rule& r, const actual_value& a, double w, const scoring_policy& policy, int year) {
  if (a.kind == actual_kind::grade) return graded(r, a, w, policy);
  if (a.kind != actual_kind::date) return mismatch(a, "the date it was done");
  const calendar_date& due = *r.deadline;
  const int due_year = due.year.value_or(year);
  const int due_day = due.day == 0 ? grammar::days_in_month(due_year, due.month) : due.day;
  const int done_year = a.date->year.value_or(year);
  const long late = grammar::days_from_civil(done_year, a.date->month, a.date->day) -
                    grammar::days_from_civil(due_year, due.month, due_day);
  const std::string done = grammar::format_date(done_year, a.date->month, a.date->day);
  const std::string deadline = grammar::format_date(due_year, due.month, due_day);
  if (late <= 0) return full(w, done + " ≤ " + deadline);
  const long weeks = (late + 6) / 7;
  return scored(w * std::max(0.0, 1.0 - static_cast<double>(weeks) * policy.deadline_penalty_per_week), w,
                indicator_status::not_met,
                std::to_string(late) + " days late, " + std::to_string(weeks) + " started weeks: " + num(w) +
                    " × (1 − " + std::to_string(weeks) + " × " + format_percent(policy.deadline_penalty_per_week) +
                    ")");
}

double reference_value(const rule& r) { return r.op == comparison::between ? *r.low : r.value.value_or(0); }

score_result quantitative(const rule& r, const actual_value& a, double w, const scoring_policy& policy) {
  if (a.kind != actual_kind::number) return mismatch(a, "a number");
  if (a.unit && r.unit && *a.unit != *r.unit) {
    score_result result = zero(indicator_status::not_met, "unit '" + *a.unit + "' is not the target's '" + *r.unit + "'");
    result.findings.push_back({"unit_mismatch", "the actual '" + a.written + "' is in '" + *a.unit +
                                                    "', the target in '" + *r.unit + "': not scored"});
    return result;
  }
  if (!a.unit && r.unit == std::string("%") && a.number > 0 && a.number <= 1 && reference_value(r) > 1) {
    score_result result = zero(indicator_status::not_met, "ambiguous fraction");
    result.findings.push_back({"ambiguous_fraction", "the bare value " + a.written + " against a % target may mean " +
                                                         num(a.number * 100) + "% or " + num(a.number) +
                                                         "%: write it with %; not scored"});
    return result;
  }
  const double x = a.number;
  if (r.op == comparison::between) return in_range(x, *r.low, *r.high, w);
  if (r.approximate) return approximately(x, *r.value, *r.op, w, a, policy);
  if (r.op == comparison::le || r.op == comparison::lt) return less_is_better(x, *r.value, w, a, policy);
  return more_is_better(x, *r.value, *r.op, w, a, policy);
}

}  // namespace

score_result score_indicator(const rule& r, const actual_value* a, double w, const scoring_policy& policy, int year) {
  if (a == nullptr) {
    score_result result = zero(indicator_status::missing, "no actual");
    result.findings.push_back({"missing_actual", "no actual value was supplied: scored 0"});
    return result;
  }
  if (a->kind == actual_kind::not_applicable) {
    score_result result;
    result.status = indicator_status::not_applicable;
    result.explanation = "不适用: the weight " + num(w) + " leaves the total";
    return result;
  }
  score_result result;
  switch (r.kind) {
    case rule_kind::quantitative: result = quantitative(r, *a, w, policy); break;
    case rule_kind::qualitative: result = graded(r, *a, w, policy); break;
    case rule_kind::deadline: result = by_deadline(r, *a, w, policy, year); break;
    case rule_kind::deferred:
      if (a->planned && a->kind == actual_kind::number) {
        result = more_is_better(a->number, *a->planned, comparison::ge, w, *a, policy);
        result.explanation = "planned " + num(*a->planned) + ": " + result.explanation;
      } else if (a->kind == actual_kind::number) {
        result = mismatch(*a, "a grade, or {planned: …, value: …} for a deferred target");
      } else {
        result = graded(r, *a, w, policy);
      }
      break;
  }
  if (result.status == indicator_status::not_met && a->note.empty()) {
    result.findings.push_back({"no_reason", "a shortfall with no note giving the reason (偏差原因分析)"});
  }
  return result;
}

const char* status_name(indicator_status status) {
  switch (status) {
    case indicator_status::met: return "达成";
    case indicator_status::not_met: return "未达成";
    case indicator_status::exceeded: return "超额";
    case indicator_status::not_applicable: return "不适用";
    case indicator_status::missing: return "缺失";
  }
  return "";
}

}  // namespace jixiao::rules
