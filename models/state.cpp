#include "models/state.hpp"

#include <algorithm>
#include <numeric>

namespace lmsim::model {

LabourMarketState::LabourMarketState(std::size_t regions, std::size_t occupations)
    : regions_(regions), occupations_(occupations) {
  for (std::size_t s = 0; s < kStatusCount; ++s) {
    const std::size_t blocks =
        has_occupation(static_cast<Status>(s)) ? regions * occupations : regions;
    persons_[s].assign(blocks * kBlockGroups, 0.0);
  }
  jobs.assign(regions * regions * occupations, 0.0);
  record.effects.reset(regions, occupations);
  vacancies.assign(regions * occupations, 0.0);
  target_demand.assign(regions * occupations, 0.0);
  labour_migrants.assign(regions * occupations, 0.0);
  region_records.assign(regions, RegionRecord{});
  record.retirements_employees_by_slot.assign(regions * kAgeSlots, 0.0);
  ww.resize(regions * occupations);
  for (auto* v : {&record.hires, &record.separations, &record.job_to_job, &record.openings,
                  &record.hires_from_unemployment, &record.job_losers,
                  &record.hire_probability_short, &record.hire_probability_long}) {
    v->assign(regions * occupations, 0.0);
  }
}

void LabourMarketState::add_region_records() {
  for (std::size_t h = 0; h < region_records.size(); ++h) {
    RegionRecord& region = region_records[h];
    for (std::size_t from = 0; from < kLedgerSize; ++from) {
      for (std::size_t to = 0; to < kLedgerSize; ++to) {
        const double flow = region.ledger.flow(from, to);
        if (flow != 0.0) record.ledger.add(from, to, flow);
      }
    }
    record.retirements_employees += region.retirements_employees;
    for (std::size_t s = 0; s < kAgeSlots; ++s)
      record.retirements_employees_by_slot[h * kAgeSlots + s] +=
          region.retirements_employees_by_slot[s];
    region = RegionRecord{};
  }
}

void LabourMarketState::limit_groups_to_occupied() {
  GroupRange occupied{kBlockGroups, 0};
  for (const auto& persons : persons_) {
    for (std::size_t i = 0; i < persons.size(); ++i) {
      if (persons[i] == 0.0) continue;
      occupied.first = std::min(occupied.first, i % kBlockGroups);
      occupied.end = std::max(occupied.end, i % kBlockGroups + 1);
    }
  }
  groups_ = occupied.first < occupied.end ? occupied : GroupRange{0, 0};
}

double LabourMarketState::total(Status s) const {
  const auto& p = persons_[index(s)];
  return std::accumulate(p.begin(), p.end(), 0.0);
}

namespace {

using Stride = Eigen::OuterStride<>;
using GroupBlocks =
    Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>, 0,
               Stride>;

// The groups in use of every block: one row per block.
GroupBlocks blocks_of(const std::vector<double>& persons, const GroupRange& groups) {
  return {persons.data() + groups.first, static_cast<Eigen::Index>(persons.size() / kBlockGroups),
          static_cast<Eigen::Index>(groups.size()),
          Stride(static_cast<Eigen::Index>(kBlockGroups))};
}

}  // namespace

Eigen::VectorXd LabourMarketState::block_sums(Status s) const {
  return blocks_of(persons(s), groups_).rowwise().sum();
}

Eigen::VectorXd LabourMarketState::weighted_block_sums(Status s,
                                                       const std::vector<double>& weight) const {
  return blocks_of(persons(s), groups_) *
         Eigen::Map<const Eigen::VectorXd>(weight.data() + groups_.first,
                                           static_cast<Eigen::Index>(groups_.size()));
}

std::vector<double> LabourMarketState::employee_jobs_by_work_cell() const {
  std::vector<double> result(regions_ * occupations_, 0.0);
  for (std::size_t h = 0; h < regions_; ++h) {
    for (std::size_t w = 0; w < regions_; ++w) {
      for (std::size_t o = 0; o < occupations_; ++o) result[cell(w, o)] += jobs[job(h, w, o)];
    }
  }
  return result;
}

double LabourMarketState::population() const {
  double sum = 0.0;
  for (std::size_t s = 0; s < kStatusCount; ++s) sum += total(static_cast<Status>(s));
  return sum;
}

double LabourMarketState::employees(std::size_t home, std::size_t occupation) const {
  const auto& p = persons_[index(Status::kEmployed)];
  return Eigen::Map<const Eigen::VectorXd>(&p[block(home, occupation) + groups_.first],
                                           static_cast<Eigen::Index>(groups_.size()))
      .sum();
}

}  // namespace lmsim::model
