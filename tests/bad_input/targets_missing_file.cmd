score
tests/bad_input/no_such_targets.yaml
tests/bad_input/ok/actuals.yaml
