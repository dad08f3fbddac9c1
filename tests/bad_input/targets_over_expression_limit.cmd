score
{case}
tests/bad_input/ok/actuals.yaml
--max-expression-length
5
