// Planted: a model header that reaches up to the CLI. tools/check_layers.py must refuse it.
#pragma once

#include "engine/cli/cli.hpp"
