#include "models/levers/sector_share.hpp"

namespace lmsim::model {

std::vector<double> sector_share_of_occupations(const DataSet& data,
                                                const std::vector<bool>& sectors) {
  const std::size_t O = data.dims.occupation_count();
  std::vector<double> in_sectors(O, 0.0), total(O, 0.0);
  for (std::size_t s = 0; s < sectors.size(); ++s) {
    for (std::size_t o = 0; o < O; ++o) {
      const double employed =
          data.sector_employed[s] *
          data.sector_occupation(static_cast<Eigen::Index>(s), static_cast<Eigen::Index>(o));
      total[o] += employed;
      if (sectors[s]) in_sectors[o] += employed;
    }
  }
  std::vector<double> share(O, 0.0);
  for (std::size_t o = 0; o < O; ++o) share[o] = total[o] > 0.0 ? in_sectors[o] / total[o] : 0.0;
  return share;
}

}  // namespace lmsim::model
