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

// Writes `value` as it would appear `depth` levels deep in a document dumped with
// indent 2: the same bytes as one dump of the whole document.
void write_nested(std::ostream& out, const json& value, int depth) {
  const std::string text = value.dump(2, ' ', false, json::error_handler_t::replace);
  const std::string pad(static_cast<std::size_t>(2 * depth), ' ');
  std::size_t start = 0;
  for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', start)) {
    out.write(text.data() + start, static_cast<std::streamsize>(nl + 1 - start));
    out << pad;
    start = nl + 1;
  }
  out.write(text.data() + start, static_cast<std::streamsize>(text.size() - start));
}

// A list written one element at a time, so that only one element's document is
// held in memory however large the report.
template <typename Items, typename ToJson>
void write_list(std::ostream& out, const Items& items, ToJson to_json) {
  if (items.empty()) {
    out << "[]";
    return;
  }
  out << "[";
  bool first = true;
  for (const auto& item : items) {
    out << (first ? "\n    " : ",\n    ");
    write_nested(out, to_json(item), 2);
    first = false;
  }
  out << "\n  ]";
}

}  // namespace

void write_json(const report& r, std::ostream& out) {
  json grades = json::object();
  for (const auto& [grade, count] : r.grade_counts) grades[grade] = count;
  const json summary = {{"grades", std::move(grades)},
                        {"mean", round_safely(r.mean, score_places)},
                        {"budget_total", round_safely(r.budget_total, amount_places)},
                        {"projects", r.projects.size()}};
  out << "{\n  \"source\": ";
  write_nested(out, source_json(r), 1);
  out << ",\n  \"department\": " << json(r.department).dump(-1, ' ', false, json::error_handler_t::replace)
      << ",\n  \"year\": " << r.year << ",\n  \"projects\": ";
  write_list(out, r.projects, project_json);
  out << ",\n  \"summary\": ";
  write_nested(out, summary, 1);
  out << ",\n  \"findings\": ";
  write_list(out, r.findings, finding_json);
  out << "\n}\n";
}

}  // namespace jixiao::engine
