#include "cli/progress_bar.hpp"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace lmsim::cli {
namespace {

constexpr const char* kClearToEndOfLine = "\033[K";  // ANSI: erase to the end of the line

}  // namespace

ProgressBar::ProgressBar(int months, bool enabled)
    : months_(months), enabled_(enabled && isatty(STDERR_FILENO) == 1) {}

ProgressBar::~ProgressBar() {
  if (drawn_) std::fprintf(stderr, "\r%s", kClearToEndOfLine);  // a clean line for the summary
}

void ProgressBar::update(int done, std::size_t persons) {
  person_months_ += static_cast<double>(persons);
  if (!enabled_) return;
  const auto now = Clock::now();
  if (done < months_ && now - last_drawn_ < std::chrono::milliseconds(200)) return;
  last_drawn_ = now;
  const double seconds = std::chrono::duration<double>(now - started_).count();
  const double left = done > 0 ? seconds * (months_ - done) / done : 0.0;
  constexpr int kWidth = 30;
  const int filled = months_ > 0 ? kWidth * done / months_ : kWidth;
  const std::string bar = std::string(static_cast<std::size_t>(filled), '#') +
                          std::string(static_cast<std::size_t>(kWidth - filled), '.');
  std::fprintf(stderr, "\r[%s] month %d/%d  %.1f M persons/s  %.0f s left%s", bar.c_str(), done,
               months_, seconds > 0.0 ? person_months_ / seconds / 1e6 : 0.0, left,
               kClearToEndOfLine);
  std::fflush(stderr);
  drawn_ = true;
}

}  // namespace lmsim::cli
