#include <boost/program_options.hpp>

#include <ostream>

#include "engine/cli/cli.hpp"
#include "engine/cli/command_line.hpp"
#include "engine/cli/exit_status.hpp"
#include "engine/io/input_error.hpp"
#include "engine/load/load.hpp"
#include "engine/io/output_file.hpp"
#include "engine/report/write_template.hpp"

namespace jixiao::engine {

namespace po = boost::program_options;

int run_template(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string targets_path;
  std::string output;
  po::options_description described("jixiao template TARGETS [-o FILE]");
  described.add_options()
      ("help,h", "show this help")
      ("output,o", po::value(&output), "write the template to FILE (whole or not at all)")
      ("targets", po::value(&targets_path), "the targets file");
  po::positional_options_description positional;
  positional.add("targets", 1);
  po::variables_map vm;
  if (const auto done = read_command_line("template", args, described, positional, vm, out, err)) return *done;
  if (targets_path.empty()) {
    err << "jixiao template: give a targets file\n" << described;
    return exit_usage;
  }
  std::string text;
  try {
    text = write_template(load_targets(yaml_document::load(targets_path), rules::scoring_policy()));
  } catch (const input_error& e) {
    err << e.what() << "\n";
    return exit_bad_input;
  }
  return deliver_output(output, text, out, err);
}

}  // namespace jixiao::engine
