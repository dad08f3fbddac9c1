// What the web page and the HTTP interface do with uploaded files, held in memory:
// one function per operation, each the single place that decides how an upload is
// read (YAML, a CSV or xlsx target table, the collection workbook, named policies). A file's name is only ever a label in messages and reports.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "engine/io/limits.hpp"
#include "engine/model/model.hpp"
#include "engine/model/report.hpp"
#include "rules/policy.hpp"

namespace jixiao::engine::serve {

/// An uploaded file: its name as the client gave it (a label, never a path) and its bytes.
struct upload {
  std::string name;
  std::string bytes;
};

/// A request that cannot be answered with 200: the HTTP status and, in the reader's
/// language, what is wrong and what to do.
class request_error : public std::runtime_error {
 public:
  request_error(int status, const std::string& message) : std::runtime_error(message), status_(status) {}
  int status() const { return status_; }

 private:
  int status_;
};

/// The targets YAML of an upload: YAML as it is; a CSV file or an .xlsx workbook read as
/// `jixiao import` reads it. Throws input_error, request_error (413 over the size limit).
std::string targets_yaml(const upload& targets, const input_limits& limits);

/// The target table of an upload (any form targets_yaml reads); `sha256` gets the hash of
/// what was parsed, as `jixiao score` records it. An imported table's findings name its
/// targets YAML as targets_download names it ("表.csv" -> "表.yaml"), at that file's places.
target_table load_targets_bytes(const upload& targets, const rules::scoring_policy& policy, const input_limits& limits,
                                std::string* sha256 = nullptr);

/// The actuals of an upload: actuals YAML, or a filled collection workbook (told apart by
/// its content).
actual_table load_actuals_bytes(const upload& actuals, const rules::scoring_policy& policy, const input_limits& limits,
                                std::string* sha256 = nullptr);

/// The named policies a request may choose besides "default" (national), each with its
/// label for the page's list.
std::vector<std::pair<std::string, std::string>> named_policies();

/// The policy: a policy YAML file when one was uploaded, else the named one (empty or
/// "default": the built-in policy). Throws request_error for an unknown name.
rules::scoring_policy load_policy_choice(const std::optional<upload>& file, const std::string& name,
                                         const input_limits& limits);

struct score_request {
  upload targets;
  upload actuals;
  std::optional<upload> review;
  std::optional<upload> policy_file;
  std::string policy_name;
};

/// `jixiao score TARGETS ACTUALS` on uploads; the source block names the uploads.
report score_uploads(const score_request& request, const input_limits& limits);

/// `jixiao check TARGETS [ACTUALS]` on uploads.
finding_list check_uploads(const upload& targets, const std::optional<upload>& actuals,
                           const std::optional<upload>& policy_file, const std::string& policy_name,
                           const input_limits& limits);

/// A file to download: its name (UTF-8), media type and bytes.
struct download {
  std::string filename;
  std::string content_type;
  std::string bytes;
};

/// The actuals template to fill in: "yaml" (as `jixiao template`) or "xlsx" (the collection
/// workbook, as `jixiao template --format xlsx`).
download template_download(const target_table& targets, const std::string& format);

/// The report as html, xlsx, json, csv or markdown (as `jixiao score --format`).
download report_download(const report& r, const std::string& format);

/// The imported targets YAML as a download named after the upload.
download targets_download(const upload& targets, const input_limits& limits);

}  // namespace jixiao::engine::serve
