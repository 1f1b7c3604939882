// A small CSV reader for the data files planners edit in spreadsheets: comma separated, one
// header row. A field may be quoted as RFC 4180 says ("Openbaar bestuur, veiligheid en
// juridische beroepen"): inside the quotes a comma is text and "" is one quote; spaces and tabs
// around a field, quoted or not, are dropped. A quoted field may not hold a line break, so that
// every row lies on one line and each error can name file, line, column and key. Malformed
// quoting (a quote inside a field that does not start with one, text after a closing quote, a
// quote not closed on its line) is refused with its field. A UTF-8 byte-order mark is accepted;
// a file separated by semicolons (a spreadsheet's "CSV" in a Dutch locale), a workbook (xlsx,
// xls) under a .csv name, UTF-16, another 8-bit encoding (Latin-1, Windows-1252), a NUL byte or
// old Mac line ends (CR alone) is refused with a message that says so.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "engine/error.hpp"

namespace lmsim {

// The bytes of a data file, read once (engine/text_file.hpp). Refuses (InputError naming the
// file) a missing file, a symbolic link that loops, a folder, FIFO or device, a file that cannot
// be opened and one larger than kMaxDataFileBytes.
std::string read_data_file(const std::filesystem::path& path);

// Whether a data file's first line that is not blank names its columns.
enum class FirstLine { kHeader, kData };

// The text of a data file without its UTF-8 byte-order mark. Refuses (InputError naming the file,
// and the line, field and column name where there are some) the forms a spreadsheet may save
// that would otherwise split into misleading fields or store unreadable names: a workbook (a ZIP
// or OLE2 file), UTF-16, a NUL byte, lines ended by CR alone (old Mac), and bytes that are not
// UTF-8.
std::string_view utf8_text(std::string_view bytes, const std::string& file_name,
                           FirstLine first_line);

class CsvTable {
 public:
  struct Row {
    long line = 0;
    std::vector<std::string> fields;
  };

  // Reads and splits the file; refuses a missing, unreadable or empty file, malformed quoting
  // and rows whose number of fields differs from the header.
  static CsvTable read(const std::filesystem::path& path);
  static CsvTable parse(std::string_view text, const std::string& file_name);

  const std::string& file() const { return file_; }
  const std::vector<std::string>& header() const { return header_; }
  const std::vector<Row>& rows() const { return rows_; }

  // Index of a required column; refuses the file (naming it and the column) when absent.
  std::size_t column(std::string_view name) const;
  bool has_column(std::string_view name) const;

  const std::string& text(std::size_t row, std::size_t column) const;
  // A finite number >= 0; anything else (text, NaN, inf, negative, comma decimal) is refused.
  double non_negative(std::size_t row, std::size_t column) const;
  // A finite number with no sign restriction.
  double number(std::size_t row, std::size_t column) const;
  long integer(std::size_t row, std::size_t column) const;

  SourceLocation location(std::size_t row, std::size_t column) const;
  [[noreturn]] void fail(std::size_t row, std::size_t column, const std::string& message) const;
  [[noreturn]] void fail_file(const std::string& message) const;

 private:
  std::string file_;
  std::vector<std::string> header_;
  long header_line_ = 1;  // blank lines may come before the header
  std::vector<Row> rows_;
};

}  // namespace lmsim
