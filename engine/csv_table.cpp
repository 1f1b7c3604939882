#include "engine/csv_table.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "engine/text_file.hpp"

namespace lmsim {
namespace {

bool is_blank_char(char c) {
  return c == ' ' || c == '\t';
}

bool is_blank(std::string_view line) {
  return std::all_of(line.begin(), line.end(), is_blank_char);
}

// Spaces and tabs around a field are not part of it (those inside quotes are).
std::string_view trim_blanks(std::string_view field) {
  while (!field.empty() && is_blank_char(field.front())) field.remove_prefix(1);
  while (!field.empty() && is_blank_char(field.back())) field.remove_suffix(1);
  return field;
}

// The fields of one line (RFC 4180), or, where its quoting is malformed, the fields before the
// one that is and what is wrong with it.
struct SplitLine {
  std::vector<std::string> fields;
  std::string problem;  // empty: the quoting is right

  // The number (1-based) of the field whose quoting is malformed.
  long bad_field() const { return static_cast<long>(fields.size()) + 1; }
};

// The text of the quoted field whose opening quote is line[open], a doubled quote read as one;
// `after` becomes the position past the closing quote, or npos where the line ends before it.
std::string read_quoted(std::string_view line, std::size_t open, std::size_t& after) {
  std::string value;
  for (std::size_t pos = open + 1; pos < line.size(); ++pos) {
    if (line[pos] != '"') {
      value += line[pos];
    } else if (pos + 1 < line.size() && line[pos + 1] == '"') {
      value += '"';
      ++pos;
    } else {
      after = pos + 1;
      return value;
    }
  }
  after = std::string_view::npos;
  return value;
}

// A field is quoted when its first character that is not a blank is a quote: inside the quotes
// a comma is text and "" is one quote. A line break ends the line, and with it the row, even
// inside quotes: an unclosed quote is refused, so every row stays on the line it starts on.
SplitLine split_fields(std::string_view line) {
  SplitLine split;
  std::size_t start = 0;
  while (true) {
    std::size_t first = start;
    while (first < line.size() && is_blank_char(line[first])) ++first;
    std::size_t comma = 0;
    if (first < line.size() && line[first] == '"') {
      std::size_t after = 0;
      std::string value = read_quoted(line, first, after);
      if (after == std::string_view::npos) {
        split.problem =
            "a quoted field is not closed on its line: add the closing quote (a field may not "
            "hold a line break; remove any line break inside the field)";
        return split;
      }
      comma = line.find(',', after);
      if (!is_blank(line.substr(after, comma == line.npos ? line.npos : comma - after))) {
        split.problem =
            "text after the closing quote of a quoted field: a quote inside a quoted field "
            "must be written twice (\"\"), and the field must end at its closing quote";
        return split;
      }
      split.fields.push_back(std::move(value));
    } else {
      comma = line.find(',', start);
      const std::string_view field =
          trim_blanks(line.substr(start, comma == line.npos ? line.npos : comma - start));
      if (field.find('"') != std::string_view::npos) {
        split.problem =
            "a quote (\") in a field that does not start with one: enclose the whole field in "
            "quotes and write each quote inside it twice (\"\")";
        return split;
      }
      split.fields.emplace_back(field);
    }
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return split;
}

// The field in which the text `before` (the start of a line) ends: its number (1-based) and the
// offset where it starts. A comma inside quotes separates nothing; a doubled quote toggles the
// state twice. Nothing is refused here: the quoting is checked when the line is split.
struct FieldStart {
  long number = 1;
  std::size_t offset = 0;
};

FieldStart last_field_of(std::string_view before) {
  FieldStart field;
  bool quoted = false;
  for (std::size_t pos = 0; pos < before.size(); ++pos) {
    if (before[pos] == '"') {
      quoted = !quoted;
    } else if (before[pos] == ',' && !quoted) {
      field = {field.number + 1, pos + 1};
    }
  }
  return field;
}

unsigned char byte_at(std::string_view text, std::size_t pos) {
  return static_cast<unsigned char>(text[pos]);
}

// The length of the UTF-8 sequence at text[pos], or 0 where the bytes there are not UTF-8: a
// stray continuation byte, a sequence cut short, an overlong form, a surrogate or a code point
// past U+10FFFF (the ranges of RFC 3629, section 4).
std::size_t utf8_sequence_length(std::string_view text, std::size_t pos) {
  const unsigned char lead = byte_at(text, pos);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // the allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (pos + length > text.size()) return 0;
  if (byte_at(text, pos + 1) < low || byte_at(text, pos + 1) > high) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if ((byte_at(text, pos + i) & 0xC0) != 0x80) return 0;
  }
  return length;
}

bool is_utf8(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t length = utf8_sequence_length(text, pos);
    if (length == 0) return false;
    pos += length;
  }
  return true;
}

long line_of(std::string_view text, std::size_t pos) {
  return static_cast<long>(std::count(text.begin(), text.begin() + pos, '\n')) + 1;
}

// A workbook saved under a .csv name: an .xlsx (or .ods) file is a ZIP archive, which starts with
// "PK\x03\x04"; an old .xls file is an OLE2 compound file, which starts with D0 CF 11 E0 A1 B1 1A
// E1. Read as text, their bytes would be blamed on line ends or the encoding.
void refuse_workbook(std::string_view text, const std::string& file_name) {
  constexpr std::string_view kZip = "PK\x03\x04";
  constexpr std::string_view kOle2 = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
  if (text.starts_with(kZip) || text.starts_with(kOle2)) {
    throw InputError({file_name, 0, 0, ""},
                     "this is an Excel workbook (xlsx/xls, or another spreadsheet saved as a ZIP "
                     "archive, such as ods), not CSV text: save it as CSV UTF-8 (comma "
                     "delimited)");
  }
}

// A spreadsheet's "Unicode text" is UTF-16: a byte-order mark FF FE or FE FF, or, without one,
// a zero byte beside the first letter of the header.
void refuse_utf16(std::string_view text, const std::string& file_name) {
  const bool marked = text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF";
  const bool zero_beside_first = text.size() >= 2 && (text[0] == '\0' || text[1] == '\0');
  if (marked || zero_beside_first) {
    throw InputError({file_name, 0, 0, ""},
                     "the file is UTF-16 text (a spreadsheet's \"Unicode text\"); save it as "
                     "CSV in UTF-8");
  }
}

// Lines ended by CR alone (old Mac, a spreadsheet's "CSV (Macintosh)") would read as one line.
void refuse_lone_cr(std::string_view text, const std::string& file_name) {
  for (std::size_t cr = text.find('\r'); cr != std::string_view::npos;
       cr = text.find('\r', cr + 1)) {
    if (cr + 1 == text.size() || text[cr + 1] != '\n') {
      throw InputError({file_name, line_of(text, cr), 0, ""},
                       "a line ends in CR alone (old Mac line ends, as a spreadsheet's \"CSV "
                       "(Macintosh)\" saves them); save the file with Windows (CRLF) or Unix "
                       "(LF) line ends");
    }
  }
}

// The name of column `field` (1-based) in the header, the first line that is not blank, when
// that line ends before `line_start`; empty otherwise (the byte lies in the header itself).
std::string column_name(std::string_view text, std::size_t line_start, long field) {
  for (std::size_t pos = 0; pos < line_start;) {
    const std::size_t end = text.find('\n', pos);  // found: a newline precedes line_start
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!is_blank(line)) {
      // Names after a field with malformed quoting are not known; its own is refused later.
      const std::vector<std::string> names = split_fields(line).fields;
      return static_cast<std::size_t>(field) <= names.size() ? names[field - 1] : "";
    }
    pos = end + 1;
  }
  return "";
}

// A NUL byte is valid UTF-8 but never part of CSV text: it comes from a binary file or a damaged
// one. It would also end a message that quotes its field early (a message is printed as a C
// string), so it is refused with its line and field before any field is read.
void refuse_nul(std::string_view text, const std::string& file_name, FirstLine first_line) {
  const std::size_t nul = text.find('\0');
  if (nul == std::string_view::npos) return;
  const std::size_t newline = text.rfind('\n', nul);
  const std::size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
  const long field = last_field_of(text.substr(line_start, nul - line_start)).number;
  std::string key = first_line == FirstLine::kHeader ? column_name(text, line_start, field) : "";
  if (!is_utf8(key)) key.clear();  // the encoding is checked later; the message must be UTF-8
  throw InputError({file_name, line_of(text, nul), field, key},
                   "the file holds a NUL byte (a zero byte) in this field: is it a binary "
                   "file? Save the data as CSV UTF-8 text");
}

// Names the line, the field (and its column, given a header) and the text before the first byte
// that is not UTF-8. That text is valid UTF-8 (everything before the byte is), so the message can
// show it.
[[noreturn]] void fail_at_non_utf8(std::string_view text, std::size_t bad,
                                   const std::string& file_name, FirstLine first_line) {
  const std::size_t newline = text.rfind('\n', bad);
  const std::size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
  const std::string_view line = text.substr(line_start, bad - line_start);
  const FieldStart at = last_field_of(line);
  const std::string_view in_field = line.substr(at.offset);
  const long field = at.number;
  const std::string key =
      first_line == FirstLine::kHeader ? column_name(text, line_start, field) : "";
  char hex[4];
  std::snprintf(hex, sizeof hex, "%02X", byte_at(text, bad));
  throw InputError({file_name, line_of(text, bad), field, key},
                   "text that is not UTF-8 after '" + std::string(in_field) + "' (byte 0x" + hex +
                       "; the file is in another encoding, such as Latin-1 or Windows-1252): "
                       "save the file as UTF-8");
}

void refuse_non_utf8(std::string_view text, const std::string& file_name, FirstLine first_line) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t length = utf8_sequence_length(text, pos);
    if (length == 0) fail_at_non_utf8(text, pos, file_name, first_line);
    pos += length;
  }
}

// A spreadsheet's "CSV" in a Dutch locale separates fields by ';' (and may quote them): a header
// with a ';' and no comma outside quotes is refused as such, before its quoting is checked.
void refuse_semicolons(std::string_view header, const std::string& file_name, long line_number) {
  if (last_field_of(header).number == 1 && header.find(';') != std::string_view::npos) {
    throw InputError({file_name, line_number, 0, ""},
                     "the file is separated by ';' (a spreadsheet's Dutch CSV); save it "
                     "as comma-separated CSV with '.' as decimal point");
  }
}

// The fields of a line; refuses malformed quoting, naming the field and, in a data row, its
// column (`header` is empty while the header itself is read).
std::vector<std::string> fields_of(std::string_view line, const std::string& file_name,
                                   long line_number, const std::vector<std::string>& header) {
  SplitLine split = split_fields(line);
  if (!split.problem.empty()) {
    const auto index = split.fields.size();
    throw InputError({file_name, line_number, split.bad_field(),
                      index < header.size() ? header[index] : std::string()},
                     split.problem);
  }
  return std::move(split.fields);
}

}  // namespace

std::string_view utf8_text(std::string_view bytes, const std::string& file_name,
                           FirstLine first_line) {
  refuse_workbook(bytes, file_name);
  refuse_utf16(bytes, file_name);
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (bytes.substr(0, kBom.size()) == kBom) bytes.remove_prefix(kBom.size());
  refuse_nul(bytes, file_name, first_line);
  refuse_lone_cr(bytes, file_name);
  refuse_non_utf8(bytes, file_name, first_line);
  return bytes;
}

std::string read_data_file(const std::filesystem::path& path) {
  return read_text_file(path, "file", kMaxDataFileBytes);
}

CsvTable CsvTable::read(const std::filesystem::path& path) {
  return parse(read_data_file(path), path.string());
}

CsvTable CsvTable::parse(std::string_view text, const std::string& file_name) {
  CsvTable table;
  table.file_ = file_name;
  text = utf8_text(text, file_name, FirstLine::kHeader);

  long line_number = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = end + 1;
    ++line_number;
    if (is_blank(line)) continue;
    if (table.header_.empty()) {
      table.header_line_ = line_number;
      refuse_semicolons(line, file_name, line_number);
      table.header_ = fields_of(line, file_name, line_number, {});
      for (std::size_t c = 0; c < table.header_.size(); ++c) {
        if (table.header_[c].empty()) {
          throw InputError({file_name, line_number, static_cast<long>(c) + 1, ""},
                           "empty column name in header");
        }
        for (std::size_t k = 0; k < c; ++k) {
          if (table.header_[k] == table.header_[c]) {
            throw InputError({file_name, line_number, static_cast<long>(c) + 1, table.header_[c]},
                             "column name appears twice in the header");
          }
        }
      }
      continue;
    }
    Row row{line_number, fields_of(line, file_name, line_number, table.header_)};
    if (row.fields.size() != table.header_.size()) {
      throw InputError({file_name, line_number, 0, ""},
                       "row has " + std::to_string(row.fields.size()) +
                           " fields but the header has " + std::to_string(table.header_.size()) +
                           " (a comma used as decimal separator also causes this)");
    }
    table.rows_.push_back(std::move(row));
  }
  if (table.header_.empty()) throw InputError({file_name, 0, 0, ""}, "file is empty");
  if (table.rows_.empty()) {
    throw InputError({file_name, table.header_line_, 0, ""}, "file has a header but no data rows");
  }
  return table;
}

bool CsvTable::has_column(std::string_view name) const {
  return std::find(header_.begin(), header_.end(), name) != header_.end();
}

std::size_t CsvTable::column(std::string_view name) const {
  const auto it = std::find(header_.begin(), header_.end(), name);
  if (it == header_.end()) {
    throw InputError({file_, header_line_, 0, std::string(name)},
                     "required column is missing from the header");
  }
  return static_cast<std::size_t>(it - header_.begin());
}

const std::string& CsvTable::text(std::size_t row, std::size_t column) const {
  return rows_.at(row).fields.at(column);
}

SourceLocation CsvTable::location(std::size_t row, std::size_t column) const {
  return {file_, rows_.at(row).line, static_cast<long>(column) + 1, header_.at(column)};
}

void CsvTable::fail(std::size_t row, std::size_t column, const std::string& message) const {
  throw InputError(location(row, column), message);
}

void CsvTable::fail_file(const std::string& message) const {
  throw InputError({file_, 0, 0, ""}, message);
}

double CsvTable::number(std::size_t row, std::size_t column) const {
  const std::string& field = text(row, column);
  if (field.empty()) fail(row, column, "empty value where a number is expected");
  double value = 0.0;
  const char* first = field.data();
  const char* last = field.data() + field.size();
  if (*first == '+' && first + 1 != last && first[1] != '-') ++first;  // "+5", but not "+-5"
  const auto [ptr, ec] = std::from_chars(first, last, value);
  if (ec != std::errc() || ptr != last) {
    fail(row, column,
         "'" + field +
             "' is not a number (use '.' as decimal point, no thousands "
             "separators or units)");
  }
  if (!std::isfinite(value)) fail(row, column, "'" + field + "' is not a finite number");
  return value;
}

double CsvTable::non_negative(std::size_t row, std::size_t column) const {
  const double value = number(row, column);
  if (value < 0.0) fail(row, column, "negative value " + text(row, column) + " is not allowed");
  return value;
}

long CsvTable::integer(std::size_t row, std::size_t column) const {
  const std::string& field = text(row, column);
  long value = 0;
  const char* first = field.data();
  // As number(): a leading '+' is allowed, but not "+-5".
  if (field.size() > 1 && *first == '+' && first[1] != '-') ++first;
  const auto [ptr, ec] = std::from_chars(first, field.data() + field.size(), value);
  if (field.empty() || ec != std::errc() || ptr != field.data() + field.size()) {
    fail(row, column, "'" + field + "' is not a whole number");
  }
  return value;
}

}  // namespace lmsim
