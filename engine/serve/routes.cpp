#include "engine/serve/routes.hpp"

#include <boost/algorithm/string/predicate.hpp>
#include <boost/algorithm/string/trim.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/beast/http/field.hpp>

#include <algorithm>
#include <new>
#include <optional>
#include <sstream>

#include "engine/io/input_error.hpp"
#include "engine/report/markup_text.hpp"
#include "engine/io/output_file.hpp"
#include "engine/report/write_findings.hpp"
#include "engine/serve/multipart.hpp"
#include "engine/report/writers.hpp"
#include "grammar/text/language.hpp"
#include "grammar/text/text.hpp"

namespace jixiao::engine::serve {

namespace http = boost::beast::http;

namespace {

struct form_fields {
  std::optional<upload> targets;
  std::optional<upload> actuals;
  std::optional<upload> review;
  std::optional<upload> policy_file;
  std::string policy_name;
  std::string format;
  std::string lang;
};

// A request's path and its lang= query parameter.
struct target_parts {
  std::string path;
  std::string lang;
};

target_parts split_target(std::string_view target) {
  target_parts out;
  const std::size_t q = target.find('?');
  out.path = std::string(target.substr(0, q));
  if (q == std::string_view::npos) return out;
  std::string_view query = target.substr(q + 1);
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    if (pair.substr(0, 5) == "lang=") out.lang = std::string(pair.substr(5));
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return out;
}

text::language language_of(const std::string& code, text::language fallback) {
  return text::language_named(code).value_or(fallback);
}

void set_headers(http_response& response) {
  response.set(http::field::server, "jixiao");
  response.set(http::field::cache_control, "no-store");
  response.set("Content-Security-Policy", content_security_policy());
  response.set("X-Content-Type-Options", "nosniff");
  response.set("X-Frame-Options", "DENY");
  response.set("Referrer-Policy", "same-origin");  // no-referrer would make a form's Origin "null"
}

http_response respond(const http_request& request, http::status status, const std::string& content_type, std::string body) {
  http_response response{status, request.version()};
  set_headers(response);
  response.set(http::field::content_type, content_type);
  response.keep_alive(request.keep_alive());
  response.body() = std::move(body);
  response.prepare_payload();
  return response;
}

http_response respond_download(const http_request& request, const download& file) {
  http_response response = respond(request, http::status::ok, file.content_type, file.bytes);
  response.set(http::field::content_disposition, content_disposition(file.filename));
  return response;
}

// "B12" for the 12th row's second column.
std::string cell_name(int row, int column) {
  std::string letters;
  for (int c = column; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters + std::to_string(row);
}

std::string input_error_text(const input_error& e) {
  std::string place;
  if (e.line() > 0 && e.column() > 0 && boost::algorithm::iends_with(e.file(), ".xlsx")) {
    place = text::trf("file \"{1}\", cell {2}", e.file(), cell_name(e.line(), e.column()));
  } else if (e.line() > 0 && e.column() > 0) {
    place = text::trf("file \"{1}\", line {2}, column {3}", e.file(), std::to_string(e.line()), std::to_string(e.column()));
  } else if (e.line() > 0) {
    place = text::trf("file \"{1}\", line {2}", e.file(), std::to_string(e.line()));
  } else {
    place = text::trf("file \"{1}\"", e.file());
  }
  if (!e.field().empty()) place = text::trf("{1} (field {2})", place, e.field());
  return text::trf("{1}:\n{2}\n\nCorrect the file there as the message says, save it and upload it again.", place,
                   e.message().str());
}

// An answer that is not a result: a status and a message, in the request's language.
struct failure {
  http::status status;
  std::string message;
};

template <typename Work>
std::optional<failure> attempt(Work work) {
  try {
    work();
  } catch (const request_error& e) {
    return failure{static_cast<http::status>(e.status()), e.what()};
  } catch (const input_error& e) {
    return failure{http::status::unprocessable_entity, input_error_text(e)};
  } catch (const output_error&) {
    return failure{http::status::internal_server_error, text::tr("The server cannot write its temporary files: check the free disk space and try again.")};
  } catch (const std::bad_alloc&) {
    return failure{http::status::service_unavailable, text::tr("The server is out of memory: try again later, or upload smaller files.")};
  } catch (const std::exception&) {
    return failure{http::status::internal_server_error, text::tr("Internal error of the server: give the uploaded files to its maintainers.")};
  }
  return std::nullopt;
}

void set_once(std::string& slot, const form_part& part) {
  if (!slot.empty()) throw request_error(400, text::trf("The field {1} is given twice: give each field once.", part.name));
  slot = boost::algorithm::trim_copy(part.data);
}

void set_file_once(std::optional<upload>& slot, const form_part& part, const std::string& fallback) {
  if (part.filename && part.filename->empty() && part.data.empty()) return;  // a file input left empty
  if (slot) throw request_error(400, text::trf("The field {1} is given twice: upload one file for each field.", part.name));
  slot = upload{upload_label(part.filename.value_or(""), fallback), part.data};
}

form_fields read_form(const http_request& request) {
  const auto type = request.find(http::field::content_type);
  if (type == request.end()) throw request_error(415, text::tr("The request has no Content-Type: upload the files as multipart/form-data."));
  std::vector<form_part> parts;
  try {
    if (!boost::algorithm::istarts_with(type->value(), "multipart/form-data")) {
      throw request_error(415, text::tr("Unsupported Content-Type: upload the files as multipart/form-data."));
    }
    parts = parse_multipart(request.body(), form_boundary(std::string(type->value())));
  } catch (const multipart_error& e) {
    throw request_error(400, text::trf("The request is malformed (multipart/form-data): {1}", e.what()));
  }
  form_fields fields;
  for (const form_part& part : parts) {
    if (part.name == "targets") set_file_once(fields.targets, part, "targets.yaml");
    else if (part.name == "actuals") set_file_once(fields.actuals, part, "actuals.yaml");
    else if (part.name == "review") set_file_once(fields.review, part, "review.yaml");
    else if (part.name == "policy" && part.filename) set_file_once(fields.policy_file, part, "policy.yaml");
    else if (part.name == "policy") set_once(fields.policy_name, part);
    else if (part.name == "format") set_once(fields.format, part);
    else if (part.name == "lang") set_once(fields.lang, part);
    else {
      throw request_error(400, text::trf("Unknown field \"{1}\": the fields are targets, actuals, review, policy, format.",
                                         upload_label(part.name, "?")));
    }
  }
  return fields;
}

// `missing`: the whole message when the field is not given.
const upload& required(const std::optional<upload>& file, const char* missing) {
  if (!file) throw request_error(400, text::tr(missing));
  return *file;
}

const char* const missing_targets = N_("The field targets is missing: upload the target table.");
const char* const missing_actuals = N_("The field actuals is missing: upload the actuals.");

std::string format_or(const form_fields& fields, const char* fallback) {
  return fields.format.empty() ? fallback : fields.format;
}

std::vector<offered_download> review_downloads(const upload& targets, const input_limits& limits) {
  std::vector<offered_download> out;
  out.push_back({text::tr("Targets YAML"), targets_download(targets, limits), ""});
  const target_table table = load_targets_bytes(targets, rules::scoring_policy(), limits);
  for (const char* format : {"yaml", "xlsx"}) {
    const bool book = std::string(format) == "xlsx";
    offered_download d{book ? text::tr("Collection workbook (Excel)") : text::tr("Actuals template (YAML)"), {}, ""};
    try {
      d.file = template_download(table, format);
    } catch (const request_error& e) {
      d.unavailable = e.what();
    }
    out.push_back(std::move(d));
  }
  return out;
}

std::vector<offered_download> report_downloads(const report& r) {
  std::vector<offered_download> out;
  for (const auto& [format, label] : std::vector<std::pair<std::string, std::string>>{
           {"xlsx", text::tr("Excel form to file (xlsx)")},
           {"html", "HTML"}, {"json", "JSON"}, {"csv", "CSV"}}) {
    out.push_back({label, report_download(r, format), ""});
  }
  return out;
}

http_response page_failure(const http_request& request, bool score, const failure& f) {
  const std::string section = error_section(f.message);
  return respond(request, f.status, "text/html; charset=utf-8", score ? score_page(section) : targets_page(section));
}

http_response api_failure(const http_request& request, const failure& f) {
  return respond(request, f.status, "text/plain; charset=utf-8", f.message + "\n");
}

// A form's lang= field, when it names a language, sets it for the rest of the request.
void set_form_language(std::optional<text::thread_language_scope>& scope, const form_fields& fields) {
  if (const auto lang = text::language_named(fields.lang)) scope.emplace(*lang);
}

http_response post_check_page(const http_request& request, const route_config& config) {
  std::string section;
  std::optional<text::thread_language_scope> form_language;
  const auto failed = attempt([&] {
    const form_fields fields = read_form(request);
    set_form_language(form_language, fields);
    const upload& targets = required(fields.targets, missing_targets);
    const finding_list findings =
        check_uploads(targets, fields.actuals, fields.policy_file, fields.policy_name, config.limits);
    section = findings_section(findings, review_downloads(targets, config.limits));
  });
  if (failed) return page_failure(request, false, *failed);
  return respond(request, http::status::ok, "text/html; charset=utf-8", targets_page(section));
}

http_response post_score(const http_request& request, const route_config& config, bool page) {
  std::optional<http_response> answer;
  std::optional<text::thread_language_scope> form_language;
  const auto failed = attempt([&] {
    const form_fields fields = read_form(request);
    set_form_language(form_language, fields);
    score_request in{required(fields.targets, missing_targets), required(fields.actuals, missing_actuals),
                     fields.review, fields.policy_file, fields.policy_name};
    const std::string format = format_or(fields, page ? "html" : "json");
    if (format != "html" && format != "xlsx" && format != "json" && format != "csv" && format != "markdown") {
      throw request_error(400, text::trf("Unknown report format \"{1}\": expected html, xlsx, json, csv or markdown.",
                                         upload_label(format, "?")));
    }
    const report r = score_uploads(in, config.limits);
    if (page && format == "html") {
      const std::string section = report_section(report_download(r, "html").bytes, report_downloads(r));
      answer = respond(request, http::status::ok, "text/html; charset=utf-8", score_page(section));
    } else {
      answer = respond_download(request, report_download(r, format));
    }
  });
  if (failed) return page ? page_failure(request, true, *failed) : api_failure(request, *failed);
  return std::move(*answer);
}

http_response post_api(const http_request& request, const route_config& config, const std::string& path) {
  std::optional<http_response> answer;
  std::optional<text::thread_language_scope> form_language;
  const auto failed = attempt([&] {
    const form_fields fields = read_form(request);
    set_form_language(form_language, fields);
    const upload& targets = required(fields.targets, missing_targets);
    if (path == "/api/check") {
      const std::string format = format_or(fields, "json");
      if (format != "json" && format != "text") {
        throw request_error(400, text::trf("Unknown format of findings \"{1}\": expected json or text.",
                                           upload_label(format, "?")));
      }
      std::ostringstream out;
      write_findings(check_uploads(targets, fields.actuals, fields.policy_file, fields.policy_name, config.limits), format,
                     out);
      answer = respond(request, http::status::ok,
                       format == "json" ? "application/json; charset=utf-8" : "text/plain; charset=utf-8", out.str());
    } else if (path == "/api/template") {
      const std::string format = format_or(fields, "yaml");
      const rules::scoring_policy policy = load_policy_choice(fields.policy_file, fields.policy_name, config.limits);
      answer = respond_download(request, template_download(load_targets_bytes(targets, policy, config.limits), format));
    } else {
      answer = respond_download(request, targets_download(targets, config.limits));
    }
  });
  if (failed) return api_failure(request, *failed);
  return std::move(*answer);
}

bool host_allowed(const http_request& request, const route_config& config) {
  if (config.hosts.empty()) return true;
  const auto found = request.find(http::field::host);
  if (found == request.end()) return false;
  const std::string host(found->value());
  if (std::find(config.hosts.begin(), config.hosts.end(), host) != config.hosts.end()) return true;
  const std::size_t colon = host.rfind(':');
  if (!config.any_address || colon == std::string::npos || host.substr(colon + 1) != std::to_string(config.port)) {
    return false;
  }
  std::string name = host.substr(0, colon);
  if (name.size() > 2 && name.front() == '[' && name.back() == ']') name = name.substr(1, name.size() - 2);
  boost::system::error_code ec;
  boost::asio::ip::make_address(name, ec);
  return !ec;
}

// A POST from a page of this server carries Origin http://<its Host>; a form or script of another site cannot.
bool origin_allowed(const http_request& request, const route_config& config) {
  const auto origin = request.find(http::field::origin);
  if (origin == request.end() || config.hosts.empty()) return true;
  return origin->value() == "http://" + std::string(request[http::field::host]);
}

http_response route(const http_request& request, const route_config& config, const target_parts& target) {
  if (!host_allowed(request, config)) {
    return respond(request, http::status::forbidden, "text/plain; charset=utf-8",
                   text::tr("Refused: the request's Host is not an address this server listens on. Use the address "
                            "printed when it started.") + "\n");
  }
  const http::verb method = request.method();
  const bool get = method == http::verb::get || method == http::verb::head;
  const bool post = method == http::verb::post;
  if (post && !origin_allowed(request, config)) {
    return respond(request, http::status::forbidden, "text/plain; charset=utf-8",
                   text::tr("Refused: a form sent from another site (Origin). Upload the files on the jixiao page of "
                            "this computer.") + "\n");
  }
  const auto wrong_method = [&](const char* allow) {
    http_response r = respond(request, http::status::method_not_allowed, "text/plain; charset=utf-8",
                              text::trf("Unsupported method: this address takes only {1}.", allow) + "\n");
    r.set(http::field::allow, allow);
    return r;
  };
  if (target.path == "/" || target.path == "/score") {
    const bool score = target.path == "/score";
    if (get) return respond(request, http::status::ok, "text/html; charset=utf-8", score ? score_page("") : targets_page(""));
    if (post && score) return post_score(request, config, true);
    return wrong_method(score ? "GET, HEAD, POST" : "GET, HEAD");
  }
  if (target.path == "/check") return post ? post_check_page(request, config) : wrong_method("POST");
  if (target.path == "/api/score") return post ? post_score(request, config, false) : wrong_method("POST");
  if (target.path == "/api/check" || target.path == "/api/template" || target.path == "/api/import") {
    return post ? post_api(request, config, target.path) : wrong_method("POST");
  }
  return respond(request, http::status::not_found, "text/plain; charset=utf-8",
                 text::tr("No such address: the pages are / (target table) and /score (scoring), the interface "
                          "/api/check, /api/score, /api/template, /api/import.") + "\n");
}

}  // namespace

http_response plain_response(unsigned version, http::status status, const std::string& text) {
  http_response response{status, version};
  set_headers(response);
  response.set(http::field::content_type, "text/plain; charset=utf-8");
  response.keep_alive(false);
  response.body() = text;
  response.prepare_payload();
  return response;
}

http_response handle_request(const http_request& request, const route_config& config) {
  const target_parts target = split_target(std::string(request.target()));
  const text::thread_language_scope request_language(language_of(target.lang, config.default_language));
  http_response response;
  const auto failed = attempt([&] { response = route(request, config, target); });
  if (failed) return plain_response(request.version(), failed->status, failed->message + "\n");
  if (request.method() == http::verb::head) {
    const std::size_t size = response.body().size();
    response.body().clear();
    response.content_length(size);
  }
  return response;
}

std::string content_disposition(const std::string& filename) {
  const std::size_t dot = filename.rfind('.');
  std::string extension = dot == std::string::npos ? "" : filename.substr(dot);
  if (!std::all_of(extension.begin() + (extension.empty() ? 0 : 1), extension.end(),
                   [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); })) {
    extension.clear();
  }
  std::string encoded;
  static const char* const hex = "0123456789ABCDEF";
  for (unsigned char c : filename) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        std::string_view("!#$&+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos) {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += hex[c >> 4];
      encoded += hex[c & 15];
    }
  }
  return "attachment; filename=\"jixiao" + extension + "\"; filename*=UTF-8''" + encoded;
}

std::string upload_label(const std::string& filename, const std::string& fallback) {
  const std::size_t slash = filename.find_last_of("/\\");
  std::string label;
  for (char c : xml_safe(slash == std::string::npos ? filename : filename.substr(slash + 1))) {
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) label += c;
  }
  label.resize(grammar::utf8_prefix(label, 200).size());
  if (label.empty() || label == "." || label == "..") return fallback;
  return label;
}

}  // namespace jixiao::engine::serve
