// Text in a score or a report that is either borrowed from something that outlives
// it (a literal, a loaded table, a rule) or owned and shared. Borrowing is what lets
// a province's million indicators be scored without copying a string apiece.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace jixiao::rules {

class text_ref {
 public:
  text_ref() = default;
  /// Owns a copy: safe whatever `text` points into.
  text_ref(std::string text)  // NOLINT(google-explicit-constructor): reads as a string
      : owned_(text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text))),
        view_(owned_ ? std::string_view(*owned_) : std::string_view()) {}
  text_ref(const char* text) : text_ref(std::string(text)) {}  // NOLINT(google-explicit-constructor)
  /// Borrows `text`: the caller guarantees it outlives every copy.
  static text_ref borrow(std::string_view text) {
    text_ref out;
    out.view_ = text;
    return out;
  }

  /// The same text, owned: for text kept after what it borrows from is gone.
  text_ref owning() const { return owned_ || view_.empty() ? *this : text_ref(std::string(view_)); }

  std::string_view view() const { return view_; }
  operator std::string_view() const { return view_; }  // NOLINT(google-explicit-constructor)
  std::string str() const { return std::string(view_); }
  bool empty() const { return view_.empty(); }

  friend bool operator==(const text_ref& a, std::string_view b) { return a.view_ == b; }
  friend bool operator==(std::string_view a, const text_ref& b) { return a == b.view_; }
  friend bool operator==(const text_ref& a, const text_ref& b) { return a.view_ == b.view_; }
  friend bool operator==(const text_ref& a, const char* b) { return a.view_ == b; }
  friend bool operator==(const char* a, const text_ref& b) { return a == b.view_; }
  friend bool operator==(const text_ref& a, const std::string& b) { return a.view_ == b; }
  friend bool operator==(const std::string& a, const text_ref& b) { return a == b.view_; }
  friend bool operator!=(const text_ref& a, const std::string& b) { return a.view_ != b; }
  friend bool operator!=(const text_ref& a, std::string_view b) { return a.view_ != b; }
  friend bool operator!=(const text_ref& a, const text_ref& b) { return a.view_ != b.view_; }
  friend bool operator!=(const text_ref& a, const char* b) { return a.view_ != b; }
  friend bool operator<(const text_ref& a, const text_ref& b) { return a.view_ < b.view_; }
  friend std::string operator+(std::string a, const text_ref& b) { return a.append(b.view_); }
  friend std::string operator+(const text_ref& a, std::string_view b) { return a.str().append(b); }
  friend std::string operator+(const char* a, const text_ref& b) { return std::string(a).append(b.view_); }
  friend std::ostream& operator<<(std::ostream& out, const text_ref& t) { return out << t.view_; }

 private:
  std::shared_ptr<const std::string> owned_;
  std::string_view view_;
};

}  // namespace jixiao::rules
