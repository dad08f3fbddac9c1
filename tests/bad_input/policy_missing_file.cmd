score
tests/bad_input/ok/targets.yaml
tests/bad_input/ok/actuals.yaml
--policy
tests/bad_input/no_such_policy.yaml
