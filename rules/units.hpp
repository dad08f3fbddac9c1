// Units: folding of written forms and synonyms (名 = 人) from the policy.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace jixiao::rules {

/// Word -> the unit it stands for.
using unit_synonyms = std::map<std::string, std::string, std::less<>>;

/// The normalised unit: full-width folded (％ -> %), then mapped through `synonyms`.
std::string normalise_unit(std::string_view written, const unit_synonyms& synonyms);

}  // namespace jixiao::rules
