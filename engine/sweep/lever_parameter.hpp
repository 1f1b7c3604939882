// Sweep parameters that name a key of one of the scenario's levers rather than a model parameter
// (docs/sweep.md, "Lever sizes"): `levers.TYPE.KEY` for the scenario's one lever of that type,
// `levers[I].KEY` for its I-th lever, counted from 0, base scenarios' levers first (the order in
// which lmsim info lists them). Each point runs the scenario with that key set to the point's
// value, checked by the lever's own reader.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/error.hpp"
#include "engine/scenario.hpp"

namespace lmsim::sweep {

// The lever key a sweep parameter names, as written: a type or an index, and the key.
struct LeverKeyName {
  std::string type;                  // `levers.TYPE.KEY`; empty for `levers[I].KEY`
  std::optional<std::size_t> index;  // `levers[I].KEY`
  std::string key;
};

// Whether a sweep parameter's name is a lever key ("levers." or "levers[" first).
bool names_lever_key(const std::string& name);

// Reads the name of a lever key; a malformed one is refused at `where`.
LeverKeyName parse_lever_key_name(const std::string& name, const SourceLocation& where);

// The keys a lever type takes (besides `type`), for the check of the key named.
using LeverKeysOfType = std::function<std::vector<std::string>(const std::string& type)>;

// The lever of the scenario's list (base first) that the name points to; refused at `where`
// where the scenario has no such lever, more than one of the type, no such key for the type, or
// a value that is not a number under the key.
std::size_t resolve_lever_key(const LeverKeyName& name, const SourceLocation& where,
                              const std::vector<LeverEntry>& levers,
                              const LeverKeysOfType& keys_of_type);

}  // namespace lmsim::sweep
