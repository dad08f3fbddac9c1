// libFuzzer harness: bytes as they come from a socket through what `jixiao serve` does
// with them: Beast's request parser under the server's limits, then the routes (Host
// and Origin checks, the multipart reader, the uploads read as targets and actuals,
// the reports written). Any answer is fine; a crash, a sanitizer report, an exception
// escaping handle_request, or an answer without its security headers is a finding.
#include <boost/asio/buffer.hpp>
#include <boost/beast/http/parser.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "engine/serve/http_server.hpp"
#include "engine/serve/multipart.hpp"
#include "engine/serve/routes.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace http = boost::beast::http;
  using namespace jixiao::engine;
  static const serve::route_config config = [] {
    serve::route_config c;
    c.limits.max_file_size = 64 * 1024;
    c.hosts = {"127.0.0.1:8080", "localhost:8080"};
    return c;
  }();
  const std::string input(reinterpret_cast<const char*>(data), size);

  // The multipart reader alone, on the whole input, with a boundary from its first line.
  const std::size_t line = input.find("\r\n");
  if (line != std::string::npos && line > 2 && line <= 72 && input.compare(0, 2, "--") == 0) {
    try {
      (void)serve::parse_multipart(input, input.substr(2, line - 2));
    } catch (const serve::multipart_error&) {
    }
  }

  http::request_parser<http::string_body> parser;
  parser.header_limit(16 * 1024);
  parser.body_limit(serve::body_limit(config.limits));
  parser.eager(true);
  boost::beast::error_code ec;
  std::size_t used = 0;
  while (used < input.size() && !parser.is_done()) {
    const std::size_t n = parser.put(boost::asio::buffer(input.data() + used, input.size() - used), ec);
    if (ec == http::error::need_more) break;
    if (ec) return 0;
    if (n == 0) break;
    used += n;
  }
  if (!parser.is_done()) {
    if (!parser.got_some()) return 0;  // nothing of a request: put_eof may not be called (Beast asserts)
    parser.put_eof(ec);
    if (ec || !parser.is_done()) return 0;
  }
  const serve::http_response response = serve::handle_request(parser.get(), config);
  if (response.find("Content-Security-Policy") == response.end() || response.find("X-Content-Type-Options") == response.end()) {
    std::fprintf(stderr, "an answer %u without the security headers\n", response.result_int());
    std::abort();
  }
  return 0;
}
