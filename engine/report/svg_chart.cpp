#include "engine/report/svg_chart.hpp"

#include <algorithm>
#include <charconv>

#include "engine/report/format_util.hpp"
#include "engine/report/markup_text.hpp"
#include "grammar/text/text.hpp"

namespace jixiao::engine {

namespace {

// Geometry in SVG user units; the SVG scales to its box (viewBox) and CSS sets the font.
constexpr double chart_width = 800;
constexpr double label_width = 250;  // labels end here, right-aligned
constexpr double value_width = 64;   // room for the figure after the longest bar
constexpr double top = 26;           // room for the marks' labels
constexpr double row_height = 24;
constexpr double bar_height = 16;
constexpr double axis_height = 22;
constexpr int label_columns = 36;  // display columns that fit in label_width at 13 px
constexpr const char* ellipsis = "…";

// A coordinate with one decimal, independent of the locale.
std::string coordinate(double value) {
  char text[32];
  const auto result = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed, 1);
  std::string out(text, result.ptr);
  if (out.size() > 2 && out.compare(out.size() - 2, 2, ".0") == 0) out.resize(out.size() - 2);
  return out;
}

// `text` cut to `columns` display columns, with an ellipsis when cut.
std::string fit_label(const std::string& text, int columns) {
  if (grammar::display_width(xml_safe(text)) <= columns) return xml_safe(text);
  std::string out;
  int used = 0;
  bool full = false;
  for_each_code_point(text, [&](char32_t c, std::string_view bytes) {
    const int width = grammar::display_width(static_cast<wchar_t>(c));
    if (full || used + width > columns - 1) {
      full = true;
      return;
    }
    used += width;
    out += bytes;
  });
  return out + ellipsis;
}

}  // namespace

std::string horizontal_bar_svg(const bar_chart& chart) {
  const double x0 = label_width + 10;
  const double span = chart_width - value_width - x0;
  const double maximum = chart.maximum > 0 ? chart.maximum : 1;
  const auto x_of = [&](double value) { return x0 + span * std::clamp(value, 0.0, maximum) / maximum; };
  const double bars_bottom = top + row_height * static_cast<double>(chart.bars.size());
  const double height = bars_bottom + axis_height;

  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 " +
                    coordinate(chart_width) + " " + coordinate(height) + "\" role=\"img\" aria-label=\"" +
                    escape_xml(chart.title) + "\">\n<title>" + escape_xml(chart.title) + "</title>\n";

  svg += "<g class=\"axis\">\n";
  for (const double tick : chart.ticks) {
    const std::string x = coordinate(x_of(tick));
    svg += "<line x1=\"" + x + "\" y1=\"" + coordinate(top - 4) + "\" x2=\"" + x + "\" y2=\"" +
           coordinate(bars_bottom) + "\"/>";
    svg += "<text x=\"" + x + "\" y=\"" + coordinate(bars_bottom + 16) + "\" text-anchor=\"middle\">" +
           escape_xml(format_amount(tick) + chart.tick_suffix) + "</text>\n";
  }
  svg += "</g>\n";

  svg += "<g class=\"bars\">\n";
  for (std::size_t k = 0; k < chart.bars.size(); ++k) {
    const chart_bar& bar = chart.bars[k];
    const double y = top + row_height * static_cast<double>(k);
    const double bar_y = y + (row_height - bar_height) / 2;
    const double end = x_of(bar.value);
    svg += "<g><title>" + escape_xml(bar.tooltip.empty() ? bar.label : bar.tooltip) + "</title>";
    svg += "<text class=\"label\" x=\"" + coordinate(label_width) + "\" y=\"" + coordinate(y + 16) +
           "\" text-anchor=\"end\">" + escape_xml(fit_label(bar.label, label_columns)) + "</text>";
    svg += "<rect class=\"bar " + escape_xml(bar.css_class) + "\" x=\"" + coordinate(x0) + "\" y=\"" +
           coordinate(bar_y) + "\" width=\"" + coordinate(end - x0) + "\" height=\"" + coordinate(bar_height) + "\"/>";
    svg += "<text class=\"value\" x=\"" + coordinate(end + 4) + "\" y=\"" + coordinate(y + 16) + "\">" +
           escape_xml(bar.value_text) + "</text></g>\n";
  }
  svg += "</g>\n";

  svg += "<g class=\"marks\">\n";
  for (const chart_mark& mark : chart.marks) {
    const std::string x = coordinate(x_of(mark.value));
    svg += "<line x1=\"" + x + "\" y1=\"" + coordinate(top - 6) + "\" x2=\"" + x + "\" y2=\"" +
           coordinate(bars_bottom) + "\"/>";
    svg += "<text x=\"" + x + "\" y=\"" + coordinate(top - 10) + "\" text-anchor=\"middle\">" + escape_xml(mark.label) +
           "</text>\n";
  }
  svg += "</g>\n</svg>";
  return svg;
}

}  // namespace jixiao::engine
