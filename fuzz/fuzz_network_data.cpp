// libFuzzer target for the data of a published occupational network (models/network_data_set):
// the occupations CSV and the network matrix (no header, hand-parsed) through the loader and its
// checks. The first byte of the input picks the file (even: occupations, odd: network); the rest
// replaces that file beside a valid other one (three occupations). An InputError is the
// expected answer to a broken file; any other exception, a crash or a sanitizer report is a
// finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/error.hpp"
#include "fuzz/input_folder.hpp"
#include "models/network_data_set.hpp"

namespace {

const char kOccupations[] = "id,e0\na,100\nb,300\nc,50.5\n";
const char kNetwork[] = "0.5,0.5,0\n0,1,0\n0.25,0.25,0.5\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  static const lmsim::fuzz::InputFolder folder("lmsim-fuzz-network-");
  if (size == 0) return 0;
  const bool network = (bytes[0] & 1U) != 0;
  const auto* valid_occupations = reinterpret_cast<const std::uint8_t*>(kOccupations);
  const auto* valid_network = reinterpret_cast<const std::uint8_t*>(kNetwork);
  folder.write("jobs.csv", network ? valid_occupations : bytes + 1,
               network ? sizeof kOccupations - 1 : size - 1);
  folder.write("net.csv", network ? bytes + 1 : valid_network,
               network ? size - 1 : sizeof kNetwork - 1);
  lmsim::model::OccupationalNetworkSpec spec;
  spec.occupations = "jobs.csv";
  spec.employment_column = "e0";
  spec.network = "net.csv";
  try {
    static_cast<void>(lmsim::model::load_network_data_set(spec, folder.path()));
  } catch (const lmsim::InputError&) {
    // Expected for a broken file.
  }
  return 0;
}
