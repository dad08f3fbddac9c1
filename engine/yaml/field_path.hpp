// The dotted path of a field in an input file (projects."3".indicators.满意率.value),
// for error messages only: its parts are joined when a message needs them, not for
// every value a loader reads.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace jixiao::engine {

class field_path {
 public:
  field_path() = default;
  /// A path written whole; the text must outlive the path (a call's argument does).
  field_path(const std::string& whole) : field_path(std::string_view(whole)) {}  // NOLINT(google-explicit-constructor)
  field_path(const char* whole) : field_path(std::string_view(whole)) {}         // NOLINT(google-explicit-constructor)
  explicit field_path(std::string_view whole);

  /// This path, then ".name" as written.
  field_path member(std::string_view name) const;
  /// This path, then "." and `name` quoted where a path needs it (quoted_key).
  field_path key(std::string_view name) const;
  /// This path, then "[index]".
  field_path index(std::size_t position) const;

  /// The path as text.
  std::string str() const;

 private:
  enum class part_kind { text, member, key, index };
  struct part {
    part_kind kind = part_kind::text;
    std::string_view text;
    std::size_t position = 0;
  };
  static constexpr std::size_t max_parts = 8;

  field_path with(part next) const;

  std::array<part, max_parts> parts_{};
  std::size_t count_ = 0;
};

}  // namespace jixiao::engine
