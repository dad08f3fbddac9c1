// A YAML file read whole, with the helpers every loader needs: marks as 1-based
// code-point columns, readable type names, and strict scalar conversions.
#pragma once

#include <yaml-cpp/yaml.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/yaml/field_path.hpp"
#include "engine/io/limits.hpp"
#include "engine/yaml/yaml_tape.hpp"
#include "engine/model/model.hpp"
#include "grammar/text/message.hpp"

namespace jixiao::engine {

class yaml_document {
 public:
  /// Reads and parses `path`; throws input_error for a missing file, invalid UTF-8,
  /// malformed YAML, a duplicate key, an alias, a second document, or a file over `limits`.
  static yaml_document load(const std::string& path, const input_limits& limits = {});
  /// Parses `text` as if read from `path` (tests, fuzzers); the same checks as load.
  static yaml_document parse(std::string text, const std::string& path, const input_limits& limits = {});

  yaml_node root() const { return tape_->root(); }
  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  /// The limits the file was read under; the loaders apply max_expression_length.
  const input_limits& limits() const { return limits_; }

  /// The node's place: 1-based line and code-point column.
  source_mark mark_of(const yaml_node& node) const;
  /// The place of the first character of a scalar's value (after an opening quote).
  source_mark value_mark_of(const yaml_node& node) const;

  [[noreturn]] void fail(const yaml_node& node, const field_path& field, text::message message) const;

  /// A map's entry, or an undefined node; throws when `node` is not a map.
  std::string scalar(const yaml_node& node, const field_path& field) const;
  double number(const yaml_node& node, const field_path& field, bool allow_negative = false) const;
  int integer(const yaml_node& node, const field_path& field, int low, int high) const;
  /// Fails when a scalar's text is longer than limits().max_expression_length;
  /// `what` names it: "expression", "value".
  void check_length(const yaml_node& node, const field_path& field, const char* what) const;
  /// Fails on keys not in `known`, suggesting the nearest.
  void check_keys(const yaml_node& map, const field_path& field, const std::vector<std::string>& known) const;

 private:
  class structure_check;

  std::string path_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
  mutable std::size_t last_line_ = 1;  // where mark_of found the last place: the next is mostly near
  input_limits limits_;
  std::shared_ptr<const yaml_tape> tape_;  // shared: nodes point into it, the document moves
};

/// "a list", "a map", "nothing", or the scalar quoted: "'abc'", as a message's argument.
text::argument describe(const yaml_node& node);

/// A text quoted as the reader's language quotes it ('abc', “abc”), as a message's argument.
text::argument quoted_arg(std::string_view text);

/// The plain number a scalar holds, when it is one (no units, no NaN or infinity).
std::optional<double> plain_number(const std::string& text);

/// A YAML key path part: `"3"` for ids and names with odd characters, else the name.
std::string quoted_key(const std::string& key);

}  // namespace jixiao::engine
