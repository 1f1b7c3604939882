// The manifest of a forecast annex (manifest.json, written last by outputs/report/annex.py):
// lmsim report reads it to decide whether the annex maker finished its work before publishing
// the folder, and whether an existing folder is an earlier annex that --overwrite may replace
// (docs/report.md, "How the annex is written").
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace lmsim::cli {

struct AnnexManifest {
  std::string generator;             // "lmsim report"
  std::size_t charts = 0;            // charts drawn
  std::size_t tables = 0;            // tables written
  std::vector<std::string> written;  // every file of the annex but manifest.json itself
};

// The manifest of `folder`; throws std::runtime_error saying why when it is absent or cannot
// be read.
AnnexManifest read_annex_manifest(const std::filesystem::path& folder);

// Empty when `folder` holds a complete annex: a manifest of lmsim report listing index.html,
// every listed file a plain name of a non-empty file in the folder. Else the reason it is not.
std::string incomplete_annex(const std::filesystem::path& folder);

}  // namespace lmsim::cli
