#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "engine/format_util.hpp"
#include "engine/writers.hpp"

namespace jixiao::engine {

namespace {

using json = nlohmann::ordered_json;  // keys in the order written: "source" first

constexpr int weight_places = 4;
constexpr int score_places = 2;
constexpr int amount_places = 4;

json string_or_null(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

json number_or_null(const std::optional<double>& value, int places) {
  return value ? json(round_safely(*value, places)) : json(nullptr);
}

json int_or_null(int value) { return value > 0 ? json(value) : json(nullptr); }

json source_json(const report& r) {
  json inputs = json::array();
  for (const input_file& input : r.inputs) {
    inputs.push_back({{"role", input.role}, {"path", input.path}, {"sha256", input.sha256}});
  }
  return {{"version", r.version}, {"policy", r.policy}, {"inputs", std::move(inputs)}};
}

json indicator_json(const indicator_entry& i) {
  return {{"name", i.name},
          {"category", i.category},
          {"category_inferred", i.category_inferred},
          {"target", i.target},
          {"actual", string_or_null(i.actual)},
          {"weight", round_safely(i.weight, weight_places)},
          {"score", round_safely(i.score, score_places)},
          {"status", rules::status_name(i.status)},
          {"explain", i.explain},
          {"note", string_or_null(i.note)}};
}

json project_json(const project_entry& p) {
  json indicators = json::array();
  for (const indicator_entry& i : p.indicators) indicators.push_back(indicator_json(i));
  return {{"id", p.id},
          {"name", p.name},
          {"budget", round_safely(p.budget, amount_places)},
          {"spent", number_or_null(p.spent, amount_places)},
          {"execution_rate", number_or_null(p.execution_rate, score_places)},
          {"budget_weight", round_safely(p.budget_weight, weight_places)},
          {"budget_score", round_safely(p.budget_score, score_places)},
          {"budget_explain", p.budget_explain},
          {"total", round_safely(p.total, score_places)},
          {"total_explain", p.total_explain},
          {"grade", p.grade},
          {"indicators", std::move(indicators)}};
}

json finding_json(const finding_entry& f) {
  return {{"severity", severity_name(f.level)},
          {"project", string_or_null(f.project)},
          {"indicator", string_or_null(f.indicator)},
          {"kind", f.kind},
          {"message", f.message},
          {"file", string_or_null(f.file)},
          {"line", int_or_null(f.line)},
          {"column", int_or_null(f.column)}};
}

}  // namespace

void write_json(const report& r, std::ostream& out) {
  json projects = json::array();
  for (const project_entry& p : r.projects) projects.push_back(project_json(p));
  json grades = json::object();
  for (const auto& [grade, count] : r.grade_counts) grades[grade] = count;
  json findings = json::array();
  for (const finding_entry& f : r.findings) findings.push_back(finding_json(f));

  json doc = json::object();
  doc["source"] = source_json(r);
  doc["department"] = r.department;
  doc["year"] = r.year;
  doc["projects"] = std::move(projects);
  doc["summary"] = {{"grades", grades},
                    {"mean", round_safely(r.mean, score_places)},
                    {"budget_total", round_safely(r.budget_total, amount_places)},
                    {"projects", r.projects.size()}};
  doc["findings"] = std::move(findings);
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace jixiao::engine
