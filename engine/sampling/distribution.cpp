// Parameter distributions as inverse CDFs (see distribution.hpp). The CDFs and quantiles are
// Boost.Math's (normal, triangular, lognormal, uniform), evaluated in double precision only
// (promote_double<false>), so that the values do not depend on the width of long double.
#include "engine/sampling/distribution.hpp"

#include <algorithm>
#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/triangular.hpp>
#include <boost/math/distributions/uniform.hpp>
#include <charconv>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace lmsim::sampling {
namespace {

using Policy = boost::math::policies::policy<boost::math::policies::promote_double<false>>;
using Uniform = boost::math::uniform_distribution<double, Policy>;
using Normal = boost::math::normal_distribution<double, Policy>;
using Triangular = boost::math::triangular_distribution<double, Policy>;
using Lognormal = boost::math::lognormal_distribution<double, Policy>;

// The probabilities handed to Boost's inverses stay inside (0, 1), where they are finite: the
// smallest normal double and the largest double below 1.
constexpr double kSmallestProbability = std::numeric_limits<double>::min();
constexpr double kLargestProbability = 1.0 - 0x1p-53;

// The shortest text that reads back as the same double ("0.1", "1e-05", "inf").
std::string format_number(double value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

[[noreturn]] void refuse(const char* kind, const std::string& what) {
  throw std::invalid_argument(std::string(kind) + " distribution: " + what);
}

void require_finite(const char* kind, const char* name, double value) {
  if (!std::isfinite(value)) {
    refuse(kind, std::string(name) + " must be a finite number, got " + format_number(value));
  }
}

void require_positive(const char* kind, const char* name, double value) {
  require_finite(kind, name, value);
  if (value <= 0.0) {
    refuse(kind, std::string(name) + " must be positive, got " + format_number(value));
  }
}

void require_not_nan(const char* kind, const char* name, double value) {
  if (std::isnan(value)) refuse(kind, std::string(name) + " must be a number, got nan");
}

void require_less(const char* kind, const char* low_name, double low, const char* high_name,
                  double high) {
  if (!(low < high)) {
    refuse(kind, std::string(low_name) + " must be less than " + high_name + ", got " +
                     format_number(low) + " and " + format_number(high));
  }
}

// Boost's distribution object for the continuous kinds.
template <typename Function>
double with_boost_distribution(DistributionKind kind, double a, double b, double c,
                               Function function) {
  switch (kind) {
    case DistributionKind::kUniform:
      return function(Uniform(a, b));
    case DistributionKind::kNormal:
      return function(Normal(a, b));
    case DistributionKind::kTriangular:
      return function(Triangular(a, b, c));
    case DistributionKind::kLognormal:
      return function(Lognormal(a, b));
    case DistributionKind::kDiscrete:
      break;
  }
  throw std::logic_error("with_boost_distribution: not a continuous distribution");
}

// The trivial parts of the CDF are answered here: Boost refuses infinite arguments for some
// kinds (the lognormal) although the answer is plain.
double cdf_at(DistributionKind kind, double a, double b, double c, double x) {
  if (x == -Distribution::kInfinity) return 0.0;
  if (x == Distribution::kInfinity) return 1.0;
  return with_boost_distribution(kind, a, b, c,
                                 [x](const auto& d) { return boost::math::cdf(d, x); });
}

double survival_at(DistributionKind kind, double a, double b, double c, double x) {
  if (x == -Distribution::kInfinity) return 1.0;
  if (x == Distribution::kInfinity) return 0.0;
  return with_boost_distribution(kind, a, b, c, [x](const auto& d) {
    return boost::math::cdf(boost::math::complement(d, x));
  });
}

const char* kind_name(DistributionKind kind) {
  switch (kind) {
    case DistributionKind::kUniform:
      return "uniform";
    case DistributionKind::kNormal:
      return "normal";
    case DistributionKind::kTriangular:
      return "triangular";
    case DistributionKind::kLognormal:
      return "lognormal";
    case DistributionKind::kDiscrete:
      return "discrete";
  }
  return "unknown";
}

// ", truncated to [lower, upper]" unless the bounds are the kind's natural ones.
std::string truncation_text(double lower, double upper, double natural_lower) {
  if (lower == natural_lower && upper == Distribution::kInfinity) return "";
  return ", truncated to [" + format_number(lower) + ", " + format_number(upper) + "]";
}

std::string list_text(const std::vector<double>& numbers) {
  std::string text = "{";
  for (std::size_t i = 0; i < numbers.size(); ++i) {
    if (i > 0) text += ", ";
    text += format_number(numbers[i]);
  }
  return text + "}";
}

}  // namespace

void Distribution::set_truncation(double lower, double upper) {
  lower_ = lower;
  upper_ = upper;
  // An interval above the median is inverted through the upper-tail probability 1 - F, which
  // Boost computes without cancellation (e.g. normal(0, 1) truncated to [6, 7]).
  upper_tail_ = cdf_at(kind_, a_, b_, c_, lower) > 0.5;
  if (upper_tail_) {
    tail_at_lower_ = survival_at(kind_, a_, b_, c_, lower);
    tail_at_upper_ = survival_at(kind_, a_, b_, c_, upper);
  } else {
    tail_at_lower_ = cdf_at(kind_, a_, b_, c_, lower);
    tail_at_upper_ = cdf_at(kind_, a_, b_, c_, upper);
  }
  if (!(std::abs(tail_at_upper_ - tail_at_lower_) > 0.0)) {
    refuse(kind_name(kind_), "truncation to [" + format_number(lower) + ", " +
                                 format_number(upper) +
                                 "] leaves no probability (the interval lies too far in a tail)");
  }
}

Distribution Distribution::uniform(double min, double max) {
  require_finite("uniform", "min", min);
  require_finite("uniform", "max", max);
  require_less("uniform", "min", min, "max", max);
  Distribution d;
  d.kind_ = DistributionKind::kUniform;
  d.a_ = min;
  d.b_ = max;
  d.set_truncation(min, max);
  return d;
}

Distribution Distribution::normal(double mean, double sd, double lower, double upper) {
  require_finite("normal", "mean", mean);
  require_positive("normal", "sd", sd);
  require_not_nan("normal", "lower", lower);
  require_not_nan("normal", "upper", upper);
  require_less("normal", "lower", lower, "upper", upper);
  Distribution d;
  d.kind_ = DistributionKind::kNormal;
  d.a_ = mean;
  d.b_ = sd;
  d.set_truncation(lower, upper);
  return d;
}

Distribution Distribution::triangular(double min, double mode, double max) {
  require_finite("triangular", "min", min);
  require_finite("triangular", "mode", mode);
  require_finite("triangular", "max", max);
  require_less("triangular", "min", min, "max", max);
  if (mode < min || mode > max) {
    refuse("triangular", "mode must lie between min and max, got mode " + format_number(mode) +
                             " outside [" + format_number(min) + ", " + format_number(max) + "]");
  }
  Distribution d;
  d.kind_ = DistributionKind::kTriangular;
  d.a_ = min;
  d.b_ = mode;
  d.c_ = max;
  d.set_truncation(min, max);
  return d;
}

Distribution Distribution::lognormal(double mu, double sigma, double lower, double upper) {
  require_finite("lognormal", "mu", mu);
  require_positive("lognormal", "sigma", sigma);
  require_finite("lognormal", "lower", lower);
  require_not_nan("lognormal", "upper", upper);
  if (lower < 0.0) {
    refuse("lognormal",
           "lower must be at least 0 (lognormal values are positive), got " + format_number(lower));
  }
  require_less("lognormal", "lower", lower, "upper", upper);
  Distribution d;
  d.kind_ = DistributionKind::kLognormal;
  d.a_ = mu;
  d.b_ = sigma;
  d.set_truncation(lower, upper);
  return d;
}

Distribution Distribution::discrete(std::vector<double> values, std::vector<double> weights) {
  if (values.empty()) refuse("discrete", "needs at least one value");
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (!std::isfinite(values[i])) {
      refuse("discrete", "value " + std::to_string(i) + " must be a finite number, got " +
                             format_number(values[i]));
    }
  }
  if (weights.empty()) weights.assign(values.size(), 1.0);
  if (weights.size() != values.size()) {
    refuse("discrete", std::to_string(weights.size()) + " weights for " +
                           std::to_string(values.size()) +
                           " values; give one weight per value or none");
  }
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (!std::isfinite(weights[i]) || weights[i] < 0.0) {
      refuse("discrete", "weight " + std::to_string(i) +
                             " must be a finite number of at least 0, got " +
                             format_number(weights[i]));
    }
  }
  // Increasing values make quantile an inverse CDF; a stable sort keeps equal values in the
  // order given.
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&values](std::size_t i, std::size_t j) { return values[i] < values[j]; });
  Distribution d;
  d.kind_ = DistributionKind::kDiscrete;
  double total = 0.0;
  for (const std::size_t i : order) {
    d.values_.push_back(values[i]);
    d.weights_.push_back(weights[i]);
    total += weights[i];
    d.cumulative_.push_back(total);
  }
  if (!(total > 0.0)) refuse("discrete", "the weights must not all be 0");
  if (!std::isfinite(total)) refuse("discrete", "the weights add up to more than a double holds");
  // The running sum reaches the total at the last positive weight, so cumulative ends at exactly
  // 1 there and every u < 1 finds an index.
  for (double& c : d.cumulative_) c /= total;
  // The support: the smallest and largest values with positive weight.
  const auto first =
      std::find_if(d.weights_.begin(), d.weights_.end(), [](double w) { return w > 0.0; });
  const auto last =
      std::find_if(d.weights_.rbegin(), d.weights_.rend(), [](double w) { return w > 0.0; });
  d.lower_ = d.values_[static_cast<std::size_t>(first - d.weights_.begin())];
  d.upper_ = d.values_[d.values_.size() - 1 - static_cast<std::size_t>(last - d.weights_.rbegin())];
  return d;
}

double Distribution::quantile(double u) const {
  if (!(u > 0.0 && u < 1.0)) {
    throw std::invalid_argument("quantile: u must lie strictly between 0 and 1, got " +
                                format_number(u));
  }
  return kind_ == DistributionKind::kDiscrete ? discrete_quantile(u) : continuous_quantile(u);
}

double Distribution::continuous_quantile(double u) const {
  // F^-1(F(lower) + u (F(upper) - F(lower))), or through the upper tail Q = 1 - F:
  // Q^-1(Q(lower) - u (Q(lower) - Q(upper))); the two are the same value.
  const double target = tail_at_lower_ + u * (tail_at_upper_ - tail_at_lower_);
  const double probability = std::clamp(target, kSmallestProbability, kLargestProbability);
  const double x = with_boost_distribution(kind_, a_, b_, c_, [&](const auto& d) {
    return upper_tail_ ? boost::math::quantile(boost::math::complement(d, probability))
                       : boost::math::quantile(d, probability);
  });
  // Rounding may land a hair outside the interval.
  return std::clamp(x, lower_, upper_);
}

double Distribution::discrete_quantile(double u) const {
  // The value at the first index whose cumulative weight exceeds u.
  const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), u);
  return values_[static_cast<std::size_t>(it - cumulative_.begin())];
}

std::string Distribution::describe() const {
  switch (kind_) {
    case DistributionKind::kUniform:
      return "uniform(" + format_number(a_) + ", " + format_number(b_) + ")";
    case DistributionKind::kNormal:
      return "normal(mean " + format_number(a_) + ", sd " + format_number(b_) +
             truncation_text(lower_, upper_, -kInfinity) + ")";
    case DistributionKind::kTriangular:
      return "triangular(min " + format_number(a_) + ", mode " + format_number(b_) + ", max " +
             format_number(c_) + ")";
    case DistributionKind::kLognormal:
      return "lognormal(mu " + format_number(a_) + ", sigma " + format_number(b_) +
             truncation_text(lower_, upper_, 0.0) + ")";
    case DistributionKind::kDiscrete:
      return "discrete(values " + list_text(values_) + ", weights " + list_text(weights_) + ")";
  }
  return "unknown";
}

}  // namespace lmsim::sampling
