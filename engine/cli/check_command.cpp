#include <boost/program_options.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ostream>

#include "engine/cli/cli.hpp"
#include "engine/cli/command_line.hpp"
#include "engine/cli/exit_status.hpp"
#include "engine/report/format_util.hpp"
#include "engine/io/input_error.hpp"
#include "engine/io/limits.hpp"
#include "engine/import/actuals_file.hpp"
#include "engine/load/load.hpp"
#include "engine/load/named_policy.hpp"
#include "engine/score/review.hpp"

namespace jixiao::engine {

namespace po = boost::program_options;

namespace {

struct check_options {
  std::string targets;
  std::string actuals;
  std::string format = "text";
  std::string policy;
  input_limits limits;
};

// "file:line:column: severity: 项目 1 / 满意率: message [kind]", leaving out what is not known.
std::string finding_line(const finding_entry& f) {
  std::string out;
  if (!f.file.empty()) {
    out += f.file;
    if (f.sheet) {
      out += ":" + finding_cell(f);
    } else if (f.line > 0) {
      out += ":" + std::to_string(f.line) + ":" + std::to_string(f.column);
    }
    out += ": ";
  }
  out += std::string(severity_name(f.level)) + ": ";
  if (!f.project.empty()) out += "项目 " + f.project + (f.indicator.empty() ? "" : " / " + f.indicator) + ": ";
  return out + f.message + " [" + f.kind + "]";
}

nlohmann::json finding_json(const finding_entry& f) {
  const auto text_or_null = [](std::string_view s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); };
  const auto int_or_null = [](int n) { return n > 0 ? nlohmann::json(n) : nlohmann::json(); };
  nlohmann::json out = {{"severity", severity_name(f.level)}, {"file", text_or_null(f.file)},
                        {"line", int_or_null(f.sheet ? 0 : f.line)}, {"column", int_or_null(f.sheet ? 0 : f.column)},
                        {"project", text_or_null(f.project)}, {"indicator", text_or_null(f.indicator)},
                        {"kind", f.kind.str()}, {"message", f.message.str()}};
  if (f.sheet) out["cell"] = finding_cell(f);
  return out;
}

void write_findings(const finding_list& findings, const std::string& format, std::ostream& out) {
  if (format == "json") {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& f : findings) list.push_back(finding_json(f));
    out << list.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return;
  }
  for (const auto& f : findings) out << finding_line(f) << "\n";
  out << severity_counts(findings.items) << "\n";
}

finding_list check_files(const check_options& options) {
  rules::scoring_policy policy;
  std::string policy_file;
  if (!options.policy.empty()) policy = resolve_policy(options.policy, options.limits, policy_file);
  const target_table targets = load_targets(yaml_document::load(options.targets, options.limits), policy);
  if (options.actuals.empty()) return review(targets, nullptr, policy);
  const actual_table actuals = load_actuals_file(options.actuals, policy, options.limits);
  return review(targets, &actuals, policy);
}

}  // namespace

int run_check(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  check_options options;
  po::options_description described("jixiao check TARGETS [ACTUALS] [options]");
  described.add_options()
      ("help,h", "show this help")
      ("format,f", po::value(&options.format)->default_value("text"), "text (one finding per line) or json (a list)")
      ("policy,p", po::value(&options.policy), "a policy YAML file over the built-in defaults")
      ("targets", po::value(&options.targets), "the targets file")
      ("actuals", po::value(&options.actuals), "the actuals (optional): YAML, or a filled collection workbook");
  described.add(limit_options(options.limits));
  po::positional_options_description positional;
  positional.add("targets", 1).add("actuals", 1);
  po::variables_map vm;
  if (const auto done = read_command_line("check", args, described, positional, vm, out, err)) return *done;
  if (options.targets.empty()) {
    err << "jixiao check: give a targets file, and optionally an actuals file\n" << described;
    return exit_usage;
  }
  if (options.format != "text" && options.format != "json") {
    err << "jixiao check: unknown format '" << options.format << "': expected text or json\n";
    return exit_usage;
  }
  finding_list findings;
  try {
    findings = check_files(options);
  } catch (const input_error& e) {
    err << e.what() << "\n";
    return exit_bad_input;
  }
  write_findings(findings, options.format, out);
  const bool errors = std::any_of(findings.begin(), findings.end(),
                                  [](const finding_entry& f) { return f.level == severity::error; });
  return errors ? exit_findings : exit_ok;
}

}  // namespace jixiao::engine
