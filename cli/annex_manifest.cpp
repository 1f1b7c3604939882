#include "cli/annex_manifest.hpp"

#include <algorithm>
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <stdexcept>
#include <system_error>

namespace lmsim::cli {
namespace {

namespace fs = std::filesystem;
namespace pt = boost::property_tree;

std::size_t count_of(const pt::ptree& manifest, const char* key) {
  const auto list = manifest.get_child_optional(key);
  return list ? list->size() : 0;
}

}  // namespace

AnnexManifest read_annex_manifest(const fs::path& folder) {
  const fs::path path = folder / "manifest.json";
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) throw std::runtime_error("no manifest.json");
  pt::ptree tree;
  try {
    pt::read_json(path.string(), tree);
  } catch (const pt::ptree_error& error) {
    throw std::runtime_error(std::string("manifest.json cannot be read: ") + error.what());
  }
  AnnexManifest manifest;
  manifest.generator = tree.get<std::string>("generator", "");
  manifest.charts = count_of(tree, "charts");
  manifest.tables = count_of(tree, "tables");
  if (const auto written = tree.get_child_optional("written")) {
    for (const auto& entry : *written) manifest.written.push_back(entry.second.data());
  }
  return manifest;
}

std::string incomplete_annex(const fs::path& folder) {
  AnnexManifest manifest;
  try {
    manifest = read_annex_manifest(folder);
  } catch (const std::runtime_error& error) {
    return error.what();
  }
  if (manifest.generator != "lmsim report") return "manifest.json is not one of lmsim report";
  if (std::find(manifest.written.begin(), manifest.written.end(), "index.html") ==
      manifest.written.end()) {
    return "manifest.json does not list index.html";
  }
  for (const std::string& name : manifest.written) {
    // Plain names only: the manifest must not point outside the annex.
    if (name.empty() || name.find('/') != std::string::npos || name == "." || name == "..") {
      return "manifest.json lists '" + name + "', not a file name";
    }
    std::error_code ec;
    const fs::path file = folder / name;
    if (!fs::is_regular_file(fs::symlink_status(file, ec)) || fs::file_size(file, ec) == 0 || ec) {
      return "manifest.json lists " + name + ", which is missing or empty";
    }
  }
  return "";
}

}  // namespace lmsim::cli
