// What `jixiao serve` answers, one request at a time, without any network: the
// pages (GET / and /score, POST /check and /score), the HTTP interface (POST
// /api/check, /api/score, /api/template, /api/import), and the checks every request
// passes first (Host, Origin, method, path). Every answer carries the security headers.
#pragma once

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <string>
#include <vector>

#include "engine/io/limits.hpp"
#include "engine/serve/pages.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine::serve {

using http_request = boost::beast::http::request<boost::beast::http::string_body>;
using http_response = boost::beast::http::response<boost::beast::http::string_body>;

struct route_config {
  text::language default_language = text::language::zh;  // a request's ?lang= or form field lang= overrides it
  input_limits limits;
  /// The Host values accepted ("127.0.0.1:8080", "localhost:8080", …); empty accepts any (tests).
  std::vector<std::string> hosts;
  /// Listening on every address (0.0.0.0, ::): any IP address with `port` is accepted too
  /// (a name is not: a DNS name could be rebound to this machine by another site).
  bool any_address = false;
  unsigned short port = 0;
};

/// The answer to `request`, in its language (?lang=, else the default) set for this
/// thread while it is handled; never throws.
http_response handle_request(const http_request& request, const route_config& config);

/// A bare answer with the security headers: `status` and a text body.
http_response plain_response(unsigned version, boost::beast::http::status status, const std::string& text);

/// `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266, RFC 5987): an ASCII name
/// for old clients and the UTF-8 one percent-encoded.
std::string content_disposition(const std::string& filename);

/// An uploaded file's name as a label: its last path component, without control
/// characters, valid UTF-8, at most 200 bytes; `fallback` when nothing is left.
std::string upload_label(const std::string& filename, const std::string& fallback);

}  // namespace jixiao::engine::serve
