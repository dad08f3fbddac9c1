// The scored report: data only. Writers format it; they never compute.
//
// Entries borrow their text (names, targets, actuals, notes) from the loaded tables
// and the rules, which the report keeps alive, so scoring a province copies no string
// per indicator. Findings and explanations are messages (rules/message.hpp): a kind
// or a formula and its values, rendered in the reader's language by the writers.
#pragma once

#include <boost/range/iterator_range.hpp>
#include <boost/range/join.hpp>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "engine/model/model.hpp"
#include "engine/model/text_ref.hpp"
#include "rules/score.hpp"

namespace jixiao::engine {

using rules::finding_kind;
using rules::finding_kind_name;
using rules::severity;

/// A finding as reported: where it is and what to look at. Its severity is its
/// kind's (rules/finding_kinds.hpp), given by who makes it (report_findings::add, the
/// review); `jixiao check` raises some to errors.
struct finding_entry {
  finding_entry() = default;
  // `message` is moved in when given by rvalue, copied otherwise (a rule's own
  // finding, reported in every department that uses the rule).
  template <typename Message,
            typename = std::enable_if_t<std::is_same_v<std::decay_t<Message>, text::message>>>
  finding_entry(severity level, text_ref project, text_ref indicator, finding_kind kind, Message&& message,
                text_ref file, int line, int column, const char* sheet = nullptr)
      : level(level),
        kind(kind),
        project(project),
        indicator(indicator),
        file(file),
        line(line),
        column(column),
        sheet(sheet),
        message(std::forward<Message>(message)) {}
  // The message made in place from its source and arguments, rather than made aside
  // and moved in: a table without categories has a note for every indicator.
  template <typename... Args>
  finding_entry(severity level, text_ref project, text_ref indicator, finding_kind kind, text_ref file,
                source_mark at, const char* msgid, Args&&... args)
      : level(level),
        kind(kind),
        project(project),
        indicator(indicator),
        file(file),
        line(at.line),
        column(at.column),
        sheet(at.sheet),
        message(msgid, std::forward<Args>(args)...) {}

  severity level = severity::warning;
  finding_kind kind = finding_kind::missing_actual;
  text_ref project;    // project id, or empty
  text_ref indicator;  // indicator name, or empty
  text_ref file;  // file name, or empty
  int line = 0;
  int column = 0;
  const char* sheet = nullptr;  // in a workbook: the sheet, line its row and column its column number
  // Last: a message's unused argument slots end the entry, and are never written.
  text::message message;
};

/// A report's findings: the errors and warnings in the order found, then the notes
/// in the order found, so that the notes (a category inferred for every indicator of
/// a table without categories) do not bury what needs an answer. The two parts are
/// kept apart, so that each finding is made in its place as it is found, and read as
/// one list.
class report_findings {
 public:
  using parts = boost::range::joined_range<const std::vector<finding_entry>, const std::vector<finding_entry>>;
  using const_iterator = boost::range_iterator<const parts>::type;

  std::vector<finding_entry> warnings;  // and errors
  std::vector<finding_entry> notes;

  /// A finding of `kind` made in place in its severity's part: `rest` are
  /// finding_entry's arguments after the kind.
  template <typename... Rest>
  finding_entry& add(text_ref project, text_ref indicator, finding_kind kind, Rest&&... rest) {
    const severity level = kind.severity();
    return (level == severity::note ? notes : warnings)
        .emplace_back(level, project, indicator, kind, std::forward<Rest>(rest)...);
  }

  std::size_t size() const { return warnings.size() + notes.size(); }
  bool empty() const { return warnings.empty() && notes.empty(); }
  const finding_entry& operator[](std::size_t i) const {
    return i < warnings.size() ? warnings[i] : notes[i - warnings.size()];
  }
  finding_entry& operator[](std::size_t i) { return const_cast<finding_entry&>(std::as_const(*this)[i]); }
  const finding_entry& at(std::size_t i) const {
    if (i >= size()) throw std::out_of_range("report_findings::at");
    return (*this)[i];
  }
  const finding_entry& front() const { return (*this)[0]; }
  const finding_entry& back() const { return (*this)[size() - 1]; }
  const_iterator begin() const { return boost::range::join(warnings, notes).begin(); }
  const_iterator end() const { return boost::range::join(warnings, notes).end(); }
};

/// "实际完成值!F17" for a finding in a workbook; empty otherwise.
std::string finding_cell(const finding_entry& f);

/// An evaluator's deduction (评价扣分) on an indicator, as the actuals give it.
struct evaluator_deduction {
  double points = 0;
  text_ref reason;
};

struct indicator_entry {
  indicator_entry() = default;
  // The scorer builds an entry in place in the report's lines, then scores into it
  // (score, status, explanation, a deduction): one made aside and moved there writes each line
  // twice, and a province has a million.
  indicator_entry(text_ref name, text_ref category, bool category_inferred, text_ref target, text_ref actual,
                  double weight, text_ref note, const rules::scoring_policy* policy)
      : name(name),
        category(category),
        category_inferred(category_inferred),
        target(target),
        actual(actual),
        weight(weight),
        note(note),
        policy(policy) {}

  text_ref name;
  text_ref category;  // e.g. 产出/数量
  bool category_inferred = false;
  rules::indicator_status status = rules::indicator_status::missing;
  text_ref target;  // as written
  text_ref actual;  // as written, empty when missing
  double weight = 0;  // unrounded
  double score = 0;   // rounded to 2 decimals
  text_ref note;  // the actual's note (偏差原因)
  std::optional<evaluator_deduction> deduction;  // when the actual gives one
  const rules::scoring_policy* policy = nullptr;  // what it was scored by; null in an entry made by hand
  text::message_chain explanation;  // "8 × 45 / 50 = 7.20", as the scorer made it

  /// The explanation in the reader's language.
  std::string explain() const { return explanation.str(); }
};

struct project_entry {
  // Provided, so that an entry made in the report's projects is not zeroed whole
  // before its members are set (every member has its own initializer).
  project_entry() {}  // NOLINT(modernize-use-equals-default)

  text_ref id;
  text_ref name;
  text_ref goal;     // 年度绩效目标
  text_ref summary;  // actual completion, from the actuals
  double budget = 0;  // the budget used: the actuals' adjusted budget, else the table's
  std::optional<double> spent;
  std::optional<double> execution_rate;  // percent, rounded to 2 decimals
  double budget_weight = 0;
  double budget_score = 0;      // rounded
  double indicator_points = 0;  // the indicators' rounded scores summed, rounded
  double points = 0;            // indicator scores plus budget score, rounded
  bool rescaled = false;        // an indicator was N/A: the points are scaled to 100
  double applicable = 0;        // when rescaled: the weight left, the points' denominator
  double total = 0;  // rounded; the sum of the rounded scores (rescaled where N/A)
  text_ref grade;    // 优 / 良 / 中 / 差; empty when the policy gives no grade
  // A view of the project's lines in its report's indicator_entries.
  boost::iterator_range<const indicator_entry*> indicators;
  const rules::scoring_policy* policy = nullptr;  // what it was scored by; null in an entry made by hand
  text::message budget_explanation;  // "10 × 95 / 100 = 9.50", or why budget execution scores 0
  text::message total_explanation;   // "indicators 80.00 + budget 9.50 = 89.50", or the rescaling when N/A

  std::string budget_explain() const { return budget_explanation.str(); }
  std::string total_explain() const { return total_explanation.str(); }
};

/// A review deduction (复核扣分) and the figure it leaves (复核得分).
struct review_line {
  bool deducted = false;
  double points = 0;
  text_ref reason;  // 复核意见
  double reviewed = 0;
};

/// A project after the second-level review (复核, SCORING.md section 9).
struct project_review_entry {
  std::vector<review_line> indicators;  // one per project indicator, in order
  double reviewed_points = 0;           // reviewed indicator scores plus the budget score
  double before_deduction = 0;          // those points, rescaled to 100 where indicators are N/A
  review_line deduction;                // on the project total; `reviewed` is the reviewed total
  text_ref reviewed_grade;              // empty when the policy gives no grade

  // How the reviewed total was made: "indicators 78.00 + budget 9.50 = 87.50; 87.50 −
  // 1.00 (复核扣分: …) = 86.50".
  text::message_chain explanation;

  double reviewed_total() const { return deduction.reviewed; }
  std::string explain() const { return explanation.str(); }
};

struct review_summary {
  std::string reviewer;  // 复核单位
  std::vector<project_review_entry> projects;  // one per report project, in order
  std::vector<std::pair<std::string, int>> grade_counts;  // reviewed grades; none when the policy gives none
  double mean = 0;                                        // budget-weighted mean of the reviewed totals
  std::shared_ptr<const void> table;                      // what the reasons borrow from
};

struct input_file {
  std::string role;  // targets, actuals, policy
  std::string path;
  std::string sha256;
};

struct report {
  std::string version;
  std::string policy;  // "built-in" or the policy file's path
  std::vector<input_file> inputs;
  std::string department;
  int year = 0;
  std::vector<project_entry> projects;
  // Every project's indicator lines, in order, in one array the projects view: one
  // allocation a department. Shared by copies of the report, so the views stay valid.
  std::shared_ptr<const std::vector<indicator_entry>> indicator_entries;
  std::vector<std::pair<std::string, int>> grade_counts;  // 优 良 中 差, in that order; none when the policy gives no grade
  double mean = 0;  // budget-weighted mean of the totals, rounded
  double budget_total = 0;
  report_findings findings;
  std::optional<review_summary> review;  // with a review file (复核)
  // What the entries borrow from: kept alive as long as the report (and its copies).
  std::shared_ptr<const target_table> targets;
  std::shared_ptr<const actual_table> actuals;
  std::shared_ptr<const rules::scoring_policy> scoring_policy;
};

const char* severity_name(severity level);  // error / warning / note

/// Findings with the text they hold views of: a review's result.
class finding_list {
 public:
  std::vector<finding_entry> items;
  std::shared_ptr<text_store> texts = std::make_shared<text_store>();
  // What the findings borrow from besides texts (a scored report's tables and rules).
  std::vector<std::shared_ptr<const void>> kept;

  /// Keeps `text` and gives the view to put in a finding.
  text_ref keep(std::string text) { return texts->keep(std::move(text)); }
  std::size_t size() const { return items.size(); }
  bool empty() const { return items.empty(); }
  const finding_entry& operator[](std::size_t i) const { return items[i]; }
  auto begin() const { return items.begin(); }
  auto end() const { return items.end(); }
};

}  // namespace jixiao::engine
