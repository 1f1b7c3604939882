#include "cli/progress_bar.hpp"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace lmsim::cli {
namespace {

constexpr const char* kClearToEndOfLine = "\033[K";  // ANSI: erase to the end of the line

}  // namespace

ProgressBar::ProgressBar(int months, bool enabled, const char* item)
    : months_(months), enabled_(enabled && isatty(STDERR_FILENO) == 1), item_(item) {}

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
  const double rate = seconds > 0.0 ? person_months_ / seconds : 0.0;
  if (std::string(item_) == "month") {
    std::fprintf(stderr, "\r[%s] month %d/%d  %.1f M persons/s  %.0f s left%s", bar.c_str(), done,
                 months_, rate / 1e6, left, kClearToEndOfLine);
  } else {
    std::fprintf(stderr, "\r[%s] %s %d/%d  %.2f %ss/s  %.0f s left%s", bar.c_str(), item_, done,
                 months_, rate, item_, left, kClearToEndOfLine);
  }
  std::fflush(stderr);
  drawn_ = true;
}

}  // namespace lmsim::cli
