#include "models/abm/agent_table.hpp"

namespace lmsim::model::abm {

void AgentTable::reserve(std::size_t n) {
  id.reserve(n);
  occupation.reserve(n);
  for (auto* field :
       {&status, &home, &work, &age, &birth_month, &education, &spell, &hours, &flags})
    field->reserve(n);
}

void AgentTable::add(const Person& p) {
  id.push_back(p.id);
  status.push_back(static_cast<std::uint8_t>(p.status));
  home.push_back(p.home);
  work.push_back(p.work);
  occupation.push_back(p.occupation);
  age.push_back(p.age);
  birth_month.push_back(p.birth_month);
  education.push_back(p.education);
  spell.push_back(p.spell);
  hours.push_back(p.hours);
  flags.push_back(p.flags);
}

std::size_t AgentTable::remove_departed() {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < size(); ++i) {
    if (status[i] == kDeparted) continue;
    if (kept != i) {
      id[kept] = id[i];
      status[kept] = status[i];
      home[kept] = home[i];
      work[kept] = work[i];
      occupation[kept] = occupation[i];
      age[kept] = age[i];
      birth_month[kept] = birth_month[i];
      education[kept] = education[i];
      spell[kept] = spell[i];
      hours[kept] = hours[i];
      flags[kept] = flags[i];
    }
    ++kept;
  }
  const std::size_t removed = size() - kept;
  id.resize(kept);
  occupation.resize(kept);
  for (auto* field :
       {&status, &home, &work, &age, &birth_month, &education, &spell, &hours, &flags})
    field->resize(kept);
  departed_ = 0;
  return removed;
}

std::size_t AgentTable::bytes_per_person() const {
  return sizeof(std::uint64_t) + 9 * sizeof(std::uint8_t) + sizeof(std::uint16_t);
}

}  // namespace lmsim::model::abm
