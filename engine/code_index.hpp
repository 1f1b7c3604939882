// Lookup of the codes of a dimension (regions, occupations, sectors) read from a data file, with
// located errors for unknown codes ("did you mean") and checks that a table covers every
// combination exactly once.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/csv_table.hpp"

namespace lmsim {

class CodeIndex {
 public:
  CodeIndex() = default;
  CodeIndex(std::string dimension, std::vector<std::string> codes);

  std::size_t size() const { return codes_.size(); }
  const std::vector<std::string>& codes() const { return codes_; }
  const std::string& code(std::size_t i) const { return codes_.at(i); }
  // Index of the code in table cell (row, column); unknown codes are refused with a suggestion.
  std::size_t at(const CsvTable& table, std::size_t row, std::size_t column) const;
  bool contains(const std::string& code) const { return index_.count(code) != 0; }
  std::size_t operator[](const std::string& code) const { return index_.at(code); }

 private:
  std::string dimension_;
  std::vector<std::string> codes_;
  std::unordered_map<std::string, std::size_t> index_;
};

// Tracks which cells of a keyed table were seen, to refuse duplicate and missing keys.
class CoverageCheck {
 public:
  CoverageCheck(const CsvTable& table, std::size_t cells, std::string what);
  void mark(std::size_t row, std::size_t column, std::size_t cell, const std::string& key_text);
  // Refuses the file when a cell was never given; describe(cell) names it for the message.
  template <class Describe>
  void require_complete(Describe describe) const {
    for (std::size_t c = 0; c < seen_.size(); ++c) {
      if (!seen_[c])
        table_->fail_file("no row for " + describe(c) + " (" + what_ + " must be complete)");
    }
  }

 private:
  const CsvTable* table_;
  std::vector<long> seen_;
  std::string what_;
};

// Shares in a row must sum to 1. A row within kShareRenormaliseTolerance of 1 is rescaled to sum
// to exactly 1 (rounding in a spreadsheet); a row further off is refused, naming its line.
inline constexpr double kShareRenormaliseTolerance = 1e-6;
void normalise_share_row(const CsvTable& table, std::size_t row, std::vector<double>& shares);

}  // namespace lmsim
