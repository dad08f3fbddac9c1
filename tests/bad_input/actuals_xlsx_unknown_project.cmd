score
tests/bad_input/ok/targets.yaml
{case}
--strict
