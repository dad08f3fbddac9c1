#include "rules/score.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "grammar/dates.hpp"
#include "grammar/text/language.hpp"
#include "grammar/text/same_text.hpp"
#include "rules/rounding.hpp"

namespace jixiao::rules {

using text::message;
using text::message_arg;
using text::message_chain;

namespace {

message_arg num(double x) { return message_arg::number(x); }
message_arg pct(double ratio) { return message_arg::percent(ratio); }

constexpr double not_reconciled = std::numeric_limits<double>::quiet_NaN();

// An approximate target's word (5左右): data, as the targets write it.
constexpr std::string_view approximate_word = "左右";

// What every scoring function needs besides the values: the weight, the policy, and
// the one result they all fill (no result is made and moved per step: a province
// scores millions). The explanation is data: values kept, written by the writers.
struct context {
  double w;
  const scoring_policy& policy;
  score_outcome& r;
  message_chain& explanation;  // the result's, or the report line's own

  message_arg printed(double score) const { return message_arg::fixed(score, policy.score_decimals); }
};

// The score from an unrounded value, and the explanation `formula` makes of the
// printed score: "8 × 45 / 50 = {4}".
template <typename Formula>
void scored(const context& c, double raw, indicator_status status, Formula formula) {
  c.r.score = c.policy.printed(std::clamp(raw, 0.0, std::max(c.w, 0.0)));
  c.r.status = status;
  c.explanation.push_back_made([&] { return formula(c.printed(c.r.score)); });
}

// The full weight, with the reason: "5 ≥ 5 → {3}".
template <typename Reason>
void full(const context& c, Reason reason) {
  c.r.score = c.policy.printed(c.w);
  c.r.status = indicator_status::met;
  c.explanation.push_back_made([&] { return reason(c.printed(c.r.score)); });
}

// Nothing, with the reason: "no actual → {1}".
template <typename Reason>
void zero(const context& c, indicator_status status, Reason reason) {
  c.r.score = 0;
  c.r.status = status;
  c.explanation.push_back_made([&] { return reason(c.printed(0)); });
}

void add_finding(score_outcome& r, finding_kind kind, message text) { r.findings.push_back({kind, std::move(text)}); }

// What the actual should have been, for actual_mismatch.
enum class expected { number, grade, date, deferred };

void mismatch(const context& c, const actual_value& a, expected what) {
  zero(c, indicator_status::not_met,
       [](message_arg s) { return message(N_("the actual does not fit the target → {1}"), std::move(s)); });
  message text;
  switch (what) {
    case expected::number:
      text = message(N_("the actual should be a number, found '{1}': not scored"), a.written);
      break;
    case expected::grade:
      text = message(N_("expected a grade ({1}, {2}, {3}, or {4} … {5}), found '{6}'"),
                     tier_name(grade_tier::achieved), tier_name(grade_tier::partly),
                     tier_name(grade_tier::not_achieved), level_name(grade_level::good), level_name(grade_level::poor),
                     a.written);
      break;
    case expected::date:
      text = message(N_("expected the date it was done, found '{1}'"), a.written);
      break;
    case expected::deferred:
      text = message(N_("expected a grade, or {1} for a deferred target, found '{2}'"), "{planned: …, value: …}",
                     a.written);
      break;
  }
  add_finding(c.r, finding_kind::actual_mismatch, std::move(text));
}

// Over-achievement, when `deviation` is past the policy's threshold: still the full
// weight, a finding, and the deduction when the actual gives cause: target_too_low.
// `value` is the actual in the target's unit; the target reads as `target` followed
// by `suffix` (左右 for an approximate one).
void over_achieved(const context& c, double deviation, double value, const actual_value& a, double target,
                   std::string_view suffix) {
  const scoring_policy& policy = c.policy;
  const double w = c.w;
  score_outcome& r = c.r;
  r.status = indicator_status::exceeded;
  std::string target_text = format_number(target).append(suffix);
  if (a.cause_target_too_low) {
    const double deduction = w * std::min(policy.max_deduction, deviation - policy.over_threshold);
    r.score = policy.printed(std::max(0.0, w - deduction));
    c.explanation.clear();
    c.explanation.push_back(deviation - policy.over_threshold < policy.max_deduction
                                ? message::formula("{1} − {2} × ({3} − {4}) = {5}", num(w), num(w), pct(deviation),
                                                   pct(policy.over_threshold), c.printed(r.score))
                                : message(N_("{1} − {2} × {3} (the most deducted) = {4}"), num(w), num(w),
                                          pct(policy.max_deduction), c.printed(r.score)));
    add_finding(r, finding_kind::over_achievement,
                message(N_("the actual {1} beats the target {2} by {3}; the target was set too low: deducted {4}"),
                        num(value), std::move(target_text), pct(deviation), message_arg::fixed(deduction, 2)));
  } else {
    add_finding(r, finding_kind::over_achievement,
                message(N_("the actual {1} beats the target {2} by {3}, above the {4} threshold: explain it, or give "
                           "cause: target_too_low"),
                        num(value), std::move(target_text), pct(deviation), pct(policy.over_threshold)));
  }
}

// The threshold checked here, the rest (rare) made out of line.
void apply_over_achievement(const context& c, double deviation, double value, const actual_value& a, double target,
                            std::string_view suffix = {}) {
  if (deviation > c.policy.over_threshold + 1e-12) over_achieved(c, deviation, value, a, target, suffix);
}

void more_is_better(const context& c, double a, double t, comparison op, const actual_value& actual) {
  const double w = c.w;
  if (t == 0) {
    if (op == comparison::gt) {
      return a > 0 ? full(c, [&](message_arg s) { return message::formula("{1} > 0 → {2}", num(a), std::move(s)); })
                   : zero(c, indicator_status::not_met,
                          [&](message_arg s) { return message(N_("{1} is not > 0 → {2}"), num(a), std::move(s)); });
    }
    if (op == comparison::eq) {
      return a <= 0 ? full(c, [&](message_arg s) { return message::formula("{1} = 0 → {2}", num(a), std::move(s)); })
                    : zero(c, indicator_status::not_met, [&](message_arg s) {
                        return message(N_("{1} ≠ 0 (zero target) → {2}"), num(a), std::move(s));
                      });
    }
    return full(c, [&](message_arg s) { return message::formula("{1} ≥ 0 → {2}", num(a), std::move(s)); });
  }
  if (op == comparison::eq && c.policy.strict_equal) {
    if (a == t) {
      return full(c, [&](message_arg s) { return message::formula("{1} = {2} → {3}", num(a), num(t), std::move(s)); });
    }
    return scored(c, w * std::min(a, t) / std::max(a, t), indicator_status::not_met, [&](message_arg s) {
      return message::formula("{1} × {2} / {3} = {4}", num(w), num(std::min(a, t)), num(std::max(a, t)), std::move(s));
    });
  }
  if (a >= t) {
    full(c, [&](message_arg s) { return message::formula("{1} ≥ {2} → {3}", num(a), num(t), std::move(s)); });
    apply_over_achievement(c, (a - t) / t, a, actual, t);
    return;
  }
  return scored(c, w * a / t, indicator_status::not_met, [&](message_arg s) {
    return message::formula("{1} × {2} / {3} = {4}", num(w), num(a), num(t), std::move(s));
  });
}

void less_is_better(const context& c, double a, double t, const actual_value& actual) {
  const double w = c.w;
  if (t == 0) {
    return a <= 0 ? full(c, [&](message_arg s) { return message::formula("{1} ≤ 0 → {2}", num(a), std::move(s)); })
                  : zero(c, indicator_status::not_met, [&](message_arg s) {
                      return message(N_("{1} > 0 (zero target) → {2}"), num(a), std::move(s));
                    });
  }
  if (a <= t) {
    full(c, [&](message_arg s) { return message::formula("{1} ≤ {2} → {3}", num(a), num(t), std::move(s)); });
    apply_over_achievement(c, (t - a) / t, a, actual, t);
    return;
  }
  if (c.policy.less_is_better == less_is_better_formula::linear) {
    return scored(c, w * std::max(0.0, 1.0 - (a - t) / t), indicator_status::not_met, [&](message_arg s) {
      return message::formula("{1} × max(0, 1 − ({2} − {3}) / {3}) = {4}", num(w), num(a), num(t), std::move(s));
    });
  }
  return scored(c, w * t / a, indicator_status::not_met, [&](message_arg s) {
    return message::formula("{1} × {2} / {3} = {4}", num(w), num(t), num(a), std::move(s));
  });
}

void in_range(const context& c, double a, double lo, double hi) {
  const double w = c.w;
  if (a >= lo && a <= hi) {
    return full(c, [&](message_arg s) {
      return message::formula("{1} ≤ {2} ≤ {3} → {4}", num(lo), num(a), num(hi), std::move(s));
    });
  }
  const double bound = a < lo ? lo : hi;
  return scored(c, a < lo ? w * a / lo : w * hi / a, indicator_status::not_met, [&](message_arg s) {
    return a < lo ? message::formula("{1} × {2} / {3} = {4}", num(w), num(a), num(bound), std::move(s))
                  : message::formula("{1} × {2} / {3} = {4}", num(w), num(bound), num(a), std::move(s));
  });
}

void approximately(const context& c, double a, double t, comparison op, const actual_value& actual) {
  const double w = c.w;
  if (t == 0) return more_is_better(c, a, t, comparison::eq, actual);
  const double tolerance = c.policy.approximate_tolerance;
  const double lower = t * (1 - tolerance);
  const double upper = t * (1 + tolerance);
  if (op == comparison::le || op == comparison::lt) {
    if (a <= upper) {
      return full(c, [&](message_arg s) {
        return message::formula("{1} ≤ {2} ({3} + {4}) → {5}", num(a), num(upper), num(t), pct(tolerance),
                                std::move(s));
      });
    }
    return scored(c, w * upper / a, indicator_status::not_met, [&](message_arg s) {
      return message::formula("{1} × {2} / {3} = {4}", num(w), num(upper), num(a), std::move(s));
    });
  }
  if (a < lower) {
    return scored(c, w * a / lower, indicator_status::not_met, [&](message_arg s) {
      return message::formula("{1} × {2} / {3} = {4}", num(w), num(a), num(lower), std::move(s));
    });
  }
  full(c, [&](message_arg s) {
    return a <= upper ? message(N_("{1} in [{2}, {3}] → {4}"), num(a), num(lower), num(upper), std::move(s))
                      : message(N_("{1} above [{2}, {3}] → {4}"), num(a), num(lower), num(upper), std::move(s));
  });
  apply_over_achievement(c, (a - t) / t, a, actual, t, approximate_word);
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

// The actual names the target's own phrase (or one of its space-separated words at
// either end): 达成.
bool names_the_phrase(const rule& r, const actual_value& a) {
  if (a.kind != actual_kind::phrase || !r.phrase) return false;
  const std::string& target = *r.phrase;
  const std::string& given = *a.phrase;
  if (target == given) return true;
  if (target.size() <= given.size()) return false;
  const bool at_start = target.compare(0, given.size(), given) == 0 && target[given.size()] == ' ';
  const bool at_end = target.compare(target.size() - given.size(), given.size(), given) == 0 &&
                      target[target.size() - given.size() - 1] == ' ';
  return at_start || at_end;
}

void graded(const context& c, const rule& r, const actual_value& a) {
  const scoring_policy& policy = c.policy;
  double point = 0;
  grade_tier tier = grade_tier::achieved;
  if (a.kind == actual_kind::grade && a.tier) {
    point = tier_point(a, policy);
    tier = *a.tier;
  } else if (a.kind == actual_kind::grade && a.level) {
    point = policy.five_level[static_cast<std::size_t>(*a.level)];
    tier = tier_of_point(point, policy);
  } else if (names_the_phrase(r, a)) {
    point = policy.tiers[0].default_point;
  } else {
    return mismatch(c, a, expected::grade);
  }
  return scored(c, c.w * point, tier == grade_tier::achieved ? indicator_status::met : indicator_status::not_met,
                [&](message_arg s) {
                  if (a.kind == actual_kind::grade) {
                    const char* label = a.tier ? tier_label_source(*a.tier) : level_label_source(*a.level);
                    return message::formula("{1} × {2} ({3}) = {4}", num(c.w), pct(point), message_arg::label(label),
                                            std::move(s));
                  }
                  return message::formula("{1} × {2} ({3} = {4}) = {5}", num(c.w), pct(point), *a.phrase,
                                          message_arg::label(tier_label_source(grade_tier::achieved)), std::move(s));
                });
}

void by_deadline(const context& c, const rule& r, const actual_value& a, int year) {
  if (a.kind == actual_kind::grade) return graded(c, r, a);
  if (a.kind != actual_kind::date) return mismatch(c, a, expected::date);
  const calendar_date& due = *r.deadline;
  const int due_year = due.year.value_or(year);
  const int due_day = due.day == 0 ? grammar::days_in_month(due_year, due.month) : due.day;
  const int done_year = a.date->year.value_or(year);
  const int done_day = a.date->day == 0 ? grammar::days_in_month(done_year, a.date->month) : a.date->day;  // 10月
  const long late = grammar::days_from_civil(done_year, a.date->month, done_day) -
                    grammar::days_from_civil(due_year, due.month, due_day);
  if (late <= 0) {
    return full(c, [&](message_arg s) {
      return message::formula("{1} ≤ {2} → {3}", grammar::format_date(done_year, a.date->month, done_day),
                              grammar::format_date(due_year, due.month, due_day), std::move(s));
    });
  }
  const long weeks = (late + 6) / 7;
  const double per_week = c.policy.deadline_penalty_per_week;
  return scored(c, c.w * std::max(0.0, 1.0 - static_cast<double>(weeks) * per_week), indicator_status::not_met,
                [&](message_arg s) {
                  return message(N_("{1} days late, {2} started weeks: {3} × (1 − {2} × {4}) = {5}"),
                                 message_arg::whole(late), message_arg::whole(weeks), num(c.w), pct(per_week),
                                 std::move(s));
                });
}

double reference_value(const rule& r) { return r.op == comparison::between ? *r.low : r.value.value_or(0); }

// A unit not reconciled: 0 and the finding, never a silent score.
void unit_mismatch(const context& c, const actual_value& a, std::string_view target_unit) {
  zero(c, indicator_status::not_met, [&](message_arg s) {
    return message(N_("unit '{1}' is not the target's '{2}' → {3}"), a.unit.value_or(""), target_unit, std::move(s));
  });
  add_finding(c.r, finding_kind::unit_mismatch,
              message(N_("the actual '{1}' is in '{2}', the target in '{3}': not scored"), a.written, *a.unit,
                      target_unit));
}

// The actual's number in the target's unit (SCORING.md section 3, Units; the
// bare-number rule is docs/decisions.md's): magnitudes convert within one base
// (52000株 = 5.2万株); a bare 万 on either side takes the other side's base, with a
// note; a bare number against a magnitude is in the target's unit unless it is more
// than √factor times `reference` (100 times for 万), then in the base unit, with a
// note. NaN when the units cannot be reconciled: scored 0, with the finding. (Not an
// optional: returned through memory, its flag byte read back as a word stalls the
// store buffer, once an indicator.)
double converted_to_target_unit(const context& c, const rule& r, const actual_value& a, double reference) {
  const double x = a.number;
  if (!r.unit) {
    if (!a.unit) return x;
    const unit_parts given = split_magnitude(*a.unit);
    if (given.factor == 1) return x;  // the unit column was left empty: the actual's unit is not checked
    if (given.base.empty()) return x * given.factor;  // 1.2万 is 12000
    zero(c, indicator_status::not_met,
         [](message_arg s) { return message(N_("the target has no unit to convert into → {1}"), std::move(s)); });
    add_finding(c.r, finding_kind::unit_mismatch,
                message(N_("the actual '{1}' is in '{2}', the target has no unit: write the target's unit, or the "
                           "actual as a plain number; not scored"),
                        a.written, *a.unit));
    return not_reconciled;
  }
  const unit_parts target = split_magnitude(*r.unit);
  if (!a.unit) {
    if (target.factor == 1 || !(reference > 0) || x <= std::sqrt(target.factor) * reference) return x;
    const double converted = x / target.factor;
    add_finding(c.r, finding_kind::magnitude_read,
                message(N_("the bare value {1} is read as {2} {3} = {4} {5} (as {5} it would be {6} times the target)"),
                        a.written, num(x), target.base, num(converted), *r.unit, num(x / reference)));
    return converted;
  }
  const unit_parts given = split_magnitude(*a.unit);
  if (given.base == target.base) return x * given.factor / target.factor;
  if (target.base.empty() || given.base.empty()) {
    const bool target_bare = target.base.empty();
    const std::string_view base = target_bare ? given.base : target.base;
    const std::string_view magnitude = target_bare ? target.magnitude : given.magnitude;
    std::string read_as = std::string(magnitude).append(base);
    add_finding(c.r, finding_kind::magnitude_read,
                target_bare ? message(N_("the target's bare '{1}' is read as '{2}'"), magnitude, std::move(read_as))
                            : message(N_("the actual's bare '{1}' is read as '{2}'"), magnitude, std::move(read_as)));
    return x * given.factor / target.factor;
  }
  unit_mismatch(c, a, *r.unit);
  return not_reconciled;
}

// The common cases first, without splitting a unit: the actual in the target's unit,
// no unit on either side, or a bare actual no more than the reference (every
// magnitude's √factor is 100 or more, so it is in the target's unit).
double in_target_unit(const context& c, const rule& r, const actual_value& a, double reference) {
  if (!a.unit) {
    if (!r.unit || !(reference > 0) || a.number <= reference) return a.number;
  } else if (r.unit && text::same_text(*a.unit, *r.unit)) {
    return a.number;
  }
  return converted_to_target_unit(c, r, a, reference);
}

// "52000 株 = 5.2 万株: " before the explanation of a converted actual (`x`, when it
// is not the actual's number).
void explain_conversion(const context& c, const actual_value& a, double x, const rule& r) {
  const std::string unit = a.unit.value_or(std::string(split_magnitude(r.unit.value_or("")).base));
  const std::string target_unit = r.unit.value_or("");
  c.explanation.push_front(message::formula("{1}{2} = {3}{4}: ", num(a.number), unit.empty() ? "" : " " + unit,
                                              num(x), target_unit.empty() ? "" : " " + target_unit));
}

void quantitative(const context& c, const rule& r, const actual_value& a) {
  if (a.kind != actual_kind::number) return mismatch(c, a, expected::number);
  if (!a.unit && r.unit && std::string_view(*r.unit) == std::string_view("%") && a.number > 0 && a.number <= 1 &&
      reference_value(r) > 1) {
    zero(c, indicator_status::not_met,
         [](message_arg s) { return message(N_("ambiguous fraction → {1}"), std::move(s)); });
    add_finding(c.r, finding_kind::ambiguous_fraction,
                message(N_("the bare value {1} against a % target may mean {2}% or {3}%: write it with %; not scored"),
                        a.written, num(a.number * 100), num(a.number)));
    return;
  }
  const double x = in_target_unit(c, r, a, reference_value(r));
  if (std::isnan(x)) return;
  if (r.op == comparison::between) in_range(c, x, *r.low, *r.high);
  else if (r.approximate) approximately(c, x, *r.value, *r.op, a);
  else if (r.op == comparison::le || r.op == comparison::lt) less_is_better(c, x, *r.value, a);
  else more_is_better(c, x, *r.value, *r.op, a);
  if (x != a.number) explain_conversion(c, a, x, r);
}

void deferred(const context& c, const rule& r, const actual_value& a) {
  if (a.planned && a.kind == actual_kind::number) {
    const double converted = in_target_unit(c, r, a, *a.planned);
    if (std::isnan(converted)) return;
    more_is_better(c, converted, *a.planned, comparison::ge, a);
    if (converted != a.number) explain_conversion(c, a, converted, r);
    c.explanation.push_front(message(N_("planned {1}: "), num(*a.planned)));
    return;
  }
  if (a.kind == actual_kind::number) return mismatch(c, a, expected::deferred);
  return graded(c, r, a);
}

// An evaluator's deduction (评价扣分) after the rule's score; the status stays.
void apply_deduction(const context& c, double deduct, const std::string& reason) {
  const double before = c.r.score;
  c.r.score = c.policy.printed(std::max(0.0, before - deduct));
  const int places = c.policy.score_decimals;
  c.explanation.push_back(message(N_("; {1} − {2} (evaluator's deduction: {3}) = {4}"),
                                    message_arg::fixed(before, places), message_arg::points(deduct, places), reason,
                                    c.printed(c.r.score)));
}

void by_kind(const context& c, const rule& r, const actual_value& a, int year) {
  switch (r.kind) {
    case rule_kind::quantitative: return quantitative(c, r, a);
    case rule_kind::qualitative: return graded(c, r, a);
    case rule_kind::deadline: return by_deadline(c, r, a, year);
    case rule_kind::deferred: return deferred(c, r, a);
  }
}

// The score, status and findings into `result`, the explanation into `explanation`.
void score_into(score_outcome& result, message_chain& explanation, const rule& r, const actual_value* a, double w,
                const scoring_policy& policy, int year) {
  const context c{w, policy, result, explanation};
  if (a == nullptr) {
    zero(c, indicator_status::missing, [](message_arg s) { return message(N_("no actual → {1}"), std::move(s)); });
    add_finding(result, finding_kind::missing_actual, message(N_("no actual value was supplied: scored 0")));
    return;
  }
  if (a->kind == actual_kind::not_applicable) {
    result.status = indicator_status::not_applicable;
    explanation.push_back(message(N_("not applicable: the weight {1} leaves the total"), num(w)));
    return;
  }
  by_kind(c, r, *a, year);
  if (a->deduct) apply_deduction(c, *a->deduct, a->deduct_reason);
  if (!a->bound.empty() && a->kind == actual_kind::number) {
    add_finding(result, finding_kind::actual_as_bound,
                message(N_("the actual '{1}' is a bound, not the value achieved: read as {2}; give the value achieved"),
                        a->written, num(a->number)));
  }
  if (result.status == indicator_status::not_met && a->note.empty()) {
    add_finding(result, finding_kind::no_reason,
                message(N_("the target was not met and no note gives the reason: write the reason for the shortfall "
                           "and the remedy in note")));
  }
}

}  // namespace

score_result score_indicator(const rule& r, const actual_value* a, double w, const scoring_policy& policy, int year) {
  score_result result;
  score_into(result, result.explanation, r, a, w, policy, year);
  return result;
}

score_outcome score_indicator(const rule& r, const actual_value* a, double w, const scoring_policy& policy, int year,
                              message_chain& explanation) {
  score_outcome result;
  score_into(result, explanation, r, a, w, policy, year);
  return result;
}

std::string status_label(indicator_status status) {
  switch (status) {
    case indicator_status::met: return text::tr("met");
    case indicator_status::not_met: return text::tr("not met");
    case indicator_status::exceeded: return text::tr("exceeded");
    case indicator_status::not_applicable: return text::tr("not applicable");
    case indicator_status::missing: return text::tr("missing");
  }
  return {};
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
