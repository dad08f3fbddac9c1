#include "engine/yaml/yaml_document.hpp"

#include <boost/iostreams/device/array.hpp>
#include <boost/iostreams/stream.hpp>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <sys/stat.h>
#include <unordered_map>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include "engine/io/input_error.hpp"
#include "grammar/text/spellcheck.hpp"
#include "grammar/text/text.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine {

namespace {

std::vector<std::size_t> line_starts_of(const std::string& text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts.push_back(i + 1);
  }
  return starts;
}

// `hint`: the 1-based line found last, tried (with the next) before a search, as
// the loaders ask for places mostly in file order; updated to the line found.
source_mark mark_at_byte(const std::string& text, const std::vector<std::size_t>& starts, std::size_t byte,
                         std::size_t* hint = nullptr) {
  byte = std::min(byte, text.size());
  const auto on_line = [&](std::size_t line) {
    return line >= 1 && line <= starts.size() && starts[line - 1] <= byte && (line == starts.size() || byte < starts[line]);
  };
  std::size_t line = 0;  // 1-based
  if (hint && on_line(*hint)) {
    line = *hint;
  } else if (hint && on_line(*hint + 1)) {
    line = *hint + 1;
  } else {
    line = static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), byte) - starts.begin());
  }
  if (hint) *hint = line;
  const std::size_t start = starts[line - 1];
  return {static_cast<int>(line),
          static_cast<int>(grammar::code_point_count(std::string_view(text).substr(start, byte - start)) + 1)};
}

// The byte just past the closing quote of the quoted scalar opening at `open`, or
// npos when the quote is never closed.
std::size_t quoted_end(const std::string& text, std::size_t open) {
  const char quote = text[open];
  for (std::size_t i = open + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;  // '' is a quote inside single quotes
      } else {
        return i + 1;
      }
    }
  }
  return std::string::npos;
}

// A hint for a YAML syntax error on or just after a line indented with a tab.
// Its argument: the line, said when written; nothing when no line near is indented so.
text::argument tab_hint(const std::string& text, const std::vector<std::size_t>& starts, int line) {
  for (int l = line; l >= 1 && l >= line - 1; --l) {
    const std::size_t begin = starts[static_cast<std::size_t>(l - 1)];
    for (std::size_t i = begin; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i) {
      if (text[i] == '\t') {
        return text::rendered_text{std::to_string(l), [](std::string_view at) {
                                     return text::trf("; line {1} is indented with a tab: YAML indents with spaces", at);
                                   }};
      }
    }
  }
  return text::argument(std::string());
}

// A hint that a quoted text runs over several lines, from "line:column"; nothing
// when there is none.
text::argument open_quote_hint(const source_mark& from) {
  return text::rendered_text{std::to_string(from.line) + ":" + std::to_string(from.column), [](std::string_view at) {
    const std::size_t colon = at.find(':');
    return text::trf("; the quoted text at line {1}, column {2} runs over several lines: is a closing quote missing?",
                     at.substr(0, colon), at.substr(colon + 1));
  }};
}


// yaml-cpp's own words for the faults a person makes most, in the reader's language;
// any other is shown as yaml-cpp wrote it.
text::argument yaml_reader_message(const std::string& message) {
  static const char* const known[] = {
      N_("end of map not found"),        N_("end of map flow not found"),   N_("end of sequence not found"),
      N_("end of sequence flow not found"), N_("illegal map value"),        N_("illegal map key"),
      N_("illegal block entry"),         N_("illegal flow end"),            N_("illegal EOF in scalar"),
      N_("illegal character in scalar"), N_("unknown token"),               N_("illegal tab when looking for indentation"),
      N_("unexpected character in block scalar"), N_("illegal document indicator in scalar"),
  };
  for (const char* text : known) {
    if (message == text) return text::message_arg::label(text);
  }
  return text::argument(message);
}

}  // namespace

// Passes each parser event to two handlers: the structure check, then the tape.
class event_tee final : public YAML::EventHandler {
 public:
  event_tee(YAML::EventHandler& first, YAML::EventHandler& second) : first_(first), second_(second) {}
  void OnDocumentStart(const YAML::Mark& mark) override {
    first_.OnDocumentStart(mark);
    second_.OnDocumentStart(mark);
  }
  void OnDocumentEnd() override {
    first_.OnDocumentEnd();
    second_.OnDocumentEnd();
  }
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    first_.OnNull(mark, anchor);
    second_.OnNull(mark, anchor);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    first_.OnAlias(mark, anchor);
    second_.OnAlias(mark, anchor);
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, const std::string& value) override {
    first_.OnScalar(mark, tag, anchor, value);
    second_.OnScalar(mark, tag, anchor, value);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    first_.OnSequenceStart(mark, tag, anchor, style);
    second_.OnSequenceStart(mark, tag, anchor, style);
  }
  void OnSequenceEnd() override {
    first_.OnSequenceEnd();
    second_.OnSequenceEnd();
  }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    first_.OnMapStart(mark, tag, anchor, style);
    second_.OnMapStart(mark, tag, anchor, style);
  }
  void OnMapEnd() override {
    first_.OnMapEnd();
    second_.OnMapEnd();
  }

 private:
  YAML::EventHandler& first_;
  YAML::EventHandler& second_;
};

// Walks the YAML events of a document: fails on a key given twice in one map, on an
// alias, on a second document, and on nesting deeper than the limit.
class yaml_document::structure_check final : public YAML::EventHandler {
 public:
  structure_check(const yaml_document& doc, const input_limits& limits)
      : doc_(doc), max_depth_(limits.max_depth), max_text_(limits.text_limit()) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (documents_ > 0 && mark.pos <= document_mark_.pos) {
      // yaml-cpp left a token it cannot use (a stray ','): each further "document"
      // would start at it again, without end (found by fuzzing).
      const std::string& text = doc_.text_;
      const std::size_t at = static_cast<std::size_t>(std::max(mark.pos, 0));
      const std::string found = at < text.size() ? text.substr(at, grammar::byte_offset_of(text.substr(at, 4), 1)) : "";
      fail(mark, found.empty() ? text::message(N_("malformed YAML: unexpected end of the file"))
                               : text::message(N_("malformed YAML: unexpected '{1}'"), found));
    }
    ++documents_;
    document_mark_ = mark;
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { node(mark, nullptr, true); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    fail(mark, text::message(N_("an alias (*name): jixiao's files do not use anchors and aliases; write the value out")));
  }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t, const std::string& value) override {
    open_quote_.reset();
    const std::string& text = doc_.text_;
    if (mark.pos >= 0 && static_cast<std::size_t>(mark.pos) < text.size() &&
        (text[static_cast<std::size_t>(mark.pos)] == '"' || text[static_cast<std::size_t>(mark.pos)] == '\'')) {
      // yaml-cpp ends a quoted string left open at the end of the file without a word.
      const std::size_t open = static_cast<std::size_t>(mark.pos);
      const std::size_t end = quoted_end(text, open);
      if (end == std::string::npos) fail(mark, text::message(N_("a quote that is never closed: the text from here runs to the end of the file")));
      if (text.find('\n', open) < end) open_quote_ = mark;  // over several lines: closed by a later quote?
    }
    if (value.size() > max_text_ && grammar::code_point_count(value) > max_text_) {
      fail(mark, text::message(N_("a text of {1} characters, over the limit of {2} (raise it with --max-text-length)"),
                               format_count(grammar::code_point_count(value)), format_count(max_text_)));
    }
    node(mark, &value);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    open_quote_.reset();
    node(mark, nullptr);
    open(mark, false);
  }
  void OnSequenceEnd() override { --depth_; }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    open_quote_.reset();
    node(mark, nullptr);
    open(mark, true);
  }
  void OnMapEnd() override { --depth_; }

  /// Where the last list or map opened: the deepest place when yaml-cpp's guard stops.
  const YAML::Mark& last_open() const { return last_open_; }
  /// The start of the last node, when it was a quoted string over several lines.
  const std::optional<YAML::Mark>& open_quote() const { return open_quote_; }

 private:
  // An open list or map. A map's keys are searched in turn while few (most maps
  // hold two to four), hashed once there are more.
  struct frame {
    static constexpr std::size_t few = 8;
    bool is_map = false;
    bool at_key = true;  // maps alternate key, value
    std::vector<std::pair<std::string, YAML::Mark>> first_keys;
    std::unordered_map<std::string, YAML::Mark> more_keys;

    void reset(bool map) {
      is_map = map;
      at_key = true;
      first_keys.clear();
      more_keys.clear();
    }
    /// Records `key`; the place it was first given when it was given before.
    const YAML::Mark* add_key(const std::string& key, const YAML::Mark& mark) {
      for (const auto& [seen, at] : first_keys) {
        if (seen == key) return &at;
      }
      if (first_keys.size() < few) {
        first_keys.emplace_back(key, mark);
        return nullptr;
      }
      const auto [found, inserted] = more_keys.emplace(key, mark);
      return inserted ? nullptr : &found->second;
    }
  };

  [[noreturn]] void fail(const YAML::Mark& mark, text::message message) const {
    const source_mark at = mark.pos < 0 ? source_mark{} : mark_at_byte(doc_.text_, doc_.line_starts_, static_cast<std::size_t>(mark.pos));
    throw input_error(doc_.path_, at.line, at.column, "", std::move(message));
  }

  void node(const YAML::Mark& mark, const std::string* scalar, bool null = false) {
    if (depth_ == 0 && documents_ > 1 && !null) {
      // A second document with content; an empty one (a "---" at the end) is harmless.
      fail(document_mark_, text::message(N_("a second YAML document: a jixiao file holds one (remove this '---' and what "
                                            "follows, or split the file)")));
    }
    if (depth_ == 0 || !frames_[depth_ - 1].is_map) return;
    frame& map = frames_[depth_ - 1];
    const bool is_key = map.at_key;
    map.at_key = !map.at_key;
    if (!is_key || scalar == nullptr) return;
    const YAML::Mark* first = map.add_key(*scalar, mark);
    if (first == nullptr) return;
    const source_mark at = mark_at_byte(doc_.text_, doc_.line_starts_, static_cast<std::size_t>(std::max(first->pos, 0)));
    std::string key = *scalar;
    if (grammar::code_point_count(key) > 40) key = key.substr(0, grammar::byte_offset_of(key, 40)) + "…";
    fail(mark, text::message(N_("duplicate key '{1}', first given at line {2}, column {3}"), key, std::to_string(at.line),
                             std::to_string(at.column)));
  }

  void open(const YAML::Mark& mark, bool is_map) {
    if (static_cast<int>(depth_) >= max_depth_) {
      fail(mark, text::message(N_("nested {1} levels deep, over the limit of {2} (raise it with --max-depth)"),
                               std::to_string(depth_ + 1), std::to_string(max_depth_)));
    }
    if (depth_ == frames_.size()) frames_.emplace_back();
    frames_[depth_++].reset(is_map);
    last_open_ = mark;
  }

  const yaml_document& doc_;
  int max_depth_;
  std::size_t max_text_;
  int documents_ = 0;
  YAML::Mark document_mark_;
  std::optional<YAML::Mark> open_quote_;
  YAML::Mark last_open_ = YAML::Mark::null_mark();
  std::vector<frame> frames_;  // kept for reuse: only the first depth_ are open
  std::size_t depth_ = 0;
};

yaml_document yaml_document::load(const std::string& path, const input_limits& limits) {
  return parse(read_input_file(path, limits), path, limits);
}

yaml_document yaml_document::parse(std::string text, const std::string& path, const input_limits& limits) {
  yaml_document doc;
  doc.path_ = path;
  doc.limits_ = limits;
  if (text.size() > limits.max_file_size) throw input_error(path, 0, 0, "", over_size_limit(text.size(), limits));
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  if (text.rfind("\xFF\xFE", 0) == 0 || text.rfind("\xFE\xFF", 0) == 0) {
    throw input_error(path, 1, 1, "", text::message(N_("UTF-16 text (it starts with a UTF-16 byte-order mark): save the file as UTF-8")));
  }
  // A lone CR ends a line in YAML, but not for yaml-cpp: make it the LF it stands for
  // (old Mac line ends); byte offsets stay as they were.
  for (std::size_t i = text.find('\r'); i != std::string::npos; i = text.find('\r', i + 1)) {
    if (i + 1 == text.size() || text[i + 1] != '\n') text[i] = '\n';
  }
  doc.text_ = std::move(text);
  doc.line_starts_ = line_starts_of(doc.text_);
  grammar::utf8_error bad;
  if (!grammar::is_valid_utf8(doc.text_)) {
    grammar::decode_utf8(doc.text_, &bad);
    const source_mark at = mark_at_byte(doc.text_, doc.line_starts_, bad.byte);
    throw input_error(path, at.line, at.column, "", text::message(N_("invalid UTF-8 (byte {1})"), std::to_string(bad.byte + 1)));
  }
  if (doc.text_.find('\0') != std::string::npos) {
    const source_mark at = mark_at_byte(doc.text_, doc.line_starts_, doc.text_.find('\0'));
    throw input_error(path, at.line, at.column, "", text::message(N_("a NUL byte: this is not a text file")));
  }
  // YAML allows no other control characters either (tab and line ends aside), and
  // echoed in a message they could drive the terminal.
  if (const auto control = grammar::first_control_character(doc.text_)) {
    char name[16];
    std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(control->value));
    const source_mark at = mark_at_byte(doc.text_, doc.line_starts_, control->byte);
    throw input_error(path, at.line, at.column, "",
                      text::message(N_("a control character ({1}): YAML text allows none but tab and line ends"), name));
  }
  const auto place = [&doc](const YAML::Mark& mark) {
    return mark.is_null() || mark.pos < 0 ? source_mark{}
                                          : mark_at_byte(doc.text_, doc.line_starts_, static_cast<std::size_t>(mark.pos));
  };
  // First the events alone, to stop at a duplicate key, an alias, a second document
  // or too deep a nesting before any tree is built; then the tree.
  // The text is read where it lies, not copied into a string stream.
  boost::iostreams::stream<boost::iostreams::array_source> stream(doc.text_.data(), doc.text_.size());
  YAML::Parser parser(stream);
  structure_check check(doc, limits);
  auto tape = std::make_shared<yaml_tape>(doc.text_.size());
  yaml_tape_builder builder(*tape);
  event_tee both(check, builder);
  try {
    while (parser.HandleNextDocument(both)) {
    }
    doc.tape_ = std::move(tape);
  } catch (const YAML::DeepRecursion& e) {
    const source_mark at = place(check.last_open().is_null() ? e.mark : check.last_open());
    throw input_error(path, at.line, at.column, "",
                      text::message(N_("nested too deep for the YAML reader ({1} levels)"), std::to_string(e.depth())));
  } catch (const YAML::Exception& e) {
    const source_mark at = place(e.mark);
    // The reader's words, then the hints that apply, each said when written.
    const text::argument tab = at.line > 0 && e.msg.find("tab") == std::string::npos
                                      ? tab_hint(doc.text_, doc.line_starts_, at.line)
                                      : text::argument(std::string());
    const bool long_key = at.line > 0 && e.msg == YAML::ErrorMsg::MAP_VALUE &&
                          static_cast<std::size_t>(e.mark.pos) - doc.line_starts_[static_cast<std::size_t>(at.line - 1)] > 1024;
    const text::argument key = long_key ? text::message_arg::label(N_("; a key can be at most 1,024 characters long"))  // YAML's limit on a key without '?'
                                           : text::argument(std::string());
    const auto& quote = check.open_quote();
    const text::argument quoted = quote ? open_quote_hint(place(*quote)) : text::argument(std::string());
    throw input_error(path, at.line, at.column, "",
                      text::message(N_("malformed YAML: {1}{2}{3}{4}"), yaml_reader_message(e.msg), tab, key, quoted));
  }
  return doc;
}

source_mark yaml_document::mark_of(const yaml_node& node) const {
  if (node.byte() < 0) return {};
  return mark_at_byte(text_, line_starts_, static_cast<std::size_t>(node.byte()), &last_line_);
}

source_mark yaml_document::value_mark_of(const yaml_node& node) const {
  source_mark mark = mark_of(node);
  const std::int64_t at = node.byte();
  if (at >= 0 && static_cast<std::size_t>(at) < text_.size()) {
    const char first = text_[static_cast<std::size_t>(at)];
    if (first == '"' || first == '\'') mark.column += 1;
  }
  return mark;
}

void yaml_document::fail(const yaml_node& node, const field_path& field, text::message message) const {
  source_mark at = mark_of(node);
  if (at.line == 0 && node.IsNull() && root().IsNull()) at = {1, 1};  // an empty file: its start
  throw input_error(path_, at.line, at.column, field.str(), std::move(message));
}

std::string yaml_document::scalar(const yaml_node& node, const field_path& field) const {
  if (!node.IsScalar()) fail(node, field, text::message(N_("expected text, found {1}"), describe(node)));
  return node.Scalar();
}

double yaml_document::number(const yaml_node& node, const field_path& field, bool allow_negative) const {
  if (!node.IsScalar()) fail(node, field, text::message(N_("expected a number, found {1}"), describe(node)));
  const auto value = plain_number(node.Scalar());
  if (!value) {
    const std::string& text = node.Scalar();
    const bool looks_numeric = !text.empty() && text.find_first_not_of("+-.0123456789eE") == std::string::npos;
    fail(node, field, looks_numeric ? text::message(N_("expected a finite number in range, found {1}"), describe(node))
                                     : text::message(N_("expected a number, found {1}"), describe(node)));
  }
  if (!allow_negative && *value < 0) fail(node, field, text::message(N_("expected a number of 0 or more, found {1}"), describe(node)));
  return *value;
}

int yaml_document::integer(const yaml_node& node, const field_path& field, int low, int high) const {
  const double value = number(node, field, true);
  if (value != std::floor(value) || value < low || value > high) {
    fail(node, field, text::message(N_("expected a whole number from {1} to {2}, found {3}"), std::to_string(low),
                                 std::to_string(high), describe(node)));
  }
  return static_cast<int>(value);
}

void yaml_document::check_length(const yaml_node& node, const field_path& field, const char* what) const {
  if (!node.IsScalar() || node.Scalar().size() <= limits_.max_expression_length) return;
  const std::size_t length = grammar::code_point_count(node.Scalar());
  if (length <= limits_.max_expression_length) return;
  const std::string found = format_count(length);
  const std::string limit = format_count(limits_.max_expression_length);
  fail(node, field,
       std::string_view(what) == "value"
           ? text::message(N_("the value is {1} characters long, over the limit of {2} (raise it with --max-expression-length)"),
                           found, limit)
           : text::message(N_("the expression is {1} characters long, over the limit of {2} (raise it with "
                              "--max-expression-length)"),
                           found, limit));
}

void yaml_document::check_keys(const yaml_node& map, const field_path& field,
                               const std::vector<std::string>& known) const {
  for (const auto& entry : map) {
    const yaml_node& key = entry.first;
    if (!key.IsScalar()) fail(key, field, text::message(N_("expected a field name, found {1}"), describe(key)));
    const std::string& name = key.Scalar();
    if (std::find(known.begin(), known.end(), name) != known.end()) continue;
    const auto near = nearest_name(name, known);
    text::message message = near ? text::message(N_("unknown field '{1}'; did you mean '{2}'?"), name, *near)
                                     : text::message(N_("unknown field '{1}'"), name);
    fail(key, field, std::move(message));
  }
}

text::argument quoted_arg(std::string_view text) {
  return text::rendered_text{text, [](std::string_view quoted) { return text::trf("'{1}'", quoted); }};
}

text::argument describe(const yaml_node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Sequence: return text::message_arg::label(N_("a list"));
    case YAML::NodeType::Map: return text::message_arg::label(N_("a map"));
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined: return text::message_arg::label(N_("nothing"));
    case YAML::NodeType::Scalar: {
      std::string text = node.Scalar();
      if (grammar::code_point_count(text) > 40) text = text.substr(0, grammar::byte_offset_of(text, 40)) + "…";
      return quoted_arg(text);
    }
  }
  return text::message_arg::label(N_("something else"));
}

std::optional<double> plain_number(const std::string& text) {
  std::size_t begin = text.find_first_not_of(' ');
  std::size_t end = text.find_last_not_of(' ');
  if (begin == std::string::npos) return std::nullopt;
  std::string_view s = std::string_view(text).substr(begin, end - begin + 1);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  if (s.empty() || !(std::isdigit(static_cast<unsigned char>(s.front())) || s.front() == '-' || s.front() == '.')) {
    return std::nullopt;
  }
  double value = 0;
  const auto [ptr, error] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (error != std::errc() || ptr != s.data() + s.size() || !std::isfinite(value) || std::fabs(value) > 1e12) {
    return std::nullopt;
  }
  return value;
}

std::string quoted_key(const std::string& key) {
  const bool plain = !key.empty() && key.find_first_of(".\" []:") == std::string::npos &&
                     !std::isdigit(static_cast<unsigned char>(key.front()));
  return plain ? key : "\"" + key + "\"";
}

}  // namespace jixiao::engine
