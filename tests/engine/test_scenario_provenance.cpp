// Unit tests of engine/scenario_provenance: which file of a scenario's chain set its title and
// description, the base an inherited one is named by, and the result file's attributes that
// store the scenario's own description and mark an inherited title or description, each with
// its translations (title_nl, description_en).
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "engine/scenario.hpp"
#include "engine/scenario_provenance.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::test {
namespace {

namespace fs = std::filesystem;
using Attributes = std::vector<std::pair<std::string, std::string>>;

// root/child.toml inherits from root/sub/middle.toml, which inherits from root/root.toml: the
// root sets the title and the description, the middle only its title, the child neither.
struct Chain {
  TempDir folder;
  fs::path root = folder / "root.toml";
  fs::path middle = folder.path() / "sub" / "middle.toml";
  fs::path child = folder / "child.toml";
  Chain() {
    fs::create_directories(folder.path() / "sub");
    write_text(root, "title = \"Root\"\ndescription = \"No policy change.\"\n");
    write_text(middle, "base = \"../root.toml\"\ntitle = \"Middle\"\n");
    write_text(child, "base = \"sub/middle.toml\"\n");
  }
};

TEST_CASE("load_scenario records the file that set the title and the description", "[engine]") {
  Chain files;
  const Scenario root = load_scenario(files.root);
  CHECK(root.title_set_by == files.root);
  CHECK(root.description_set_by == files.root);
  CHECK_FALSE(inherits_title(root));
  CHECK_FALSE(inherits_description(root));

  const Scenario middle = load_scenario(files.middle);
  CHECK_FALSE(inherits_title(middle));
  CHECK(inherits_description(middle));
  CHECK(fs::equivalent(middle.description_set_by, files.root));

  const Scenario child = load_scenario(files.child);
  CHECK(child.title == "Middle");
  CHECK(child.description == "No policy change.");
  CHECK(inherits_title(child));
  CHECK(inherits_description(child));
  CHECK(fs::equivalent(child.title_set_by, files.middle));
}

TEST_CASE("an inherited title or description is named by its base as from the scenario's folder",
          "[engine]") {
  Chain files;
  const Scenario middle = load_scenario(files.middle);
  CHECK(name_from_scenario_folder(middle, middle.description_set_by) == "../root.toml");
  const Scenario child = load_scenario(files.child);
  CHECK(name_from_scenario_folder(child, child.title_set_by) == "sub/middle.toml");
  CHECK(name_from_scenario_folder(child, child.description_set_by) == "root.toml");
}

TEST_CASE("a scenario's own description is stored as its description, unmarked", "[engine]") {
  Chain files;
  const Scenario root = load_scenario(files.root);
  CHECK(title_attributes(root) == Attributes{{"title", "Root"}});
  CHECK(description_attributes(root) == Attributes{{"description", "No policy change."}});
}

TEST_CASE(
    "an inherited description is stored apart and marked with its base, not as the "
    "scenario's own",
    "[engine]") {
  Chain files;
  const Scenario child = load_scenario(files.child);
  CHECK(title_attributes(child) ==
        Attributes{{"title", "Middle"}, {"title_inherited_from", "sub/middle.toml"}});
  CHECK(description_attributes(child) == Attributes{{"description", ""},
                                                    {"description_inherited", "No policy change."},
                                                    {"description_inherited_from", "root.toml"}});
}

TEST_CASE("a scenario that sets an empty description of its own inherits none", "[engine]") {
  Chain files;
  write_text(files.child, "base = \"sub/middle.toml\"\ndescription = \"\"\n");
  const Scenario child = load_scenario(files.child);
  CHECK_FALSE(inherits_description(child));
  CHECK(description_attributes(child) == Attributes{{"description", ""}});
}

TEST_CASE("a scenario whose chain sets no title or description marks nothing", "[engine]") {
  TempDir folder;
  write_text(folder / "bare.toml", "seed = 1\n");
  const Scenario bare = load_scenario(folder / "bare.toml");
  CHECK(title_attributes(bare) == Attributes{{"title", ""}});
  CHECK(description_attributes(bare) == Attributes{{"description", ""}});
}

// root.toml sets a title and a description with their Dutch and English texts; own.toml sets its
// own title with only a Dutch text and inherits the description; heir.toml inherits both.
struct TranslatedChain {
  TempDir folder;
  fs::path root = folder / "root.toml";
  fs::path own = folder / "own.toml";
  fs::path heir = folder / "heir.toml";
  TranslatedChain() {
    write_text(root,
               "title = \"Baseline\"\ntitle_nl = \"Basispad\"\ntitle_en = \"Baseline\"\n"
               "description = \"No policy change.\"\n"
               "description_nl = \"Geen nieuw beleid.\"\n"
               "description_en = \"No policy change.\"\n");
    write_text(own, "base = \"root.toml\"\ntitle = \"Defence\"\ntitle_nl = \"Defensie\"\n");
    write_text(heir, "base = \"root.toml\"\nseed = 3\n");
  }
};

TEST_CASE("a scenario's own title and description are stored with their own translations",
          "[engine]") {
  TranslatedChain files;
  const Scenario root = load_scenario(files.root);
  CHECK(title_attributes(root) ==
        Attributes{{"title", "Baseline"}, {"title_nl", "Basispad"}, {"title_en", "Baseline"}});
  CHECK(description_attributes(root) == Attributes{{"description", "No policy change."},
                                                   {"description_nl", "Geen nieuw beleid."},
                                                   {"description_en", "No policy change."}});
}

TEST_CASE("a scenario that sets its own title inherits none of its base's title translations",
          "[engine]") {
  TranslatedChain files;
  const Scenario own = load_scenario(files.own);
  CHECK(own.title_translations == std::map<std::string, std::string>{{"nl", "Defensie"}});
  CHECK(title_attributes(own) == Attributes{{"title", "Defence"}, {"title_nl", "Defensie"}});
  // The description is the base's, so are its translations: stored apart and marked.
  CHECK(description_attributes(own) ==
        Attributes{{"description", ""},
                   {"description_inherited", "No policy change."},
                   {"description_inherited_nl", "Geen nieuw beleid."},
                   {"description_inherited_en", "No policy change."},
                   {"description_inherited_from", "root.toml"}});
}

TEST_CASE("an inherited title comes with its base's translations, marked as inherited",
          "[engine]") {
  TranslatedChain files;
  const Scenario heir = load_scenario(files.heir);
  CHECK(title_attributes(heir) == Attributes{{"title", "Baseline"},
                                             {"title_nl", "Basispad"},
                                             {"title_en", "Baseline"},
                                             {"title_inherited_from", "root.toml"}});
}

TEST_CASE("a scenario that sets its own description inherits none of its base's translations",
          "[engine]") {
  TranslatedChain files;
  write_text(files.heir, "base = \"root.toml\"\ndescription = \"Defence grows.\"\n");
  const Scenario heir = load_scenario(files.heir);
  CHECK(heir.description_translations.empty());
  CHECK(description_attributes(heir) == Attributes{{"description", "Defence grows."}});
}

}  // namespace
}  // namespace lmsim::test
