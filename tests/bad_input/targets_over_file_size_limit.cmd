score
{case}
tests/bad_input/ok/actuals.yaml
--max-file-size
100
