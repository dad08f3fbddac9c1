#include "engine/cli/command_line.hpp"

#include <ostream>

#include "engine/cli/exit_status.hpp"
#include "engine/io/output_file.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace po = boost::program_options;

namespace {

// The value a validation error quotes ("the argument ('x') for option '--year' is
// invalid"): Boost keeps it only in its English sentence.
std::string quoted_value(const std::string& english) {
  const std::size_t open = english.find("('");
  const std::size_t close = english.find("')", open == std::string::npos ? 0 : open);
  if (open == std::string::npos || close == std::string::npos) return {};
  return english.substr(open + 2, close - open - 2);
}

}  // namespace

std::string command_line_error(const po::error& e) {
  if (const auto* x = dynamic_cast<const po::unknown_option*>(&e)) {
    return text::trf("unknown option {1}", x->get_option_name());
  }
  if (const auto* x = dynamic_cast<const po::ambiguous_option*>(&e)) {
    return text::trf("the option {1} is ambiguous: it is the start of more than one option", x->get_option_name());
  }
  if (const auto* x = dynamic_cast<const po::invalid_syntax*>(&e)) {
    switch (x->kind()) {
      case po::invalid_syntax::missing_parameter: return text::trf("the option {1} needs a value", x->get_option_name());
      case po::invalid_syntax::extra_parameter: return text::trf("the option {1} takes no value", x->get_option_name());
      default: return text::trf("the option {1} is not written as the command line expects", x->get_option_name());
    }
  }
  if (const auto* x = dynamic_cast<const po::validation_error*>(&e)) {
    switch (x->kind()) {
      case po::validation_error::multiple_values_not_allowed:
        return text::trf("the option {1} takes one value", x->get_option_name());
      case po::validation_error::at_least_one_value_required:
        return text::trf("the option {1} needs a value", x->get_option_name());
      default: {
        const std::string value = quoted_value(e.what());
        return value.empty() ? text::trf("the option {1} has an invalid value", x->get_option_name())
                             : text::trf("invalid value '{1}' for the option {2}", value, x->get_option_name());
      }
    }
  }
  if (const auto* x = dynamic_cast<const po::multiple_occurrences*>(&e)) {
    return text::trf("the option {1} is given more than once", x->get_option_name());
  }
  if (const auto* x = dynamic_cast<const po::multiple_values*>(&e)) {
    return text::trf("the option {1} takes one value", x->get_option_name());
  }
  if (const auto* x = dynamic_cast<const po::required_option*>(&e)) {
    return text::trf("the option {1} is required", x->get_option_name());
  }
  if (dynamic_cast<const po::too_many_positional_options_error*>(&e)) return text::tr("too many arguments");
  return e.what();  // ours, thrown by an option's check (limits.cpp), already in the reader's language
}

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
    err << text::trf("jixiao {1}: {2}", command, command_line_error(e)) << "\n" << described;
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
