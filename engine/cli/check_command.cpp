#include <boost/program_options.hpp>

#include <algorithm>
#include <ostream>

#include "engine/cli/cli.hpp"
#include "engine/cli/command_line.hpp"
#include "engine/cli/exit_status.hpp"
#include "engine/io/input_error.hpp"
#include "engine/io/limits.hpp"
#include "engine/import/actuals_file.hpp"
#include "engine/load/load.hpp"
#include "engine/load/named_policy.hpp"
#include "engine/score/review.hpp"
#include "engine/report/write_findings.hpp"
#include "grammar/text/language.hpp"

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
  po::options_description described(text::tr("jixiao check TARGETS [ACTUALS] [options]"), help_line_length());
  described.add_options()
      ("help,h", text::tr("show this help").c_str())
      ("format,f", po::value(&options.format)->default_value("text"),
       text::tr("text (one finding per line) or json (a list)").c_str())
      ("policy,p", po::value(&options.policy), text::tr("a named policy (national, hubei) or a policy YAML file").c_str())
      ("targets", po::value(&options.targets), text::tr("the targets file").c_str())
      ("actuals", po::value(&options.actuals),
       text::tr("the actuals (optional): YAML, or a filled collection workbook").c_str());
  described.add(limit_options(options.limits));
  po::positional_options_description positional;
  positional.add("targets", 1).add("actuals", 1);
  po::variables_map vm;
  if (const auto done = read_command_line("check", args, described, positional, vm, out, err)) return *done;
  if (options.targets.empty()) {
    err << text::tr("jixiao check: give a targets file, and optionally an actuals file") << "\n" << described;
    return exit_usage;
  }
  if (options.format != "text" && options.format != "json") {
    err << text::trf("jixiao check: unknown format '{1}': expected text or json", options.format) << "\n";
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
