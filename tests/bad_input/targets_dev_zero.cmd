score
/dev/zero
tests/bad_input/ok/actuals.yaml
