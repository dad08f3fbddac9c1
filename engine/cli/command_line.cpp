#include "engine/cli/command_line.hpp"

#include <ostream>

#include "engine/cli/exit_status.hpp"
#include "engine/io/output_file.hpp"

namespace jixiao::engine {

namespace po = boost::program_options;

std::optional<int> read_command_line(const std::string& command, const std::vector<std::string>& args,
                                     const po::options_description& options,
                                     const po::positional_options_description& positional, po::variables_map& vm,
                                     std::ostream& out, std::ostream& err, int style) {
  try {
    po::store(po::command_line_parser(args).options(options).positional(positional).style(style).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    err << "jixiao " << command << ": " << e.what() << "\n" << options;
    return exit_usage;
  }
  if (vm.count("help")) {
    out << options;
    return exit_ok;
  }
  return std::nullopt;
}

int deliver_output(const std::string& output, const std::string& text, std::ostream& out, std::ostream& err) {
  if (output.empty()) {
    out << text;
    return exit_ok;
  }
  try {
    write_file_atomically(output, text);
  } catch (const output_error& e) {
    err << e.what() << "\n";
    return exit_cannot_write;
  }
  return exit_ok;
}

}  // namespace jixiao::engine
