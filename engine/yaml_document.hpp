// A YAML file read whole, with the helpers every loader needs: marks as 1-based
// code-point columns, readable type names, and strict scalar conversions.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <vector>

#include "engine/model.hpp"

namespace jixiao::engine {

class yaml_document {
 public:
  /// Reads and parses `path`; throws input_error for a missing file, invalid UTF-8
  /// or malformed YAML.
  static yaml_document load(const std::string& path);
  /// Parses `text` as if read from `path` (tests).
  static yaml_document parse(std::string text, const std::string& path);

  const YAML::Node& root() const { return root_; }
  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }

  /// The node's place: 1-based line and code-point column.
  source_mark mark_of(const YAML::Node& node) const;
  /// The place of the first character of a scalar's value (after an opening quote).
  source_mark value_mark_of(const YAML::Node& node) const;

  [[noreturn]] void fail(const YAML::Node& node, const std::string& field, const std::string& message) const;

  /// A map's entry, or an undefined node; throws when `node` is not a map.
  std::string scalar(const YAML::Node& node, const std::string& field) const;
  double number(const YAML::Node& node, const std::string& field, bool allow_negative = false) const;
  int integer(const YAML::Node& node, const std::string& field, int low, int high) const;
  /// Fails on keys not in `known`, suggesting the nearest.
  void check_keys(const YAML::Node& map, const std::string& field, const std::vector<std::string>& known) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
  YAML::Node root_;
};

/// "a list", "a map", "nothing", or the scalar quoted: "'abc'".
std::string describe(const YAML::Node& node);

/// The plain number a scalar holds, when it is one (no units, no NaN or infinity).
std::optional<double> plain_number(const std::string& text);

/// A YAML key path part: `"3"` for ids and names with odd characters, else the name.
std::string quoted_key(const std::string& key);

}  // namespace jixiao::engine
