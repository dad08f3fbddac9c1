#include <map>
#include <string_view>
#include <unordered_set>

#include "engine/io/input_error.hpp"
#include "engine/load/load.hpp"
#include "grammar/text/language.hpp"
#include "grammar/text/text.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace {

std::string categories_list(const rules::scoring_policy& policy) {
  std::string out;
  for (const auto& [name, weight] : policy.first_level) out += (out.empty() ? "" : ", ") + name;
  return out;
}

// `list`: the project's indicators ("projects.\"3\".indicators"); `field`: this
// one's place in it ("….indicators[2]"), until its name is known.
indicator_target read_indicator(const yaml_document& doc, const yaml_node& node, const field_path& list,
                                const field_path& field, const rules::scoring_policy& policy, rule_cache& compiled) {
  static const std::vector<std::string> keys = {"name", "target", "category", "weight"};
  if (!node.IsMap()) doc.fail(node, field, text::message(N_("expected a map with name and target, found {1}"), describe(node)));
  doc.check_keys(node, field, keys);
  indicator_target out;
  const yaml_node name = node["name"];
  if (!name) doc.fail(node, field, text::message(N_("missing field '{1}'"), "name"));
  out.name = doc.scalar(name, field.member("name"));
  if (out.name.empty()) doc.fail(name, field.member("name"), text::message(N_("expected a name, found nothing")));
  out.name_mark = doc.mark_of(name);
  const field_path where = list.key(out.name);
  const yaml_node target = node["target"];
  if (!target) doc.fail(node, where, text::message(N_("missing field '{1}'"), "target"));
  doc.check_length(target, where.member("target"), "expression");
  out.target_text = doc.scalar(target, where.member("target"));
  out.target_mark = doc.value_mark_of(target);

  {
    auto result = compiled.compile(out.target_text);
    if (!result.rule) {
      const auto& error = *result.error;
      const bool single_line = out.target_text.find('\n') == std::string::npos;
      throw input_error(doc.path(), out.target_mark.line,
                        single_line ? out.target_mark.column + static_cast<int>(error.column) - 1 : out.target_mark.column,
                        where.member("target").str(),
                        text::message(N_("{1} (column {2} of the expression)\n{3}"), error.message,
                                      std::to_string(error.column), grammar::caret_lines(out.target_text, error.column - 1, " | ")));
    }
    out.rule = result.rule;
  }

  if (const yaml_node category = node["category"]) {
    out.category = doc.scalar(category, where.member("category"));
    out.first_level = rules::first_level_place(*out.category, policy);
    if (out.first_level < 0) {
      doc.fail(category, where.member("category"),
               text::message(N_("expected one of {1} (optionally with a second level, as {2}), found {3}"), categories_list(policy),
                             "产出/数量", describe(category)));
    }
  }
  if (const yaml_node weight = node["weight"]) {
    out.weight = doc.number(weight, where.member("weight"));
    if (*out.weight > 100) {
      doc.fail(weight, where.member("weight"), text::message(N_("expected a weight from 0 to 100, found {1}"), describe(weight)));
    }
  }
  if (out.category) {
    out.scored_category = *out.category;
  } else {
    out.scored_category = rules::infer_category(out.name, policy);
    out.first_level = rules::first_level_place(out.scored_category, policy);
  }
  out.is_cost = out.scored_category == "产出/成本";
  return out;
}

// Marks each item whose `key` an earlier one has: scanned for a few, hashed for
// many (a project of 100,000 indicators stays linear).
template <typename Item, typename Key>
void mark_repeated(std::vector<Item>& items, Key key) {
  constexpr std::size_t scan_limit = 32;
  if (items.size() <= scan_limit) {
    for (std::size_t i = 1; i < items.size(); ++i) {
      for (std::size_t j = 0; j < i && !items[i].repeated; ++j) items[i].repeated = key(items[j]) == key(items[i]);
    }
    return;
  }
  std::unordered_set<std::string_view> seen;
  seen.reserve(items.size());
  for (auto& item : items) item.repeated = !seen.insert(key(item)).second;
}

}  // namespace

target_table load_targets(const yaml_document& doc, const rules::scoring_policy& policy, rule_cache* cache) {
  const yaml_node& root = doc.root();
  if (!root.IsMap()) doc.fail(root, "", text::message(N_("expected a targets file: a map with department, year and projects, found {1}"), describe(root)));
  doc.check_keys(root, "", {"department", "year", "projects"});
  target_table table;
  table.path = doc.path();
  if (root["department"]) table.department = doc.scalar(root["department"], "department");
  if (root["year"]) table.year = doc.integer(root["year"], "year", 1900, 2200);
  const yaml_node projects = root["projects"];
  if (!projects) doc.fail(root, "", text::message(N_("missing field '{1}'"), "projects"));
  if (!projects.IsSequence()) doc.fail(projects, "projects", text::message(N_("expected a list of projects, found {1}"), describe(projects)));

  rule_cache own_cache(policy.synonyms);
  rule_cache& compiled = cache ? *cache : own_cache;
  static const std::vector<std::string> keys = {"id", "name", "budget", "overview", "goal", "indicators"};
  const field_path list("projects");
  std::size_t index = 0;
  for (const yaml_node& node : projects) {
    const field_path at = list.index(index++);
    if (!node.IsMap()) doc.fail(node, at, text::message(N_("expected a project (a map with id, name, budget, indicators), found {1}"), describe(node)));
    doc.check_keys(node, at, keys);
    project_target project;
    project.mark = doc.mark_of(node);
    const yaml_node id = node["id"];
    if (!id) doc.fail(node, at, text::message(N_("missing field '{1}'"), "id"));
    project.id = doc.scalar(id, at.member("id"));
    if (project.id.empty()) doc.fail(id, at.member("id"), text::message(N_("expected an id, found nothing")));
    const field_path field = list.key(project.id);
    const yaml_node name = node["name"];
    if (!name) doc.fail(node, field, text::message(N_("missing field '{1}'"), "name"));
    project.name = doc.scalar(name, field.member("name"));
    const yaml_node budget = node["budget"];
    if (!budget) doc.fail(node, field, text::message(N_("missing field '{1}'"), "budget"));
    project.budget = doc.number(budget, field.member("budget"));
    if (const yaml_node overview = node["overview"]) project.overview = doc.scalar(overview, field.member("overview"));
    if (const yaml_node goal = node["goal"]) project.goal = doc.scalar(goal, field.member("goal"));
    const yaml_node indicators = node["indicators"];
    if (indicators && !indicators.IsNull()) {
      const field_path indicators_field = field.member("indicators");
      if (!indicators.IsSequence()) {
        doc.fail(indicators, indicators_field, text::message(N_("expected a list of indicators, found {1}"), describe(indicators)));
      }
      std::size_t k = 0;
      for (const yaml_node& indicator : indicators) {
        project.indicators.push_back(
            read_indicator(doc, indicator, indicators_field, indicators_field.index(k++), policy, compiled));
        if (!project.indicators.back().category) ++table.inferred_categories;
      }
      mark_repeated(project.indicators, [](const indicator_target& i) -> std::string_view { return i.name; });
    }
    table.projects.push_back(std::move(project));
  }
  mark_repeated(table.projects, [](const project_target& p) -> std::string_view { return p.id; });
  return table;
}

}  // namespace jixiao::engine
