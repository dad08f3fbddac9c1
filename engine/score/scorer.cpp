#include "engine/score/scorer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "engine/io/input_error.hpp"
#include "engine/score/structural_findings.hpp"
#include "grammar/text/same_text.hpp"
#include "grammar/text/spellcheck.hpp"
#include "engine/yaml/yaml_document.hpp"
#include "grammar/text/language.hpp"
#include "rules/rounding.hpp"

namespace jixiao::engine {

namespace {

using rules::round_half_up;
using rules::format_number;
using text::same_text;

// Up to this many names a plain scan beats building a hash table; past it the
// lookups are hashed, so a project of 100,000 indicators stays linear.
constexpr std::size_t scan_limit = 32;

text_ref borrowed(std::string_view text) { return text_ref::borrow(text); }

// Findings made in their place in the report's findings as they are found: a
// finding is the largest thing scoring makes, and a province has one for nearly
// every indicator. The scorer finds no errors.
struct finding_sink {
  report_findings& out;
  std::size_t suggestions = comparison_budget;  // the work "did you mean" may do for the department

  // A message made here is moved in, a rule's own finding copied in.
  template <typename Message>
  void add(text_ref project, text_ref indicator, finding_kind kind, Message&& message, text_ref file, source_mark at) {
    out.add(project, indicator, kind, std::forward<Message>(message), file, at.line, at.column, at.sheet);
  }
  // The message made in its place from its source and arguments.
  template <typename... Args>
  void make(text_ref project, text_ref indicator, finding_kind kind, text_ref file, source_mark at, const char* msgid,
            Args&&... args) {
    out.add(project, indicator, kind, file, at, msgid, std::forward<Args>(args)...);
  }
  void add(text_ref project, text_ref indicator, structural_finding&& f, text_ref file, source_mark at) {
    add(project, indicator, f.kind, std::move(f.message), file, at);
  }
  void add(text_ref project, text_ref indicator, const structural_finding& f, text_ref file, source_mark at) {
    add(project, indicator, f.kind, f.message, file, at);
  }
};

// Items of a YAML map (each key given once) met by name. They mostly come in the
// order they are asked for, so the one after the last met is tried before any
// search: a scan for a few, a hashed index (built once) for many, so a project of
// 100,000 indicators stays linear. Each item met is marked: those left unmarked
// were asked for by nothing. Reset and reused, its buffers are made once.
template <typename Item>
class met_in_order {
 public:
  explicit met_in_order(std::string Item::*name) : name_(name) {}

  /// Starts over with `items`; none when null.
  void reset(const std::vector<Item>* items) {
    static const std::vector<Item> none;
    items_ = items ? items : &none;
    next_ = 0;
    if (!index_.empty()) index_.clear();  // clearing clears the buckets, even when there is nothing in them
    // An item is met when its mark is this round's: the marks are not cleared.
    const std::size_t count = items ? items->size() : 0;
    if (++round_ == 0 || met_.size() < count) {
      met_.assign(std::max(count, met_.size()), 0);
      round_ = 1;
    }
    count_ = count;
  }

  /// The item named `name`, marked as met; null when there is none.
  const Item* find(std::string_view name) {
    const std::vector<Item>& items = *items_;
    const std::size_t at = next_ < count_ && same_text(items[next_].*name_, name) ? next_ : search(name);
    if (at == count_) return nullptr;
    met_[at] = round_;
    next_ = at + 1;
    return &items[at];
  }

  bool met(std::size_t at) const { return met_[at] == round_; }
  /// Every item was met (or there are none).
  bool all_met() const {
    return static_cast<std::size_t>(std::count(met_.begin(), met_.begin() + count_, round_)) == count_;
  }

 private:
  std::size_t search(std::string_view name) {
    const std::vector<Item>& items = *items_;
    if (items.size() <= scan_limit) {
      for (std::size_t at = 0; at < items.size(); ++at) {
        if (same_text(items[at].*name_, name)) return at;
      }
      return items.size();
    }
    if (index_.empty()) {
      index_.reserve(items.size());
      for (std::size_t at = 0; at < items.size(); ++at) index_.emplace(items[at].*name_, at);
    }
    const auto found = index_.find(name);
    return found == index_.end() ? items.size() : found->second;
  }

  std::string Item::*name_;
  const std::vector<Item>* items_ = nullptr;
  std::size_t next_ = 0;
  std::size_t count_ = 0;  // the items
  std::unordered_map<std::string_view, std::size_t> index_;
  std::vector<std::uint32_t> met_;  // the round each item was last met in
  std::uint32_t round_ = 0;
};

// Units shared evenly, in table order: each gets the quotient, the first ones one unit
// more each until the remainder is spent. Weights in points (units / scale).
class even_split {
 public:
  even_split() = default;
  even_split(long long units, long long count, long long scale)
      : extra_(units % count),
        each_(static_cast<double>(units / count) / static_cast<double>(scale)),
        each_and_one_(static_cast<double>(units / count + 1) / static_cast<double>(scale)) {}

  /// The next one's share.
  double next() { return extra_-- > 0 ? each_and_one_ : each_; }

 private:
  long long extra_ = 0;  // the ones still to get a unit more
  double each_ = 0;
  double each_and_one_ = 0;
};

// A first-level category's part in the split of a project's weights, in printed
// units (hundredths by default).
struct level_split {
  explicit level_split(long long weight) : weight(weight) {}

  long long weight = 0;        // the level's weight in the policy (the same for every project)
  std::size_t indicators = 0;  // the project's indicators in it
  long long units = 0;         // its share of the pool
  long long remainder = 0;     // what the proportional share left over, for the largest-remainder step
  bool topped_up = false;      // given one of the units left over
  even_split shares;           // its units among its indicators
};

// How a project's weights are made: what its explicit ones give (counted as its
// indicators are gathered), and how the others share the rest.
struct weight_plan {
  enum class split { none, rest, by_level };
  explicit_weights given;
  split derived = split::none;
  even_split rest;  // split::rest: what the explicit weights leave, among the others
};

// What scoring a project needs from the department, and buffers reused from one
// project to the next.
struct department_context {
  const rules::scoring_policy& policy;
  int year;
  text_ref tfile;
  text_ref afile;
  double pool;  // the first-level weights summed
  // The report's indicator lines, reserved for every indicator of the department, so
  // a project's view of its lines stays valid as the next projects add theirs.
  std::vector<indicator_entry>& entries;
  long long scale;  // printed units in a point: 100 for hundredths
  std::vector<const indicator_target*> indicators;
  std::vector<level_split> levels;       // one for each of the policy's first levels
  met_in_order<indicator_actual> given;  // the project's actual indicators
  weight_plan weights;
  bool has_cost = false;  // the project has a cost indicator (产出/成本)
};

// Derived weights are printed figures (SCORING.md section 4; whole points or
// tenths: docs/decisions.md), allocated in whole units of the printed precision
// (hundredths by default) by the largest-remainder method, so that a project's and
// each category's printed weights add up exactly and a project meeting every target
// totals 100. A policy printing whole points or one decimal allocates whole points
// or tenths: its met scores are then its weights, and a total can be neither above
// nor, when all is met, below 100.
// Rounded half away from zero, as std::llround, without a call into libm for each of
// the weights: below 2^52 the fraction cut off by the conversion is exact.
long long units_of(double value, long long scale) {
  const double units = value * static_cast<double>(scale);
  if (!(std::fabs(units) < 0x1p52)) return std::llround(units);
  auto whole = static_cast<long long>(units);
  const double fraction = units - static_cast<double>(whole);
  if (fraction >= 0.5) {
    ++whole;
  } else if (fraction <= -0.5) {
    --whole;
  }
  return whole;
}

long long unit_scale(const rules::scoring_policy& policy) {
  return policy.score_decimals <= 0 ? 1 : policy.score_decimals == 1 ? 10 : 100;
}

// The pool's units shared among the first-level categories with indicators, in
// proportion to their weights: each share rounded down, then the units left over one
// each to the largest remainders, ties in the policy's order (the first level found
// with the largest remainder not yet topped up: there are a few levels).
void split_among_levels(department_context& c) {
  long long present = 0;
  for (const level_split& level : c.levels) {
    if (level.indicators > 0) present += level.weight;
  }
  if (present <= 0) return;
  const long long pool = units_of(c.pool, c.scale);
  long long left = pool;
  for (level_split& level : c.levels) {
    if (level.indicators == 0) continue;
    const long long product = pool * level.weight;
    level.units = product / present;
    level.remainder = product % present;
    left -= level.units;
  }
  for (; left > 0; --left) {
    level_split* largest = nullptr;
    for (level_split& level : c.levels) {
      if (level.indicators == 0 || level.topped_up) continue;
      if (!largest || level.remainder > largest->remainder) largest = &level;
    }
    if (!largest) break;
    largest->topped_up = true;
    ++largest->units;
  }
}

// Weights (SCORING.md section 4; what explicit weights leave: docs/decisions.md):
// explicit ones as given; the others share what the explicit ones leave, or, with
// none explicit, each first-level category's weight (redistributed from empty
// categories) split evenly among its indicators, the first of them (in table order)
// taking the units left over, one each. Planned here from the counts the gathering
// of the indicators made; each weight is taken, in table order, by weight_of.
void plan_weights(department_context& c) {
  weight_plan& plan = c.weights;
  const std::size_t count = c.indicators.size();
  const std::size_t unweighted = count - plan.given.count;
  plan.derived = weight_plan::split::none;
  if (unweighted == 0) return;
  if (unweighted < count) {
    const long long left = std::max(0LL, units_of(c.pool - plan.given.sum, c.scale));
    plan.derived = weight_plan::split::rest;
    plan.rest = even_split(left, static_cast<long long>(unweighted), c.scale);
    return;
  }
  plan.derived = weight_plan::split::by_level;
  split_among_levels(c);
  for (level_split& level : c.levels) {
    if (level.indicators > 0) level.shares = even_split(level.units, static_cast<long long>(level.indicators), c.scale);
  }
}

// The next indicator's weight, in table order.
double weight_of(const indicator_target& indicator, department_context& c) {
  if (indicator.weight) return *indicator.weight;
  weight_plan& plan = c.weights;
  if (plan.derived == weight_plan::split::rest) return plan.rest.next();
  if (indicator.first_level < 0) return 0;
  return c.levels[static_cast<std::size_t>(indicator.first_level)].shares.next();
}

// The project's indicators but for a name given twice (found by the loader), which
// is reported and not scored; a note for each whose category was inferred; the
// counts its weights are planned from.
void unique_indicators(const project_target& target, department_context& c, finding_sink& findings) {
  c.indicators.clear();
  c.weights.given = {};
  bool has_cost = false;
  for (level_split& level : c.levels) level = level_split(level.weight);
  for (const auto& indicator : target.indicators) {
    if (indicator.repeated) {
      const auto first = std::find_if(target.indicators.begin(), target.indicators.end(),
                                      [&](const indicator_target& i) { return i.name == indicator.name; });
      findings.add(borrowed(target.id), borrowed(indicator.name), duplicate_indicator(target.id, first->name_mark),
                   c.tfile, indicator.name_mark);
      continue;
    }
    c.indicators.push_back(&indicator);
    has_cost = has_cost || indicator.is_cost;
    c.weights.given.add(indicator);
    if (!indicator.weight && indicator.first_level >= 0) {
      ++c.levels[static_cast<std::size_t>(indicator.first_level)].indicators;
    }
    if (indicator.category) continue;
    findings.make(borrowed(target.id), borrowed(indicator.name), finding_kind::category_inferred, c.tfile,
                  indicator.name_mark, N_("category {1} inferred from the name"),
                  text::message_arg::borrowed(rules::category_arg(indicator.scored_category)));
  }
  c.has_cost = has_cost;
}

// Actuals naming no indicator of the project (none met them while scoring): not
// used, with the nearest name.
void report_unknown_indicators(const project_target& target, const project_actual& actual, finding_sink& findings,
                               const department_context& c) {
  if (c.given.all_met()) return;
  std::vector<std::string> names;
  for (std::size_t j = 0; j < actual.indicators.size(); ++j) {
    if (c.given.met(j)) continue;
    const indicator_actual& given = actual.indicators[j];
    if (names.empty()) {
      for (const auto& t : target.indicators) names.push_back(t.name);
    }
    const auto near = nearest_name(given.name, names, &findings.suggestions);
    text::message message =
        near ? text::message(N_("no indicator '{1}' in project {2}; the actual is not used; did you mean '{3}'?"),
                              given.name, target.id, *near)
             : text::message(N_("no indicator '{1}' in project {2}; the actual is not used"), given.name, target.id);
    findings.add(borrowed(target.id), borrowed(given.name), finding_kind::unknown_indicator, std::move(message), c.afile,
                 given.name_mark.line > 0 ? given.name_mark : given.mark);
  }
}

// A deduction (评价扣分) can take at most the indicator's weight: more is an error in the actuals.
void check_deduction(const indicator_actual& given, double weight, const std::string& project,
                     const department_context& c) {
  if (*given.value.deduct <= weight + 1e-9) return;
  throw input_error(c.afile.str(), given.deduct_mark.line, given.deduct_mark.column,
                    "projects." + quoted_key(project) + ".indicators." + quoted_key(given.name) + ".deduct",
                    text::message(N_("the deduction {1} is above the indicator's weight {2}"), format_number(*given.value.deduct),
                                  format_number(weight)));
}

// Budget execution (SCORING.md section 5) and the line that explains it: linear
// (spent / budget, at most 100%) or the band the rate falls in.
void score_budget(const project_target& target, const project_actual* actual, const rules::scoring_policy& policy,
                  project_entry& entry) {
  using text::message;
  using text::message_arg;
  entry.budget = actual && actual->budget ? *actual->budget : target.budget;
  entry.budget_weight = policy.budget_weight;
  entry.spent = actual ? actual->spent : std::nullopt;
  const int places = policy.score_decimals;
  if (!entry.spent) {
    entry.budget_explanation.assign(N_("no spent → {1}"), message_arg::fixed(0, places));
    return;
  }
  if (entry.budget <= 0) {
    entry.budget_explanation.assign(N_("budget 0: no execution rate → {1}"), message_arg::fixed(0, places));
    return;
  }
  const double spent = *entry.spent;
  const double rate = spent / entry.budget;
  entry.execution_rate = round_half_up(rate * 100.0);
  if (policy.budget_execution == rules::budget_formula::bands) {
    const std::size_t band = rules::band_of(rate, policy);
    entry.budget_score = policy.printed(policy.budget_weight * policy.bands[band].share);
    const message_arg shown_rate = message_arg::percent(round_half_up(rate, 4));
    const message_arg from = message_arg::percent(policy.bands[band].from);
    // "96% ≥ 95%", or "90% ≥ 85%, < 95%" below the first band
    message bounds = band > 0 ? message::formula("{1} ≥ {2}, < {3}", shown_rate, from,
                                                 message_arg::percent(policy.bands[band - 1].from))
                              : message::formula("{1} ≥ {2}", shown_rate, from);
    entry.budget_explanation.assign(N_("{1} × {2} (execution rate {3} / {4} = {5}) = {6}"),
                                    message_arg::number(policy.budget_weight),
                                    message_arg::percent(policy.bands[band].share), message_arg::number(spent),
                                    message_arg::number(entry.budget), std::move(bounds),
                                    message_arg::fixed(entry.budget_score, places));
    return;
  }
  entry.budget_score = policy.printed(policy.budget_weight * std::min(1.0, rate));
  if (spent > entry.budget) {
    entry.budget_explanation.assign(N_("{1} × 100% (spent {2} above the budget {3} counts as 100%) = {4}"),
                                    message_arg::number(policy.budget_weight), message_arg::number(spent),
                                    message_arg::number(entry.budget), message_arg::fixed(entry.budget_score, places));
  } else {
    entry.budget_explanation.assign_formula("{1} × {2} / {3} = {4}", message_arg::number(policy.budget_weight),
                                            message_arg::number(spent), message_arg::number(entry.budget),
                                            message_arg::fixed(entry.budget_score, places));
  }
}

// "indicators 80.00 + budget 9.50 = 89.50", or the rescaling to 100 when N/A.
void explain_total(project_entry& entry, int places) {
  using text::message_arg;
  if (entry.rescaled) {
    entry.total_explanation.assign_formula("100 × {1} / {2} = {3}", message_arg::fixed(entry.points, places),
                                           message_arg::number(entry.applicable),
                                           message_arg::fixed(entry.total, places));
    return;
  }
  entry.total_explanation.assign(N_("indicators {1} + budget {2} = {3}"),
                                 message_arg::fixed(entry.indicator_points, places),
                                 message_arg::fixed(entry.budget_score, places),
                                 message_arg::fixed(entry.points, places));
}

// Scored into `entry`, made in place in the report's projects.
void score_project(const project_target& target, const project_actual* actual, department_context& c,
                   finding_sink& findings, project_entry& entry) {
  const rules::scoring_policy& policy = c.policy;
  entry.id = borrowed(target.id);
  entry.name = borrowed(target.name);
  if (target.goal) entry.goal = borrowed(*target.goal);
  if (actual && actual->summary) entry.summary = borrowed(*actual->summary);

  unique_indicators(target, c, findings);
  plan_weights(c);
  const auto& indicators = c.indicators;
  if (auto f = weights_sum(c.weights.given, indicators.size(), policy)) {
    findings.add(entry.id, {}, std::move(*f), c.tfile, target.mark);
  }

  double weight_sum = 0;
  double scored_sum = 0;
  double not_applicable_weight = 0;
  c.given.reset(actual ? &actual->indicators : nullptr);
  const std::size_t first_line = c.entries.size();
  // Read once: as far as the compiler knows, the loop's stores could change it.
  const std::size_t count = indicators.size();
  for (std::size_t i = 0; i < count; ++i) {
    const indicator_target& indicator = *indicators[i];
    const indicator_actual* met = c.given.find(indicator.name);
    const indicator_actual* found = met && !met->left_empty ? met : nullptr;  // one left empty is not given
    const text_ref name = borrowed(indicator.name);
    const double weight = weight_of(indicator, c);
    weight_sum += weight;
    for (const auto& f : indicator.rule->findings) {
      findings.add(entry.id, name, f.kind, f.message, c.tfile, indicator.target_mark);
    }
    indicator_entry& line = c.entries.emplace_back(
        name, borrowed(indicator.scored_category), /*category_inferred=*/!indicator.category,
        borrowed(indicator.target_text), /*actual=*/found ? borrowed(found->value.written) : text_ref{}, weight,
        /*note=*/found ? borrowed(found->value.note) : text_ref{}, &policy);
    if (found && found->value.deduct) {
      check_deduction(*found, weight, target.id, c);
      line.deduction = evaluator_deduction{*found->value.deduct, borrowed(found->value.deduct_reason)};
    }
    rules::score_outcome result = rules::score_indicator(*indicator.rule, found ? &found->value : nullptr, weight,
                                                         policy, c.year, line.explanation);
    line.score = result.score;
    line.status = result.status;
    for (auto& f : result.findings) {
      findings.add(entry.id, name, f.kind, std::move(f.message), found ? c.afile : c.tfile,
                   found ? found->mark : indicator.target_mark);
    }
    if (result.status == rules::indicator_status::not_applicable) {
      not_applicable_weight += weight;
    } else {
      scored_sum += result.score;
    }
  }
  entry.indicators = {c.entries.data() + first_line, c.entries.data() + c.entries.size()};

  if (actual) report_unknown_indicators(target, *actual, findings, c);
  if (indicators.empty()) {
    findings.add(entry.id, {}, no_indicators(), c.tfile, target.mark);
  } else if (!c.has_cost) {
    findings.add(entry.id, {}, no_cost_indicator(), c.tfile, target.mark);
  }

  score_budget(target, actual, policy, entry);
  if (!entry.spent) {
    findings.make(entry.id, {}, finding_kind::missing_spent, actual ? c.afile : c.tfile,
                  !actual ? target.mark : actual->spent_mark.line > 0 ? actual->spent_mark : actual->mark,
                  N_("no spending reported (spent): budget execution scores 0"));
  } else if (entry.budget <= 0) {
    findings.add(entry.id, {}, zero_budget(), c.tfile, target.mark);
  }

  // Sums of printed figures are printed figures: rounding them again only removes the
  // binary noise of the sum (both modes read the decimal value).
  entry.indicator_points = policy.printed(scored_sum);
  entry.points = policy.printed(scored_sum + entry.budget_score);
  entry.total = entry.points;
  if (not_applicable_weight > 0) {
    entry.rescaled = true;
    // Without the binary noise of the sum: the applicable weight of printed weights is
    // the points a project meeting the rest earns, and 100 × points / applicable is 100.
    entry.applicable = round_half_up(weight_sum - not_applicable_weight + policy.budget_weight, 6);
    entry.total = entry.applicable > 0 ? policy.printed(100.0 * entry.points / entry.applicable) : 0.0;
  }
  if (policy.graded) entry.grade = borrowed(rules::grade_of(entry.total, policy));
  entry.policy = &policy;
  explain_total(entry, policy.score_decimals);
}

}  // namespace

report score_department(std::shared_ptr<const target_table> targets_ptr,
                        std::shared_ptr<const actual_table> actuals_ptr,
                        std::shared_ptr<const rules::scoring_policy> policy_ptr) {
  const target_table& targets = *targets_ptr;
  const actual_table& actuals = *actuals_ptr;
  const rules::scoring_policy& policy = *policy_ptr;
  std::size_t indicator_count = 0;
  std::size_t most = 0;  // the indicators of the largest project
  for (const auto& project : targets.projects) {
    indicator_count += project.indicators.size();
    most = std::max(most, project.indicators.size());
  }
  auto entries = std::make_shared<std::vector<indicator_entry>>();
  entries->reserve(indicator_count);
  report out;
  out.department = targets.department;
  out.year = targets.year;
  finding_sink findings{out.findings};
  department_context c{policy,
                       targets.year ? targets.year : actuals.year.value_or(0),
                       borrowed(targets.path),
                       borrowed(actuals.path),
                       std::accumulate(policy.first_level.begin(), policy.first_level.end(), 0.0,
                                       [](double sum, const auto& entry) { return sum + entry.second; }),
                       *entries,
                       unit_scale(policy),
                       {},
                       {},
                       met_in_order<indicator_actual>(&indicator_actual::name),
                       {}};
  c.levels.reserve(policy.first_level.size());
  for (const auto& level : policy.first_level) c.levels.emplace_back(units_of(level.second, c.scale));
  c.indicators.reserve(most);

  if (targets.year && actuals.year && targets.year != *actuals.year) {
    findings.make({}, {}, finding_kind::year_mismatch, c.afile, {}, N_("the actuals are for {1}, the targets for {2}"),
                  text::message_arg::whole(*actuals.year), text::message_arg::whole(targets.year));
  }
  met_in_order<project_actual> given_projects{&project_actual::id};
  given_projects.reset(&actuals.projects);
  out.findings.warnings.reserve(indicator_count / 2 + targets.projects.size());
  out.findings.notes.reserve(targets.inferred_categories + targets.projects.size());
  out.projects.reserve(targets.projects.size());
  for (std::size_t k = 0; k < targets.projects.size(); ++k) {
    const project_target& project = targets.projects[k];
    if (project.repeated) {  // an id given twice: the second is not scored
      const auto first = std::find_if(targets.projects.begin(), targets.projects.end(),
                                      [&](const project_target& p) { return p.id == project.id; });
      findings.add(borrowed(project.id), {}, duplicate_project(project.id, first->mark), c.tfile, project.mark);
      continue;
    }
    const project_actual* actual = given_projects.find(project.id);
    score_project(project, actual, c, findings, out.projects.emplace_back());
    if (!actual) {
      findings.make(borrowed(project.id), {}, finding_kind::missing_project_actuals, c.afile, {},
                    N_("no actuals for the project: every indicator is missing"));
    }
  }
  std::vector<std::string> all_ids;
  for (std::size_t j = 0; j < actuals.projects.size(); ++j) {
    if (given_projects.met(j)) continue;
    const project_actual& project = actuals.projects[j];
    if (all_ids.empty()) {
      for (const auto& p : targets.projects) all_ids.push_back(p.id);
    }
    const auto near = nearest_name(project.id, all_ids, &findings.suggestions);
    text::message message =
        near ? text::message(N_("no project '{1}' in the targets; its actuals are not used; did you mean '{2}'?"),
                              project.id, *near)
             : text::message(N_("no project '{1}' in the targets; its actuals are not used"), project.id);
    findings.add(borrowed(project.id), {}, finding_kind::unknown_project, std::move(message), c.afile, project.mark);
  }

  if (policy.graded) out.grade_counts = rules::zero_grade_counts();
  double weighted = 0;
  double plain = 0;
  for (const auto& project : out.projects) {
    if (policy.graded) ++out.grade_counts[rules::grade_index(project.total, policy)].second;
    out.budget_total += project.budget;
    weighted += project.total * project.budget;
    plain += project.total;
  }
  if (out.budget_total > 0) {
    out.mean = policy.printed(weighted / out.budget_total);
  } else if (!out.projects.empty()) {
    out.mean = policy.printed(plain / static_cast<double>(out.projects.size()));
  }
  out.budget_total = round_half_up(out.budget_total, 4);
  out.indicator_entries = std::move(entries);
  out.targets = std::move(targets_ptr);
  out.actuals = std::move(actuals_ptr);
  out.scoring_policy = std::move(policy_ptr);
  return out;
}

report score_department(const target_table& targets, const actual_table& actuals, const rules::scoring_policy& policy) {
  return score_department(std::make_shared<const target_table>(targets), std::make_shared<const actual_table>(actuals),
                          std::make_shared<const rules::scoring_policy>(policy));
}

}  // namespace jixiao::engine
