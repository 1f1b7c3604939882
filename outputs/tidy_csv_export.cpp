#include "outputs/tidy_csv_export.hpp"

#include <algorithm>
#include <charconv>
#include <csignal>
#include <cstdlib>
#include <fstream>

#include "engine/atomic_folder.hpp"
#include "engine/error.hpp"
#include "engine/spelling.hpp"
#include "outputs/number_text.hpp"
#include "outputs/result_selection.hpp"
#include "outputs/time_coordinate.hpp"

namespace lmsim::outputs {
namespace {

constexpr const char* kCatalogueHeader = "variable,dimensions,units,long_name,long_name_nl,file";

// RFC 4180 quoting: fields holding a comma, a quote or a line break are quoted.
std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

// The text columns of one dimension: its coordinate, then every text coordinate along it.
struct DimensionColumns {
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;  // rows[index along the dimension]
};

DimensionColumns columns_of(const ResultSet& results, const Dimension& d, const std::string& file) {
  DimensionColumns columns;
  columns.headers.push_back(d.name);
  std::vector<std::string> coordinate;
  if (d.name == "time") {
    coordinate = iso_dates(d, file);
  } else if (!d.labels.empty()) {
    coordinate = d.labels;
  } else {
    for (double v : d.values) coordinate.push_back(exact_number(v));
  }
  columns.rows.resize(d.size());
  for (std::size_t i = 0; i < d.size(); ++i) columns.rows[i].push_back(csv_field(coordinate[i]));
  for (const TextCoordinate& c : results.text_coordinates) {
    if (c.dim != d.name) continue;
    columns.headers.push_back(c.name);
    for (std::size_t i = 0; i < d.size(); ++i) columns.rows[i].push_back(csv_field(c.labels[i]));
  }
  return columns;
}

// `path` names the file in the final folder: the user knows that one, not the temporary folder.
void check_written(std::ofstream& out, const std::filesystem::path& path) {
  out.flush();
  if (!out) throw RuntimeError("cannot write " + path.string() + " (disk full or not writable?)");
}

void write_variable(const ResultSet& results, const Variable& v, const std::string& file,
                    const std::filesystem::path& path, const std::filesystem::path& final_name) {
  std::vector<DimensionColumns> dims;
  for (const std::string& name : v.dims)
    dims.push_back(columns_of(results, results.dimension(name), file));
  std::ofstream out(path, std::ios::binary);
  std::string header;
  for (const DimensionColumns& d : dims) {
    for (const std::string& h : d.headers) header += h + ",";
  }
  out << header << "value\n";
  std::vector<std::size_t> index(dims.size(), 0);
  for (double value : v.data) {
    for (std::size_t k = 0; k < dims.size(); ++k) {
      for (const std::string& cell : dims[k].rows[index[k]]) out << cell << ',';
    }
    out << exact_number(value) << '\n';
    // Row-major: the last dimension runs fastest.
    for (std::size_t k = dims.size(); k-- > 0;) {
      if (++index[k] < dims[k].rows.size()) break;
      index[k] = 0;
    }
  }
  check_written(out, final_name);
}

void write_catalogue(const std::vector<const Variable*>& chosen, const std::filesystem::path& path,
                     const std::filesystem::path& final_name) {
  std::ofstream out(path, std::ios::binary);
  out << kCatalogueHeader << "\n";
  for (const Variable* v : chosen) {
    std::string dims;
    for (const std::string& d : v->dims) dims += (dims.empty() ? "" : " x ") + d;
    out << csv_field(v->name) << ',' << csv_field(dims) << ',' << csv_field(v->units) << ','
        << csv_field(v->long_name) << ',' << csv_field(v->long_name_nl) << ','
        << csv_field(v->name + ".csv") << '\n';
  }
  check_written(out, final_name);
}

// --overwrite replaces a folder only when it is an earlier export: variables.csv of lmsim
// export and nothing but CSV files beside it, so that a folder of the user's is never removed.
std::string earlier_export_only(const std::filesystem::path& folder) {
  const std::string refusal =
      "not a folder of lmsim export (variables.csv and CSV files only); --overwrite replaces "
      "only such a folder";
  std::ifstream catalogue(folder / "variables.csv", std::ios::binary);
  std::string header;
  if (!std::getline(catalogue, header) || header != kCatalogueHeader) return refusal;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end;
       it.increment(ec)) {
    if (!it->is_regular_file(ec) || it->path().extension() != ".csv") return refusal;
  }
  return ec ? refusal : "";
}

// Test hook (docs/testing.md): LMSIM_EXPORT_KILL_AFTER=K makes lmsim export send itself SIGKILL
// (or the signal LMSIM_EXPORT_KILL_SIGNAL=TERM|INT names) right after writing its K-th file,
// so that the tests of an interrupted export need no timing.
void kill_self_after_for_tests(std::size_t written) {
  const char* after = std::getenv("LMSIM_EXPORT_KILL_AFTER");
  if (after == nullptr || std::strtoull(after, nullptr, 10) != written) return;
  const char* name = std::getenv("LMSIM_EXPORT_KILL_SIGNAL");
  const std::string signal_name = name != nullptr ? name : "KILL";
  std::raise(signal_name == "TERM" ? SIGTERM : signal_name == "INT" ? SIGINT : SIGKILL);
}

std::vector<const Variable*> chosen_variables(const ResultSet& results, const std::string& file,
                                              const std::vector<std::string>& names) {
  std::vector<const Variable*> chosen;
  if (names.empty()) {
    for (const Variable& v : results.variables) chosen.push_back(&v);
    return chosen;
  }
  std::vector<std::string> available;
  for (const Variable& v : results.variables) available.push_back(v.name);
  for (const std::string& name : names) {
    if (std::find(names.begin(), names.end(), name) != names.begin() + (&name - names.data())) {
      continue;  // named twice: export it once
    }
    const Variable* found = nullptr;
    for (const Variable& v : results.variables) {
      if (v.name == name) found = &v;
    }
    if (found == nullptr) {
      throw InputError({file, 0, 0, name}, "the file has no variable '" + name + "'" +
                                               did_you_mean(name, available) + "; 'lmsim info " +
                                               file + "' lists them");
    }
    chosen.push_back(found);
  }
  return chosen;
}

}  // namespace

std::vector<std::filesystem::path> export_tidy_csv(const ResultSet& results,
                                                   const std::string& file,
                                                   const std::filesystem::path& folder,
                                                   const CsvExportOptions& options) {
  const ResultSet selected = regions_only(options.annual ? annual_means(results) : results,
                                          options.regions, options.groups);
  const std::vector<const Variable*> chosen = chosen_variables(selected, file, options.variables);
  std::vector<std::string> names;
  for (const Variable* v : chosen) names.push_back(v->name + ".csv");
  names.emplace_back("variables.csv");
  // A missing parent folder is made; the CSV folder itself appears only when complete.
  std::filesystem::path target = folder;
  if (!target.has_filename()) target = target.parent_path();
  std::error_code ec;
  if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), ec);
  if (ec) {
    // Found before any work: the user's to fix (exit code 2, docs/errors.md).
    throw InputError("cannot create the folder " + target.parent_path().string() + ": " +
                     ec.message());
  }
  AtomicFolder output(target, options.overwrite, earlier_export_only);
  std::vector<std::filesystem::path> paths;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::filesystem::path path = output.temporary_path() / names[i];
    if (i < chosen.size()) {
      write_variable(selected, *chosen[i], file, path, target / names[i]);
    } else {
      write_catalogue(chosen, path, target / names[i]);
    }
    paths.push_back(target / names[i]);
    kill_self_after_for_tests(i + 1);
    output.stop_if_interrupted();
  }
  output.publish();
  return paths;
}

}  // namespace lmsim::outputs
