#include <boost/program_options.hpp>

#include <ostream>

#include "engine/cli/cli.hpp"
#include "engine/cli/command_line.hpp"
#include "engine/cli/exit_status.hpp"
#include "engine/io/input_error.hpp"
#include "engine/load/load.hpp"
#include "engine/load/named_policy.hpp"
#include "engine/io/output_file.hpp"
#include "engine/report/write_review_template.hpp"
#include "engine/score/score_files.hpp"
#include "engine/report/write_collection_xlsx.hpp"
#include "engine/report/write_template.hpp"

namespace jixiao::engine {

namespace po = boost::program_options;

int run_template(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string targets_path;
  std::string actuals_path;
  std::string policy;
  std::string output;
  bool review = false;
  std::string format = "yaml";
  po::options_description described(
      "jixiao template TARGETS [--format yaml|xlsx] [-o FILE] | --review TARGETS ACTUALS [--policy P] [-o FILE]");
  described.add_options()
      ("help,h", "show this help")
      ("format,f", po::value(&format)->default_value("yaml"),
       "yaml (an actuals file to fill in) or xlsx (the collection workbook 实际完成值.xlsx; needs -o)")
      ("output,o", po::value(&output), "write the template to FILE (whole or not at all)")
      ("review", po::bool_switch(&review), "a review file (复核) to fill in, each indicator with its self-evaluated score")
      ("policy,p", po::value(&policy), "--review: the policy the self-evaluation is scored with (a name or a file)")
      ("targets", po::value(&targets_path), "the targets file")
      ("actuals", po::value(&actuals_path), "--review: the actuals file");
  po::positional_options_description positional;
  positional.add("targets", 1).add("actuals", 1);
  po::variables_map vm;
  if (const auto done = read_command_line("template", args, described, positional, vm, out, err)) return *done;
  if (targets_path.empty() || review != !actuals_path.empty()) {
    err << "jixiao template: give a targets file, or --review with a targets and an actuals file\n" << described;
    return exit_usage;
  }
  if (format != "yaml" && format != "xlsx") {
    err << "jixiao template: unknown format '" << format << "': expected yaml or xlsx\n";
    return exit_usage;
  }
  if (format == "xlsx" && output.empty()) {
    err << "jixiao template: --format xlsx writes a workbook: give its file with -o (e.g. -o 实际完成值.xlsx)\n";
    return exit_usage;
  }
  target_table targets;
  try {
    if (review) {
      std::string policy_file;
      auto shared = std::make_shared<const rules::scoring_policy>(
          policy.empty() ? rules::scoring_policy() : resolve_policy(policy, {}, policy_file));
      return deliver_output(
          output, write_review_template(score_department_files({targets_path, actuals_path, policy_file, ""}, shared, {})),
          out, err);
    }
    targets = load_targets(yaml_document::load(targets_path), rules::scoring_policy());
  } catch (const input_error& e) {
    err << e.what() << "\n";
    return exit_bad_input;
  }
  if (format == "xlsx") {
    try {
      write_collection_xlsx(targets, output);
    } catch (const output_error& e) {
      err << e.what() << "\n";
      return exit_cannot_write;
    }
    return exit_ok;
  }
  return deliver_output(output, write_template(targets), out, err);
}

}  // namespace jixiao::engine
