score
tests/bad_input/ok/targets.yaml
{case}
--max-file-size
1M
