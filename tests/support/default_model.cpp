#include "tests/support/default_model.hpp"

#include "engine/scenario.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::test {

const model::DataSet& default_data() {
  static const model::DataSet data = model::load_data_set(default_data_dir());
  return data;
}

model::StockFlowModel default_model(YearMonth last, model::LeverList levers,
                                    const ParameterValues& values) {
  return model::StockFlowModel(default_data(), model::resolve_parameters(values),
                               TimeAxis({2025, 1}, last), std::move(levers));
}

model::LeverList levers_of(const std::string& toml) {
  TempDir tmp;
  const auto file = tmp / "scenario.toml";
  write_text(file, "data_dir = \"" + default_data_dir().string() + "\"\n" + toml);
  return model::build_levers(load_scenario(file).levers, default_data());
}

}  // namespace lmsim::test
