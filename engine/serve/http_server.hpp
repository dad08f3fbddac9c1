// The HTTP server of `jixiao serve` (Boost.Beast over Asio): a bounded pool of
// threads runs every connection; each request is read under limits (request line
// and headers, body) and a deadline, answered by handle_request, and the server
// stops on SIGINT/SIGTERM after finishing the requests in flight.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>

#include "engine/serve/routes.hpp"

namespace jixiao::engine::serve {

struct server_options {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;
  int threads = 4;                            // the pool that reads, scores and writes
  std::size_t max_connections = 32;           // beyond: the connection is closed at once
  std::size_t header_limit = 16 * 1024;       // request line and headers, bytes
  std::size_t max_target_length = 2048;       // the request line's target, bytes (414 beyond)
  std::chrono::seconds timeout{30};           // to receive a whole request (idle time included), or to send an answer
  route_config routes;
};

/// The largest request body accepted: room for the four files of a score request at the
/// input size limit, and the form around them.
std::size_t body_limit(const input_limits& limits);

/// Listens, prints "jixiao serve: http://HOST:PORT/" (the port actually bound, also
/// when 0 was asked for) to `out`, calls `on_listening` with the URL, and serves until
/// SIGINT or SIGTERM. Returns 0, or 2 when it cannot listen (the reason on `err`).
int run_server(server_options options, std::ostream& out, std::ostream& err,
               const std::function<void(const std::string&)>& on_listening);

}  // namespace jixiao::engine::serve
