#include "engine/cli/command_line.hpp"

#include <ostream>

#include "engine/cli/exit_status.hpp"
#include "engine/io/output_file.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace po = boost::program_options;

std::optional<int> read_command_line(const std::string& command, const std::vector<std::string>& args,
                                     const po::options_description& options,
                                     const po::positional_options_description& positional, po::variables_map& vm,
                                     std::ostream& out, std::ostream& err, int style) {
  // Every command takes --lang; run() has already applied it.
  po::options_description described(options);
  described.add_options()("lang", po::value<std::string>()->value_name("zh|en"),
                          text::tr("the language of everything written: zh (the default) or en").c_str());
  try {
    po::store(po::command_line_parser(args).options(described).positional(positional).style(style).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    err << "jixiao " << command << ": " << e.what() << "\n" << described;
    return exit_usage;
  }
  if (vm.count("help")) {
    out << described;
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
