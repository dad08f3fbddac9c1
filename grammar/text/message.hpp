// A text for a reader, kept as data until it is written (docs/language.md): the
// English source of a sentence (its catalog key, marked N_) or a formula that reads
// the same in every language ("{1} × {2} / {3}"), and its arguments as values. The
// scorer and the review make messages; only a writer renders one, in the reader's
// language, so nothing below the writers builds a sentence and a province's
// findings cost no formatting until they are written.
#pragma once

#include <boost/container/small_vector.hpp>
#include <array>
#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace jixiao::text {

/// Text put into the reader's language when it is written, by `render`: a category
/// as the policy names it (产出/数量) becomes output/quantity (rules::category_arg).
/// A view until the message or argument it is given to copies it.
struct rendered_text {
  std::string_view text;
  std::string (*render)(std::string_view);
};

/// One argument of a message that is a value: a figure and how it is printed, or a
/// word translated when written. Text arguments (a name, a unit, an actual as the
/// tables wrote it) are given to the message itself, which keeps a copy, or, when
/// they outlive it, borrowed.
class message_arg {
 public:
  // Trivial, so that a message's unused slots cost nothing to make (they are never
  // read): every slot a message uses is set by one of the forms below.
  message_arg() = default;

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
  /// A word translated when written (达成 / achieved): `msgid` is its English source.
  static message_arg label(const char* msgid) {
    message_arg out(form::label, 0, 0);
    out.label_ = msgid;
    return out;
  }

  /// Text that outlives the message and every copy of it (a literal, or the tables
  /// and policy a report keeps alive, as engine::text_ref::borrow): kept as a view,
  /// not copied, and put into the reader's language by `render` when one is given.
  static message_arg borrowed(std::string_view text, std::string (*render)(std::string_view) = nullptr) {
    message_arg out(render ? form::borrowed_rendered : form::borrowed_text, 0, 0);
    out.data_ = text.data();
    out.size_ = static_cast<std::uint32_t>(text.size());
    out.render_ = render;
    return out;
  }
  static message_arg borrowed(const rendered_text& text) { return borrowed(text.text, text.render); }

  /// The argument as printed, in the current language; a text argument's characters
  /// are in `texts`, a nested message is `nested[at]`: its message's copies.
  void append_to(std::string& out, std::string_view texts, const std::vector<class message>* nested) const;

 private:
  friend class message;
  enum class form : std::uint8_t {
    text, number, fixed, points, percent, whole, label, rendered, nested, borrowed_text, borrowed_rendered
  };
  using renderer = std::string (*)(std::string_view);
  message_arg(form how, double value, int places)
      : form_(how), places_(static_cast<std::int8_t>(places)), size_(0), value_(value) {}

  form form_;
  std::int8_t places_;
  std::uint32_t size_;  // a text's length
  union {
    double value_;       // the figures
    const char* label_;  // form::label
    const char* data_;   // form::borrowed_*: the text
    std::uint32_t at_;   // form::text and form::rendered: where the text is in the message's
                         // copy; form::nested: which of its nested messages
  };
  renderer render_;  // form::rendered and form::borrowed_rendered
};

class argument;

class message {
 public:
  /// The most arguments a message takes.
  static constexpr std::size_t max_args = 6;

  // Provided rather than defaulted so that a const message may be default-made:
  // the unset slots have no initializer, and need none.
  message() {}  // NOLINT(modernize-use-equals-default)
  message(const message& other);
  message(message&& other) noexcept;
  message& operator=(const message& other);
  message& operator=(message&& other) noexcept;
  ~message() = default;

  /// A sentence translated when written: `msgid` is its English source (mark it N_).
  /// Each argument is a message_arg, a text (copied), a rendered_text (copied), a
  /// message (an error inside the error that names its file), written in the same
  /// language, or an argument holding one of them.
  template <typename... Args>
  explicit message(const char* msgid, Args&&... args) : id_(msgid), count_(sizeof...(Args)) {
    static_assert(sizeof...(Args) <= max_args, "a message takes at most max_args arguments");
    fill(std::index_sequence_for<Args...>{}, std::forward<Args>(args)...);
  }

  /// A text that reads the same in every language: a formula, "{1} ≥ {2}".
  template <typename... Args>
  static message formula(const char* pattern, Args&&... args) {
    message out(pattern, std::forward<Args>(args)...);
    out.translated_ = false;
    return out;
  }

  /// Made again in place, as `*this = message(msgid, args...)` without the message
  /// made aside and moved in (a project's budget and total lines, made once each).
  /// No argument may refer to this message.
  template <typename... Args>
  void assign(const char* msgid, Args&&... args) {
    static_assert(sizeof...(Args) <= max_args, "a message takes at most max_args arguments");
    owned_.reset();
    id_ = msgid;
    translated_ = true;
    count_ = sizeof...(Args);
    fill(std::index_sequence_for<Args...>{}, std::forward<Args>(args)...);
  }
  /// The same for a formula.
  template <typename... Args>
  void assign_formula(const char* pattern, Args&&... args) {
    assign(pattern, std::forward<Args>(args)...);
    translated_ = false;
  }

  bool empty() const { return id_ == nullptr; }
  /// The English source or the formula's pattern: what the message says, as a key.
  const char* source() const { return id_ ? id_ : ""; }
  std::size_t arg_count() const { return count_; }

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
  // Each argument into its own slot, the count set once: a slot's bytes may alias
  // count_, so a count kept in the message while the slots are written is read back
  // after every one.
  template <std::size_t... Slot, typename... Args>
  void fill(std::index_sequence<Slot...> /*slots*/, Args&&... args) {
    (set(args_[Slot], std::forward<Args>(args)), ...);
  }
  static void set(message_arg& slot, const message_arg& arg) { slot = arg; }
  void set(message_arg& slot, std::string_view text) { set_text(slot, message_arg::form::text, text, nullptr); }
  void set(message_arg& slot, const rendered_text& text) {
    set_text(slot, message_arg::form::rendered, text.text, text.render);
  }
  void set(message_arg& slot, message inner);
  void set(message_arg& slot, const argument& arg);
  void copy_args(const message& other);
  void make_empty();
  void set_text(message_arg& slot, message_arg::form how, std::string_view text, message_arg::renderer render);

  const char* id_ = nullptr;
  bool translated_ = true;
  std::uint8_t count_ = 0;
  struct owned;  // its copied texts, in one string, and its nested messages
  owned& own();
  // Filled only while the message is made, then shared by its copies.
  std::shared_ptr<owned> owned_;
  // The arguments are plain values, so a message moves as the slots it has set (the
  // first count_) and a pointer to what it owns, which most messages do not need.
  // Last, so that what a message of few arguments writes is one run of bytes, and
  // its unused slots are lines of memory it never touches.
  std::array<message_arg, max_args> args_;
};

/// An argument kept apart from its message until the message is made: any of the
/// above, owning its text (a value chosen in one branch or returned by a function).
class argument {
 public:
  argument(message_arg value) : value_(value) {}  // NOLINT(google-explicit-constructor)
  explicit argument(std::string text) : value_(owned_text{std::move(text), nullptr}) {}
  explicit argument(message inner) : value_(std::move(inner)) {}
  /// Text put into the reader's language when written: its text copied.
  argument(const rendered_text& text)  // NOLINT(google-explicit-constructor)
      : value_(owned_text{std::string(text.text), text.render}) {}

 private:
  friend class message;
  struct owned_text {
    std::string text;
    std::string (*render)(std::string_view);
  };
  std::variant<message_arg, owned_text, message> value_;
};

/// Messages written one after the other: an explanation made in steps ("52000 株 =
/// 5.2 万株: " before "8 × 5.2 / 5 = 8.32", "; 8.00 − 1.00 (…) = 7.00" after it).
class message_chain {
 public:
  void push_back(message m) { parts_.push_back(std::move(m)); }
  /// The message `make()` returns, made in place rather than moved in: every scored
  /// indicator's explanation starts this way. (Made through a conversion, which GCC
  /// and Clang both elide; a compiler that does not moves it, as push_back does.)
  template <typename Make>
  void push_back_made(Make make) {
    parts_.emplace_back(made<Make>{std::move(make)});
  }
  void push_front(message m) { parts_.insert(parts_.begin(), std::move(m)); }
  void clear() { parts_.clear(); }
  bool empty() const { return parts_.empty(); }

  void append_to(std::string& out) const;
  std::string str() const;

  friend bool operator==(const message_chain& m, std::string_view text) { return m.str() == text; }
  friend bool operator==(std::string_view text, const message_chain& m) { return m.str() == text; }
  friend std::ostream& operator<<(std::ostream& out, const message_chain& m) { return out << m.str(); }

 private:
  template <typename Make>
  struct made {
    Make make;
    operator message() { return make(); }  // NOLINT(google-explicit-constructor)
  };
  boost::container::small_vector<message, 1> parts_;
};

}  // namespace jixiao::text
