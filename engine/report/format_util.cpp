#include "engine/report/format_util.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "rules/finding_kinds.hpp"
#include "grammar/text/language.hpp"
#include "grammar/text/text.hpp"
#include "rules/rounding.hpp"

namespace jixiao::engine {

namespace {

// Above this, round_half_up's integer arithmetic could overflow at 6 places.
constexpr double largest_rounded = 1e12;

std::string spaces_to(std::string_view text, int width) {
  const int missing = width - grammar::display_width(text);
  return missing > 0 ? std::string(static_cast<std::size_t>(missing), ' ') : std::string();
}

}  // namespace

std::string pad_right(std::string_view text, int width) { return std::string(text) + spaces_to(text, width); }

std::string pad_left(std::string_view text, int width) { return spaces_to(text, width) + std::string(text); }

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // CR LF: one space, at the LF
    out.push_back(c < 0x20 || c == 0x7F ? ' ' : text[i]);
  }
  return out;
}

std::string format_score(double value, int places) { return rules::format_fixed(value, places); }

std::string format_weight(double value, int places) {
  return places >= 2 ? format_score(value, 2) : rules::format_points(value, places);
}

int score_places(const rules::scoring_policy* policy) { return policy ? policy->score_decimals : 2; }

std::string format_amount(double value) {
  if (std::isfinite(value) && std::fabs(value) < largest_rounded) return rules::format_number(value);
  char text[64];
  std::snprintf(text, sizeof text, "%.0f", value);
  return text;
}

double round_safely(double value, int places) {
  if (!std::isfinite(value) || std::fabs(value) >= largest_rounded || places < 0 || places > 6) return value;
  return rules::round_half_up(value, places);
}

std::string format_rate(const std::optional<double>& percent) {
  return percent ? format_score(*percent) + "%" : std::string(missing_mark);
}

std::string status_text(const indicator_entry& i) {
  const std::string status = rules::status_label(i.status);
  if (!i.deduction) return status;
  return text::trf("{1} (evaluator deducted {2})", status, rules::format_points(i.deduction->points, score_places(i.policy)));
}

std::string category_text(const indicator_entry& entry) {
  const std::string label = category_label(entry.category);
  return entry.category_inferred ? label + "*" : label;
}

std::string category_label(std::string_view category) { return rules::category_label(category); }

std::string grade_text(std::string_view grade) { return rules::grade_label(grade); }

std::string input_text(const input_file& input) {
  return input_role_name(input.role) + " " + input.path + " sha256=" + input.sha256;
}

std::string input_role_name(std::string_view role) {
  if (role == "targets") return text::tr("targets");
  if (role == "actuals") return text::tr("actuals");
  if (role == "policy") return text::tr("scoring policy");
  if (role == "review") return text::tr("review");
  return std::string(role);
}

std::string policy_name(std::string_view policy) {
  if (policy == "built-in") return text::tr("built-in policy");
  if (policy == "national") return text::tr("national method");
  if (policy == "hubei") return text::tr("Hubei variant");
  return std::string(policy);
}

std::string severity_word(severity level) {
  switch (level) {
    case severity::error: return text::tr("error");
    case severity::warning: return text::tr("warning");
    case severity::note: return text::tr("note");
  }
  return severity_name(level);
}

std::string kind_name(const finding_entry& f) { return f.kind.name(); }

std::string finding_location(const finding_entry& f) {
  if (f.file.empty()) return {};
  std::string out = f.file.str();
  if (f.sheet) return out + ":" + finding_cell(f);
  if (f.line > 0) {
    out += ":" + std::to_string(f.line);
    if (f.column > 0) out += ":" + std::to_string(f.column);
  }
  return out;
}

std::string finding_subject(const finding_entry& f) {
  if (f.project.empty()) return f.indicator.empty() ? std::string() : text::trf("indicator {1}", f.indicator.view());
  if (f.indicator.empty()) return text::trf("project {1}", f.project.view());
  return text::trf("project {1} / {2}", f.project.view(), f.indicator.view());
}

namespace {

template <typename Findings>
std::string count_by_severity(const Findings& findings) {
  std::size_t counts[3] = {0, 0, 0};
  for (const finding_entry& f : findings) ++counts[static_cast<int>(f.level)];
  const auto count = [&](int k) { return std::to_string(counts[k]); };
  const auto n = [&](int k) { return static_cast<long>(counts[k]); };
  return text::format_text(text::tr("{1}, {2}, {3}"),
                           {text::format_text(text::trn("{1} error", "{1} errors", n(0)), {count(0)}),
                            text::format_text(text::trn("{1} warning", "{1} warnings", n(1)), {count(1)}),
                            text::format_text(text::trn("{1} note", "{1} notes", n(2)), {count(2)})});
}

}  // namespace

std::string severity_counts(const std::vector<finding_entry>& findings) { return count_by_severity(findings); }

std::string severity_counts(const report_findings& findings) { return count_by_severity(findings); }

std::string finding_text(const finding_entry& f) {
  std::string out = severity_word(f.level);
  for (const std::string& part : {finding_location(f), finding_subject(f), kind_name(f)}) {
    if (!part.empty()) out += " " + part + ":";
  }
  if (f.message.empty()) {
    if (out.back() == ':') out.pop_back();
  } else {
    out += " " + f.message.str();
  }
  return out;
}

}  // namespace jixiao::engine
