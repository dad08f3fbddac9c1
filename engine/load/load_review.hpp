// Reading a review file (复核, SCORING.md section 9). Errors are input_errors with
// the file, line, column and field.
#pragma once

#include "engine/model/review_table.hpp"
#include "engine/yaml/yaml_document.hpp"

namespace jixiao::engine {

review_table load_review(const yaml_document& doc);

}  // namespace jixiao::engine
