// Unit tests of engine/time_profile: the share of a lever's size that applies in a month, for
// the step, linear, sigmoid and path shapes.
#include <catch2/catch.hpp>

#include <cmath>
#include <utility>
#include <vector>

#include "engine/time_profile.hpp"

namespace {

using lmsim::TimeProfile;
using lmsim::YearMonth;

YearMonth month_at(int index) {
  return {index / 12, index % 12 + 1};
}

}  // namespace

TEST_CASE("TimeProfile::step is 0 before its month and 1 from it on", "[engine]") {
  const TimeProfile p = TimeProfile::step({2030, 4});
  CHECK(p.shape() == TimeProfile::Shape::kStep);
  CHECK(p.at({2025, 1}) == 0.0);
  CHECK(p.at({2030, 3}) == 0.0);
  CHECK(p.at({2030, 4}) == 1.0);
  CHECK(p.at({2030, 5}) == 1.0);
  CHECK(p.at({2040, 12}) == 1.0);
}

TEST_CASE("TimeProfile::linear rises evenly from 0 to 1", "[engine]") {
  const TimeProfile p = TimeProfile::linear({2030, 1}, {2031, 1});
  CHECK(p.shape() == TimeProfile::Shape::kLinear);
  CHECK(p.at({2029, 12}) == 0.0);
  CHECK(p.at({2030, 1}) == 0.0);
  CHECK(p.at({2030, 4}) == Approx(0.25).margin(1e-15));
  CHECK(p.at({2030, 7}) == Approx(0.5).margin(1e-15));  // mid-way
  CHECK(p.at({2031, 1}) == 1.0);
  CHECK(p.at({2035, 6}) == 1.0);
  // Evenly: every month adds the same share.
  for (int m = 1; m <= 12; ++m) {
    const double rise = p.at(month_at(YearMonth{2030, 1}.index() + m)) -
                        p.at(month_at(YearMonth{2030, 1}.index() + m - 1));
    CHECK(rise == Approx(1.0 / 12.0).margin(1e-14));
  }
}

TEST_CASE("TimeProfile::linear with equal ends behaves as a step", "[engine]") {
  const TimeProfile p = TimeProfile::linear({2030, 6}, {2030, 6});
  CHECK(p.at({2030, 5}) == 0.0);
  CHECK(p.at({2030, 6}) == 1.0);
  CHECK(std::isfinite(p.at({2030, 6})));
}

TEST_CASE("TimeProfile::sigmoid runs from 1% at its start to 99% at its end", "[engine]") {
  const TimeProfile p = TimeProfile::sigmoid({2030, 1}, {2034, 1});
  CHECK(p.shape() == TimeProfile::Shape::kSigmoid);
  CHECK(p.at({2025, 1}) == 0.0);
  CHECK(p.at({2029, 12}) == 0.0);
  CHECK(std::fabs(p.at({2030, 1}) - 0.01) <= 1e-12);
  CHECK(std::fabs(p.at({2034, 1}) - 0.99) <= 1e-12);
  CHECK(std::fabs(p.at({2032, 1}) - 0.5) <= 1e-12);  // mid-way
  CHECK(p.at({2040, 1}) > 0.99);
  CHECK(p.at({2040, 1}) <= 1.0);
  // Rising and symmetric about the middle.
  const int middle = YearMonth{2032, 1}.index();
  for (int d = 1; d <= 24; ++d) {
    INFO(d);
    CHECK(p.at(month_at(middle + d)) > p.at(month_at(middle + d - 1)));
    CHECK(p.at(month_at(middle + d)) + p.at(month_at(middle - d)) == Approx(1.0).margin(1e-12));
  }
}

TEST_CASE("TimeProfile::sigmoid with equal ends is 0 before and 1 from then on", "[engine]") {
  const TimeProfile p = TimeProfile::sigmoid({2030, 6}, {2030, 6});
  CHECK(p.at({2030, 5}) == 0.0);
  CHECK(p.at({2030, 6}) == 1.0);
  CHECK(p.at({2031, 6}) == 1.0);
}

TEST_CASE("TimeProfile::path interpolates between January points and holds outside", "[engine]") {
  const TimeProfile p = TimeProfile::path({{2026, 0.2}, {2028, 0.6}, {2030, 0.5}});
  CHECK(p.shape() == TimeProfile::Shape::kPath);
  CHECK(p.at({2020, 1}) == Approx(0.2));  // held before the first point
  CHECK(p.at({2025, 12}) == Approx(0.2));
  CHECK(p.at({2026, 1}) == Approx(0.2));
  CHECK(p.at({2027, 1}) == Approx(0.4));  // half-way between 2026 and 2028
  CHECK(p.at({2026, 7}) == Approx(0.2 + 0.4 * 0.25));
  CHECK(p.at({2028, 1}) == Approx(0.6));
  CHECK(p.at({2029, 1}) == Approx(0.55));
  CHECK(p.at({2030, 1}) == Approx(0.5));
  CHECK(p.at({2030, 2}) == Approx(0.5));  // held after the last point
  CHECK(p.at({2040, 12}) == Approx(0.5));
}

TEST_CASE("TimeProfile::path with one point holds it; without points gives 0", "[engine]") {
  const TimeProfile one = TimeProfile::path({{2030, 0.7}});
  CHECK(one.at({2025, 1}) == Approx(0.7));
  CHECK(one.at({2035, 6}) == Approx(0.7));
  const TimeProfile none = TimeProfile::path({});
  CHECK(none.at({2030, 1}) == 0.0);
}
