#include "engine/code_index.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>

#include "engine/spelling.hpp"

namespace lmsim {

CodeIndex::CodeIndex(std::string dimension, std::vector<std::string> codes)
    : dimension_(std::move(dimension)), codes_(std::move(codes)) {
  for (std::size_t i = 0; i < codes_.size(); ++i) index_.emplace(codes_[i], i);
}

std::size_t CodeIndex::at(const CsvTable& table, std::size_t row, std::size_t column) const {
  const std::string& code = table.text(row, column);
  const auto it = index_.find(code);
  if (it == index_.end()) {
    const bool non_ascii = std::any_of(
        code.begin(), code.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    table.fail(row, column,
               "unknown " + dimension_ + " code '" + code + "'" +
                   (non_ascii ? " (it contains a non-ASCII character, such as a look-alike letter)"
                              : did_you_mean(code, codes_)));
  }
  return it->second;
}

CoverageCheck::CoverageCheck(const CsvTable& table, std::size_t cells, std::string what)
    : table_(&table), seen_(cells, 0), what_(std::move(what)) {}

void CoverageCheck::mark(std::size_t row, std::size_t column, std::size_t cell,
                         const std::string& key_text) {
  if (seen_.at(cell) != 0) {
    table_->fail(row, column,
                 "duplicate row for " + key_text + " (first given on line " +
                     std::to_string(seen_[cell]) + ")");
  }
  seen_[cell] = table_->rows().at(row).line;
}

void normalise_share_row(const CsvTable& table, std::size_t row, std::vector<double>& shares) {
  const double sum = std::accumulate(shares.begin(), shares.end(), 0.0);
  if (!(std::fabs(sum - 1.0) <= kShareRenormaliseTolerance)) {
    std::ostringstream message;
    message.precision(12);
    message << "shares in this row sum to " << sum << ", not 1 (rows within "
            << kShareRenormaliseTolerance << " of 1 are renormalised; percentages must be "
            << "written as fractions, 40% as 0.40)";
    throw InputError({table.file(), table.rows().at(row).line, 0, ""}, message.str());
  }
  for (double& s : shares) s /= sum;
}

}  // namespace lmsim
