// The uncertainty of one swept parameter, as an inverse cumulative distribution function
// (quantile function): a design point u in (0, 1) becomes a parameter value. Truncated kinds
// keep their values inside [lower, upper] by inverting the CDF on that interval only,
// F^-1(F(lower) + u (F(upper) - F(lower))), so every u still maps to an allowed value and a
// stratified design stays stratified (Saltelli et al. 2008, Global Sensitivity Analysis: The
// Primer, ch. 1). CDFs and their inverses come from Boost.Math.
#pragma once

#include <limits>
#include <string>
#include <vector>

namespace lmsim::sampling {

enum class DistributionKind { kUniform, kNormal, kTriangular, kLognormal, kDiscrete };

class Distribution {
 public:
  static constexpr double kInfinity = std::numeric_limits<double>::infinity();

  // The factories throw std::invalid_argument saying what is wrong. Parameters must be finite
  // numbers; only the truncation bounds may be infinite.
  static Distribution uniform(double min, double max);  // min < max
  // Normal with this mean and standard deviation, truncated to [lower, upper]; sd > 0.
  static Distribution normal(double mean, double sd, double lower = -kInfinity,
                             double upper = kInfinity);
  // min <= mode <= max, min < max.
  static Distribution triangular(double min, double mode, double max);
  // exp(N(mu, sigma^2)), truncated to [lower, upper]; sigma > 0, 0 <= lower < upper.
  static Distribution lognormal(double mu, double sigma, double lower = 0.0,
                                double upper = kInfinity);
  // values[i] with probability weights[i] / sum(weights) (equal weights when none are given).
  // The values are kept in increasing order, so that quantile is an inverse CDF (non-decreasing
  // in u); weights >= 0 with a positive sum.
  static Distribution discrete(std::vector<double> values, std::vector<double> weights = {});

  DistributionKind kind() const { return kind_; }

  // The value at probability u, 0 < u < 1 (std::invalid_argument otherwise). A pure function:
  // the same u gives the same bits. Non-decreasing in u.
  double quantile(double u) const;

  // The smallest and largest value quantile can return (-inf or +inf when unbounded).
  double support_min() const { return lower_; }
  double support_max() const { return upper_; }

  // For messages, e.g. "normal(mean 0.5, sd 0.1, truncated to [0, 1])", "uniform(0, 0.01)".
  std::string describe() const;

 private:
  Distribution() = default;

  // Inverse CDF of the continuous kinds, restricted to [lower_, upper_].
  double continuous_quantile(double u) const;
  double discrete_quantile(double u) const;
  // Sets the probabilities of the truncation bounds; throws when they hold none.
  void set_truncation(double lower, double upper);

  DistributionKind kind_ = DistributionKind::kUniform;
  // uniform: (min, max, -); normal: (mean, sd, -); triangular: (min, mode, max);
  // lognormal: (mu, sigma, -).
  double a_ = 0.0;
  double b_ = 0.0;
  double c_ = 0.0;
  double lower_ = 0.0;  // support (the truncation bounds of normal and lognormal)
  double upper_ = 0.0;
  // Continuous kinds: the probability below lower_ and below upper_, or, where the interval lies
  // in the upper tail (upper_tail_), the probability above them; inverting the upper-tail
  // probability there keeps precision that 1 - F would lose.
  bool upper_tail_ = false;
  double tail_at_lower_ = 0.0;
  double tail_at_upper_ = 1.0;
  // Discrete kind: the values in increasing order, their weights as given (in the same order)
  // and the cumulative normalised weights.
  std::vector<double> values_;
  std::vector<double> weights_;
  std::vector<double> cumulative_;
};

}  // namespace lmsim::sampling
