// Unit tests of engine/sampling/design: every design stays inside the open unit cube and is a
// pure function of its seed; the Latin hypercube puts one point in each stratum; the shifted
// Sobol' points keep the (t, m, s)-net balance of the sequence; the random design and the
// hypercube's permutations pass chi-square tests; the full factorial lists every combination.
#include <catch2/catch.hpp>

#include <Eigen/Dense>
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <vector>

#include "engine/sampling/design.hpp"

namespace {

using lmsim::sampling::DesignKind;
using lmsim::sampling::full_factorial;
using lmsim::sampling::unit_design;

const std::vector<DesignKind> kKinds = {DesignKind::kRandom, DesignKind::kLatinHypercube,
                                        DesignKind::kSobol};

const char* name_of(DesignKind kind) {
  switch (kind) {
    case DesignKind::kRandom:
      return "random";
    case DesignKind::kLatinHypercube:
      return "latin hypercube";
    case DesignKind::kSobol:
      return "sobol";
  }
  return "?";
}

// Which of the `cells` equal intervals of [0, 1) holds u.
std::size_t cell_of(double u, std::size_t cells) {
  return static_cast<std::size_t>(u * static_cast<double>(cells));
}

// Whether every interval [k / cells, (k + 1) / cells) holds exactly one of the first `cells`
// values of the column.
bool one_per_interval(const Eigen::MatrixXd& design, Eigen::Index column, std::size_t cells) {
  std::vector<int> count(cells, 0);
  for (Eigen::Index i = 0; i < static_cast<Eigen::Index>(cells); ++i) {
    const std::size_t cell = cell_of(design(i, column), cells);
    if (cell >= cells) return false;
    ++count[cell];
  }
  return std::all_of(count.begin(), count.end(), [](int c) { return c == 1; });
}

// Pearson's chi-square statistic of observed counts against equal expected counts.
double chi_square_equal(const std::vector<int>& counts) {
  double total = 0.0;
  for (const int c : counts) total += c;
  const double expected = total / static_cast<double>(counts.size());
  double statistic = 0.0;
  for (const int c : counts) statistic += (c - expected) * (c - expected) / expected;
  return statistic;
}

}  // namespace

TEST_CASE("every design has the asked shape and lies strictly inside (0, 1)", "[sampling]") {
  for (const DesignKind kind : kKinds) {
    for (const std::size_t points : {1u, 2u, 7u, 1000u}) {
      for (const std::size_t dimensions : {1u, 3u, 40u}) {
        INFO(name_of(kind) << ", " << points << " points, " << dimensions << " dimensions");
        const Eigen::MatrixXd design = unit_design(kind, points, dimensions, 12345);
        REQUIRE(design.rows() == static_cast<Eigen::Index>(points));
        REQUIRE(design.cols() == static_cast<Eigen::Index>(dimensions));
        CHECK((design.array() > 0.0).all());
        CHECK((design.array() < 1.0).all());
      }
    }
  }
}

TEST_CASE("designs are reproducible from the seed and differ for another seed", "[sampling]") {
  for (const DesignKind kind : kKinds) {
    INFO(name_of(kind));
    const Eigen::MatrixXd first = unit_design(kind, 64, 5, 7);
    const Eigen::MatrixXd again = unit_design(kind, 64, 5, 7);
    const Eigen::MatrixXd other_seed = unit_design(kind, 64, 5, 8);
    const Eigen::MatrixXd high_seed = unit_design(kind, 64, 5, 7 + (std::uint64_t{1} << 40));
    CHECK((first.array() == again.array()).all());
    // Every coordinate changes with the seed (two equal doubles by chance: probability 2^-52).
    CHECK((first.array() != other_seed.array()).all());
    CHECK((first.array() != high_seed.array()).all());
  }
}

TEST_CASE("adding dimensions leaves the earlier columns as they were", "[sampling]") {
  for (const DesignKind kind : kKinds) {
    INFO(name_of(kind));
    const Eigen::MatrixXd narrow = unit_design(kind, 50, 3, 99);
    const Eigen::MatrixXd wide = unit_design(kind, 50, 6, 99);
    CHECK((wide.leftCols(3).array() == narrow.array()).all());
  }
}

TEST_CASE("random and Sobol designs of more points start with the points of fewer", "[sampling]") {
  for (const DesignKind kind : {DesignKind::kRandom, DesignKind::kSobol}) {
    INFO(name_of(kind));
    const Eigen::MatrixXd few = unit_design(kind, 10, 4, 5);
    const Eigen::MatrixXd many = unit_design(kind, 100, 4, 5);
    CHECK((many.topRows(10).array() == few.array()).all());
  }
}

TEST_CASE("a Latin hypercube has one point in each stratum of each dimension", "[sampling]") {
  for (const std::size_t points : {1u, 2u, 10u, 97u, 1000u}) {
    INFO(points << " points");
    const Eigen::MatrixXd design = unit_design(DesignKind::kLatinHypercube, points, 5, 2024);
    for (Eigen::Index j = 0; j < design.cols(); ++j) {
      CHECK(one_per_interval(design, j, points));
    }
  }
  // The dimensions are stratified independently: their strata are not in the same order.
  const Eigen::MatrixXd design = unit_design(DesignKind::kLatinHypercube, 100, 2, 1);
  int same_stratum = 0;
  for (Eigen::Index i = 0; i < 100; ++i) {
    if (cell_of(design(i, 0), 100) == cell_of(design(i, 1), 100)) ++same_stratum;
  }
  CHECK(same_stratum < 10);
}

TEST_CASE("Latin hypercube permutations are uniform over the seeds", "[sampling]") {
  // Three points: the strata of dimension 0 form one of 3! = 6 orders, each with probability 1/6
  // for an unbiased shuffle. Chi-square with 5 degrees of freedom: 20.52 is its 0.999 quantile.
  std::map<std::vector<std::size_t>, int> orders;
  const int seeds = 6000;
  for (int seed = 0; seed < seeds; ++seed) {
    const Eigen::MatrixXd design =
        unit_design(DesignKind::kLatinHypercube, 3, 1, static_cast<std::uint64_t>(seed));
    orders[{cell_of(design(0, 0), 3), cell_of(design(1, 0), 3), cell_of(design(2, 0), 3)}]++;
  }
  REQUIRE(orders.size() == 6);
  std::vector<int> counts;
  for (const auto& [order, count] : orders) counts.push_back(count);
  CHECK(chi_square_equal(counts) < 20.52);
}

TEST_CASE("the first 2^m shifted Sobol points keep the net property", "[sampling]") {
  for (const std::uint64_t seed : {0u, 1u, 77u}) {
    const Eigen::MatrixXd design = unit_design(DesignKind::kSobol, 4096, 50, seed);
    // Each coordinate of the sequence is a (0, 1)-sequence in base 2: the first 2^m points put
    // one point in each interval [k / 2^m, (k + 1) / 2^m).
    for (std::size_t m = 0; m <= 12; ++m) {
      for (Eigen::Index j = 0; j < design.cols(); ++j) {
        INFO("seed " << seed << ", m " << m << ", dimension " << j);
        REQUIRE(one_per_interval(design, j, std::size_t{1} << m));
      }
    }
    // The first two dimensions form a (0, m, 2)-net: every box of 2^a by 2^(m - a) cells holds
    // exactly one of the first 2^m points.
    const std::size_t m = 10;
    for (std::size_t a = 0; a <= m; ++a) {
      std::set<std::pair<std::size_t, std::size_t>> boxes;
      for (Eigen::Index i = 0; i < (Eigen::Index{1} << m); ++i) {
        boxes.insert({cell_of(design(i, 0), std::size_t{1} << a),
                      cell_of(design(i, 1), std::size_t{1} << (m - a))});
      }
      INFO("seed " << seed << ", boxes of 2^" << a << " by 2^" << (m - a));
      CHECK(boxes.size() == (std::size_t{1} << m));
    }
  }
}

TEST_CASE("a random design is uniform and its dimensions uncorrelated", "[sampling]") {
  const std::size_t points = 20000;
  const Eigen::MatrixXd design = unit_design(DesignKind::kRandom, points, 3, 31337);
  for (Eigen::Index j = 0; j < design.cols(); ++j) {
    INFO("dimension " << j);
    // The mean of n uniforms has standard deviation 1 / sqrt(12 n) = 0.002 here.
    CHECK(std::abs(design.col(j).mean() - 0.5) < 0.01);
    // 20 equal bins; chi-square with 19 degrees of freedom: 43.82 is its 0.999 quantile.
    std::vector<int> bins(20, 0);
    for (Eigen::Index i = 0; i < design.rows(); ++i) ++bins[cell_of(design(i, j), 20)];
    CHECK(chi_square_equal(bins) < 43.82);
  }
  // Correlation of two dimensions: standard deviation 1 / sqrt(n) = 0.007 here.
  const Eigen::VectorXd a = design.col(0).array() - design.col(0).mean();
  const Eigen::VectorXd b = design.col(1).array() - design.col(1).mean();
  CHECK(std::abs(a.dot(b) / (a.norm() * b.norm())) < 0.035);
}

TEST_CASE("designs refuse zero points, zero dimensions and too many Sobol dimensions",
          "[sampling]") {
  using Catch::Matchers::Contains;
  for (const DesignKind kind : kKinds) {
    CHECK_THROWS_WITH(unit_design(kind, 0, 3, 1), Contains("needs at least one point"));
    CHECK_THROWS_WITH(unit_design(kind, 3, 0, 1), Contains("needs at least one dimension"));
  }
  CHECK(unit_design(DesignKind::kSobol, 2, lmsim::sampling::kMaxSobolDimensions, 1).cols() == 3667);
  CHECK_THROWS_AS(unit_design(DesignKind::kSobol, 2, 3668, 1), std::invalid_argument);
  CHECK_THROWS_WITH(unit_design(DesignKind::kSobol, 2, 3668, 1),
                    Contains("at most 3667 dimensions, got 3668"));
}

TEST_CASE("full_factorial lists every combination, the last dimension fastest", "[sampling]") {
  const std::vector<std::vector<std::size_t>> expected = {{0, 0}, {0, 1}, {0, 2},
                                                          {1, 0}, {1, 1}, {1, 2}};
  CHECK(full_factorial({2, 3}) == expected);
  const auto rows = full_factorial({4, 1, 5});
  REQUIRE(rows.size() == 20);
  CHECK(std::set<std::vector<std::size_t>>(rows.begin(), rows.end()).size() == 20);
  CHECK(std::is_sorted(rows.begin(), rows.end()));  // lexicographic: the last index fastest
  for (const auto& row : rows) {
    REQUIRE(row.size() == 3);
    CHECK(row[0] < 4);
    CHECK(row[1] == 0);
    CHECK(row[2] < 5);
  }
  CHECK(full_factorial({}) == std::vector<std::vector<std::size_t>>{{}});
  CHECK(full_factorial({3, 0, 2}).empty());
}
