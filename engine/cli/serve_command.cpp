#include <boost/program_options.hpp>

#include <spawn.h>
#include <sys/wait.h>

#include <ostream>
#include <thread>

#include "grammar/text/language.hpp"
#include "engine/cli/cli.hpp"
#include "engine/cli/command_line.hpp"
#include "engine/cli/exit_status.hpp"
#include "engine/io/limits.hpp"
#include "engine/serve/http_server.hpp"

extern char** environ;

namespace jixiao::engine {

namespace po = boost::program_options;

namespace {

// Opens `url` with xdg-open, when there is one; the page stays usable by hand either way.
void open_in_browser(const std::string& url, std::ostream& err) {
  const char* argv[] = {"xdg-open", url.c_str(), nullptr};
  pid_t pid = 0;
  if (::posix_spawnp(&pid, "xdg-open", nullptr, nullptr, const_cast<char* const*>(argv), environ) != 0) {
    err << text::trf("jixiao serve: no browser to open (xdg-open not found): open {1} by hand", url) << "\n";
    return;
  }
  std::thread([pid] { ::waitpid(pid, nullptr, 0); }).detach();
}

}  // namespace

int run_serve(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  serve::server_options options;
  bool open = false;
  int port = 8080;
  int timeout = 30;
  po::options_description described(text::tr("jixiao serve [--host 127.0.0.1] [--port 8080] [--open]"), help_line_length());
  described.add_options()
      ("help,h", text::tr("show this help").c_str())
      ("host", po::value(&options.host)->default_value("127.0.0.1"),
       text::tr("the address to listen on; any other than 127.0.0.1 lets other computers use the page, which has no "
                "login").c_str())
      ("port", po::value(&port)->default_value(8080),
       text::tr("the port to listen on (0: any free port, printed at start)").c_str())
      ("open", po::bool_switch(&open), text::tr("open the page in the default browser").c_str())
      ("threads", po::value(&options.threads)->default_value(4), text::tr("requests handled at once (1 to 64)").c_str())
      ("timeout", po::value(&timeout)->default_value(30),
       text::tr("seconds a client has to send a whole request (1 to 3600)").c_str());
  described.add(limit_options(options.routes.limits));
  po::variables_map vm;
  if (const auto done = read_command_line("serve", args, described, {}, vm, out, err)) return *done;
  if (port < 0 || port > 65535) {
    err << text::trf("jixiao serve: --port {1}: expected 0 to 65535", std::to_string(port)) << "\n";
    return exit_usage;
  }
  if (options.threads < 1 || options.threads > 64) {
    err << text::trf("jixiao serve: --threads {1}: expected 1 to 64", std::to_string(options.threads)) << "\n";
    return exit_usage;
  }
  if (timeout < 1 || timeout > 3600) {
    err << text::trf("jixiao serve: --timeout {1}: expected 1 to 3600 seconds", std::to_string(timeout)) << "\n";
    return exit_usage;
  }
  options.port = static_cast<unsigned short>(port);
  options.timeout = std::chrono::seconds(timeout);
  options.routes.default_language = text::current_language();
  const int status = serve::run_server(options, out, err, [&](const std::string& url) {
    if (open) open_in_browser(url, err);
  });
  return status == 0 ? exit_ok : exit_bad_input;
}

}  // namespace jixiao::engine
