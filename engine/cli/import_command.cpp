#include <boost/program_options.hpp>

#include <ostream>

#include "engine/cli/cli.hpp"
#include "engine/cli/command_line.hpp"
#include "engine/import/csv_reader.hpp"
#include "engine/cli/exit_status.hpp"
#include "engine/import/actuals_file.hpp"
#include "engine/io/input_error.hpp"
#include "engine/io/limits.hpp"
#include "engine/io/output_file.hpp"
#include "engine/import/table_import.hpp"
#include "engine/import/xlsx_import.hpp"
#include "engine/import/write_actuals_yaml.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace po = boost::program_options;

int run_import(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string table_path;
  std::string actuals_path;
  std::string output;
  std::string department;
  int year = 0;
  input_limits limits;
  po::options_description described(
      text::tr("jixiao import TABLE.csv|TABLE.xlsx [-o FILE] [--department NAME] [--year YEAR]\n"
               "jixiao import --actuals WORKBOOK.xlsx [-o FILE]"), help_line_length());
  described.add_options()
      ("help,h", text::tr("show this help").c_str())
      ("output,o", po::value(&output), text::tr("write the targets (or actuals) YAML to FILE (whole or not at all)").c_str())
      ("actuals", po::value(&actuals_path),
       text::tr("a filled collection workbook (jixiao template --format xlsx) to convert to actuals YAML").c_str())
      ("department", po::value(&department), text::tr("the department the table belongs to").c_str())
      ("year", po::value(&year), text::tr("the table's year").c_str())
      ("table", po::value(&table_path),
       text::tr("the CSV file (UTF-8, or GB18030/GBK as Excel saves it) or .xlsx workbook (its first sheet)").c_str());
  described.add(limit_options(limits, file_size_option));  // a CSV sheet: its size alone
  po::positional_options_description positional;
  positional.add("table", 1);
  po::variables_map vm;
  if (const auto done = read_command_line("import", args, described, positional, vm, out, err)) return *done;
  if (!actuals_path.empty()) {
    if (!table_path.empty()) {
      err << text::tr("jixiao import: give either a target table or --actuals, not both") << "\n";
      return exit_usage;
    }
    std::string text;
    try {
      text = write_actuals_yaml(load_actuals_file(actuals_path, rules::scoring_policy(), limits), actuals_path);
    } catch (const input_error& e) {
      err << e.what() << "\n";
      return exit_bad_input;
    }
    return deliver_output(output, text, out, err);
  }
  if (table_path.empty()) {
    err << text::tr("jixiao import: give a CSV file or an .xlsx workbook") << "\n" << described;
    return exit_usage;
  }
  import_options options;
  options.department = department;
  if (vm.count("year")) {
    if (year < 1900 || year > 2200) {
      err << text::trf("jixiao import: --year {1}: expected a year from 1900 to 2200", std::to_string(year)) << "\n";
      return exit_usage;
    }
    options.year = year;
  }
  std::string text;
  try {
    text = import_targets(is_xlsx_path(table_path) ? read_xlsx_table(table_path) : read_csv_file(table_path, limits), options);
  } catch (const input_error& e) {
    err << e.what() << "\n";
    return exit_bad_input;
  }
  return deliver_output(output, text, out, err);
}

}  // namespace jixiao::engine
