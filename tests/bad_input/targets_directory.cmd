score
tests/bad_input
tests/bad_input/ok/actuals.yaml
