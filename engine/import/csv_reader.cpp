#include "engine/import/csv_reader.hpp"

#include <iconv.h>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

#include "engine/io/input_error.hpp"
#include "grammar/text/text.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace {


// GB18030 -> UTF-8. On failure returns false and sets `bad` to the offset of the
// first byte that could not be converted.
bool convert_gb18030(const std::string& bytes, std::string& out, std::size_t& bad) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    bad = 0;
    return false;
  }
  out.assign(bytes.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  std::size_t written = 0;
  bool ok = true;
  while (in_left > 0) {
    char* to = out.data() + written;
    std::size_t out_left = out.size() - written;
    const std::size_t result = iconv(cd, &in, &in_left, &to, &out_left);
    written = out.size() - out_left;
    if (result != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
      continue;
    }
    ok = false;  // EILSEQ (an invalid sequence) or EINVAL (cut off at the end)
    bad = bytes.size() - in_left;
    break;
  }
  iconv_close(cd);
  out.resize(written);
  return ok;
}

// The error at byte `offset`: its 1-based line and character column, the characters
// before it read as UTF-8 or GB18030 (both keep '\n' a byte of its own).
input_error encoding_error(const std::string& bytes, std::size_t offset, const std::string& path, bool as_gb18030) {
  const std::size_t line_start = bytes.rfind('\n', offset == 0 ? 0 : offset - 1);
  const std::size_t start = line_start == std::string::npos || offset == 0 ? 0 : line_start + 1;
  int line = 1;
  for (std::size_t i = 0; i < start; ++i) line += bytes[i] == '\n';
  const std::string prefix = bytes.substr(start, offset - start);
  std::size_t column = prefix.size();
  if (as_gb18030) {
    std::string converted;
    std::size_t ignored = 0;
    if (convert_gb18030(prefix, converted, ignored)) column = grammar::code_point_count(converted);
  } else {
    column = grammar::code_point_count(prefix);
  }
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(bytes[offset]));
  return input_error(path, line, static_cast<int>(column) + 1, "",
                     text::message(N_("neither UTF-8 nor GB18030: byte {1} at offset {2}; save the sheet as CSV in UTF-8 (or in the "
                                      "system's Chinese encoding)"),
                                   byte, std::to_string(offset)));
}

}  // namespace

std::string decode_table_text(const std::string& bytes, const std::string& path) {
  if (bytes.rfind("\xFF\xFE", 0) == 0 || bytes.rfind("\xFE\xFF", 0) == 0) {
    throw input_error(path, 1, 1, "", text::message(N_("UTF-16 text is not read; save the sheet as CSV in UTF-8 (or in the system's Chinese encoding)")));
  }
  std::string text;
  grammar::utf8_error utf8_bad;
  if (grammar::decode_utf8(bytes, &utf8_bad)) {
    text = bytes;
  } else {
    std::size_t gb_bad = 0;
    if (!convert_gb18030(bytes, text, gb_bad)) {
      // Report the encoding that read further: the file is most likely in it.
      if (utf8_bad.byte >= gb_bad) throw encoding_error(bytes, utf8_bad.byte, path, false);
      throw encoding_error(bytes, gb_bad, path, true);
    }
  }
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  if (const std::size_t nul = text.find('\0'); nul != std::string::npos) {
    int line = 1;
    for (std::size_t i = 0; i < nul; ++i) line += text[i] == '\n';
    throw input_error(path, line, 0, "", text::message(N_("a NUL byte: this is not a text file")));
  }
  return text;
}

cell_table parse_csv(const std::string& text, const std::string& path) {
  cell_table table;
  table.path = path;
  std::vector<std::string> row;
  std::vector<cell_position> places;
  int line = 1;
  std::size_t i = 0;
  const std::size_t n = text.size();
  // Consumes a line break at i (CRLF, LF or CR); returns false when there is none.
  const auto line_break = [&]() {
    if (i < n && text[i] == '\r') {
      i += (i + 1 < n && text[i + 1] == '\n') ? 2 : 1;
    } else if (i < n && text[i] == '\n') {
      ++i;
    } else {
      return false;
    }
    ++line;
    return true;
  };
  while (i < n) {
    const cell_position at{line, static_cast<int>(row.size()) + 1};
    std::string field;
    if (text[i] == '"') {
      ++i;
      while (true) {
        if (i >= n) throw input_error(path, at.line, at.column, "", text::message(N_("a quoted field is not closed: its '\"' has no match")));
        if (text[i] == '"') {
          if (i + 1 < n && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        if (line_break()) {
          field += '\n';
          continue;
        }
        field += text[i++];
      }
      if (i < n && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
        throw input_error(path, line, at.column, "",
                          text::message(N_("text after the closing quote of a quoted field; a quote inside one is written twice (\"\")")));
      }
    } else {
      while (i < n && text[i] != ',' && text[i] != '\r' && text[i] != '\n') field += text[i++];
    }
    row.push_back(std::move(field));
    places.push_back(at);
    if (i < n && text[i] == ',') {
      ++i;
      if (i == n) {  // a comma ends the text: one more, empty field
        row.emplace_back();
        places.push_back({line, static_cast<int>(row.size())});
      }
      continue;
    }
    line_break();
    table.rows.push_back(std::move(row));
    table.positions.push_back(std::move(places));
    row.clear();
    places.clear();
  }
  if (!row.empty()) {
    table.rows.push_back(std::move(row));
    table.positions.push_back(std::move(places));
  }
  return table;
}

cell_table read_csv_file(const std::string& path, const input_limits& limits) {
  // Bounded like every input: `jixiao import /dev/zero` read without end.
  return parse_csv(decode_table_text(read_input_file(path, limits), path), path);
}

}  // namespace jixiao::engine
