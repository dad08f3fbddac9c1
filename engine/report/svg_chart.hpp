// Horizontal bar charts as inline SVG, drawn by jixiao itself: no chart library
// and no script, so the HTML report opens offline and prints as it shows.
#pragma once

#include <string>
#include <vector>

namespace jixiao::engine {

/// One bar: its label (cut to fit, whole in the tooltip), length, the figure shown at its end, CSS class.
struct chart_bar {
  std::string label;
  double value = 0;
  std::string value_text;
  std::string css_class;
  std::string tooltip;  // shown on hover; the label when empty
};

/// A vertical line across the bars at `value`, labelled at the top (a grade band's lower bound).
struct chart_mark {
  double value = 0;
  std::string label;
};

struct bar_chart {
  std::string title;  // the SVG's accessible name
  double maximum = 100;
  std::vector<double> ticks;  // axis values under the bars
  std::string tick_suffix;    // "%" or ""
  std::vector<chart_bar> bars;
  std::vector<chart_mark> marks;
};

/// The chart as one <svg> element (XML-valid, all text escaped); values are clamped to [0, maximum].
std::string horizontal_bar_svg(const bar_chart& chart);

}  // namespace jixiao::engine
