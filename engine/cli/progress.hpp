// A progress bar on standard error for long batch runs: shown only on a terminal
// and only once the run has taken over a second.
#pragma once

#include <chrono>
#include <cstddef>
#include <iosfwd>

namespace jixiao::engine {

class progress_bar {
 public:
  progress_bar(std::ostream& err, std::size_t total, bool enabled);
  /// Records that `done` of the total are finished; redraws at most ten times a second.
  void update(std::size_t done);
  /// Clears the bar's line, if one was drawn.
  void finish();

 private:
  std::ostream& err_;
  std::size_t total_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace jixiao::engine
