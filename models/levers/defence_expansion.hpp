// Defence expansion as a recruitment problem (docs/levers.md, defence_expansion): Defensie's
// formation grows per stream (military, civilian, reservist; defence_streams.csv) toward its
// target along the profile, and the posts filled follow it only as fast as recruitment allows:
// each month a stream keeps its personnel less its outflow plus its recruits, at most a twelfth
// of the year's capacity (defence_recruitment.csv). Military and civilian posts filled beyond
// today's are demand for the defence occupation DEF; reservists keep their civilian jobs and
// give up part of their hours for their service, so they are counted once: as posts filled, and
// as hours their civilian cells lose, not as DEF jobs. The extra posts go to the regions a
// planner names in a posts file, and the rest by base presence (defence.csv).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "models/levers/hours_reduction.hpp"
#include "models/levers/lever.hpp"
#include "models/levers/lever_reader.hpp"

namespace lmsim::model {

class DefenceExpansion : public Lever {
 public:
  DefenceExpansion(const LeverReader& reader, const DataSet& data);
  void add_effect(ScenarioEffects& effects, YearMonth month) const override;
  std::map<std::string, std::uint64_t> input_checksums() const override { return checksums_; }

  using Streams = std::array<double, kDefenceStreamCount>;
  // Formation (posts wanted) and posts filled per stream in a month, nationally.
  struct Month {
    Streams posts{}, filled{};
  };
  Month at(YearMonth month) const;

 private:
  void read_targets(const LeverReader& reader, const DataSet& data);
  void split_over_regions(const LeverReader& reader, const DataSet& data);
  void compute_path(const LeverReader& reader, const DataSet& data);

  std::size_t occupations_ = 0;
  std::size_t defence_ = 0;
  TimeProfile profile_;
  Streams personnel_{};        // in post at the start (defence_streams.csv)
  Streams target_{};           // at the profile's full size
  std::vector<double> share_;  // of the extra posts per region
  // Share of each work cell's workers that one reservist with a civilian job is
  // (hours_reduction.hpp); the share of added reservists who hold one, and the share of its hours
  // they give up (defence_streams.csv or the lever).
  std::vector<double> reservist_share_per_person_;
  double civilian_job_share_ = 0.0;
  double civilian_hours_served_ = 0.0;
  // The month path from kFirstMonth, one month a step.
  std::vector<Month> path_;
  std::map<std::string, std::uint64_t> checksums_;
};

}  // namespace lmsim::model
