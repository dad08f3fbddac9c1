score
tests/bad_input/ok/targets.yaml
tests/bad_input/ok/actuals.yaml
--review
{case}
