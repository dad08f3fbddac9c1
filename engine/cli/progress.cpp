#include "engine/cli/progress.hpp"
#include "grammar/text/language.hpp"

#include <cstdio>
#include <ostream>
#include <string>

namespace jixiao::engine {

progress_bar::progress_bar(std::ostream& err, std::size_t total, bool enabled)
    : err_(err), total_(total), enabled_(enabled), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

void progress_bar::update(std::size_t done) {
  if (!enabled_ || total_ == 0) return;
  const auto now = std::chrono::steady_clock::now();
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  if (elapsed < 1.0 || (drawn_ && now - last_draw_ < std::chrono::milliseconds(100) && done < total_)) return;
  last_draw_ = now;
  drawn_ = true;
  constexpr int width = 30;
  const int filled = static_cast<int>(width * done / total_);
  const double rate = done / elapsed;
  const double left = rate > 0 ? (total_ - done) / rate : 0;
char rate_text[32];
  char left_text[32];
  std::snprintf(rate_text, sizeof rate_text, "%.1f", rate);
  std::snprintf(left_text, sizeof left_text, "%.0f", left);
  const std::string bar = std::string(static_cast<std::size_t>(filled), '#') + std::string(static_cast<std::size_t>(width - filled), ' ');
  err_ << "\r"
       << text::trf("[{1}] {2}/{3} departments, {4}/s, {5}s left ", bar, std::to_string(done), std::to_string(total_),
                    rate_text, left_text)
       << std::flush;
}

void progress_bar::finish() {
  if (drawn_) err_ << "\r" << std::string(78, ' ') << "\r" << std::flush;
}

}  // namespace jixiao::engine
