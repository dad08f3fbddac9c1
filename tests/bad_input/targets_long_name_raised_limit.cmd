score
{case}
tests/bad_input/ok/actuals.yaml
--max-text-length
20000
-o
{tmp}/report.txt
