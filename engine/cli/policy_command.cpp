#include <boost/program_options.hpp>

#include <ostream>

#include "engine/cli/cli.hpp"
#include "engine/cli/command_line.hpp"
#include "engine/cli/exit_status.hpp"
#include "engine/io/limits.hpp"
#include "engine/io/input_error.hpp"
#include "engine/load/named_policy.hpp"
#include "engine/yaml/write_policy.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace po = boost::program_options;

int run_policy(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string action;
  std::string which;
  std::string output;
  input_limits limits;
  po::options_description described(text::tr("jixiao policy list | show NAME|FILE [-o FILE]"), help_line_length());
  described.add_options()
      ("help,h", text::tr("show this help").c_str())
      ("output,o", po::value(&output), text::tr("show: write the policy to FILE (whole or not at all)").c_str())
      ("action", po::value(&action), text::tr("list or show").c_str())
      ("policy", po::value(&which), text::tr("show: a named policy or a policy file").c_str());
  po::positional_options_description positional;
  positional.add("action", 1).add("policy", 1);
  po::variables_map vm;
  if (const auto done = read_command_line("policy", args, described, positional, vm, out, err)) return *done;
  if (action == "list" && which.empty()) {
    for (const auto& policy : named_policy_texts()) out << policy.name << "  " << policy.file << "\n";
    return exit_ok;
  }
  if (action != "show" || which.empty()) {
    err << text::tr("jixiao policy: give list, or show and a policy name or file") << "\n" << described;
    return exit_usage;
  }
  std::string text;
  try {
    std::string file;
    text = write_policy_yaml(resolve_policy(which, limits, file));
  } catch (const input_error& e) {
    err << e.what() << "\n";
    return exit_bad_input;
  }
  return deliver_output(output, text, out, err);
}

}  // namespace jixiao::engine
