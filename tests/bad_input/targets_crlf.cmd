score
{case}
tests/bad_input/ok/actuals.yaml
--strict
