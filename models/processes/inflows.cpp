#include "models/processes/inflows.hpp"

#include "models/model_description.hpp"

namespace lmsim::model {

double entrants_at_15(const ModelDescription& model, std::size_t h, int t) {
  return model.entrants_at_15_in(t) * model.region_share_age15[h];
}

double labour_migrants_arriving(const ModelDescription& model, const ScenarioEffects& effects,
                                std::size_t h, std::size_t o) {
  const double scale = model.parameters().labour_migration_scale / 12.0;
  return model.data().labour_migrants_per_year[o] * scale *
         effects.labour_migration_factor[h * model.occupations() + o] *
         model.labour_migrant_region_share(static_cast<Eigen::Index>(h),
                                           static_cast<Eigen::Index>(o));
}

std::array<ImmigrantGroup, 4> other_immigrants(const ModelDescription& model, std::size_t h,
                                               int t) {
  const ModelParameters& p = model.parameters();
  const double share = model.region_share_population[h];
  const auto& all_ages = model.data().age_rates.immigration_share;
  const double others = model.other_immigrants_in(t);
  return {{{Status::kInactivePotential, p.status_holders * share, &all_ages},
           {Status::kStudent, others * p.immigrant_student_share * share,
            &model.student_immigration_share},
           {Status::kInactive, others * p.immigrant_inactive_share * share, &all_ages},
           {Status::kInactivePotential,
            others * (1.0 - p.immigrant_student_share - p.immigrant_inactive_share) * share,
            &all_ages}}};
}

}  // namespace lmsim::model
