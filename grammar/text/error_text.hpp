// An error's text kept as data (docs/language.md): a text::message that can also be
// searched as it reads in the current language, as the checks and tests that look
// for a phrase in an error did when it was a string.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "grammar/text/message.hpp"

namespace jixiao::text {

class error_text : public message {
 public:
  error_text() = default;
  error_text(message m) : message(std::move(m)) {}  // NOLINT(google-explicit-constructor)

  /// Where `phrase` starts in the rendered text, or std::string::npos.
  std::string::size_type find(std::string_view phrase) const { return str().find(phrase); }
};

}  // namespace jixiao::text
