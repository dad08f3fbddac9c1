#include "engine/report/format_util.hpp"

#include <cmath>
#include <cstdio>

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
  std::string text = rules::status_name(i.status);
  if (i.value && i.value->deduct) text += " (评价扣分 " + rules::format_points(*i.value->deduct, score_places(i.policy)) + ")";
  return text;
}

std::string category_text(const indicator_entry& entry) {
  return entry.category_inferred ? entry.category + "*" : entry.category.str();
}

std::string input_text(const input_file& input) {
  return input.role + " " + input.path + " sha256=" + input.sha256;
}

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
  if (f.project.empty()) return f.indicator.empty() ? std::string() : "指标 " + f.indicator;
  return f.indicator.empty() ? "项目 " + f.project : "项目 " + f.project + " / " + f.indicator;
}

std::string severity_counts(const std::vector<finding_entry>& findings) {
  std::size_t counts[3] = {0, 0, 0};
  for (const finding_entry& f : findings) ++counts[static_cast<int>(f.level)];
  const auto plural = [](std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
  };
  return plural(counts[0], "error") + ", " + plural(counts[1], "warning") + ", " + plural(counts[2], "note");
}

std::string finding_text(const finding_entry& f) {
  std::string out = std::string("[") + severity_name(f.level) + "]";
  for (const std::string& part : {finding_location(f), finding_subject(f), f.kind.str()}) {
    if (!part.empty()) out += " " + part + ":";
  }
  if (f.message.empty()) {
    if (out.back() == ':') out.pop_back();
  } else {
    out += " " + f.message;
  }
  return out;
}

}  // namespace jixiao::engine
