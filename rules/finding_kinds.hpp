// Every kind of finding, declared once (docs/architecture.md, "Findings as data"):
// its stable code (what JSON and --strict carry), its name for a reader, its
// severity, and the arguments its messages take. A producer names a kind from this
// table and gives a message (rules/message.hpp); a typo is a build error, not a new kind.
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace jixiao::rules {

/// How much a finding asks of the auditor: an error makes a score wrong (check
/// stops on it), a warning wants an answer, a note says how something was read.
enum class severity : std::uint8_t { error, warning, note };

/// Where `jixiao check` holds a kind for an error, as it makes the score wrong
/// whatever was meant: anywhere (weights that do not add up, a project given twice),
/// in the actuals only (an actual naming nothing in the targets, a unit that cannot
/// be compared), or nowhere.
enum class check_stop : std::uint8_t { never, anywhere, in_actuals };

class finding_kind {
 public:
  // In code order.
  enum value : std::uint8_t {
    actual_as_bound,
    actual_mismatch,
    ambiguous_fraction,
    bare_magnitude,
    category_inferred,
    deferred,
    duplicate_indicator,
    duplicate_project,
    duplicate_project_name,
    magnitude_read,
    missing_actual,
    missing_project_actuals,
    missing_spent,
    name_variant,
    no_cost_indicator,
    no_effect,
    no_indicators,
    no_output,
    no_reason,
    no_satisfaction,
    operator_on_phrase,
    over_achievement,
    phrase_for_number,
    qualitative_target,
    review_cut_short,
    similar_names,
    similar_project_names,
    unit_mismatch,
    unknown_indicator,
    unknown_project,
    weights_partial,
    weights_sum,
    year_mismatch,
    zero_budget,
  };
  static constexpr int count = zero_budget + 1;

  constexpr finding_kind(value v) : value_(v) {}  // NOLINT(google-explicit-constructor)

  /// over_achievement, …: never changes with the language.
  std::string_view code() const;
  /// The kind's name in the current language (超额完成 / over-achievement).
  std::string name() const;
  /// The kind's severity in a score report.
  rules::severity severity() const;
  /// Where `jixiao check` holds it for an error.
  check_stop stops_check() const;
  /// The arguments its messages take, in order: "actual, target, deviation, threshold".
  std::string_view arguments() const;

  /// The kind with `code`; nullopt for a code no table row declares.
  static std::optional<finding_kind> named(std::string_view code);

  constexpr value get() const { return value_; }
  friend constexpr bool operator==(finding_kind a, finding_kind b) { return a.value_ == b.value_; }
  friend constexpr bool operator!=(finding_kind a, finding_kind b) { return a.value_ != b.value_; }
  friend constexpr bool operator<(finding_kind a, finding_kind b) { return a.value_ < b.value_; }
  friend bool operator==(finding_kind a, std::string_view code) { return a.code() == code; }
  friend bool operator!=(finding_kind a, std::string_view code) { return a.code() != code; }
  friend bool operator==(std::string_view code, finding_kind a) { return a.code() == code; }
  friend bool operator!=(std::string_view code, finding_kind a) { return a.code() != code; }
  friend std::ostream& operator<<(std::ostream& out, finding_kind k) { return out << k.code(); }

 private:
  value value_;
};

/// The name of the kind with `code` in the current language; the code itself for a
/// code no row declares (a count read back from an older report).
std::string finding_kind_name(std::string_view code);

}  // namespace jixiao::rules
