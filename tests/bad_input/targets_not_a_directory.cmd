score
tests/bad_input/ok/targets.yaml/targets.yaml
tests/bad_input/ok/actuals.yaml
