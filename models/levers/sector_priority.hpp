// Sector priority, voorrang (InZicht Magazine AIZ, June 2025: "voorrang voor sectoren of
// doelgroepen?"): priority occupations (for example care, education, defence, police) get more
// attention from job seekers (their vacancies' recruitment intensity times `search_weight`,
// through subsidies, matching support or housing priority) and keep their workers longer
// (separation rate times `retention`, below 1).
#pragma once

#include "models/levers/lever.hpp"
#include "models/levers/lever_reader.hpp"

namespace lmsim::model {

class SectorPriority : public Lever {
 public:
  SectorPriority(const LeverReader& reader);
  void add_effect(ScenarioEffects& effects, YearMonth month) const override;

 private:
  std::vector<bool> cells_;  // work region x occupation
  double search_weight_ = 1.0;
  double retention_ = 1.0;
  TimeProfile profile_;
};

}  // namespace lmsim::model
