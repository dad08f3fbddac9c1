#include "engine/yaml_document.hpp"

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

#include "engine/input_error.hpp"
#include "engine/spellcheck.hpp"
#include "grammar/text.hpp"

namespace jixiao::engine {

namespace {

std::vector<std::size_t> line_starts_of(const std::string& text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts.push_back(i + 1);
  }
  return starts;
}

source_mark mark_at_byte(const std::string& text, const std::vector<std::size_t>& starts, std::size_t byte) {
  byte = std::min(byte, text.size());
  const auto it = std::upper_bound(starts.begin(), starts.end(), byte);
  const std::size_t line = static_cast<std::size_t>(it - starts.begin());  // 1-based
  const std::size_t start = starts[line - 1];
  return {static_cast<int>(line),
          static_cast<int>(grammar::code_point_count(std::string_view(text).substr(start, byte - start)) + 1)};
}

}  // namespace

yaml_document yaml_document::load(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) throw input_error(path, 0, 0, "", "cannot read the file: no such file");
  if (S_ISDIR(info.st_mode)) throw input_error(path, 0, 0, "", "cannot read the file: it is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw input_error(path, 0, 0, "", "cannot read the file: permission denied");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse(buffer.str(), path);
}

yaml_document yaml_document::parse(std::string text, const std::string& path) {
  yaml_document doc;
  doc.path_ = path;
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  doc.text_ = std::move(text);
  doc.line_starts_ = line_starts_of(doc.text_);
  grammar::utf8_error bad;
  if (!grammar::decode_utf8(doc.text_, &bad)) {
    const source_mark at = mark_at_byte(doc.text_, doc.line_starts_, bad.byte);
    throw input_error(path, at.line, at.column, "", "invalid UTF-8 (byte " + std::to_string(bad.byte + 1) + ")");
  }
  if (doc.text_.find('\0') != std::string::npos) {
    const source_mark at = mark_at_byte(doc.text_, doc.line_starts_, doc.text_.find('\0'));
    throw input_error(path, at.line, at.column, "", "a NUL byte: this is not a text file");
  }
  try {
    doc.root_ = YAML::Load(doc.text_);
  } catch (const YAML::Exception& e) {
    const source_mark at = e.mark.is_null() ? source_mark{} : mark_at_byte(doc.text_, doc.line_starts_, static_cast<std::size_t>(e.mark.pos));
    throw input_error(path, at.line, at.column, "", "malformed YAML: " + e.msg);
  }
  return doc;
}

source_mark yaml_document::mark_of(const YAML::Node& node) const {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null() || mark.pos < 0) return {};
  return mark_at_byte(text_, line_starts_, static_cast<std::size_t>(mark.pos));
}

source_mark yaml_document::value_mark_of(const YAML::Node& node) const {
  source_mark mark = mark_of(node);
  const YAML::Mark raw = node.Mark();
  if (!raw.is_null() && raw.pos >= 0 && static_cast<std::size_t>(raw.pos) < text_.size()) {
    const char first = text_[static_cast<std::size_t>(raw.pos)];
    if (first == '"' || first == '\'') mark.column += 1;
  }
  return mark;
}

void yaml_document::fail(const YAML::Node& node, const std::string& field, const std::string& message) const {
  const source_mark at = mark_of(node);
  throw input_error(path_, at.line, at.column, field, message);
}

std::string yaml_document::scalar(const YAML::Node& node, const std::string& field) const {
  if (!node.IsScalar()) fail(node, field, "expected text, found " + describe(node));
  return node.Scalar();
}

double yaml_document::number(const YAML::Node& node, const std::string& field, bool allow_negative) const {
  if (!node.IsScalar()) fail(node, field, "expected a number, found " + describe(node));
  const auto value = plain_number(node.Scalar());
  if (!value) {
    const std::string& text = node.Scalar();
    const bool looks_numeric = !text.empty() && text.find_first_not_of("+-.0123456789eE") == std::string::npos;
    fail(node, field, std::string(looks_numeric ? "expected a finite number in range" : "expected a number") +
                          ", found " + describe(node));
  }
  if (!allow_negative && *value < 0) fail(node, field, "expected a number of 0 or more, found " + describe(node));
  return *value;
}

int yaml_document::integer(const YAML::Node& node, const std::string& field, int low, int high) const {
  const double value = number(node, field, true);
  if (value != std::floor(value) || value < low || value > high) {
    fail(node, field, "expected a whole number from " + std::to_string(low) + " to " + std::to_string(high) +
                          ", found " + describe(node));
  }
  return static_cast<int>(value);
}

void yaml_document::check_keys(const YAML::Node& map, const std::string& field,
                               const std::vector<std::string>& known) const {
  for (const auto& entry : map) {
    const YAML::Node& key = entry.first;
    if (!key.IsScalar()) fail(key, field, "expected a field name, found " + describe(key));
    const std::string& name = key.Scalar();
    if (std::find(known.begin(), known.end(), name) != known.end()) continue;
    std::string message = "unknown field '" + name + "'";
    if (const auto near = nearest_name(name, known)) message += "; did you mean '" + *near + "'?";
    fail(key, field, message);
  }
}

std::string describe(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined: return "nothing";
    case YAML::NodeType::Scalar: {
      std::string text = node.Scalar();
      if (grammar::code_point_count(text) > 40) text = text.substr(0, grammar::byte_offset_of(text, 40)) + "…";
      return "'" + text + "'";
    }
  }
  return "something else";
}

std::optional<double> plain_number(const std::string& text) {
  std::size_t begin = text.find_first_not_of(' ');
  std::size_t end = text.find_last_not_of(' ');
  if (begin == std::string::npos) return std::nullopt;
  std::string_view s = std::string_view(text).substr(begin, end - begin + 1);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  if (s.empty() || !(std::isdigit(static_cast<unsigned char>(s.front())) || s.front() == '-' || s.front() == '.')) {
    return std::nullopt;
  }
  double value = 0;
  const auto [ptr, error] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (error != std::errc() || ptr != s.data() + s.size() || !std::isfinite(value) || std::fabs(value) > 1e12) {
    return std::nullopt;
  }
  return value;
}

std::string quoted_key(const std::string& key) {
  const bool plain = !key.empty() && key.find_first_of(".\" []:") == std::string::npos &&
                     !std::isdigit(static_cast<unsigned char>(key.front()));
  return plain ? key : "\"" + key + "\"";
}

}  // namespace jixiao::engine
