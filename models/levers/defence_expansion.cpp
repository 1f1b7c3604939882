#include "models/levers/defence_expansion.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "engine/checksum.hpp"
#include "engine/csv_table.hpp"
#include "engine/error.hpp"

namespace lmsim::model {
namespace {

// The path is computed once for every month from kFirstMonth to kLastMonth; months outside
// take the nearest.
constexpr YearMonth kFirstMonth{2000, 1};
constexpr YearMonth kLastMonth{2100, 12};
constexpr std::size_t kReservist = 2;  // index in kDefenceStreams

const char* target_key(std::size_t stream) {
  static constexpr std::array<const char*, kDefenceStreamCount> keys = {
      "target_military", "target_civilian", "target_reservists"};
  return keys[stream];
}

YearMonth month_after(YearMonth m) {
  return m.month == 12 ? YearMonth{m.year + 1, 1} : YearMonth{m.year, m.month + 1};
}

// Extra posts by region that the planner knows (region, posts), from a CSV file beside the
// scenario file.
std::vector<double> read_posts_file(const LeverReader& reader, const DataSet& data,
                                    const std::filesystem::path& file,
                                    std::map<std::string, std::uint64_t>& checksums) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec))
    reader.fail("posts_file", "file not found: " + file.string());
  const std::string bytes = read_data_file(file);
  checksums[file.filename().string()] = fnv1a(bytes);
  const CsvTable t = CsvTable::parse(bytes, file.string());
  const auto region = t.column("region"), posts = t.column("posts");
  std::vector<double> known(data.dims.region_count(), 0.0);
  std::vector<bool> seen(known.size(), false);
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const std::size_t i = data.dims.regions.at(t, r, region);
    if (seen[i]) t.fail(r, region, "region " + t.text(r, region) + " is listed twice");
    seen[i] = true;
    known[i] = t.non_negative(r, posts);
    if (known[i] > 1e6) t.fail(r, posts, "more than 1,000,000 posts in one region");
  }
  return known;
}

}  // namespace

DefenceExpansion::DefenceExpansion(const LeverReader& reader, const DataSet& data)
    : occupations_(data.dims.occupation_count()), profile_(reader.profile("profile")) {
  if (!data.dims.occupations.contains("DEF")) {
    reader.fail("type", "the data set has no defence occupation (code DEF)");
  }
  defence_ = data.dims.occupations["DEF"];
  reader.text_or("regional_split", "base_presence", {"base_presence"});
  read_targets(reader, data);
  split_over_regions(reader, data);
  compute_path(reader, data);
  // Added reservists with a civilian job give up part of its hours, spread over the civilian
  // workers as reservist_hours spreads its reservists (hours_reduction.hpp).
  reservist_share_per_person_ = reservist_share_per_person(data);
  civilian_job_share_ = data.defence_streams[kReservist].civilian_job_share;
  civilian_hours_served_ = reader.number_or(
      "civilian_hours_served", data.defence_streams[kReservist].civilian_hours_served, 0.0, 1.0);
}

// Each stream's target: its own key, or today's personnel plus its share (growth_share of
// defence_streams.csv) of the growth to target_personnel, or today's personnel. A total and a
// stream's own target together would leave the total unmet, so they are refused.
void DefenceExpansion::read_targets(const LeverReader& reader, const DataSet& data) {
  const std::optional<double> total = reader.optional_number("target_personnel", 0.0, 1e6);
  bool any = total.has_value();
  double today = 0.0;
  for (const DefenceStream& d : data.defence_streams) today += d.personnel;
  for (std::size_t s = 0; s < kDefenceStreamCount; ++s) {
    personnel_[s] = data.defence_streams[s].personnel;
    const std::optional<double> own = reader.optional_number(target_key(s), 0.0, 1e6);
    if (own && total) {
      reader.fail(target_key(s),
                  "give either target_personnel or the streams' targets (target_military, "
                  "target_civilian, target_reservists), not both");
    }
    any = any || own.has_value();
    target_[s] = own     ? *own
                 : total ? personnel_[s] + (*total - today) * data.defence_streams[s].growth_share
                         : personnel_[s];
    if (target_[s] < 0.0)
      reader.fail("target_personnel",
                  "the target leaves the " + std::string(kDefenceStreams[s]) + " stream below 0");
  }
  if (!any) {
    reader.fail("target_personnel",
                "required key is missing: give target_personnel, or the target of a stream "
                "(target_military, target_civilian, target_reservists)");
  }
}

// The extra posts at full size go first to the regions of the posts file, the rest to the chosen
// regions by their defence personnel today.
void DefenceExpansion::split_over_regions(const LeverReader& reader, const DataSet& data) {
  const std::vector<bool> chosen = reader.regions("regions");
  double presence = 0.0;
  for (std::size_t r = 0; r < chosen.size(); ++r) {
    if (chosen[r]) presence += data.defence_personnel(static_cast<Eigen::Index>(r));
  }
  if (presence <= 0.0)
    reader.fail("regions", "none of these regions has defence personnel in defence.csv");
  double extra = 0.0;
  bool grows = false, shrinks = false;
  for (std::size_t s = 0; s < kDefenceStreamCount; ++s) {
    extra += target_[s] - personnel_[s];
    grows = grows || target_[s] > personnel_[s];
    shrinks = shrinks || target_[s] < personnel_[s];
  }
  std::vector<double> known(chosen.size(), 0.0);
  if (const std::filesystem::path file = reader.file_path("posts_file"); !file.empty()) {
    // The file's posts are of all streams together; each stream's change is split in the same
    // proportions, which places a growth and a shrinking stream in the same regions.
    if (grows && shrinks) {
      reader.fail("posts_file",
                  "a posts file places the change of all streams together, but here one stream "
                  "grows and another shrinks; give the streams targets that all grow");
    }
    known = read_posts_file(reader, data, file, checksums_);
  }
  double known_total = 0.0;
  for (double k : known) known_total += k;
  if (known_total > 0.0 && known_total > extra) {
    reader.fail("posts_file", "the posts of the file (" +
                                  std::to_string(std::llround(known_total)) +
                                  ") exceed the growth of the formation (" +
                                  std::to_string(std::llround(extra)) + ")");
  }
  share_.assign(chosen.size(), 0.0);
  for (std::size_t r = 0; r < chosen.size(); ++r) {
    const double by_presence =
        chosen[r] ? data.defence_personnel(static_cast<Eigen::Index>(r)) / presence : 0.0;
    share_[r] =
        known_total > 0.0 ? (known[r] + (extra - known_total) * by_presence) / extra : by_presence;
  }
}

// Month by month: the formation follows the profile; a stream's posts filled are last month's
// less its outflow plus its recruits, at most the capacity, and never above the formation.
// Before the formation moves, every post of today stays filled (the baseline's assumption).
void DefenceExpansion::compute_path(const LeverReader& reader, const DataSet& data) {
  const bool limited =
      reader.text_or("recruitment", "capacity", {"capacity", "unlimited"}) == "capacity";
  Streams filled = personnel_;
  bool started = false;
  for (YearMonth m = kFirstMonth; m <= kLastMonth; m = month_after(m)) {
    Month month;
    const double size = profile_.at(m);
    started = started || size != 0.0;
    for (std::size_t s = 0; s < kDefenceStreamCount; ++s) {
      month.posts[s] = personnel_[s] + (target_[s] - personnel_[s]) * size;
      if (!started || !limited) {
        filled[s] = month.posts[s];
      } else {
        const double kept = filled[s] * (1.0 - data.defence_streams[s].outflow_rate / 12.0);
        const double recruits = data.defence_recruitment_in(m.year, s) / 12.0;
        filled[s] = std::min(month.posts[s], kept + recruits);
      }
      month.filled[s] = filled[s];
    }
    path_.push_back(month);
  }
}

DefenceExpansion::Month DefenceExpansion::at(YearMonth month) const {
  const int index =
      std::clamp(month.index() - kFirstMonth.index(), 0, static_cast<int>(path_.size()) - 1);
  return path_[static_cast<std::size_t>(index)];
}

void DefenceExpansion::add_effect(ScenarioEffects& effects, YearMonth month) const {
  const Month m = at(month);
  double jobs = 0.0;        // military and civilian posts filled beyond today's: DEF demand
  double not_demand = 0.0;  // posts of the formation that are not DEF demand
  for (std::size_t s = 0; s < kReservist; ++s) {
    jobs += m.filled[s] - personnel_[s];
    not_demand += m.posts[s] - m.filled[s];
  }
  not_demand += m.posts[kReservist] - personnel_[kReservist];
  const double reservists = m.filled[kReservist] - personnel_[kReservist];
  for (std::size_t r = 0; r < share_.size(); ++r) {
    effects.demand_added[r * occupations_ + defence_] += jobs * share_[r];
    effects.defence_posts_not_demand[r] += not_demand * share_[r];
    effects.defence_reservists_added[r] += reservists * share_[r];
  }
  const double with_civilian_job = reservists * civilian_job_share_;
  if (with_civilian_job <= 0.0 || civilian_hours_served_ <= 0.0) return;
  for (std::size_t c = 0; c < reservist_share_per_person_.size(); ++c) {
    if (reservist_share_per_person_[c] > 0.0)
      effects.reservists.add(c, std::min(1.0, reservist_share_per_person_[c] * with_civilian_job),
                             civilian_hours_served_);
  }
}

}  // namespace lmsim::model
