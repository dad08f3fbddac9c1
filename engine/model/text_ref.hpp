// Text in a report, held as a view: of a literal, of the loaded tables
// and rules (which a report keeps alive), or of a text_store for text a review
// makes. A view is copied for nothing, which lets a province's million indicators
// be scored without copying a string apiece.
#pragma once

#include <deque>
#include <ostream>
#include <string>
#include <string_view>

namespace jixiao::engine {

class text_ref {
 public:
  text_ref() = default;
  /// A view of `text`: the caller guarantees it outlives every copy.
  static text_ref borrow(std::string_view text) {
    text_ref out;
    out.view_ = text;
    return out;
  }

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
  friend bool operator!=(const text_ref& a, std::string_view b) { return a.view_ != b; }
  friend bool operator!=(const text_ref& a, const std::string& b) { return a.view_ != b; }
  friend bool operator!=(const text_ref& a, const text_ref& b) { return a.view_ != b.view_; }
  friend bool operator!=(const text_ref& a, const char* b) { return a.view_ != b; }
  friend bool operator<(const text_ref& a, const text_ref& b) { return a.view_ < b.view_; }
  friend std::string operator+(std::string a, const text_ref& b) { return a.append(b.view_); }
  friend std::string operator+(const text_ref& a, std::string_view b) { return a.str().append(b); }
  friend std::string operator+(const char* a, const text_ref& b) { return std::string(a).append(b.view_); }
  friend std::ostream& operator<<(std::ostream& out, const text_ref& t) { return out << t.view_; }

 private:
  std::string_view view_;
};

/// Keeps text made while scoring or reviewing (a message with numbers in it, a copy
/// of a name) for the views of it to stay valid. Kept text never moves.
class text_store {
 public:
  text_ref keep(std::string text) {
    texts_.push_back(std::move(text));
    return text_ref::borrow(texts_.back());
  }

 private:
  std::deque<std::string> texts_;
};

}  // namespace jixiao::engine
