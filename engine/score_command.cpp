#include <boost/program_options.hpp>

#include <ostream>
#include <sstream>

#include "engine/cli.hpp"
#include "engine/exit_status.hpp"
#include "engine/input_error.hpp"
#include "engine/load.hpp"
#include "engine/output_file.hpp"
#include "engine/scorer.hpp"
#include "engine/sha256.hpp"
#include "engine/writers.hpp"

namespace jixiao::engine {

namespace po = boost::program_options;

namespace {

struct score_options {
  std::string targets;
  std::string actuals;
  std::string format = "table";
  std::string output;
  std::string policy;
  bool strict = false;
};

void render(const report& r, const std::string& format, std::ostream& out) {
  if (format == "json") write_json(r, out);
  else if (format == "csv") write_csv(r, out);
  else if (format == "markdown") write_markdown(r, out);
  else write_table(r, out);
}

report score_files(const score_options& options) {
  rules::scoring_policy policy;
  if (!options.policy.empty()) policy = load_policy(yaml_document::load(options.policy));
  const target_table targets = load_targets(yaml_document::load(options.targets), policy);
  const actual_table actuals = load_actuals(yaml_document::load(options.actuals), policy);
  report r = score_department(targets, actuals, policy);
  r.version = JIXIAO_VERSION;
  r.policy = policy.source;
  r.inputs.push_back({"targets", options.targets, sha256_of_file(options.targets)});
  r.inputs.push_back({"actuals", options.actuals, sha256_of_file(options.actuals)});
  if (!options.policy.empty()) r.inputs.push_back({"policy", options.policy, sha256_of_file(options.policy)});
  return r;
}

}  // namespace

int run_score(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  score_options options;
  po::options_description described("jixiao score TARGETS ACTUALS [options]");
  described.add_options()
      ("help,h", "show this help")
      ("format,f", po::value(&options.format)->default_value("table"), "table, markdown, csv or json")
      ("output,o", po::value(&options.output), "write the report to FILE (whole or not at all)")
      ("policy,p", po::value(&options.policy), "a policy YAML file over the built-in defaults")
      ("strict", po::bool_switch(&options.strict), "findings (not notes) are errors: exit 1, no report")
      ("targets", po::value(&options.targets), "the targets file")
      ("actuals", po::value(&options.actuals), "the actuals file");
  po::positional_options_description positional;
  positional.add("targets", 1).add("actuals", 1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(described).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    err << "jixiao score: " << e.what() << "\n" << described;
    return exit_usage;
  }
  if (vm.count("help")) {
    out << described;
    return exit_ok;
  }
  if (options.targets.empty() || options.actuals.empty()) {
    err << "jixiao score: give a targets file and an actuals file\n" << described;
    return exit_usage;
  }
  if (options.format != "table" && options.format != "markdown" && options.format != "csv" && options.format != "json") {
    err << "jixiao score: unknown format '" << options.format << "': expected table, markdown, csv or json\n";
    return exit_usage;
  }

  report r;
  try {
    r = score_files(options);
  } catch (const input_error& e) {
    err << e.what() << "\n";
    return exit_bad_input;
  }
  if (options.strict) {
    std::size_t count = 0;
    for (const auto& f : r.findings) {
      if (f.level == severity::note) continue;
      ++count;
      err << format_input_error(f.file, f.line, f.column, f.project.empty() ? "" : "项目 " + f.project + (f.indicator.empty() ? "" : " / " + f.indicator),
                                "error: " + f.kind + ": " + f.message)
          << "\n";
    }
    if (count > 0) {
      err << "jixiao score: " << count << " finding(s) in strict mode; no report written\n";
      return exit_findings;
    }
  }
  std::ostringstream rendered;
  render(r, options.format, rendered);
  if (options.output.empty()) {
    out << rendered.str();
    return exit_ok;
  }
  try {
    write_file_atomically(options.output, rendered.str());
  } catch (const output_error& e) {
    err << e.what() << "\n";
    return exit_cannot_write;
  }
  return exit_ok;
}

}  // namespace jixiao::engine
