#include "outputs/assumptions.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "outputs/tension_class.hpp"

namespace lmsim::outputs {
namespace {

// The tag demand_outlook.csv gives the years after 2030, which follow an assumption.
constexpr const char* kStructuralTag = "labour supply at structural unemployment";

const std::string* attribute(const ResultSet& results, const std::string& name) {
  for (const auto& [key, value] : results.attributes)
    if (key == name) return &value;
  return nullptr;
}

std::vector<std::string> split_sources(const std::string& joined) {
  std::vector<std::string> tags;
  std::size_t start = 0;
  while (start <= joined.size()) {
    const std::size_t end = joined.find("; ", start);
    const std::string tag = joined.substr(start, end == std::string::npos ? end : end - start);
    if (!tag.empty()) tags.push_back(tag);
    if (end == std::string::npos) break;
    start = end + 2;
  }
  return tags;
}

bool has_defence(const ResultSet& results) {
  for (const Dimension& d : results.dimensions) {
    if (d.name != "occupation") continue;
    return std::any_of(d.labels.begin(), d.labels.end(),
                       [](const std::string& code) { return !is_uwv_occupation(code); });
  }
  return false;
}

std::string demand_sentence(const std::string& file, const std::string& sources, bool dutch) {
  if (file.empty()) {
    return dutch ? "geen vraagvooruitzicht: de doelvraag blijft op het niveau van de eerste maand"
                 : "no demand outlook: target demand is held at its first-month level";
  }
  const std::vector<std::string> tags = split_sources(sources);
  std::string after;
  if (std::find(tags.begin(), tags.end(), kStructuralTag) != tags.end()) {
    after = dutch ? "de werkgelegenheid volgt het arbeidsaanbod bij structurele werkloosheid"
                  : "employment follows the labour supply at structural unemployment";
  } else if (!tags.empty()) {
    after = tags.back();
  }
  std::string text = dutch ? "de doelvraag volgt " + file : "target demand follows " + file;
  if (!sources.empty()) text += (dutch ? " (bronnen: " : " (sources: ") + sources + ")";
  text += dutch ? "; na 2030 is dat een aanname, geen prognose"
                : "; after 2030 it is an assumption, not a forecast";
  if (!after.empty()) text += ": " + after;
  return text;
}

std::string supply_sentence(const std::string* sources, bool dutch) {
  if (sources == nullptr || sources->empty()) {
    return dutch ? "geen bevolkingsvooruitzicht: instroom op 15 jaar en migratie blijven op het "
                   "niveau van de parameters"
                 : "no population outlook: entrants at 15 and migration stay at the parameters' "
                   "levels";
  }
  return dutch ? "migratie en instroom op 15 jaar volgen de CBS-prognose (population_outlook.csv)"
               : "migration and entrants at 15 follow the CBS forecast (population_outlook.csv)";
}

std::string aow_sentence(const std::string* law_until, bool dutch) {
  if (law_until == nullptr || law_until->empty()) {
    return dutch ? "volgens aow_age.csv (geen jaar bij wet vastgelegd)"
                 : "as aow_age.csv gives it (no year fixed by law recorded)";
  }
  return dutch ? "bij wet vastgesteld tot en met " + *law_until +
                     ", daarna verwacht volgens de wettelijke regel (koppeling aan de "
                     "levensverwachting)"
               : "by law to " + *law_until +
                     ", expected from the legal rule after (linked to life expectancy)";
}

}  // namespace

std::vector<std::pair<std::string, std::string>> run_assumptions(const ResultSet& results,
                                                                 Language language) {
  const bool dutch = language == Language::kDutch;
  const std::string* demand = attribute(results, kDemandOutlookAttribute);
  if (demand == nullptr) {
    return {{dutch ? "vooruitzicht" : "outlook",
             dutch ? "geen vooruitzicht vastgelegd (een resultaatbestand van een oudere lmsim)"
                   : "no outlook recorded (a result file of an older lmsim)"}};
  }
  const std::string* demand_sources = attribute(results, kDemandSourcesAttribute);
  std::vector<std::pair<std::string, std::string>> lines = {
      {dutch ? "vraag" : "demand",
       demand_sentence(*demand, demand_sources ? *demand_sources : "", dutch)},
      {dutch ? "aanbod" : "supply",
       supply_sentence(attribute(results, kPopulationSourcesAttribute), dutch)},
      {dutch ? "AOW-leeftijd" : "AOW age",
       aow_sentence(attribute(results, kAowLawAttribute), dutch)}};
  if (has_defence(results)) {
    lines.emplace_back(
        dutch ? "defensie" : "defence",
        dutch ? "de basis houdt de defensieformatie op haar omvang bij de start (de ongeveer "
                "80.000 medewerkers van december 2025 en de open plaatsen); groei naar 100.000 is "
                "de hefboom defence_expansion"
              : "the baseline holds the defence formation at its size at the start (the about "
                "80,000 personnel of December 2025 and the open posts); growth toward 100,000 is "
                "the defence_expansion lever's");
  }
  return lines;
}

std::string format_assumptions(const ResultSet& results, Language language,
                               const std::string& indent) {
  constexpr std::size_t kLineWidth = 100;
  const auto lines = run_assumptions(results, language);
  std::size_t width = 0;
  for (const auto& [topic, text] : lines) width = std::max(width, topic.size());
  const std::string hanging(indent.size() + 2 + width + 2, ' ');
  std::ostringstream out;
  out << indent
      << (language == Language::kDutch ? "Vooruitzicht en aannames:\n"
                                       : "Outlook and assumptions:\n");
  for (const auto& [topic, text] : lines) {
    // Words wrapped at kLineWidth characters, continued under the first word.
    std::string line = indent + "  " + topic + std::string(width + 2 - topic.size(), ' ');
    std::size_t length = indent.size() + 2 + width + 2;  // "AOW-leeftijd" has no multibyte letter
    bool first_word = true;
    std::istringstream words(text);
    std::string word;
    while (words >> word) {
      if (!first_word && length + 1 + word.size() > kLineWidth) {
        out << line << "\n";
        line = hanging + word;
        length = hanging.size() + word.size();
      } else {
        line += (first_word ? "" : " ") + word;
        length += (first_word ? 0 : 1) + word.size();
      }
      first_word = false;
    }
    out << line << "\n";
  }
  return out.str();
}

std::string formation_fill_text(double filled, double posts, Language language) {
  const bool dutch = language == Language::kDutch;
  char rate[32];
  if (posts > 0.0) {
    std::snprintf(rate, sizeof rate, "%.1f%%", 100.0 * filled / posts);
  } else {
    std::snprintf(rate, sizeof rate, "n/a");
  }
  std::string percent = rate;
  if (dutch) std::replace(percent.begin(), percent.end(), '.', ',');
  return whole_number(filled, language) + (dutch ? " van " : " of ") +
         whole_number(posts, language) +
         (dutch ? " posten bezet, vullingsgraad " : " posts filled, fill rate ") + percent +
         (dutch ? ", onbezet " : ", unfilled ") +
         whole_number(std::max(0.0, posts - filled), language);
}

std::string defence_formation_text(double filled, double posts, Language language) {
  return (language == Language::kDutch ? "Defensieformatie (geen UWV-beroepsklasse): "
                                       : "Defence formation (not a UWV occupation class): ") +
         formation_fill_text(filled, posts, language);
}

}  // namespace lmsim::outputs
