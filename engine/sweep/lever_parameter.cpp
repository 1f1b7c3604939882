#include "engine/sweep/lever_parameter.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cctype>

#include "engine/spelling.hpp"

namespace lmsim::sweep {
namespace {

const char* const kLeverKeyForms =
    "expected levers.TYPE.KEY or levers[I].KEY, such as levers.local_shock.jobs or "
    "levers[0].jobs";

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

bool is_plain_name(const std::string& text) {
  return !text.empty() && text.find_first_of(".[]") == std::string::npos;
}

std::string lever_list(const std::vector<LeverEntry>& levers) {
  std::string list;
  for (std::size_t i = 0; i < levers.size(); ++i) {
    list += (list.empty() ? "" : ", ") + std::string("levers[") + std::to_string(i) + "] " +
            levers[i].type;
  }
  return list;
}

std::size_t lever_of_type(const LeverKeyName& name, const SourceLocation& where,
                          const std::vector<LeverEntry>& levers) {
  std::vector<std::size_t> matches;
  std::vector<std::string> types;
  for (std::size_t i = 0; i < levers.size(); ++i) {
    if (levers[i].type == name.type) matches.push_back(i);
    types.push_back(levers[i].type);
  }
  if (matches.empty()) {
    throw InputError(where, "the scenario has no lever of type '" + name.type + "'" +
                                did_you_mean(name.type, types) +
                                (levers.empty() ? std::string("; it has no levers")
                                                : "; its levers: " + lever_list(levers)));
  }
  if (matches.size() > 1) {
    std::string places;
    for (std::size_t i : matches)
      places += (places.empty() ? "" : ", ") + std::string("levers[") + std::to_string(i) + "]";
    throw InputError(where, "the scenario has " + std::to_string(matches.size()) +
                                " levers of type '" + name.type + "' (" + places +
                                ", base scenarios' first); name one by its place, such as levers[" +
                                std::to_string(matches.back()) + "]." + name.key);
  }
  return matches.front();
}

}  // namespace

bool names_lever_key(const std::string& name) {
  return starts_with(name, "levers.") || starts_with(name, "levers[");
}

LeverKeyName parse_lever_key_name(const std::string& name, const SourceLocation& where) {
  LeverKeyName parsed;
  if (starts_with(name, "levers.")) {
    const std::string rest = name.substr(7);
    const std::size_t dot = rest.find('.');
    if (dot != std::string::npos) {
      parsed.type = rest.substr(0, dot);
      parsed.key = rest.substr(dot + 1);
    }
    if (!is_plain_name(parsed.type) || !is_plain_name(parsed.key))
      throw InputError(where, kLeverKeyForms);
    return parsed;
  }
  const std::size_t close = name.find("].");
  const std::string digits = close == std::string::npos ? std::string() : name.substr(7, close - 7);
  if (!starts_with(name, "levers[") || digits.empty() || digits.size() > 6 ||
      !std::all_of(digits.begin(), digits.end(),
                   [](unsigned char c) { return std::isdigit(c) != 0; })) {
    throw InputError(where, kLeverKeyForms);
  }
  parsed.index = static_cast<std::size_t>(std::stoul(digits));
  parsed.key = name.substr(close + 2);
  if (!is_plain_name(parsed.key)) throw InputError(where, kLeverKeyForms);
  return parsed;
}

std::size_t resolve_lever_key(const LeverKeyName& name, const SourceLocation& where,
                              const std::vector<LeverEntry>& levers,
                              const LeverKeysOfType& keys_of_type) {
  std::size_t lever = 0;
  if (name.index) {
    if (*name.index >= levers.size()) {
      throw InputError(where, "the scenario has no lever levers[" + std::to_string(*name.index) +
                                  "]" +
                                  (levers.empty() ? std::string("; it has no levers")
                                                  : "; its levers, counted from 0 with the base "
                                                    "scenarios' first: " +
                                                        lever_list(levers)));
    }
    lever = *name.index;
  } else {
    lever = lever_of_type(name, where, levers);
  }
  const LeverEntry& entry = levers[lever];
  const std::vector<std::string> keys = keys_of_type(entry.type);
  if (std::find(keys.begin(), keys.end(), name.key) == keys.end()) {
    throw InputError(where, "a lever of type '" + entry.type + "' has no key '" + name.key + "'" +
                                did_you_mean(name.key, keys));
  }
  const toml::table table = toml::parse(entry.toml);
  if (const toml::node* value = table.get(name.key);
      value != nullptr && !value->is_integer() && !value->is_floating_point()) {
    throw InputError(where, "levers[" + std::to_string(lever) + "]." + name.key +
                                " is not a number in the scenario; a sweep varies numbers");
  }
  return lever;
}

}  // namespace lmsim::sweep
