score
{case}
tests/bad_input/ok/actuals.yaml
--max-depth
4
