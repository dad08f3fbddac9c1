#include <boost/program_options.hpp>

#include <ostream>
#include <sstream>

#include <unistd.h>

#include <algorithm>
#include <thread>

#include "engine/batch.hpp"
#include "engine/cli.hpp"
#include "engine/command_line.hpp"
#include "engine/exit_status.hpp"
#include "engine/input_error.hpp"
#include "engine/limits.hpp"
#include "engine/load.hpp"
#include "engine/output_file.hpp"
#include "engine/score_files.hpp"
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
  int jobs = 0;  // batch: 0 = all cores
  bool fail_fast = false;
  std::size_t lowest = 10;
  input_limits limits;
};

report score_files(const score_options& options) {
  rules::scoring_policy policy;
  if (!options.policy.empty()) policy = load_policy(yaml_document::load(options.policy, options.limits));
  return score_department_files({options.targets, options.actuals, options.policy},
                                std::make_shared<const rules::scoring_policy>(std::move(policy)), options.limits);
}

// A province: a folder of departments or a manifest (jixiao score DIR|MANIFEST).
int run_batch(const score_options& options, std::ostream& out, std::ostream& err) {
  if (options.format != "table" && options.format != "markdown" && options.format != "csv" && options.format != "json") {
    err << "jixiao score: a province report is written as table, markdown, csv or json, not '" << options.format << "'\n";
    return exit_usage;
  }
  batch_options batch;
  batch.format = options.format;
  batch.jobs = options.jobs > 0 ? options.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  batch.fail_fast = options.fail_fast;
  batch.lowest = options.lowest;
  batch.policy_path = options.policy;
  batch.limits = options.limits;
  batch.progress = ::isatty(STDERR_FILENO) != 0;
  try {
    const std::vector<department_input> departments = find_departments(options.targets);
    std::size_t failed = 0;
    if (options.output.empty()) {
      failed = score_province(departments, batch, out, err);
    } else {
      atomic_output_file file(options.output);
      failed = score_province(departments, batch, file.stream(), err);
      file.commit();
    }
    if (failed > 0) {
      err << "jixiao score: " << failed << " department(s) not scored; see the report\n";
      return exit_bad_input;
    }
  } catch (const input_error& e) {
    err << e.what() << "\n";
    return exit_bad_input;
  } catch (const output_error& e) {
    err << e.what() << "\n";
    return exit_cannot_write;
  }
  return exit_ok;
}

}  // namespace

int run_score(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  score_options options;
  po::options_description described("jixiao score TARGETS ACTUALS [options]");
  described.add_options()
      ("help,h", "show this help")
      ("format,f", po::value(&options.format)->default_value("table"), "table, markdown, csv, json, html or xlsx (xlsx needs -o FILE)")
      ("output,o", po::value(&options.output), "write the report to FILE (whole or not at all)")
      ("policy,p", po::value(&options.policy), "a policy YAML file over the built-in defaults")
      ("strict", po::bool_switch(&options.strict), "findings (not notes) are errors: exit 1, no report")
      ("jobs,j", po::value(&options.jobs), "batch: departments scored at once (default: all cores)")
      ("fail-fast", po::bool_switch(&options.fail_fast), "batch: stop at the first department whose files are broken")
      ("lowest", po::value(&options.lowest), "batch: how many of the lowest-scoring projects to list (default 10)")
      ("targets", po::value(&options.targets), "the targets file")
      ("actuals", po::value(&options.actuals), "the actuals file");
  described.add(limit_options(options.limits));
  po::positional_options_description positional;
  positional.add("targets", 1).add("actuals", 1);
  po::variables_map vm;
  if (const auto done = read_command_line("score", args, described, positional, vm, out, err)) return *done;
  if (!options.targets.empty() && options.actuals.empty()) return run_batch(options, out, err);
  if (options.targets.empty() || options.actuals.empty()) {
    err << "jixiao score: give a targets file and an actuals file, or a province folder or manifest\n" << described;
    return exit_usage;
  }
  if (options.format != "table" && options.format != "markdown" && options.format != "csv" && options.format != "json" &&
      options.format != "html" && options.format != "xlsx") {
    err << "jixiao score: unknown format '" << options.format << "': expected table, markdown, csv, json, html or xlsx\n";
    return exit_usage;
  }
  if (options.format == "xlsx" && options.output.empty()) {
    err << "jixiao score: --format xlsx writes a binary workbook: give the file with -o FILE.xlsx\n";
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
      const std::string subject =
          f.project.empty() ? std::string() : "项目 " + f.project + (f.indicator.empty() ? std::string() : " / " + f.indicator);
      err << format_input_error(f.file.str(), f.line, f.column, subject,
                                "error: " + f.kind + ": " + f.message)
          << "\n";
    }
    if (count > 0) {
      err << "jixiao score: " << count << " finding(s) in strict mode; no report written\n";
      return exit_findings;
    }
  }
  if (options.format == "xlsx") {
    try {
      write_xlsx(r, options.output);
    } catch (const output_error& e) {
      err << e.what() << "\n";
      return exit_cannot_write;
    }
    return exit_ok;
  }
  if (options.output.empty()) {
    write_text_report(r, options.format, out);
    return exit_ok;
  }
  try {
    atomic_output_file file(options.output);  // written as rendered, renamed into place when whole
    write_text_report(r, options.format, file.stream());
    file.commit();
  } catch (const output_error& e) {
    err << e.what() << "\n";
    return exit_cannot_write;
  }
  return exit_ok;
}

}  // namespace jixiao::engine
