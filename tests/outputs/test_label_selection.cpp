// outputs/label_selection's select_labels: codes and names in any case, several in one argument
// separated by commas, names that hold a comma themselves, and an unknown one refused with the
// nearest suggestion.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "engine/error.hpp"
#include "outputs/label_selection.hpp"

namespace lmsim::outputs {
namespace {

using Catch::Matchers::Contains;

const std::vector<std::string> kCodes = {"AM13", "AM14", "BRC05"};
const std::vector<std::string> kNames = {"Midden-Utrecht", "Amersfoort",
                                         "Openbaar bestuur, veiligheid en juridische beroepen"};

std::vector<std::size_t> chosen(const std::vector<std::string>& wanted) {
  return select_labels(wanted, kCodes, &kNames, "--region");
}

TEST_CASE("select_labels takes codes, names and lists separated by commas", "[outputs][select]") {
  CHECK(chosen({}) == std::vector<std::size_t>{0, 1, 2});
  CHECK(chosen({"am14"}) == std::vector<std::size_t>{1});
  CHECK(chosen({"AM14", "midden-utrecht"}) == std::vector<std::size_t>{0, 1});
  CHECK(chosen({"AM13,AM14"}) == std::vector<std::size_t>{0, 1});
  CHECK(chosen({"AM13, Amersfoort"}) == std::vector<std::size_t>{0, 1});
  // A name with a comma of its own is one name, not a list.
  CHECK(chosen({"Openbaar bestuur, veiligheid en juridische beroepen"}) ==
        std::vector<std::size_t>{2});
  CHECK_THROWS_WITH(
      chosen({"AM13,AM41"}),
      Contains("--region 'AM41': not a code or name in the results") && Contains("did you mean"));
  CHECK_THROWS_AS(chosen({"Utrecht"}), InputError);
}

}  // namespace
}  // namespace lmsim::outputs
