score
{case}
tests/bad_input/ok/actuals.yaml
--max-expression-length
2000
-o
{tmp}/report.txt
