// libFuzzer target for the CSV reader: CsvTable::parse on the input, then number(), integer()
// and non_negative() on every field. An InputError is the expected answer to bad input; any
// other exception, a crash or a sanitizer report is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/csv_table.hpp"
#include "engine/error.hpp"

namespace {

template <typename Read>
void read_quietly(Read read) {
  try {
    read();
  } catch (const lmsim::InputError&) {
    // Expected: the field is not a (non-negative, whole) number.
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(bytes), size);
  try {
    const lmsim::CsvTable table = lmsim::CsvTable::parse(text, "fuzz.csv");
    for (std::size_t c = 0; c < table.header().size(); ++c) {
      static_cast<void>(table.column(table.header()[c]));
    }
    for (std::size_t r = 0; r < table.rows().size(); ++r) {
      for (std::size_t c = 0; c < table.header().size(); ++c) {
        static_cast<void>(table.text(r, c));
        static_cast<void>(table.location(r, c));
        read_quietly([&] { static_cast<void>(table.number(r, c)); });
        read_quietly([&] { static_cast<void>(table.integer(r, c)); });
        read_quietly([&] { static_cast<void>(table.non_negative(r, c)); });
      }
    }
  } catch (const lmsim::InputError&) {
    // Expected for bad input.
  }
  return 0;
}
