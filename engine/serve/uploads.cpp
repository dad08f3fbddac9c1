#include "engine/serve/uploads.hpp"

#include <boost/algorithm/string/predicate.hpp>

#include <memory>
#include <sstream>

#include "engine/import/csv_reader.hpp"
#include "engine/io/input_error.hpp"
#include "engine/import/xlsx_actuals.hpp"
#include "engine/io/temp_dir.hpp"
#include "engine/load/load_review.hpp"
#include "engine/load/named_policy.hpp"
#include "engine/report/formats.hpp"
#include "engine/report/write_collection_xlsx.hpp"
#include "engine/score/apply_review.hpp"
#include "engine/load/load.hpp"
#include "engine/score/review.hpp"
#include "engine/score/scorer.hpp"
#include "engine/io/sha256.hpp"
#include "engine/import/table_import.hpp"
#include "engine/report/write_template.hpp"
#include "engine/report/writers.hpp"
#include "engine/import/xlsx_import.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine::serve {

namespace {

bool is_workbook(const upload& file) { return file.bytes.rfind("PK\x03\x04", 0) == 0; }

bool is_csv(const upload& file) { return boost::algorithm::iends_with(file.name, ".csv"); }

void check_size(const upload& file, const input_limits& limits) {
  if (file.bytes.size() > limits.max_file_size) {
    throw request_error(413, text::trf("The file \"{1}\" is {2}, over the limit of {3}: split it, or start the server "
                                       "with a larger --max-file-size.",
                                       file.name, format_size(file.bytes.size()), format_size(limits.max_file_size)));
  }
}

// The workbook's first sheet, read from a private copy; messages name the upload, not the copy.
cell_table read_workbook_table(const upload& file) {
  const temp_dir dir;
  const std::string path = dir.file("table.xlsx");
  write_whole_file(path, file.bytes);
  try {
    cell_table table = read_xlsx_table(path);
    table.path = file.name;
    return table;
  } catch (const input_error& e) {
    // The message names no file (the file is its own part): only the file is renamed.
    throw input_error(e.file() == path ? file.name : e.file(), e.line(), e.column(), e.field(), e.message());
  }
}

std::string targets_download_name(const upload& targets) {
  const std::string stem = targets.name.substr(0, targets.name.rfind('.'));
  return (stem.empty() ? "targets" : stem) + ".yaml";
}

}  // namespace

std::string targets_yaml(const upload& targets, const input_limits& limits) {
  check_size(targets, limits);
  if (is_workbook(targets)) return import_targets(read_workbook_table(targets), {});
  if (is_csv(targets)) return import_targets(parse_csv(decode_table_text(targets.bytes, targets.name), targets.name), {});
  return targets.bytes;
}

target_table load_targets_bytes(const upload& targets, const rules::scoring_policy& policy, const input_limits& limits,
                                std::string* sha256) {
  // An imported table's places are those of its targets YAML: named as targets_download names it.
  const bool imported = is_workbook(targets) || is_csv(targets);
  const std::string name = imported ? targets_download_name(targets) : targets.name;
  const yaml_document doc = yaml_document::parse(targets_yaml(targets, limits), name, limits);
  if (sha256) *sha256 = sha256_hex(imported ? targets.bytes : doc.text());
  return load_targets(doc, policy);
}

actual_table load_actuals_bytes(const upload& actuals, const rules::scoring_policy& policy, const input_limits& limits,
                                std::string* sha256) {
  check_size(actuals, limits);
  if (is_workbook(actuals)) {
    if (sha256) *sha256 = sha256_hex(actuals.bytes);
    return read_xlsx_actuals(actuals.name, actuals.bytes, policy, limits);
  }
  const yaml_document doc = yaml_document::parse(actuals.bytes, actuals.name, limits);
  if (sha256) *sha256 = sha256_hex(doc.text());
  return load_actuals(doc, policy);
}

std::vector<std::pair<std::string, std::string>> named_policies() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& named : named_policy_texts()) {
    if (named.name == "national") continue;  // the page's default choice
    const bool hubei = named.name == "hubei";
    out.emplace_back(std::string(named.name),
                     hubei ? text::tr("Policy of Hubei for the self-evaluation of departments") : std::string(named.name));
  }
  return out;
}

rules::scoring_policy load_policy_choice(const std::optional<upload>& file, const std::string& name,
                                         const input_limits& limits) {
  const bool chosen = !name.empty() && name != "default";
  if (file && chosen) {
    throw request_error(400, text::trf("Choose one policy: the built-in policy \"{1}\" is chosen and the file \"{2}\" "
                                       "uploaded too.", name, file->name));
  }
  if (file) {
    check_size(*file, limits);
    return load_policy(yaml_document::parse(file->bytes, file->name, limits));
  }
  if (chosen) {
    if (!find_named_policy(name)) {
      throw request_error(400, text::trf("Unknown policy \"{1}\": choose the built-in default, or upload a policy YAML "
                                         "file.", name));
    }
    return load_named_policy(name);
  }
  return {};
}

report score_uploads(const score_request& request, const input_limits& limits) {
  auto policy = std::make_shared<const rules::scoring_policy>(
      load_policy_choice(request.policy_file, request.policy_name, limits));
  std::string targets_sha;
  std::string actuals_sha;
  auto targets = std::make_shared<const target_table>(load_targets_bytes(request.targets, *policy, limits, &targets_sha));
  auto actuals = std::make_shared<const actual_table>(load_actuals_bytes(request.actuals, *policy, limits, &actuals_sha));
  report r = score_department(std::move(targets), std::move(actuals), std::move(policy));
  r.version = JIXIAO_VERSION;
  r.policy = r.scoring_policy->source;
  r.inputs.push_back({"targets", request.targets.name, targets_sha});
  r.inputs.push_back({"actuals", request.actuals.name, actuals_sha});
  if (request.policy_file) r.inputs.push_back({"policy", request.policy_file->name, sha256_hex(request.policy_file->bytes)});
  if (request.review) {
    check_size(*request.review, limits);
    const yaml_document doc = yaml_document::parse(request.review->bytes, request.review->name, limits);
    apply_review(r, std::make_shared<const review_table>(load_review(doc)));
    r.inputs.push_back({"review", request.review->name, sha256_hex(doc.text())});
  }
  return r;
}

finding_list check_uploads(const upload& targets, const std::optional<upload>& actuals,
                           const std::optional<upload>& policy_file, const std::string& policy_name,
                           const input_limits& limits) {
  const rules::scoring_policy policy = load_policy_choice(policy_file, policy_name, limits);
  const target_table table = load_targets_bytes(targets, policy, limits);
  if (!actuals) return review(table, nullptr, policy);
  const actual_table actual = load_actuals_bytes(*actuals, policy, limits);
  return review(table, &actual, policy);
}

download template_download(const target_table& targets, const std::string& format) {
  if (format == "yaml") {
    return {text::tr("actuals template.yaml"), "application/yaml; charset=utf-8", write_template(targets)};
  }
  if (format == "xlsx") {
    const temp_dir dir;
    const std::string path = dir.file("collection.xlsx");
    write_collection_xlsx(targets, path);
    return {collection_file_name(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", read_whole_file(path)};
  }
  throw request_error(400, text::trf("Unknown template format \"{1}\": expected xlsx or yaml.", format));
}

download report_download(const report& r, const std::string& format) {
  const auto known = format_named(format);
  if (!known || *known == report_format::table) {
    throw request_error(400, text::trf("Unknown report format \"{1}\": expected html, xlsx, json, csv or markdown.", format));
  }
  const format_info& info = info_of(*known);
  const std::string name = text::tr("self-evaluation report") + std::string(info.extension);
  if (info.to_file_only) {
    const temp_dir dir;
    const std::string path = dir.file("report" + std::string(info.extension));
    write_xlsx(r, path);
    return {name, std::string(info.media_type), read_whole_file(path)};
  }
  std::ostringstream out;
  write_report(r, *known, out);
  return {name, std::string(info.media_type), out.str()};
}

download targets_download(const upload& targets, const input_limits& limits) {
  return {targets_download_name(targets), "application/yaml; charset=utf-8", targets_yaml(targets, limits)};
}

}  // namespace jixiao::engine::serve
