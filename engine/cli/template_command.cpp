#include <boost/program_options.hpp>

#include <ostream>

#include "engine/cli/cli.hpp"
#include "engine/cli/command_line.hpp"
#include "engine/cli/exit_status.hpp"
#include "engine/io/limits.hpp"
#include "engine/io/input_error.hpp"
#include "engine/load/load.hpp"
#include "engine/load/named_policy.hpp"
#include "engine/io/output_file.hpp"
#include "engine/report/write_review_template.hpp"
#include "engine/score/score_files.hpp"
#include "engine/report/write_collection_xlsx.hpp"
#include "engine/report/write_template.hpp"
#include "grammar/text/language.hpp"

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
      text::tr("jixiao template TARGETS [--format yaml|xlsx] [-o FILE] | --review TARGETS ACTUALS [--policy P] [-o FILE]"), help_line_length());
  described.add_options()
      ("help,h", text::tr("show this help").c_str())
      ("format,f", po::value(&format)->default_value("yaml"),
       text::tr("yaml (an actuals file to fill in) or xlsx (the collection workbook; needs -o)").c_str())
      ("output,o", po::value(&output), text::tr("write the template to FILE (whole or not at all)").c_str())
      ("review", po::bool_switch(&review),
       text::tr("a review file to fill in, each indicator with its self-evaluated score").c_str())
      ("policy,p", po::value(&policy),
       text::tr("--review: the policy the self-evaluation is scored with (a name or a file)").c_str())
      ("targets", po::value(&targets_path), text::tr("the targets file").c_str())
      ("actuals", po::value(&actuals_path), text::tr("--review: the actuals file").c_str());
  po::positional_options_description positional;
  positional.add("targets", 1).add("actuals", 1);
  po::variables_map vm;
  if (const auto done = read_command_line("template", args, described, positional, vm, out, err)) return *done;
  if (targets_path.empty() || review != !actuals_path.empty()) {
    err << text::tr("jixiao template: give a targets file, or --review with a targets and an actuals file") << "\n"
        << described;
    return exit_usage;
  }
  if (format != "yaml" && format != "xlsx") {
    err << text::trf("jixiao template: unknown format '{1}': expected yaml or xlsx", format) << "\n";
    return exit_usage;
  }
  if (format == "xlsx" && output.empty()) {
    err << text::trf("jixiao template: --format xlsx writes a workbook: give its file with -o (e.g. -o {1})",
                     "实际完成值.xlsx")
        << "\n";
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
