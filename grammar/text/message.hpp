// A text for a reader, kept as data until it is written (docs/language.md): the
// English source of a sentence (its catalog key, marked N_) or a formula that reads
// the same in every language ("{1} × {2} / {3}"), and its arguments as values. The
// scorer and the review make messages; only a writer renders one, in the reader's
// language, so nothing below the writers builds a sentence and a province's
// findings cost no formatting until they are written.
#pragma once

#include <boost/container/small_vector.hpp>
#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace jixiao::text {

class message;

/// One argument of a message: a value and how it is printed.
class message_arg {
 public:
  /// Text as the tables write it (a name, a unit, an actual): copied.
  message_arg(std::string_view text) : text_(text) {}  // NOLINT(google-explicit-constructor)
  message_arg(const char* text) : text_(text) {}        // NOLINT(google-explicit-constructor)
  message_arg(const std::string& text) : text_(text) {}  // NOLINT(google-explicit-constructor)

  /// Shortest plain form, up to 4 decimals: 7.2, 5, 16.6667.
  static message_arg number(double value) { return {form::number, value, 0}; }
  /// Fixed decimals: 7.20.
  static message_arg fixed(double value, int places) { return {form::fixed, value, places}; }
  /// Points given by hand at a score's precision: 3.00, but 2.5 at 0 places.
  static message_arg points(double value, int places) { return {form::points, value, places}; }
  /// A ratio as a percent: 20%.
  static message_arg percent(double ratio) { return {form::percent, ratio, 0}; }
  /// A whole number: 12.
  static message_arg whole(long long value) { return {form::whole, static_cast<double>(value), 0}; }
  /// Text put into the reader's language when written, by `render` (a category
  /// as the policy names it, 产出/数量, becomes output/quantity: rules::category_arg).
  using renderer = std::string (*)(std::string_view);
  static message_arg rendered(std::string_view text, renderer render) {
    message_arg out(text);
    out.form_ = form::rendered;
    out.render_ = render;
    return out;
  }
  /// A word translated when written (达成 / achieved): `msgid` is its English source.
  static message_arg label(const char* msgid) {
    message_arg out(form::label, 0, 0);
    out.label_ = msgid;
    return out;
  }

  /// Another message, said in the same language where this one is written (an
  /// error in an expression, inside the error naming the file and field).
  static message_arg nested(message inner);

  /// The argument as printed, in the current language.
  void append_to(std::string& out) const;

 private:
  enum class form : std::uint8_t { text, number, fixed, points, percent, whole, label, rendered, nested };
  message_arg(form how, double value, int places)
      : form_(how), places_(static_cast<std::int8_t>(places)), value_(value) {}

  form form_ = form::text;
  std::int8_t places_ = 0;
  union {
    double value_ = 0;      // the figures
    const char* label_;     // form::label
    renderer render_;       // form::rendered
  };
  std::string text_;        // form::text and form::rendered
  std::shared_ptr<const message> nested_;  // form::nested
};

class message {
 public:
  message() = default;
  /// A sentence translated when written: `msgid` is its English source (mark it N_).
  template <typename... Args>
  explicit message(const char* msgid, Args&&... args) : id_(msgid), args_{message_arg(std::forward<Args>(args))...} {}

  /// A text that reads the same in every language: a formula, "{1} ≥ {2}".
  template <typename... Args>
  static message formula(const char* pattern, Args&&... args) {
    message out(pattern, std::forward<Args>(args)...);
    out.translated_ = false;
    return out;
  }

  bool empty() const { return id_ == nullptr; }
  /// The English source or the formula's pattern: what the message says, as a key.
  const char* source() const { return id_ ? id_ : ""; }
  std::size_t arg_count() const { return args_.size(); }

  /// Rendered in the current language and appended to `out`.
  void append_to(std::string& out) const;
  /// Rendered in the current language.
  std::string str() const;

  /// Messages are the same when they read the same.
  friend bool operator==(const message& a, const message& b) { return a.str() == b.str(); }
  friend bool operator==(const message& m, std::string_view text) { return m.str() == text; }
  friend bool operator==(std::string_view text, const message& m) { return m.str() == text; }
  friend bool operator!=(const message& m, std::string_view text) { return m.str() != text; }
  friend std::ostream& operator<<(std::ostream& out, const message& m) { return out << m.str(); }

 private:
  const char* id_ = nullptr;
  bool translated_ = true;
  boost::container::small_vector<message_arg, 4> args_;
};

/// Messages written one after the other: an explanation made in steps ("52000 株 =
/// 5.2 万株: " before "8 × 5.2 / 5 = 8.32", "; 8.00 − 1.00 (…) = 7.00" after it).
class message_chain {
 public:
  void push_back(message m) { parts_.push_back(std::move(m)); }
  void push_front(message m) { parts_.insert(parts_.begin(), std::move(m)); }
  void clear() { parts_.clear(); }
  bool empty() const { return parts_.empty(); }

  void append_to(std::string& out) const;
  std::string str() const;

  friend bool operator==(const message_chain& m, std::string_view text) { return m.str() == text; }
  friend bool operator==(std::string_view text, const message_chain& m) { return m.str() == text; }
  friend std::ostream& operator<<(std::ostream& out, const message_chain& m) { return out << m.str(); }

 private:
  boost::container::small_vector<message, 1> parts_;
};

}  // namespace jixiao::text
