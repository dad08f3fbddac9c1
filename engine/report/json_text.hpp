// JSON text pieces written byte for byte as nlohmann-json 3.11 dumps them, for
// writers that stream JSON without building a document.
#pragma once

#include <string>
#include <string_view>

namespace jixiao::engine {

/// Appends `text` as a quoted JSON string, as nlohmann dumps it (invalid UTF-8 replaced by U+FFFD).
void append_json_string(std::string& out, std::string_view text);

/// Appends `value` as nlohmann dumps a double: NaN and infinities as null, 100 as "100.0".
void append_json_number(std::string& out, double value);

/// Appends `value` as nlohmann dumps an integer.
void append_json_integer(std::string& out, long long value);

}  // namespace jixiao::engine
