#include <boost/program_options.hpp>

#include <ostream>
#include <sstream>

#include <unistd.h>

#include <algorithm>
#include <thread>

#include "rules/finding_kinds.hpp"
#include "engine/cli/batch.hpp"
#include "engine/cli/cli.hpp"
#include "engine/cli/command_line.hpp"
#include "engine/cli/exit_status.hpp"
#include "engine/io/input_error.hpp"
#include "engine/io/limits.hpp"
#include "engine/load/load.hpp"
#include "engine/load/named_policy.hpp"
#include "engine/io/output_file.hpp"
#include "engine/score/score_files.hpp"
#include "engine/report/writers.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace po = boost::program_options;

namespace {

struct score_options {
  std::string targets;
  std::string actuals;
  std::string format = "table";
  std::string output;
  std::string policy;
  std::string review;
  bool strict = false;
  int jobs = 0;  // batch: 0 = all cores
  bool fail_fast = false;
  std::size_t lowest = 10;
  input_limits limits;
};

report score_files(const score_options& options) {
  rules::scoring_policy policy;
  std::string policy_file;
  if (!options.policy.empty()) policy = resolve_policy(options.policy, options.limits, policy_file);
  return score_department_files({options.targets, options.actuals, policy_file, options.review},
                                std::make_shared<const rules::scoring_policy>(std::move(policy)), options.limits);
}

// A province: a folder of departments or a manifest (jixiao score DIR|MANIFEST).
int run_batch(const score_options& options, report_format format, std::ostream& out, std::ostream& err) {
  if (!info_of(format).for_province) {
    err << text::trf("jixiao score: a province report is written as {1}, not '{2}'", format_names(true), options.format)
        << "\n";
    return exit_usage;
  }
  batch_options batch;
  batch.format = format;
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
      err << text::format_text(text::trn("jixiao score: {1} department not scored; see the report",
                                         "jixiao score: {1} departments not scored; see the report",
                                         static_cast<long>(failed)),
                              {std::to_string(failed)})
          << "\n";
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
  po::options_description described(text::tr("jixiao score TARGETS ACTUALS [options]"), help_line_length());
  described.add_options()
      ("help,h", text::tr("show this help").c_str())
      ("format,f", po::value(&options.format)->default_value("table"),
       text::trf("{1} (xlsx needs -o FILE)", format_names()).c_str())
      ("output,o", po::value(&options.output), text::tr("write the report to FILE (whole or not at all)").c_str())
      ("policy,p", po::value(&options.policy),
       text::tr("a named policy (national, hubei) or a policy YAML file over the built-in defaults").c_str())
      ("review", po::value(&options.review),
       text::tr("a review file: the finance bureau's deductions, shown beside the self-evaluation").c_str())
      ("strict", po::bool_switch(&options.strict), text::tr("findings (not notes) are errors: exit 1, no report").c_str())
      ("jobs,j", po::value(&options.jobs), text::tr("batch: departments scored at once (default: all cores)").c_str())
      ("fail-fast", po::bool_switch(&options.fail_fast),
       text::tr("batch: stop at the first department whose files are broken").c_str())
      ("lowest", po::value(&options.lowest),
       text::tr("batch: how many of the lowest-scoring projects to list (default 10)").c_str())
      ("targets", po::value(&options.targets), text::tr("the targets file").c_str())
      ("actuals", po::value(&options.actuals),
       text::tr("the actuals: YAML, or a filled collection workbook (jixiao template --format xlsx)").c_str());
  described.add(limit_options(options.limits));
  po::positional_options_description positional;
  positional.add("targets", 1).add("actuals", 1);
  po::variables_map vm;
  if (const auto done = read_command_line("score", args, described, positional, vm, out, err)) return *done;
  const auto format = format_named(options.format);
  if (!format) {
    err << text::trf("jixiao score: unknown format '{1}': expected {2}", options.format, format_names()) << "\n";
    return exit_usage;
  }
  if (!options.targets.empty() && options.actuals.empty()) {
    if (!options.review.empty()) {
      err << text::tr("jixiao score: --review goes with one department; in a province put review.yaml beside a "
                      "department's files or give review: in the manifest")
          << "\n";
      return exit_usage;
    }
    return run_batch(options, *format, out, err);
  }
  if (options.targets.empty() || options.actuals.empty()) {
    err << text::tr("jixiao score: give a targets file and an actuals file, or a province folder or manifest") << "\n"
        << described;
    return exit_usage;
  }
  if (info_of(*format).to_file_only && options.output.empty()) {
    err << text::tr("jixiao score: --format xlsx writes a binary workbook: give the file with -o FILE.xlsx") << "\n";
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
      const std::string subject = f.project.empty()     ? std::string()
                                  : f.indicator.empty() ? text::trf("project {1}", f.project)
                                                        : text::trf("project {1} / {2}", f.project, f.indicator);
      const std::string message = text::trf("error: {1}: {2}", f.kind.name(), f.message.str());
      err << (f.sheet ? format_input_error(f.file.str() + ":" + finding_cell(f), 0, 0, subject, message)
                      : format_input_error(f.file.str(), f.line, f.column, subject, message))
          << "\n";
    }
    if (count > 0) {
      err << text::format_text(text::trn("jixiao score: {1} finding in strict mode; no report written",
                                         "jixiao score: {1} findings in strict mode; no report written",
                                         static_cast<long>(count)),
                              {std::to_string(count)})
          << "\n";
      return exit_findings;
    }
  }
  if (*format == report_format::xlsx) {
    try {
      write_xlsx(r, options.output);
    } catch (const output_error& e) {
      err << e.what() << "\n";
      return exit_cannot_write;
    }
    return exit_ok;
  }
  if (options.output.empty()) {
    write_report(r, *format, out);
    return exit_ok;
  }
  try {
    atomic_output_file file(options.output);  // written as rendered, renamed into place when whole
    write_report(r, *format, file.stream());
    file.commit();
  } catch (const output_error& e) {
    err << e.what() << "\n";
    return exit_cannot_write;
  }
  return exit_ok;
}

}  // namespace jixiao::engine
