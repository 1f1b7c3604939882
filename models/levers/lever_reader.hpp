// Reading the keys of one [[levers]] table with checks and located messages: unknown keys (with
// a suggestion), wrong types, values out of bounds, unknown regions or occupations (by code or
// name), and time profiles that end before they start.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/scenario.hpp"
#include "engine/time_profile.hpp"
#include "models/data_set.hpp"

namespace lmsim::model {

// The most steps a lever's timing in steps (start, duration, period) may name.
inline constexpr double kMaxLeverSteps = 1e5;

class LeverReader {
 public:
  // allowed: the keys of this lever type besides "type".
  LeverReader(const LeverEntry& entry, const DataSet& data, std::vector<std::string> allowed);
  ~LeverReader();

  double number(const std::string& key, double lower, double upper) const;
  double number_or(const std::string& key, double fallback, double lower, double upper) const;
  // A number the lever may leave out, nothing when it does: absence itself says "unchanged", so
  // no value has to stand for it (a sentinel such as -1 would widen the range the user sees).
  std::optional<double> optional_number(const std::string& key, double lower, double upper) const;
  std::string text(const std::string& key) const;  // a required text value
  std::string text_or(const std::string& key, const std::string& fallback,
                      const std::vector<std::string>& allowed) const;
  // A file named by a text key, relative to the scenario file that wrote the key; empty when
  // the key is absent.
  std::filesystem::path file_path(const std::string& key) const;
  // "all" (the default when absent), or a list of region codes or names; returns a mask.
  std::vector<bool> regions(const std::string& key) const;
  std::vector<bool> occupations(const std::string& key) const;
  std::vector<bool> sectors(const std::string& key) const;
  // Exactly one region or occupation, by code or name (required): the index of the one chosen.
  std::size_t region(const std::string& key) const;
  std::size_t occupation(const std::string& key) const;
  // Region x occupation cells (region-major) chosen by a regions key and an occupations key.
  std::vector<bool> cells(const std::string& regions_key, const std::string& occupations_key) const;
  // A table of values by year, { 2030 = 67.5, 2035 = 68.0 }, in ascending years.
  std::vector<std::pair<int, double>> yearly_values(const std::string& key, double lower,
                                                    double upper) const;
  // { shape = "step" | "linear" | "sigmoid" | "path", from = ..., to = ..., path = {2026 = 0.5} }
  TimeProfile profile(const std::string& key) const;

  [[noreturn]] void fail(const std::string& key, const std::string& message) const;

 private:
  struct Parsed;
  std::vector<bool> codes(const std::string& key, const CodeIndex& index,
                          const std::vector<std::string>& names, const std::string& what) const;
  std::size_t one_code(const std::string& key, const CodeIndex& index,
                       const std::vector<std::string>& names, const std::string& what) const;
  const LeverEntry& entry_;
  const DataSet& data_;
  std::unique_ptr<Parsed> parsed_;
};

}  // namespace lmsim::model
