score
{case}
tests/bad_input/ok/actuals.yaml
-o
{tmp}/report.json
--format
json
