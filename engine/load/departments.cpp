#include "engine/load/departments.hpp"

#include <algorithm>
#include <filesystem>

#include "engine/io/input_error.hpp"
#include "engine/yaml/yaml_document.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace fs = std::filesystem;

std::vector<department_input> find_departments(const std::string& path) {
  std::vector<department_input> out;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (const auto& entry : fs::directory_iterator(path, ec)) {
      if (!entry.is_directory()) continue;
      const fs::path dir = entry.path();
      // actuals.yaml, else a collection workbook actuals.xlsx; review.yaml when the bureau reviewed it
      const fs::path actuals =
          !fs::exists(dir / "actuals.yaml") && fs::exists(dir / "actuals.xlsx") ? dir / "actuals.xlsx" : dir / "actuals.yaml";
      if (fs::exists(dir / "targets.yaml") || fs::exists(actuals)) {
        const bool reviewed = fs::exists(dir / "review.yaml");
        out.push_back({dir.filename().string(), (dir / "targets.yaml").string(), actuals.string(),
                       reviewed ? (dir / "review.yaml").string() : std::string()});
      }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    if (out.empty()) throw input_error(path, 0, 0, "", text::message(N_("no department folders with targets.yaml and actuals.yaml")));
    return out;
  }
  const yaml_document doc = yaml_document::load(path);
  const yaml_node& root = doc.root();
  if (!root.IsMap()) doc.fail(root, "", text::message(N_("expected a manifest: a map with departments, found {1}"), describe(root)));
  doc.check_keys(root, "", {"departments"});
  const yaml_node list = root["departments"];
  if (!list || !list.IsSequence()) doc.fail(list ? list : root, "departments", text::message(N_("expected a list of departments")));
  const fs::path base = fs::path(path).parent_path();
  std::size_t index = 0;
  for (const yaml_node& item : list) {
    const std::string field = "departments[" + std::to_string(index++) + "]";
    if (!item.IsMap()) doc.fail(item, field, text::message(N_("expected a map with name, targets and actuals, found {1}"), describe(item)));
    doc.check_keys(item, field, {"name", "targets", "actuals", "review"});
    for (const char* key : {"name", "targets", "actuals"}) {
      if (!item[key]) doc.fail(item, field, text::message(N_("missing field '{1}'"), key));
    }
    const auto resolve = [&](const std::string& p) { return fs::path(p).is_absolute() ? p : (base / p).string(); };
    out.push_back({doc.scalar(item["name"], field + ".name"), resolve(doc.scalar(item["targets"], field + ".targets")),
                   resolve(doc.scalar(item["actuals"], field + ".actuals")),
                   item["review"] ? resolve(doc.scalar(item["review"], field + ".review")) : std::string()});
  }
  return out;
}

}  // namespace jixiao::engine
