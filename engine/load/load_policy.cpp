#include "engine/io/input_error.hpp"
#include "engine/load/load.hpp"
#include "engine/load/named_policy.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace {

const std::vector<std::string> tier_keys = {"达成", "部分达成", "未达成"};
const std::vector<std::string> level_keys = {"好", "较好", "一般", "较差", "差"};
const std::vector<std::string> grade_keys = {"优", "良", "中"};

void read_weights(const yaml_document& doc, const yaml_node& node, rules::scoring_policy& policy) {
  if (!node.IsMap()) doc.fail(node, "weights", text::message(N_("expected a map from category to weight, found {1}"), describe(node)));
  std::vector<std::pair<std::string, double>> first_level;
  bool budget_given = false;
  for (const auto& entry : node) {
    const std::string name = doc.scalar(entry.first, "weights");
    const double weight = doc.number(entry.second, "weights." + name);
    if (name == "预算执行率") {
      policy.budget_weight = weight;
      budget_given = true;
    } else {
      if (name.find('/') != std::string::npos) {
        doc.fail(entry.first, "weights", text::message(N_("first-level categories only ({1}), found '{2}'"), "产出, 效益, 满意度", name));
      }
      first_level.emplace_back(name, weight);
    }
  }
  if (!first_level.empty()) {
    policy.first_level = first_level;
  }
  (void)budget_given;
}

void read_qualitative(const yaml_document& doc, const yaml_node& node, rules::scoring_policy& policy) {
  if (!node.IsMap()) doc.fail(node, "qualitative", text::message(N_("expected a map, found {1}"), describe(node)));
  doc.check_keys(node, "qualitative", {"tiers", "five_level"});
  if (const yaml_node tiers = node["tiers"]) {
    if (!tiers.IsMap()) doc.fail(tiers, "qualitative.tiers", text::message(N_("expected a map, found {1}"), describe(tiers)));
    doc.check_keys(tiers, "qualitative.tiers", tier_keys);
    for (std::size_t i = 0; i < tier_keys.size(); ++i) {
      const yaml_node tier = tiers[tier_keys[i]];
      if (!tier) continue;
      const std::string field = "qualitative.tiers." + tier_keys[i];
      if (!tier.IsMap()) doc.fail(tier, field, text::message(N_("expected a map with low and default, found {1}"), describe(tier)));
      doc.check_keys(tier, field, {"low", "default"});
      if (tier["low"]) policy.tiers[i].low = doc.number(tier["low"], field + ".low");
      if (tier["default"]) policy.tiers[i].default_point = doc.number(tier["default"], field + ".default");
    }
  }
  if (const yaml_node levels = node["five_level"]) {
    if (!levels.IsMap()) doc.fail(levels, "qualitative.five_level", text::message(N_("expected a map, found {1}"), describe(levels)));
    doc.check_keys(levels, "qualitative.five_level", level_keys);
    for (std::size_t i = 0; i < level_keys.size(); ++i) {
      if (const yaml_node level = levels[level_keys[i]]) {
        policy.five_level[i] = doc.number(level, "qualitative.five_level." + level_keys[i]);
      }
    }
  }
}

void read_categories(const yaml_document& doc, const yaml_node& node, rules::scoring_policy& policy) {
  if (!node.IsSequence()) {
    doc.fail(node, "category_keywords", text::message(N_("expected a list of {{category, keywords}}, found {1}"), describe(node)));
  }
  policy.categories.clear();
  std::size_t index = 0;
  for (const yaml_node& item : node) {
    const std::string field = "category_keywords[" + std::to_string(index++) + "]";
    if (!item.IsMap()) doc.fail(item, field, text::message(N_("expected a map with category and keywords, found {1}"), describe(item)));
    doc.check_keys(item, field, {"category", "keywords"});
    rules::category_rule rule;
    if (!item["category"]) doc.fail(item, field, text::message(N_("missing field '{1}'"), "category"));
    rule.category = doc.scalar(item["category"], field + ".category");
    const yaml_node keywords = item["keywords"];
    if (!keywords || !keywords.IsSequence()) {
      doc.fail(keywords ? keywords : item, field + ".keywords", text::message(N_("expected a list of keywords")));
    }
    for (const yaml_node& keyword : keywords) rule.keywords.push_back(doc.scalar(keyword, field + ".keywords"));
    policy.categories.push_back(std::move(rule));
  }
}

// The `position`th item of a list, or an undefined node.
yaml_node item_at(const yaml_node& list, std::size_t position) {
  if (!list.IsSequence()) return {};
  for (const yaml_node& item : list) {
    if (position-- == 0) return item;
  }
  return {};
}

// A part of a field path: "bands" or "bands[2]".
yaml_node child_at(const yaml_node& node, const std::string& part) {
  const std::size_t bracket = part.find('[');
  if (bracket == std::string::npos) return node.IsMap() ? node[part] : yaml_node();
  const yaml_node list = node.IsMap() ? node[part.substr(0, bracket)] : yaml_node();
  return item_at(list, std::stoul(part.substr(bracket + 1)));
}

void read_budget_execution(const yaml_document& doc, const yaml_node& node, rules::scoring_policy& policy) {
  if (!node.IsMap()) doc.fail(node, "budget_execution", text::message(N_("expected a map with formula and bands, found {1}"), describe(node)));
  doc.check_keys(node, "budget_execution", {"formula", "bands"});
  if (const yaml_node formula = node["formula"]) {
    const std::string text = doc.scalar(formula, "budget_execution.formula");
    if (text != "ratio" && text != "bands") {
      doc.fail(formula, "budget_execution.formula", text::message(N_("expected ratio or bands, found {1}"), describe(formula)));
    }
    policy.budget_execution = text == "bands" ? rules::budget_formula::bands : rules::budget_formula::ratio;
  }
  const yaml_node bands = node["bands"];
  if (!bands) return;
  if (policy.budget_execution != rules::budget_formula::bands) {
    doc.fail(bands, "budget_execution.bands", text::message(N_("bands go with formula: bands")));
  }
  if (!bands.IsSequence()) {
    doc.fail(bands, "budget_execution.bands", text::message(N_("expected a list of {{from, share}}, found {1}"), describe(bands)));
  }
  policy.bands.clear();
  std::size_t index = 0;
  for (const yaml_node& item : bands) {
    const std::string field = "budget_execution.bands[" + std::to_string(index++) + "]";
    if (!item.IsMap()) doc.fail(item, field, text::message(N_("expected a map with from and share, found {1}"), describe(item)));
    doc.check_keys(item, field, {"from", "share"});
    if (!item["from"]) doc.fail(item, field, text::message(N_("missing field '{1}'"), "from"));
    if (!item["share"]) doc.fail(item, field, text::message(N_("missing field '{1}'"), "share"));
    policy.bands.push_back({doc.number(item["from"], field + ".from"), doc.number(item["share"], field + ".share")});
  }
}

void read_grades(const yaml_document& doc, const yaml_node& node, rules::scoring_policy& policy) {
  if (node.IsScalar() && node.Scalar() == "none") {
    policy.graded = false;
    return;
  }
  if (!node.IsMap()) doc.fail(node, "grades", text::message(N_("expected a map of lower bounds or none, found {1}"), describe(node)));
  doc.check_keys(node, "grades", grade_keys);
  policy.graded = true;
  for (std::size_t i = 0; i < grade_keys.size(); ++i) {
    if (node[grade_keys[i]]) policy.grade_bounds[i] = doc.number(node[grade_keys[i]], "grades." + grade_keys[i]);
  }
}

// How deep `extends` may chain: a named policy extends national, a file a named one.
constexpr int max_extends = 4;

rules::scoring_policy starting_policy(const yaml_document& doc, const yaml_node& root, int depth) {
  const yaml_node extends = root.IsMap() ? root["extends"] : yaml_node();
  if (!extends) return {};
  const std::string name = doc.scalar(extends, "extends");
  if (!find_named_policy(name)) doc.fail(extends, "extends", unknown_policy_message(name));
  if (depth >= max_extends) doc.fail(extends, "extends", text::message(N_("policies extend each other too deeply")));
  return load_named_policy(name, depth + 1);
}

// The YAML node a contradiction's field names, for its line and column.
yaml_node node_at(const yaml_node& root, const std::string& field) {
  yaml_node node = root;
  std::size_t start = 0;
  while (start <= field.size()) {
    const std::size_t dot = field.find('.', start);
    const std::string part = field.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    const yaml_node next = child_at(node, part);
    if (!next) break;
    node = next;
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return node;
}

}  // namespace

rules::scoring_policy load_policy(const yaml_document& doc, int depth) {
  const yaml_node& root = doc.root();
  if (root.IsNull()) {
    rules::scoring_policy policy;
    policy.source = doc.path();
    return policy;
  }
  if (!root.IsMap()) doc.fail(root, "", text::message(N_("expected a policy: a map of policy values, found {1}"), describe(root)));
  doc.check_keys(root, "", {"extends", "weights", "qualitative", "approximate_tolerance", "over_achievement",
                            "deadline_penalty_per_week", "strict_equal", "less_is_better", "grades", "unit_synonyms",
                            "category_keywords", "default_category", "score_decimals", "rounding", "budget_execution"});
  rules::scoring_policy policy = starting_policy(doc, root, depth);
  policy.source = root["extends"] ? doc.path() + " (extends " + policy.source + ")" : doc.path();
  if (const yaml_node node = root["weights"]) read_weights(doc, node, policy);
  if (const yaml_node node = root["qualitative"]) read_qualitative(doc, node, policy);
  if (const yaml_node node = root["approximate_tolerance"]) {
    policy.approximate_tolerance = doc.number(node, "approximate_tolerance");
  }
  if (const yaml_node node = root["over_achievement"]) {
    if (!node.IsMap()) doc.fail(node, "over_achievement", text::message(N_("expected a map, found {1}"), describe(node)));
    doc.check_keys(node, "over_achievement", {"threshold", "max_deduction"});
    if (node["threshold"]) policy.over_threshold = doc.number(node["threshold"], "over_achievement.threshold");
    if (node["max_deduction"]) {
      policy.max_deduction = doc.number(node["max_deduction"], "over_achievement.max_deduction");
    }
  }
  if (const yaml_node node = root["deadline_penalty_per_week"]) {
    policy.deadline_penalty_per_week = doc.number(node, "deadline_penalty_per_week");
  }
  if (const yaml_node node = root["strict_equal"]) {
    const std::string text = doc.scalar(node, "strict_equal");
    if (text != "true" && text != "false") doc.fail(node, "strict_equal", text::message(N_("expected true or false, found {1}"), describe(node)));
    policy.strict_equal = text == "true";
  }
  if (const yaml_node node = root["less_is_better"]) {
    const std::string text = doc.scalar(node, "less_is_better");
    if (text != "ratio" && text != "linear") doc.fail(node, "less_is_better", text::message(N_("expected ratio or linear, found {1}"), describe(node)));
    policy.less_is_better = text == "linear" ? rules::less_is_better_formula::linear : rules::less_is_better_formula::ratio;
  }
  if (const yaml_node node = root["grades"]) read_grades(doc, node, policy);
  if (const yaml_node node = root["score_decimals"]) policy.score_decimals = doc.integer(node, "score_decimals", 0, 2);
  if (const yaml_node node = root["rounding"]) {
    const std::string text = doc.scalar(node, "rounding");
    if (text != "half_up" && text != "down") doc.fail(node, "rounding", text::message(N_("expected half_up or down, found {1}"), describe(node)));
    policy.rounding = text == "down" ? rules::rounding_mode::down : rules::rounding_mode::half_up;
  }
  if (const yaml_node node = root["budget_execution"]) read_budget_execution(doc, node, policy);
  if (const yaml_node node = root["unit_synonyms"]) {
    if (!node.IsMap()) doc.fail(node, "unit_synonyms", text::message(N_("expected a map from word to unit, found {1}"), describe(node)));
    policy.synonyms.clear();
    for (const auto& entry : node) {
      const std::string word = doc.scalar(entry.first, "unit_synonyms");
      policy.synonyms[word] = doc.scalar(entry.second, "unit_synonyms." + word);
    }
  }
  if (const yaml_node node = root["category_keywords"]) read_categories(doc, node, policy);
  if (const yaml_node node = root["default_category"]) policy.default_category = doc.scalar(node, "default_category");

  if (const auto problem = rules::find_contradiction(policy)) {
    doc.fail(node_at(root, problem->field), problem->field, text::message(N_("contradictory policy: {1}"), problem->message));
  }
  return policy;
}

}  // namespace jixiao::engine
