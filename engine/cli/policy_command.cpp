#include <boost/program_options.hpp>

#include <ostream>

#include "engine/cli/cli.hpp"
#include "engine/cli/command_line.hpp"
#include "engine/cli/exit_status.hpp"
#include "engine/io/input_error.hpp"
#include "engine/load/named_policy.hpp"
#include "engine/yaml/write_policy.hpp"

namespace jixiao::engine {

namespace po = boost::program_options;

int run_policy(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string action;
  std::string which;
  std::string output;
  input_limits limits;
  po::options_description described("jixiao policy list | show NAME|FILE [-o FILE]");
  described.add_options()
      ("help,h", "show this help")
      ("output,o", po::value(&output), "show: write the policy to FILE (whole or not at all)")
      ("action", po::value(&action), "list or show")
      ("policy", po::value(&which), "show: a named policy or a policy file");
  po::positional_options_description positional;
  positional.add("action", 1).add("policy", 1);
  po::variables_map vm;
  if (const auto done = read_command_line("policy", args, described, positional, vm, out, err)) return *done;
  if (action == "list" && which.empty()) {
    for (const auto& policy : named_policy_texts()) out << policy.name << "  " << policy.file << "\n";
    return exit_ok;
  }
  if (action != "show" || which.empty()) {
    err << "jixiao policy: give list, or show and a policy name or file\n" << described;
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
