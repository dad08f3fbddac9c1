#include <string>
#include <unordered_map>

#include "engine/io/input_error.hpp"
#include "engine/load/load.hpp"
#include "grammar/text/text.hpp"
#include "rules/rounding.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace {

// Actual values read once per file: a department writes 达成, 95% or 12月 over and
// over. Only values that read cleanly are kept; an error is reported every time.
using actual_memo = std::unordered_map<std::string, rules::actual_value>;

// An actual written as text or as a YAML number.
rules::actual_value read_value_scalar(const yaml_document& doc, const yaml_node& node, const field_path& field,
                                      const rules::scoring_policy& policy, actual_memo& memo) {
  doc.check_length(node, field, "value");
  const std::string& text = node.Scalar();
  if (node.Tag() != "!" && !text.empty()) {
    if (const auto number = plain_number(text)) {
      if (*number < 0) doc.fail(node, field, text::message(N_("a negative actual is not allowed, found {1}"), describe(node)));
      return rules::numeric_actual(*number, text);
    }
  }
  if (const auto seen = memo.find(text); seen != memo.end()) return seen->second;
  auto result = rules::read_actual(text, policy.synonyms);
  if (!result.value) {
    const source_mark at = doc.value_mark_of(node);
    const auto& error = *result.error;
    const bool single_line = text.find('\n') == std::string::npos;
    throw input_error(doc.path(), at.line, single_line ? at.column + static_cast<int>(error.column) - 1 : at.column,
                      field.str(),
                      text::message(N_("expected a number, a percentage or a grade: {1} (column {2} of the value)\n{3}"),
                                    error.message, std::to_string(error.column),
                                    grammar::caret_lines(text, error.column - 1, " | ")));
  }
  return memo.emplace(text, std::move(*result.value)).first->second;
}

void check_ratio(const yaml_document& doc, const yaml_node& node, const field_path& field, double ratio,
                 rules::grade_tier tier, const rules::scoring_policy& policy) {
  text::message error = ratio_outside_tier(ratio, tier, policy);
  if (!error.empty()) doc.fail(node, field, std::move(error));
}

// 评价扣分: `deduct` points off the rule's score, with its `reason`.
void read_deduction(const yaml_document& doc, const yaml_node& node, const field_path& field, rules::actual_value& out) {
  const yaml_node deduct = node["deduct"];
  const yaml_node reason = node["reason"];
  if (!deduct) {
    if (reason) doc.fail(reason, field.member("reason"), text::message(N_("a reason goes with a deduction: add deduct: POINTS, or leave it out")));
    return;
  }
  out.deduct = doc.number(deduct, field.member("deduct"));
  if (!reason) doc.fail(deduct, field.member("deduct"), text::message(N_("a deduction needs its reason: add reason: …")));
  out.deduct_reason = doc.scalar(reason, field.member("reason"));
  if (out.deduct_reason.empty()) doc.fail(reason, field.member("reason"), text::message(N_("the reason for the deduction is empty")));
  if (out.kind == rules::actual_kind::not_applicable) {
    doc.fail(deduct, field.member("deduct"), text::message(N_("a deduction on an indicator that does not apply: it scores nothing")));
  }
}

rules::actual_value read_value_map(const yaml_document& doc, const yaml_node& node, const field_path& field,
                                   const rules::scoring_policy& policy, actual_memo& memo) {
  static const std::vector<std::string> keys = {"value", "note", "cause", "grade", "ratio", "planned", "deduct", "reason"};
  doc.check_keys(node, field, keys);
  const yaml_node value = node["value"];
  const yaml_node grade = node["grade"];
  if (value && grade) doc.fail(grade, field.member("grade"), text::message(N_("give either value or grade, not both")));
  if (node["deduct"] && !value && !grade) {
    doc.fail(node["deduct"], field.member("deduct"),
             text::message(N_("a deduction goes with the indicator's value or grade: a missing indicator scores 0 and has "
                              "nothing to deduct")));
  }
  if (!value && !grade) doc.fail(node, field, text::message(N_("missing field 'value' (or 'grade')")));
  rules::actual_value out;
  if (value) {
    if (!value.IsScalar()) doc.fail(value, field.member("value"), text::message(N_("expected a number, a percentage or a grade, found {1}"), describe(value)));
    out = read_value_scalar(doc, value, field.member("value"), policy, memo);
  } else {
    if (!grade.IsScalar()) doc.fail(grade, field.member("grade"), text::message(N_("expected a grade, found {1}"), describe(grade)));
    out = read_value_scalar(doc, grade, field.member("grade"), policy, memo);
    if (out.kind != rules::actual_kind::grade) {
      doc.fail(grade, field.member("grade"),
               text::message(N_("expected a grade ({1}, {2}, {3}, or {4} … {5}), found {6}"), "达成", "部分达成", "未达成", "好", "差",
                             describe(grade)));
    }
  }
  if (const yaml_node ratio = node["ratio"]) {
    if (!out.tier) doc.fail(ratio, field.member("ratio"), text::message(N_("a ratio goes with a tier: {1}, {2} or {3}"), "达成", "部分达成", "未达成"));
    out.ratio = doc.number(ratio, field.member("ratio"));
    check_ratio(doc, ratio, field.member("ratio"), *out.ratio, *out.tier, policy);
  }
  if (const yaml_node planned = node["planned"]) {
    out.planned = doc.number(planned, field.member("planned"));
    if (out.kind != rules::actual_kind::number) doc.fail(planned, field.member("planned"), text::message(N_("a planned value goes with a number as value")));
  }
  if (const yaml_node note = node["note"]) out.note = doc.scalar(note, field.member("note"));
  read_deduction(doc, node, field, out);
  if (const yaml_node cause = node["cause"]) {
    const std::string text = doc.scalar(cause, field.member("cause"));
    if (text != "target_too_low") doc.fail(cause, field.member("cause"), text::message(N_("expected target_too_low, found {1}"), describe(cause)));
    out.cause_target_too_low = true;
  }
  return out;
}

}  // namespace

text::message ratio_outside_tier(double ratio, rules::grade_tier tier, const rules::scoring_policy& policy) {
  const std::size_t i = static_cast<std::size_t>(tier);
  const double low = policy.tiers[i].low;
  const double high = i == 0 ? 1.0 : policy.tiers[i - 1].low;
  const bool inside = ratio >= low && (i == 0 ? ratio <= high : ratio < high);
  if (inside) return {};
  const std::string r = rules::format_number(ratio), from = rules::format_number(low), to = rules::format_number(high);
  return i == 0 ? text::message(N_("the ratio {1} is outside the tier {2} [{3}, {4}]"), r, rules::tier_name(tier), from, to)
                : text::message(N_("the ratio {1} is outside the tier {2} [{3}, {4})"), r, rules::tier_name(tier), from, to);
}

actual_table load_actuals(const yaml_document& doc, const rules::scoring_policy& policy) {
  const yaml_node& root = doc.root();
  if (!root.IsMap()) doc.fail(root, "", text::message(N_("expected an actuals file: a map with year and projects, found {1}"), describe(root)));
  doc.check_keys(root, "", {"year", "projects", "department"});
  actual_table table;
  table.path = doc.path();
  if (root["year"]) table.year = doc.integer(root["year"], "year", 1900, 2200);
  const yaml_node projects = root["projects"];
  if (!projects) doc.fail(root, "", text::message(N_("missing field '{1}'"), "projects"));
  if (projects.IsNull()) return table;
  if (!projects.IsMap()) doc.fail(projects, "projects", text::message(N_("expected a map from project id to actuals, found {1}"), describe(projects)));

  static const std::vector<std::string> keys = {"spent", "budget", "summary", "indicators"};
  const field_path list("projects");
  actual_memo memo;
  for (const auto& entry : projects) {
    project_actual project;
    project.id = doc.scalar(entry.first, list);
    project.mark = doc.mark_of(entry.first);
    const field_path field = list.key(project.id);
    const yaml_node& body = entry.second;
    if (body.IsNull()) {
      table.projects.push_back(std::move(project));
      continue;
    }
    if (!body.IsMap()) doc.fail(body, field, text::message(N_("expected a map with spent and indicators, found {1}"), describe(body)));
    doc.check_keys(body, field, keys);
    if (const yaml_node spent = body["spent"]; spent && !spent.IsNull()) {
      project.spent = doc.number(spent, field.member("spent"));
      project.spent_mark = doc.mark_of(spent);
    }
    if (const yaml_node budget = body["budget"]; budget && !budget.IsNull()) {
      project.budget = doc.number(budget, field.member("budget"));
    }
    if (const yaml_node summary = body["summary"]) project.summary = doc.scalar(summary, field.member("summary"));
    const yaml_node indicators = body["indicators"];
    if (indicators && !indicators.IsNull()) {
      const field_path indicators_field = field.member("indicators");
      if (!indicators.IsMap()) {
        doc.fail(indicators, indicators_field, text::message(N_("expected a map from indicator name to actual, found {1}"), describe(indicators)));
      }
      for (const auto& item : indicators) {
        indicator_actual actual;
        actual.name = doc.scalar(item.first, indicators_field);
        actual.mark = doc.mark_of(item.second.IsNull() ? item.first : item.second);
        const field_path at = indicators_field.key(actual.name);
        const yaml_node& value = item.second;
        if (value.IsNull()) {
          actual.left_empty = true;  // a template not filled in: missing, but an unknown name is reported
        } else if (value.IsScalar()) {
          actual.value = read_value_scalar(doc, value, at, policy, memo);
        } else if (value.IsMap()) {
          actual.value = read_value_map(doc, value, at, policy, memo);
          if (actual.value.deduct) actual.deduct_mark = doc.mark_of(value["deduct"]);
        } else {
          doc.fail(item.first, at, text::message(N_("expected a number, a percentage or a grade, found {1}"), describe(value)));
        }
        project.indicators.push_back(std::move(actual));
      }
    }
    table.projects.push_back(std::move(project));
  }
  return table;
}

}  // namespace jixiao::engine
