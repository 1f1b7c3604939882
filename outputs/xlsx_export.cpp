#include "outputs/xlsx_export.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <memory>
#include <set>
#include <string_view>
#include <vector>

#include "engine/atomic_output.hpp"
#include "engine/error.hpp"
#include "outputs/number_text.hpp"

namespace lmsim::outputs {
namespace {

constexpr const char* kCatalogueSheet = "variables";
constexpr std::size_t kSheetNameLength = 31;  // Excel's longest sheet name

// Frees a workbook that was not closed (an error while writing), so that nothing is written.
struct WorkbookFree {
  void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};
using Workbook = std::unique_ptr<lxw_workbook, WorkbookFree>;

struct Formats {
  lxw_format* header = nullptr;
  lxw_format* whole = nullptr;  // years and ages
  lxw_format* count = nullptr;  // persons, vacancies, FTE, per month or year
  lxw_format* ratio = nullptr;  // units "1": tension, participation, rates
};

// `final_name` names the workbook the user asked for, not its temporary file.
void require_written(lxw_error error, const std::filesystem::path& final_name) {
  if (error != LXW_NO_ERROR) {
    throw RuntimeError("cannot write " + final_name.string() + ": " + lxw_strerror(error));
  }
}

void refuse_monthly(const ExportOptions& options) {
  if (!options.annual) {
    throw InputError(
        "--xlsx needs --annual: the workbook holds annual means (lmsim export FILE.h5 --annual "
        "--xlsx OUT.xlsx); write monthly values with --csv");
  }
}

// Refused before any work: Excel opens no sheet longer than kExcelMaxRows.
void refuse_long_sheets(const std::vector<const Variable*>& chosen) {
  for (const Variable* v : chosen) {
    const std::size_t rows = v->data.size() + 1;  // the header row
    if (rows > kExcelMaxRows) {
      throw InputError("--xlsx: the sheet of variable '" + v->name + "' would have " +
                       whole_number(static_cast<double>(rows)) + " rows, more than Excel's " +
                       whole_number(static_cast<double>(kExcelMaxRows)) +
                       "; choose fewer regions with --region or variables with --variable, or "
                       "write CSV with --csv");
    }
  }
}

std::string lowercase_name(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// A sheet name Excel accepts for each variable: at most 31 characters, none of []:*?/\, and no
// two alike in any case (nor like the catalogue's); a name cut short ends in ~ and its number.
std::vector<std::string> sheet_names(const std::vector<const Variable*>& chosen) {
  std::set<std::string> taken = {kCatalogueSheet};
  std::vector<std::string> names;
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    std::string name = chosen[i]->name;
    std::replace_if(
        name.begin(), name.end(),
        [](char c) { return std::string_view("[]:*?/\\").find(c) != std::string_view::npos; }, '_');
    if (name.size() > kSheetNameLength || name.empty() || taken.count(lowercase_name(name)) > 0) {
      const std::string suffix = "~" + std::to_string(i + 1);
      name = name.substr(0, kSheetNameLength - suffix.size()) + suffix;
    }
    taken.insert(lowercase_name(name));
    names.push_back(name);
  }
  return names;
}

lxw_worksheet* added_sheet(lxw_workbook* workbook, const std::string& name,
                           const std::filesystem::path& final_name) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.c_str());
  if (sheet == nullptr) {
    throw RuntimeError("cannot write " + final_name.string() + ": no sheet named '" + name + "'");
  }
  return sheet;
}

bool all_whole(const std::vector<double>& values) {
  return std::all_of(values.begin(), values.end(),
                     [](double x) { return std::isfinite(x) && x == std::floor(x); });
}

Formats add_formats(lxw_workbook* workbook) {
  Formats formats{workbook_add_format(workbook), workbook_add_format(workbook),
                  workbook_add_format(workbook), workbook_add_format(workbook)};
  format_set_bold(formats.header);
  format_set_num_format(formats.whole, "0");
  format_set_num_format(formats.count, "#,##0.0");
  format_set_num_format(formats.ratio, "0.000");
  return formats;
}

// A header row, frozen so that it stays in view; name columns are made wide enough to read.
void write_header(lxw_worksheet* sheet, const std::vector<std::string>& header,
                  const Formats& formats, const std::filesystem::path& final_name) {
  worksheet_freeze_panes(sheet, 1, 0);
  for (std::size_t c = 0; c < header.size(); ++c) {
    const bool is_name = header[c].find("name") != std::string::npos;
    const auto column = static_cast<lxw_col_t>(c);
    require_written(worksheet_set_column(sheet, column, column, is_name ? 45 : 14, nullptr),
                    final_name);
    require_written(worksheet_write_string(sheet, 0, column, header[c].c_str(), formats.header),
                    final_name);
  }
}

// A finite value as a number; inf, -inf and nan (which a cell cannot hold) as the CSV's text.
void write_value(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, double value,
                 lxw_format* format, const std::filesystem::path& final_name) {
  if (std::isfinite(value)) {
    require_written(worksheet_write_number(sheet, row, column, value, format), final_name);
  } else {
    require_written(
        worksheet_write_string(sheet, row, column, exact_number(value).c_str(), nullptr),
        final_name);
  }
}

void write_catalogue_sheet(lxw_workbook* workbook, const std::vector<const Variable*>& chosen,
                           const std::vector<std::string>& sheets, const Formats& formats,
                           const std::filesystem::path& final_name) {
  lxw_worksheet* sheet = added_sheet(workbook, kCatalogueSheet, final_name);
  write_header(sheet, {"variable", "dimensions", "units", "long_name", "long_name_nl", "sheet"},
               formats, final_name);
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    const Variable& v = *chosen[i];
    std::string joined;
    for (const std::string& d : v.dims) joined += (joined.empty() ? "" : " x ") + d;
    const std::string dims = joined;
    const auto row = static_cast<lxw_row_t>(i + 1);
    lxw_col_t column = 0;
    for (const std::string* text :
         {&v.name, &dims, &v.units, &v.long_name, &v.long_name_nl, &sheets[i]}) {
      require_written(worksheet_write_string(sheet, row, column++, text->c_str(), nullptr),
                      final_name);
    }
  }
}

void write_variable_sheet(lxw_workbook* workbook, const ResultSet& results, const Variable& v,
                          const std::string& file, const std::string& sheet_name,
                          const Formats& formats, const std::filesystem::path& final_name) {
  const std::vector<DimensionColumns> dims = columns_of_variable(results, v, file);
  lxw_worksheet* sheet = added_sheet(workbook, sheet_name, final_name);
  write_header(sheet, header_of(dims), formats, final_name);
  lxw_format* value_format = v.units == "1" ? formats.ratio : formats.count;
  std::vector<lxw_format*> coordinate_format;  // per dimension: years and ages as whole numbers
  for (const DimensionColumns& d : dims)
    coordinate_format.push_back(all_whole(d.numbers) ? formats.whole : nullptr);
  std::vector<std::size_t> index(dims.size(), 0);
  lxw_row_t row = 1;
  for (double value : v.data) {
    lxw_col_t column = 0;
    for (std::size_t k = 0; k < dims.size(); ++k) {
      const std::vector<std::string>& cells = dims[k].rows[index[k]];
      for (std::size_t c = 0; c < cells.size(); ++c, ++column) {
        if (c == 0 && !dims[k].numbers.empty()) {
          write_value(sheet, row, column, dims[k].numbers[index[k]], coordinate_format[k],
                      final_name);
        } else {
          require_written(worksheet_write_string(sheet, row, column, cells[c].c_str(), nullptr),
                          final_name);
        }
      }
    }
    write_value(sheet, row, column, value, value_format, final_name);
    next_row(index, dims);
    ++row;
  }
}

}  // namespace

void export_xlsx(const ResultSet& results, const std::string& file,
                 const std::filesystem::path& workbook_path, const ExportOptions& options) {
  refuse_monthly(options);
  const ResultSet selected = export_selection(results, options);
  const std::vector<const Variable*> chosen = chosen_variables(selected, file, options.variables);
  refuse_long_sheets(chosen);
  AtomicOutput output(workbook_path, options.overwrite);
  // Constant memory: rows go to disk as they are written, so a large sheet needs little memory.
  lxw_workbook_options workbook_options{LXW_TRUE, nullptr, LXW_FALSE};
  Workbook workbook(workbook_new_opt(output.temporary_path().c_str(), &workbook_options));
  if (!workbook) {
    throw RuntimeError("cannot write " + workbook_path.string() +
                       ": libxlsxwriter could not start the workbook");
  }
  const Formats formats = add_formats(workbook.get());
  const std::vector<std::string> sheets = sheet_names(chosen);
  write_catalogue_sheet(workbook.get(), chosen, sheets, formats, workbook_path);
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    write_variable_sheet(workbook.get(), selected, *chosen[i], file, sheets[i], formats,
                         workbook_path);
  }
  require_written(workbook_close(workbook.release()), workbook_path);
  output.commit();
}

}  // namespace lmsim::outputs
