#include "engine/score/review.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "engine/score/scorer.hpp"
#include "engine/score/structural_findings.hpp"
#include "grammar/text/language.hpp"
#include "grammar/text/spellcheck.hpp"
#include "grammar/text/text.hpp"
#include "rules/rounding.hpp"

namespace jixiao::engine {

namespace {

using rules::format_number;

using rules::finding_kind;
using text::message;
using text::message_arg;

// Every text a review's finding points to is kept in its list: the list outlives
// the tables it was made from. What makes `check` stop is raised to an error.
struct sink {
  const std::string& file;
  finding_list& out;
  void add(const std::string& project, const std::string& indicator, finding_kind kind, message text,
           source_mark at) {
    const auto keep = [&](const std::string& s) { return s.empty() ? text_ref() : out.keep(s); };
    out.items.emplace_back(kind.severity(), keep(project), keep(indicator), kind, std::move(text), keep(file), at.line,
                           at.column, at.sheet);
    if (kind.stops_check() == rules::check_stop::anywhere) out.items.back().level = severity::error;
  }
  void add(const std::string& project, const std::string& indicator, structural_finding f, source_mark at) {
    add(project, indicator, f.kind, std::move(f.message), at);
  }
};

message_arg line_of(source_mark at) { return message_arg::whole(at.line); }

// The work comparing names for similar ones may do, per table or project, counted
// as for "did you mean": every pair of 100,000 names would take minutes. Once it is
// spent the comparing stops, with a note saying so.
struct name_work {
  std::size_t left = comparison_budget;
  bool spend(const std::string& a, const std::string& b) {
    const std::size_t cost = comparison_cost(grammar::code_point_count(a), grammar::code_point_count(b));
    if (left < cost) {
      left = 0;
      return false;
    }
    left -= cost;
    return true;
  }
};

// What a comparison of names looks for, when it is cut short.
enum class compared { similar_names, name_variants, similar_project_names };

void note_cut_short(sink& findings, const std::string& project, compared what, source_mark at) {
  message text;
  switch (what) {
    case compared::similar_names:
      text = message(N_("too many names to compare them all for similar names; compared up to here"));
      break;
    case compared::name_variants:
      text = message(
          N_("too many names to compare them all for variants of names other projects use; compared up to here"));
      break;
    case compared::similar_project_names:
      text = message(N_("too many names to compare them all for similar project names; compared up to here"));
      break;
  }
  findings.add(project, "", finding_kind::review_cut_short, std::move(text), at);
}

bool ends_with(const std::string& text, const std::string& tail) {
  return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

// The name without a trailing parenthesised remark: 慰问覆盖面（重病人员） -> 慰问覆盖面.
std::string without_remark(const std::string& name) {
  const std::pair<const char*, const char*> brackets[] = {{"（", "）"}, {"(", ")"}};
  for (const auto& [open, close] : brackets) {
    if (!ends_with(name, close)) continue;
    const std::size_t at = name.rfind(open);
    if (at != std::string::npos && at > 0) return name.substr(0, at);
  }
  return name;
}

// The ending of a name that asks for a number (a rate, a count, an amount), or "".
std::string number_ending(const std::string& name) {
  const std::string stem = without_remark(name);
  if (ends_with(stem, "效率")) return "";  // efficiency: an effect, usually described
  for (const char* tail : {"比例", "占比", "金额", "成本", "费用", "时长", "数量", "率", "数", "次"}) {
    if (ends_with(stem, tail)) return tail;
  }
  return "";
}

std::size_t length(const std::string& text) { return grammar::code_point_count(text); }

// A unit that is a magnitude alone (80万: 万 of what?), with the unit the name
// suggests: money where it speaks of funds, costs or 元, else not known.
void review_bare_magnitude(const project_target& project, const indicator_target& indicator, sink& findings) {
  const rules::rule& rule = *indicator.rule;
  if (!rule.unit || !rules::is_bare_magnitude(*rule.unit)) return;
  const std::string& magnitude = *rule.unit;
  bool money = false;
  for (const char* word : {"资金", "经费", "金额", "投资", "成本", "费", "款", "补助", "补贴", "预算", "支出", "收入",
                           "产值", "元"}) {
    money = money || indicator.name.find(word) != std::string::npos;
  }
  message text =
      money ? message(N_("the unit '{1}' is a magnitude with no unit ({1} of what?): likely {2}, as the name '{3}' "
                         "speaks of money; write it in the target"),
                      magnitude, magnitude + "元", indicator.name)
            : message(N_("the unit '{1}' is a magnitude with no unit ({1} of what?): the unit is not known; write it "
                         "in the target ({2})"),
                      magnitude, magnitude + "人, " + magnitude + "元, " + magnitude + "亩 …");
  findings.add(project.id, indicator.name, finding_kind::bare_magnitude, std::move(text), indicator.target_mark);
}

// Findings on one indicator's target: the rule's own (operator on a phrase, deferred,
// unit written twice and disagreeing), a unit that is a bare magnitude, and a phrase
// where a number was possible.
void review_target(const project_target& project, const indicator_target& indicator, sink& findings) {
  const rules::rule& rule = *indicator.rule;
  bool operator_on_phrase = false;
  for (const auto& f : rule.findings) {
    findings.add(project.id, indicator.name, f.kind, f.message, indicator.target_mark);
    operator_on_phrase = operator_on_phrase || f.kind == finding_kind::operator_on_phrase;
  }
  review_bare_magnitude(project, indicator, findings);
  if (rule.kind != rules::rule_kind::qualitative || operator_on_phrase) return;
  const std::string phrase = rule.phrase.value_or(indicator.target_text);
  const std::string ending = number_ending(indicator.name);
  if (!ending.empty()) {
    findings.add(project.id, indicator.name, finding_kind::phrase_for_number,
                 message(N_("the name asks for a number (…{1}) but the target '{2}' is a phrase: it cannot be measured"),
                         ending, phrase),
                 indicator.target_mark);
  } else {
    findings.add(project.id, indicator.name, finding_kind::qualitative_target,
                 message(N_("a qualitative target '{1}': scored by grade ({2} / {3} / {4}), not measured; confirm no "
                            "number could be set"),
                         phrase, rules::tier_name(rules::grade_tier::achieved),
                         rules::tier_name(rules::grade_tier::partly), rules::tier_name(rules::grade_tier::not_achieved)),
                 indicator.target_mark);
  }
}

// Weights (SCORING.md section 4): explicit ones must leave the indicators out of 100
// less the budget execution weight.
void review_weights(const project_target& project, const std::vector<const indicator_target*>& indicators,
                    const rules::scoring_policy& policy, sink& findings) {
  const double pool = 100.0 - policy.budget_weight;
  const explicit_weights given = explicit_weights_of(indicators);
  const auto [explicit_sum, weighted] = given;
  if (weighted == 0) return;
  const std::size_t others = indicators.size() - weighted;
  if (auto sum = weights_sum(given, indicators.size(), policy)) {
    findings.add(project.id, "", std::move(*sum), project.mark);
  } else if (others > 0) {
    const double left = std::max(0.0, pool - explicit_sum);
    const auto count = [](std::size_t n) { return message_arg::whole(static_cast<long long>(n)); };
    message text =
        others == 1 ? message(N_("{1} of {2} indicators have a weight; the other one gets the {3} left"),
                              count(weighted), count(indicators.size()), message_arg::number(left))
                    : message(N_("{1} of {2} indicators have a weight; the other {3} share the {4} left, {5} each"),
                              count(weighted), count(indicators.size()), count(others), message_arg::number(left),
                              message_arg::number(left / static_cast<double>(others)));
    findings.add(project.id, "", finding_kind::weights_partial, std::move(text), project.mark);
  }
}

// Satisfaction, output and effect indicators (categories as given, or inferred), and
// the cost indicator the national method expects among the outputs.
void review_categories(const project_target& project, const std::vector<const indicator_target*>& indicators,
                       const rules::scoring_policy& policy, sink& findings) {
  std::set<std::string> first_levels;
  bool has_cost = false;
  for (const auto* indicator : indicators) {
    const std::string& category = indicator->scored_category;  // given, or inferred by the loader
    first_levels.insert(rules::first_level_of(category));
    has_cost = has_cost || indicator->is_cost;
    if (!indicator->category) {
      findings.add(project.id, indicator->name, finding_kind::category_inferred,
                   message(N_("category {1} inferred from the name; confirm it, or give category:"),
                           rules::category_arg(category)),
                   indicator->name_mark);
    }
  }
  struct required {
    const char* category;
    finding_kind kind;
    const char* message;   // {1}: the category and its second levels, as the policy names them
    const char* examples;
  };
  const required wanted[] = {
      {"产出", finding_kind::no_output,
       N_("no output indicator ({1}) among the categories given or inferred; the national method expects one"),
       "产出: 数量, 质量, 时效, 成本"},
      {"效益", finding_kind::no_effect,
       N_("no effect indicator ({1}) among the categories given or inferred; the national method expects one"),
       "效益: 经济, 社会, 生态, 可持续"},
      {"满意度", finding_kind::no_satisfaction,
       N_("no satisfaction indicator ({1}) among the categories given or inferred; the national method expects one"),
       "满意度"},
  };
  for (const auto& w : wanted) {
    if (rules::first_level_place(w.category, policy) < 0 || first_levels.count(w.category)) continue;
    findings.add(project.id, "", w.kind, message(w.message, w.examples), project.mark);
  }
  if (!has_cost) findings.add(project.id, "", no_cost_indicator(), project.mark);
}

// Two indicators of one project whose names are one character apart: a typo, or one
// indicator written twice. Names with a third sibling at most two characters from
// both (金奖 / 银奖 / 铜奖, 广播 / 直播 / 电视) are a series, meant to differ.
void review_similar_indicators(const project_target& project, const std::vector<const indicator_target*>& indicators,
                               const rules::scoring_policy& policy, sink& findings, name_work& work) {
  const auto name_of = [&](std::size_t k) -> const std::string& { return indicators[k]->name; };
  if (work.left == 0) return;  // cut short in an earlier project
  for (std::size_t j = 0; j < indicators.size(); ++j) {
    for (std::size_t i = 0; i < j; ++i) {
      if (length(name_of(i)) < 3 || length(name_of(j)) < 3) continue;
      if (!work.spend(name_of(i), name_of(j))) return note_cut_short(findings, project.id, compared::similar_names, indicators[j]->name_mark);
      if (edit_distance(name_of(i), name_of(j)) != 1) continue;
      bool series = false;
      for (std::size_t k = 0; k < indicators.size() && !series; ++k) {
        if (k == i || k == j) continue;
        if (!work.spend(name_of(k), name_of(i)) || !work.spend(name_of(k), name_of(j))) {
          return note_cut_short(findings, project.id, compared::similar_names, indicators[j]->name_mark);
        }
        series = edit_distance(name_of(k), name_of(i)) <= 2 && edit_distance(name_of(k), name_of(j)) <= 2;
      }
      if (series) continue;
      const std::string& ci = indicators[i]->scored_category;
      const bool same_target = indicators[i]->target_text == indicators[j]->target_text;
      const bool same_kind = ci == indicators[j]->scored_category && ci != policy.default_category;
      findings.add(project.id, name_of(j), finding_kind::similar_names,
                   message(N_("'{1}' is one character from '{2}' (line {3}) in the same project: a typo, or one "
                              "indicator twice?"),
                           name_of(j), name_of(i), line_of(indicators[i]->name_mark)),
                   indicators[j]->name_mark);
      // Two names that share neither target nor category are more likely meant apart.
      if (!same_target && !same_kind) findings.out.items.back().level = severity::note;
      break;
    }
  }
}

// A name only one project uses, near a name several projects use: a typo, or a
// wording to align (提高工作次第 beside 提高工作效率).
void review_name_variants(const target_table& targets, sink& findings) {
  std::map<std::string, std::set<std::string>> users;  // name -> project ids
  for (const auto& project : targets.projects) {
    for (const auto& indicator : project.indicators) users[indicator.name].insert(project.id);
  }
  std::vector<std::pair<const std::string*, std::size_t>> common;  // names several projects use, their length
  for (const auto& [name, ids] : users) {
    if (ids.size() >= 2) common.emplace_back(&name, length(name));
  }
  name_work work;
  for (const auto& project : targets.projects) {
    std::set<std::string> own;
    for (const auto& indicator : project.indicators) own.insert(indicator.name);
    std::set<std::string> done;
    for (const auto& indicator : project.indicators) {
      if (users[indicator.name].size() != 1 || !done.insert(indicator.name).second) continue;
      const std::size_t size = length(indicator.name);
      if (size < 3) continue;
      const std::size_t limit = std::max<std::size_t>(1, size / 3);
      const std::string* best = nullptr;
      std::size_t best_distance = 0;
      for (const auto& [name, name_length] : common) {
        if (std::max(size, name_length) - std::min(size, name_length) > limit || own.count(*name)) continue;
        if (!work.spend(indicator.name, *name)) {
          return note_cut_short(findings, project.id, compared::name_variants, indicator.name_mark);
        }
        const std::size_t d = edit_distance(indicator.name, *name);
        if (d == 0 || d > limit) continue;
        if (!best || d < best_distance || (d == best_distance && users[*name].size() > users[*best].size())) {
          best = name;
          best_distance = d;
        }
      }
      if (!best) continue;
      findings.add(project.id, indicator.name, finding_kind::name_variant,
                   message(N_("'{1}' is near '{2}', the name {3} other projects use: a typo, or a wording to align?"),
                           indicator.name, *best, message_arg::whole(static_cast<long long>(users[*best].size()))),
                   indicator.name_mark);
    }
  }
}

// Project ids used twice, and project names equal or one character apart.
void review_project_names(const target_table& targets, sink& findings) {
  std::map<std::string, const project_target*> by_id;
  std::vector<std::size_t> lengths;
  for (const auto& project : targets.projects) lengths.push_back(length(project.name));
  name_work work;
  bool comparing = true;  // project names, pair by pair, while the work allows
  for (std::size_t j = 0; j < targets.projects.size(); ++j) {
    const project_target& project = targets.projects[j];
    const auto [first, inserted] = by_id.emplace(project.id, &project);
    if (!inserted) {
      findings.add(project.id, "", duplicate_project(project.id, first->second->mark), project.mark);
      continue;
    }
    for (std::size_t i = 0; i < j && comparing; ++i) {
      const project_target& earlier = targets.projects[i];
      if (!work.spend(earlier.name, project.name)) {
        comparing = false;
        note_cut_short(findings, "", compared::similar_project_names, project.mark);
        break;
      }
      if (earlier.id == project.id) continue;
      if (earlier.name == project.name) {
        findings.add(project.id, "", finding_kind::duplicate_project_name,
                     message(N_("project {1} (line {2}) has the same name '{3}': tell them apart in the report"),
                             earlier.id, line_of(earlier.mark), project.name),
                     project.mark);
        break;
      }
      const bool near_length = lengths[i] + 1 >= lengths[j] && lengths[j] + 1 >= lengths[i];
      if (lengths[j] >= 3 && near_length && edit_distance(earlier.name, project.name) == 1) {
        findings.add(project.id, "", finding_kind::similar_project_names,
                     message(N_("the name '{1}' is one character from project {2}'s '{3}' (line {4}): a typo, or one "
                                "project twice?"),
                             project.name, earlier.id, earlier.name, line_of(earlier.mark)),
                     project.mark);
        break;
      }
    }
  }
}

// What makes two findings the same: kind and place.
using finding_place =
    std::tuple<finding_kind, std::string_view, std::string_view, std::string_view, int, int, const char*>;

finding_place place_of(const finding_entry& f) {
  return {f.kind, f.project, f.indicator, f.file, f.line, f.column, f.sheet};
}

}  // namespace

finding_list review_targets(const target_table& targets, const rules::scoring_policy& policy) {
  finding_list out;
  sink findings{targets.path, out};
  review_project_names(targets, findings);
  name_work similar_work;  // shared by the projects: many projects of some size add up
  for (const auto& project : targets.projects) {
    std::vector<const indicator_target*> indicators;  // the first of each name
    std::map<std::string, source_mark> seen;
    for (const auto& indicator : project.indicators) {
      const auto [first, inserted] = seen.emplace(indicator.name, indicator.name_mark);
      if (!inserted) {
        findings.add(project.id, indicator.name, duplicate_indicator(project.id, first->second), indicator.name_mark);
        continue;
      }
      indicators.push_back(&indicator);
    }
    for (const auto* indicator : indicators) review_target(project, *indicator, findings);
    if (project.budget <= 0) {
      findings.add(project.id, "", zero_budget(), project.mark);
    }
    if (indicators.empty()) {
      findings.add(project.id, "", no_indicators(), project.mark);
      continue;
    }
    review_categories(project, indicators, policy, findings);
    review_weights(project, indicators, policy, findings);
    review_similar_indicators(project, indicators, policy, findings, similar_work);
  }
  review_name_variants(targets, findings);
  return out;
}

finding_list review(const target_table& targets, const actual_table* actuals, const rules::scoring_policy& policy) {
  finding_list findings = review_targets(targets, policy);
  std::vector<std::string> files = {targets.path};
  if (actuals) {
    files.push_back(actuals->path);
    // A set, not a scan of the reviewed findings for each scored one: that was
    // quadratic, seconds for a few thousand projects.
    std::set<finding_place> reviewed;
    for (const finding_entry& r : findings) reviewed.insert(place_of(r));
    const report scored = score_department(targets, *actuals, policy);
    // The scored findings are views of the report's tables, rules and text: kept with the list.
    findings.kept.insert(findings.kept.end(), {scored.targets, scored.actuals, scored.scoring_policy});
    for (const finding_entry& f : scored.findings) {
      if (reviewed.count(place_of(f))) continue;
      findings.items.push_back(f);
      const rules::check_stop stop = f.kind.stops_check();
      if (stop == rules::check_stop::anywhere || (stop == rules::check_stop::in_actuals && f.file == actuals->path)) {
        findings.items.back().level = severity::error;
      }
    }
  }
  sort_findings(findings.items, files);
  return findings;
}

void sort_findings(std::vector<finding_entry>& findings, const std::vector<std::string>& files) {
  const auto file_rank = [&](std::string_view file) {
    return static_cast<std::size_t>(std::find(files.begin(), files.end(), file) - files.begin());
  };
  std::stable_sort(findings.begin(), findings.end(), [&](const finding_entry& a, const finding_entry& b) {
    if (a.level != b.level) return a.level < b.level;
    const std::size_t fa = file_rank(a.file);
    const std::size_t fb = file_rank(b.file);
    if (fa != fb) return fa < fb;
    if (a.sheet != b.sheet) return std::string_view(a.sheet ? a.sheet : "") < std::string_view(b.sheet ? b.sheet : "");
    if (a.line != b.line) return a.line < b.line;
    return a.column < b.column;
  });
}

}  // namespace jixiao::engine
