#include "engine/serve/multipart.hpp"

#include <boost/algorithm/string/case_conv.hpp>
#include <boost/algorithm/string/predicate.hpp>
#include <boost/algorithm/string/trim.hpp>

#include "grammar/text/language.hpp"

namespace jixiao::engine::serve {

namespace {

bool is_token_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

// One `; key=value` parameter list: keys lowercased, values unquoted.
struct parameters {
  std::vector<std::pair<std::string, std::string>> items;
  const std::string* find(std::string_view key) const {
    for (const auto& [k, v] : items) {
      if (k == key) return &v;
    }
    return nullptr;
  }
};

// "form-data; name=\"a\"; filename=\"b\"" -> "form-data" and its parameters.
std::string read_header_value(std::string_view text, parameters& params) {
  std::size_t i = text.find(';');
  std::string value(boost::algorithm::trim_copy(std::string(text.substr(0, i))));
  while (i != std::string_view::npos && i < text.size()) {
    ++i;  // past ';'
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i == text.size()) break;
    const std::size_t key_start = i;
    while (i < text.size() && is_token_char(text[i])) ++i;
    std::string key = boost::algorithm::to_lower_copy(std::string(text.substr(key_start, i - key_start)));
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (key.empty() || i == text.size() || text[i] != '=') throw multipart_error(text::tr("a malformed parameter in a part header"));
    ++i;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    std::string v;
    if (i < text.size() && text[i] == '"') {
      ++i;
      bool closed = false;
      for (; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '"') {
          v += text[++i];  // \" only: a backslash is a character of a Windows path as old browsers send it
        } else if (text[i] == '"') {
          closed = true;
          ++i;
          break;
        } else {
          v += text[i];
        }
      }
      if (!closed) throw multipart_error(text::tr("a quoted parameter not closed in a part header"));
    } else {
      const std::size_t start = i;
      while (i < text.size() && is_token_char(text[i])) ++i;
      v = std::string(text.substr(start, i - start));
    }
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i < text.size() && text[i] != ';') throw multipart_error(text::tr("a malformed parameter in a part header"));
    params.items.emplace_back(std::move(key), std::move(v));
  }
  return value;
}

form_part read_part_headers(std::string_view headers) {
  form_part part;
  bool disposition = false;
  std::size_t start = 0;
  while (start < headers.size()) {
    std::size_t end = headers.find("\r\n", start);
    if (end == std::string_view::npos) end = headers.size();
    const std::string_view line = headers.substr(start, end - start);
    start = end + 2;
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) throw multipart_error(text::tr("a part header line without a name"));
    for (char c : line.substr(0, colon)) {
      if (!is_token_char(c)) throw multipart_error(text::tr("a part header line without a name"));
    }
    const std::string name = boost::algorithm::to_lower_copy(std::string(line.substr(0, colon)));
    const std::string_view value = line.substr(colon + 1);
    if (name == "content-disposition") {
      if (disposition) throw multipart_error(text::tr("a part with two Content-Disposition headers"));
      disposition = true;
      parameters params;
      if (!boost::algorithm::iequals(read_header_value(value, params), "form-data")) {
        throw multipart_error(text::tr("a part that is not form-data"));
      }
      const std::string* field = params.find("name");
      if (!field || field->empty()) throw multipart_error(text::tr("a part without a field name"));
      part.name = *field;
      if (const std::string* file = params.find("filename")) part.filename = *file;
    } else if (name == "content-type") {
      part.content_type = boost::algorithm::trim_copy(std::string(value));
    }
  }
  if (!disposition) throw multipart_error(text::tr("a part without Content-Disposition"));
  return part;
}

}  // namespace

std::string form_boundary(std::string_view content_type) {
  parameters params;
  const std::string type = read_header_value(content_type, params);
  if (!boost::algorithm::iequals(type, "multipart/form-data")) {
    throw multipart_error(text::tr("expected Content-Type multipart/form-data"));
  }
  const std::string* boundary = params.find("boundary");
  if (!boundary || boundary->empty() || boundary->size() > 70) {
    throw multipart_error(text::tr("multipart/form-data without a boundary of 1 to 70 characters"));
  }
  return *boundary;
}

std::vector<form_part> parse_multipart(std::string_view body, std::string_view boundary, const multipart_limits& limits) {
  if (boundary.empty() || boundary.size() > 70) throw multipart_error(text::tr("a boundary of 1 to 70 characters is needed"));
  const std::string first = "--" + std::string(boundary);
  const std::string delimiter = "\r\n" + first;
  std::size_t at = 0;
  if (body.substr(0, first.size()) == first) {
    at = first.size();
  } else {
    const std::size_t found = body.find(delimiter);  // after a preamble
    if (found == std::string_view::npos) throw multipart_error(text::tr("the body has no part (boundary not found)"));
    at = found + delimiter.size();
  }
  std::vector<form_part> parts;
  for (;;) {
    if (body.substr(at, 2) == "--") return parts;  // the closing delimiter; the epilogue is ignored
    if (body.substr(at, 2) != "\r\n") throw multipart_error(text::tr("a boundary not followed by a line break"));
    at += 2;
    if (parts.size() == limits.max_parts) {
      throw multipart_error(text::trf("more than {1} parts", std::to_string(limits.max_parts)));
    }
    const std::size_t headers_end = body.find("\r\n\r\n", at);
    const std::size_t blank_first = body.substr(at, 2) == "\r\n" ? at : std::string_view::npos;
    std::string_view headers;
    std::size_t data_start = 0;
    if (blank_first != std::string_view::npos) {
      data_start = at + 2;  // a part with no header lines at all: refused below
    } else {
      if (headers_end == std::string_view::npos) throw multipart_error(text::tr("a part's headers not ended by a blank line"));
      headers = body.substr(at, headers_end - at);
      data_start = headers_end + 4;
    }
    if (headers.size() > limits.max_part_header_bytes) throw multipart_error(text::tr("a part's headers are too long"));
    form_part part = read_part_headers(headers);
    const std::size_t data_end = body.find(delimiter, data_start);
    if (data_end == std::string_view::npos) throw multipart_error(text::tr("a part not closed by the boundary"));
    part.data = std::string(body.substr(data_start, data_end - data_start));
    parts.push_back(std::move(part));
    at = data_end + delimiter.size();
  }
}

}  // namespace jixiao::engine::serve
