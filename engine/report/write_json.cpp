// The JSON report, streamed: the bytes nlohmann-json's dump with indent 2 would give
// for the whole document, written a project at a time from json_text's pieces,
// without building a document (a province's report would not fit in memory, and
// building it was a third of the run).
#include <algorithm>
#include <array>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/report/format_util.hpp"
#include "engine/report/json_text.hpp"
#include "engine/report/writers.hpp"

namespace jixiao::engine {

namespace {

constexpr int weight_places = 4;
constexpr int score_places = 2;
constexpr int amount_places = 4;
// What is handed to the stream at a time: small enough that the text stays in the
// processor's cache until it is copied out, which a department's whole text does not.
constexpr std::size_t flush_at = 1 << 16;

// Objects and arrays laid out as nlohmann's dump(2): each member on its own line,
// indented two spaces a level; an empty one as {} or [].
class pretty_json {
 public:
  /// Writes to `out`, a piece at a time.
  explicit pretty_json(std::ostream& out) : out_(&out) {}
  /// Appends to `sink`, a piece at a time.
  explicit pretty_json(std::string& sink) : sink_(&sink) {}
  // What is still buffered is dropped when unwinding (the caller reports the failure),
  // and a destructor cannot throw while handing it on.
  ~pretty_json() = default;
  pretty_json(const pretty_json&) = delete;
  pretty_json& operator=(const pretty_json&) = delete;

  void open_object() { open('{'); }
  void close_object() { close('}'); }
  void open_array() { open('['); }
  void close_array() { close(']'); }
  /// Starts an object member: its key; the value follows.
  void key(std::string_view name) {
    next_line();
    append_json_string(text_, name);
    text_.append(": ");
  }
  /// The same for one of the report's own keys: plain ASCII, nothing to escape.
  template <std::size_t n>
  void field(const char (&name)[n]) {
    next_line();
    char* const at = text_.room(n + 3);  // "name":, then a space
    at[0] = '"';
    std::copy(name, name + n - 1, at + 1);
    at[n] = '"';
    at[n + 1] = ':';
    at[n + 2] = ' ';
  }
  /// Starts an array element.
  void element() { next_line(); }
  void string(std::string_view value) { append_json_string(text_, value); }
  /// A string that recurs unchanged through the report (a file path, a kind, a
  /// status): escaped once, then copied.
  void recurring_string(std::string_view value) {
    for (const auto& [seen, escaped] : recurring_) {
      if (seen.data() == value.data() && seen.size() == value.size()) {
        text_.append(escaped);
        return;
      }
    }
    const std::size_t start = text_.size();
    append_json_string(text_, value);
    recurring_[next_recurring_++ % recurring_.size()] = {value, std::string(text_.view().substr(start))};
  }
  void string_or_null(std::string_view value) { value.empty() ? null() : string(value); }
  /// A message or explanation in the reader's language, as a string: rendered in a
  /// buffer kept from one to the next, so that writing one allocates nothing.
  template <typename Message>
  void message(const Message& m) {
    rendered_.clear();
    m.append_to(rendered_);
    append_json_string(text_, rendered_);
  }
  void number(double value, int places) { append_json_number(text_, round_safely(value, places)); }
  void number_or_null(const std::optional<double>& value, int places) { value ? number(*value, places) : null(); }
  void integer(long long value) { append_json_integer(text_, value); }
  void integer_or_null(int value) { value > 0 ? integer(value) : null(); }
  void boolean(bool value) { text_.append(value ? std::string_view("true") : std::string_view("false")); }
  void null() { text_.append("null"); }
  /// Hands what is written so far on once there is enough of it.
  void flush_if_large() {
    if (text_.size() >= flush_at) flush();
  }
  void flush() {
    const std::string_view text = text_.view();
    if (out_ != nullptr) {
      out_->write(text.data(), static_cast<std::streamsize>(text.size()));
    } else {
      sink_->append(text);
    }
    text_.clear();
  }

 private:
  void open(char bracket) {
    text_.push_back(bracket);
    members_.push_back(0);
  }
  void close(char bracket) {
    const bool empty = members_.back() == 0;
    members_.pop_back();
    if (!empty) {
      text_.push_back('\n');
      indent();
    }
    text_.push_back(bracket);
  }
  void indent() {
    const std::size_t width = 2 * members_.size();
    char* const at = text_.room(width);
    std::fill(at, at + width, ' ');
  }
  void next_line() {
    if (members_.back()++ != 0) text_.push_back(',');
    text_.push_back('\n');
    indent();
  }

  std::ostream* out_ = nullptr;  // where the text goes: a stream,
  std::string* sink_ = nullptr;  // or the caller's string
  json_buffer text_;             // written, not yet handed on
  std::vector<std::size_t> members_;  // members written so far, per open level
  std::string rendered_;              // the message being written
  // Recurring strings by where their text lies: the report does not change while written.
  std::array<std::pair<std::string_view, std::string>, 8> recurring_{};
  std::size_t next_recurring_ = 0;
};

void write_source(pretty_json& j, const report& r) {
  j.open_object();
  j.field("version");
  j.string(r.version);
  j.field("policy");
  j.string(r.policy);
  j.field("inputs");
  j.open_array();
  for (const input_file& input : r.inputs) {
    j.element();
    j.open_object();
    j.field("role");
    j.string(input.role);
    j.field("path");
    j.string(input.path);
    j.field("sha256");
    j.string(input.sha256);
    j.close_object();
  }
  j.close_array();
  if (r.review) {
    j.field("reviewer");
    j.string(r.review->reviewer);
  }
  j.close_object();
}

// The review (复核) of a figure: its deduction and reason (null when none) and the figure left.
void write_review_line(pretty_json& j, const review_line& line, const char* figure, bool scored) {
  j.open_object();
  j.field("deduct");
  line.deducted ? j.number(line.points, 4) : j.null();
  j.field("reason");
  j.string_or_null(line.reason);
  j.key(figure);
  scored ? j.number(line.reviewed, score_places) : j.null();
}

void write_indicator(pretty_json& j, const indicator_entry& i, const review_line* review) {
  j.open_object();
  j.field("name");
  j.string(i.name);
  j.field("category");
  j.string(i.category);
  j.field("category_inferred");
  j.boolean(i.category_inferred);
  j.field("target");
  j.string(i.target);
  j.field("actual");
  j.string_or_null(i.actual);
  j.field("weight");
  j.number(i.weight, weight_places);
  j.field("score");
  j.number(i.score, score_places);
  j.field("status");
  j.recurring_string(rules::status_name(i.status));
  if (i.deduction) {
    j.field("deduction");
    j.open_object();
    j.field("points");
    j.number(i.deduction->points, 4);
    j.field("reason");
    j.string(i.deduction->reason);
    j.close_object();
  }
  j.field("explain");
  j.message(i.explanation);
  j.field("note");
  j.string_or_null(i.note);
  if (review) {
    j.field("review");
    write_review_line(j, *review, "reviewed_score", i.status != rules::indicator_status::not_applicable);
    j.close_object();
  }
  j.close_object();
}

void write_project(pretty_json& j, const project_entry& p, const project_review_entry* review) {
  j.open_object();
  j.field("id");
  j.string(p.id);
  j.field("name");
  j.string(p.name);
  j.field("budget");
  j.number(p.budget, amount_places);
  j.field("spent");
  j.number_or_null(p.spent, amount_places);
  j.field("execution_rate");
  j.number_or_null(p.execution_rate, score_places);
  j.field("budget_weight");
  j.number(p.budget_weight, weight_places);
  j.field("budget_score");
  j.number(p.budget_score, score_places);
  j.field("budget_explain");
  j.message(p.budget_explanation);
  j.field("total");
  j.number(p.total, score_places);
  j.field("total_explain");
  j.message(p.total_explanation);
  j.field("grade");
  p.grade.empty() ? j.null() : j.string(p.grade);
  j.field("indicators");
  j.open_array();
  for (std::size_t k = 0; k < p.indicators.size(); ++k) {
    j.element();
    write_indicator(j, p.indicators[k], review ? &review->indicators[k] : nullptr);
  }
  j.close_array();
  if (review) {
    j.field("review");
    write_review_line(j, review->deduction, "reviewed_total", true);
    j.field("reviewed_grade");
    review->reviewed_grade.empty() ? j.null() : j.string(review->reviewed_grade);
    j.field("explain");
    j.message(review->explanation);
    j.close_object();
  }
  j.close_object();
}

void write_finding(pretty_json& j, const finding_entry& f) {
  j.open_object();
  j.field("severity");
  j.recurring_string(severity_name(f.level));
  j.field("project");
  j.string_or_null(f.project);
  j.field("indicator");
  j.string_or_null(f.indicator);
  j.field("kind");
  j.recurring_string(f.kind.code());
  j.field("message");
  j.message(f.message);
  j.field("file");
  f.file.empty() ? j.null() : j.recurring_string(f.file);
  j.field("line");
  j.integer_or_null(f.sheet ? 0 : f.line);
  j.field("column");
  j.integer_or_null(f.sheet ? 0 : f.column);
  if (f.sheet) {
    j.field("cell");
    j.string(finding_cell(f));
  }
  j.close_object();
}

void write_summary(pretty_json& j, const report& r) {
  j.open_object();
  j.field("grades");
  j.open_object();
  for (const auto& [grade, count] : r.grade_counts) {
    j.key(grade);
    j.integer(count);
  }
  j.close_object();
  j.field("mean");
  j.number(r.mean, score_places);
  j.field("budget_total");
  j.number(r.budget_total, amount_places);
  j.field("projects");
  j.integer(static_cast<long long>(r.projects.size()));
  if (r.review) {
    j.field("reviewed");
    j.open_object();
    j.field("grades");
    j.open_object();
    for (const auto& [grade, count] : r.review->grade_counts) {
      j.key(grade);
      j.integer(count);
    }
    j.close_object();
    j.field("mean");
    j.number(r.review->mean, score_places);
    j.close_object();
  }
  j.close_object();
}

void write_report(pretty_json& j, const report& r) {
  j.open_object();
  j.field("source");
  write_source(j, r);
  j.field("department");
  j.string(r.department);
  j.field("year");
  j.integer(r.year);
  j.field("projects");
  j.open_array();
  for (std::size_t k = 0; k < r.projects.size(); ++k) {
    j.element();
    write_project(j, r.projects[k], r.review ? &r.review->projects[k] : nullptr);
    j.flush_if_large();
  }
  j.close_array();
  j.field("summary");
  write_summary(j, r);
  j.field("findings");
  j.open_array();
  for (const finding_entry& f : r.findings) {
    j.element();
    write_finding(j, f);
    j.flush_if_large();
  }
  j.close_array();
  j.close_object();
}

}  // namespace

void write_json(const report& r, std::ostream& out) {
  write_json_object(r, out);
  out << "\n";
}

void write_json_object(const report& r, std::ostream& out) {
  pretty_json j(out);
  write_report(j, r);
  j.flush();
}

void write_json_object(const report& r, std::string& out) {
  pretty_json j(out);
  write_report(j, r);
  j.flush();
}

}  // namespace jixiao::engine
