#!/usr/bin/env python3
# Writes the input files of the bad-input corpus (not the .expect files: those are
# written by hand, from messages checked to be good). Run from anywhere:
#   python3 tests/bad_input/make_cases.py
import os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
def w(name, content, cmd=None):
    data = content.encode('utf-8') if isinstance(content, str) else content
    open(name, 'wb').write(data)
    if cmd is not None:
        open(os.path.splitext(name)[0] + '.cmd', 'w').write('\n'.join(cmd) + '\n')

OKT = open('ok/targets.yaml', encoding='utf-8').read().split('\n', 1)[1]
OKA = open('ok/actuals.yaml', encoding='utf-8').read().split('\n', 1)[1]
HEAD = 'year: 2023\nprojects:\n  - id: "1"\n    name: 设备购置\n    budget: 10\n    indicators:\n'
AHEAD = 'year: 2023\nprojects:\n  "1":\n    spent: 9.5\n    indicators:\n'
def T(body): return HEAD + body
def A(body): return AHEAD + body
OKA_PATH = 'tests/bad_input/ok/actuals.yaml'
OKT_PATH = 'tests/bad_input/ok/targets.yaml'
STRICT_T = ['score', '{case}', OKA_PATH, '--strict']
STRICT_A = ['score', OKT_PATH, '{case}', '--strict']

# --- targets: encodings and line ends that must work
w('targets_bom.yaml', b'\xef\xbb\xbf' + OKT.encode(), STRICT_T)
w('targets_crlf.yaml', OKT.replace('\n', '\r\n'), STRICT_T)
w('targets_bom_crlf.yaml', b'\xef\xbb\xbf' + OKT.replace('\n', '\r\n').encode(), STRICT_T)
# --- targets: malformed YAML
w('targets_empty.yaml', '')
w('targets_only_comments.yaml', '# 项目绩效目标表\n# (not filled in yet)\n')
w('targets_bad_indent.yaml', 'year: 2023\nprojects:\n  - id: "1"\n    name: 设备购置\n   budget: 10\n')
w('targets_tab_indent.yaml', 'year: 2023\nprojects:\n\t- id: "1"\n\t  name: 设备购置\n')
w('targets_tab_in_value_indent.yaml', T('      - name: 满意率\n\t  target: "≥ % 98"\n'))
w('targets_unclosed_double_quote.yaml', T('      - name: 满意率\n        target: "≥ % 98\n      - name: 数量\n        target: "= 台 5"\n'))
w('targets_unclosed_single_quote.yaml', T("      - name: '满意率\n        target: ≥ % 98\n"))
w('targets_unclosed_flow_list.yaml', 'year: 2023\nprojects: [{id: "1", name: 设备购置, budget: 10}\n')
w('targets_unclosed_flow_map.yaml', 'year: 2023\nprojects:\n  - {id: "1", name: 设备购置, budget: 10\n')
w('targets_colon_in_plain_value.yaml', T('      - name: 满意率: 服务对象\n        target: ≥ % 98\n'))
w('targets_second_document.yaml', OKT + '---\n' + OKT)
w('targets_directive_only.yaml', '%YAML 1.2\n')
# --- duplicate keys
w('targets_duplicate_field.yaml', 'year: 2023\nprojects:\n  - id: "1"\n    name: 设备购置\n    budget: 10\n    budget: 12\n')
w('targets_duplicate_root_key.yaml', OKT + 'projects: []\n')
w('targets_duplicate_flow_key.yaml', T('      - {name: 满意率, target: ≥ % 98, target: ≥ % 90}\n'))
# --- encodings
w('targets_invalid_utf8.yaml', b'year: 2023\nprojects:\n  - id: "1"\n    name: \xe8\xae\xbe\xff\n')
w('targets_gbk.yaml', 'year: 2023\nprojects:\n  - id: "1"\n    name: 设备购置\n'.encode('gbk'))
w('targets_utf16.yaml', '\ufeffyear: 2023\n'.encode('utf-16-le'))
w('targets_nul_byte.yaml', b'year: 2023\nprojects:\n  - id: "1\x00"\n')
w('targets_overlong_utf8.yaml', b'year: 2023\ndepartment: \xc0\xaf\n')
w('targets_surrogate_utf8.yaml', b'year: 2023\ndepartment: \xed\xa0\x80\n')
# --- wrong types
w('targets_root_list.yaml', '- id: "1"\n  name: 设备购置\n')
w('targets_root_scalar.yaml', '设备购置经费\n')
w('targets_projects_missing.yaml', 'year: 2023\ndepartment: 测试单位\n')
w('targets_projects_map.yaml', 'year: 2023\nprojects:\n  "1": {name: 设备购置, budget: 10}\n')
w('targets_projects_scalar.yaml', 'year: 2023\nprojects: 设备购置\n')
w('targets_project_scalar.yaml', 'year: 2023\nprojects:\n  - 设备购置\n')
w('targets_project_id_missing.yaml', 'year: 2023\nprojects:\n  - name: 设备购置\n    budget: 10\n')
w('targets_project_id_list.yaml', 'year: 2023\nprojects:\n  - id: [1, 2]\n    name: 设备购置\n    budget: 10\n')
w('targets_project_id_empty.yaml', 'year: 2023\nprojects:\n  - id: ""\n    name: 设备购置\n    budget: 10\n')
w('targets_project_name_map.yaml', 'year: 2023\nprojects:\n  - id: "1"\n    name: {中文: 设备购置}\n    budget: 10\n')
w('targets_budget_text.yaml', 'year: 2023\nprojects:\n  - id: "1"\n    name: 设备购置\n    budget: 十万元\n')
w('targets_budget_negative.yaml', 'year: 2023\nprojects:\n  - id: "1"\n    name: 设备购置\n    budget: -5\n')
w('targets_budget_1e400.yaml', 'year: 2023\nprojects:\n  - id: "1"\n    name: 设备购置\n    budget: 1e400\n')
w('targets_budget_nan.yaml', 'year: 2023\nprojects:\n  - id: "1"\n    name: 设备购置\n    budget: .nan\n')
w('targets_budget_inf.yaml', 'year: 2023\nprojects:\n  - id: "1"\n    name: 设备购置\n    budget: .inf\n')
w('targets_budget_huge.yaml', 'year: 2023\nprojects:\n  - id: "1"\n    name: 设备购置\n    budget: 123456789012345678901234567890\n')
w('targets_budget_list.yaml', 'year: 2023\nprojects:\n  - id: "1"\n    name: 设备购置\n    budget: [10, 12]\n')
w('targets_budget_empty.yaml', 'year: 2023\nprojects:\n  - id: "1"\n    name: 设备购置\n    budget:\n')
w('targets_year_text.yaml', 'year: 二〇二三\nprojects: []\n')
w('targets_year_out_of_range.yaml', 'year: 99999\nprojects: []\n')
w('targets_year_fraction.yaml', 'year: 2023.5\nprojects: []\n')
w('targets_department_map.yaml', 'department: {name: 测试单位}\nprojects: []\n')
w('targets_unknown_field.yaml', 'year: 2023\nprojects:\n  - id: "1"\n    name: 设备购置\n    budgte: 10\n')
w('targets_key_is_list.yaml', 'year: 2023\n[projects]: []\n')
w('targets_indicators_map.yaml', 'year: 2023\nprojects:\n  - id: "1"\n    name: 设备购置\n    budget: 10\n    indicators:\n      满意率: ≥ % 98\n')
w('targets_indicator_scalar.yaml', T('      - 满意率 ≥ % 98\n'))
w('targets_indicator_name_missing.yaml', T('      - target: ≥ % 98\n'))
w('targets_indicator_target_missing.yaml', T('      - name: 满意率\n'))
w('targets_target_list.yaml', T('      - name: 满意率\n        target: [≥, "%", 98]\n'))
w('targets_target_null.yaml', T('      - name: 满意率\n        target: ~\n'))
w('targets_target_bad_expression.yaml', T('      - name: 满意率\n        target: "≥ % 九十八"\n'))
w('targets_target_1e400.yaml', T('      - name: 满意率\n        target: "≥ % 1e400"\n'))
w('targets_weight_text.yaml', T('      - name: 满意率\n        target: ≥ % 98\n        weight: 十分\n'))
w('targets_weight_over_100.yaml', T('      - name: 满意率\n        target: ≥ % 98\n        weight: 150\n'))
w('targets_weight_negative.yaml', T('      - name: 满意率\n        target: ≥ % 98\n        weight: -10\n'))
w('targets_weight_nan.yaml', T('      - name: 满意率\n        target: ≥ % 98\n        weight: .NaN\n'))
w('targets_category_unknown.yaml', T('      - name: 满意率\n        target: ≥ % 98\n        category: 其他\n'))
w('targets_category_list.yaml', T('      - name: 满意率\n        target: ≥ % 98\n        category: [满意度]\n'))
# --- hostile
w('targets_deep_flow_nesting.yaml', 'projects: ' + '[' * 5000 + ']' * 5000 + '\n')
w('targets_deep_map_nesting.yaml', 'projects: ' + '{a: ' * 3000 + '1' + '}' * 3000 + '\n')
w('targets_deep_block_nesting.yaml', ''.join('  ' * i + 'a%d:\n' % i for i in range(100)))
lines = ['department: &a ["哈","哈","哈","哈","哈","哈","哈","哈","哈"]']
prev = 'a'
for i in range(1, 10):
    n = chr(ord('a') + i)
    lines.append(f'x{n}: &{n} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]')
    prev = n
w('targets_billion_laughs.yaml', '\n'.join(lines) + '\nprojects: *j\n')
w('targets_alias_project.yaml', 'year: 2023\nprojects:\n  - &p {id: "1", name: 设备购置, budget: 10}\n  - *p\n')
w('targets_merge_key.yaml', 'year: 2023\nprojects:\n  - &base {id: "1", name: 设备购置, budget: 10}\n  - <<: *base\n    id: "2"\n')
w('targets_long_expression.yaml', T('      - name: 满意率\n        target: "≥ % ' + '9' * 3000 + '"\n'))
w('targets_long_expression_spaces.yaml', T('      - name: 满意率\n        target: "≥' + ' ' * 5000 + '% 98"\n'))
w('targets_long_line_unclosed.yaml', 'year: 2023\nprojects:\n  - id: "1"\n    name: "' + '很长的项目名称' * 3000 + '\n')
w('targets_long_key.yaml', 'year: 2023\n' + '长' * 2000 + ': 1\nprojects: []\n')
w('targets_long_name.yaml', 'year: 2023\nprojects:\n  - id: "1"\n    name: ' + '很长的项目名称' * 2000 + '\n    budget: 10\n')
w('targets_long_name_raised_limit.yaml', 'year: 2023\nprojects:\n  - id: "1"\n    name: ' + '很长的项目名称' * 2000 + '\n    budget: 10\n', ['score', '{case}', OKA_PATH, '--max-text-length', '20000', '-o', '{tmp}/report.txt'])
w('targets_long_department.yaml', 'department: ' + 'x' * 100000 + '\nprojects: []\n')
w('actuals_long_note.yaml', A('      购置数量: {value: 5, note: "' + '采购' * 6000 + '"}\n'))
w('actuals_long_key.yaml', A('      "' + '指标' * 6000 + '": 5\n'))
w('targets_many_projects_ids.yaml', 'year: 2023\nprojects:\n' + ''.join('  - {id: "%d", name: 项目%d, budget: 1}\n' % (i, i) for i in range(500)), ['score', '{case}', OKA_PATH, '-o', '{tmp}/report.json', '--format', 'json'])
# --- limits
w('targets_over_file_size_limit.yaml', OKT, ['score', '{case}', OKA_PATH, '--max-file-size', '100'])
w('targets_over_depth_limit.yaml', OKT, ['score', '{case}', OKA_PATH, '--max-depth', '4'])
w('targets_over_expression_limit.yaml', OKT, ['score', '{case}', OKA_PATH, '--max-expression-length', '5'])
w('targets_raised_expression_limit.yaml', T('      - name: 满意率\n        target: "≥ % ' + '0' * 1200 + '98"\n'), ['score', '{case}', OKA_PATH, '--max-expression-length', '2000', '-o', '{tmp}/report.txt'])
w('targets_cr_only.yaml', OKT.replace('\n', '\r'), STRICT_T)
w('targets_bare_cr.yaml', b'year: 2023\r\nprojects: []\r\r\n')
w('targets_crlf_bad_budget.yaml', 'year: 2023\r\nprojects:\r\n  - id: "1"\r\n    name: 设备购置\r\n    budget: 十万\r\n')
w('targets_crlf_unclosed_flow.yaml', 'year: 2023\r\nprojects: [{id: "1", name: 设备购置\r\n')
w('targets_escape_sequence.yaml', b'year: 2023\ndepartment: "\x1b]0;pwned\x07\x1b[31m\xe7\xba\xa2\xe8\x89\xb2"\nprojects: []\n')
w('targets_c1_control.yaml', b'year: 2023\ndepartment: \xc2\x9b31m\nprojects: []\n')
# found by fuzzing: yaml-cpp starts a new document at a stray ',' forever
w('targets_stray_comma_hang.yaml', ",'")
w('actuals_stray_comma.yaml', 'year: 2023\nprojects:\n  "1":\n    spent: 9.5\n,\n')
# --- not a file
open('targets_directory.cmd', 'w').write('score\ntests/bad_input\n' + OKA_PATH + '\n')
open('targets_missing_file.cmd', 'w').write('score\ntests/bad_input/no_such_targets.yaml\n' + OKA_PATH + '\n')
open('targets_dev_zero.cmd', 'w').write('score\n/dev/zero\n' + OKA_PATH + '\n')
open('targets_not_a_directory.cmd', 'w').write('score\ntests/bad_input/ok/targets.yaml/targets.yaml\n' + OKA_PATH + '\n')

# --- actuals
w('actuals_bom.yaml', b'\xef\xbb\xbf' + OKA.encode(), STRICT_A)
w('actuals_crlf.yaml', OKA.replace('\n', '\r\n'), STRICT_A)
w('actuals_empty.yaml', '')
w('actuals_crlf_bad_value.yaml', 'year: 2023\r\nprojects:\r\n  "1":\r\n    spent: 9.5\r\n    indicators:\r\n      满意率: 九十五\r\n')
w('actuals_root_list.yaml', '- "1"\n')
w('actuals_projects_list.yaml', 'year: 2023\nprojects:\n  - "1"\n')
w('actuals_projects_missing.yaml', 'year: 2023\n')
w('actuals_project_scalar.yaml', 'year: 2023\nprojects:\n  "1": 9.5\n')
w('actuals_project_key_list.yaml', 'year: 2023\nprojects:\n  ? [1, 2]\n  : {spent: 9.5}\n')
w('actuals_indicators_list.yaml', 'year: 2023\nprojects:\n  "1":\n    spent: 9.5\n    indicators: [5, 1.8]\n')
w('actuals_duplicate_indicator.yaml', A('      购置数量: 5\n      单位成本: 1.8\n      购置数量: 4\n'))
w('actuals_duplicate_project.yaml', 'year: 2023\nprojects:\n  "1":\n    spent: 9.5\n  1:\n    spent: 9\n')
w('actuals_duplicate_quoted_key.yaml', A('      满意率: 95%\n      "满意率": 90%\n'))
w('actuals_spent_negative.yaml', 'year: 2023\nprojects:\n  "1":\n    spent: -9.5\n')
w('actuals_spent_nan.yaml', 'year: 2023\nprojects:\n  "1":\n    spent: .nan\n')
w('actuals_spent_inf.yaml', 'year: 2023\nprojects:\n  "1":\n    spent: -.inf\n')
w('actuals_spent_1e400.yaml', 'year: 2023\nprojects:\n  "1":\n    spent: 1e400\n')
w('actuals_spent_text.yaml', 'year: 2023\nprojects:\n  "1":\n    spent: 九万五\n')
w('actuals_spent_map.yaml', 'year: 2023\nprojects:\n  "1":\n    spent: {value: 9.5}\n')
w('actuals_spent_comma.yaml', 'year: 2023\nprojects:\n  "1":\n    spent: 9,5\n')
w('actuals_value_negative.yaml', A('      购置数量: -5\n'))
w('actuals_value_1e400.yaml', A('      购置数量: 1e400\n'))
w('actuals_value_nan.yaml', A('      购置数量: .nan\n'))
w('actuals_value_list.yaml', A('      购置数量: [5, 6]\n'))
w('actuals_value_bad_text.yaml', A('      满意率: 九十五\n'))
w('actuals_value_map_unknown_field.yaml', A('      满意率: {vaule: 95%}\n'))
w('actuals_value_map_missing_value.yaml', A('      满意率: {note: 未统计}\n'))
w('actuals_value_and_grade.yaml', A('      使用效益: {value: 达成, grade: 达成}\n'))
w('actuals_grade_not_a_grade.yaml', A('      使用效益: {grade: 95%}\n'))
w('actuals_ratio_outside_tier.yaml', A('      使用效益: {grade: 部分达成, ratio: 0.9}\n'))
w('actuals_ratio_text.yaml', A('      使用效益: {grade: 部分达成, ratio: 七成}\n'))
w('actuals_ratio_without_tier.yaml', A('      购置数量: {value: 5, ratio: 0.9}\n'))
w('actuals_planned_with_grade.yaml', A('      使用效益: {value: 达成, planned: 4}\n'))
w('actuals_cause_wrong.yaml', A('      购置数量: {value: 9, cause: 目标太低}\n'))
w('actuals_note_list.yaml', A('      购置数量: {value: 4, note: [采购延期]}\n'))
w('actuals_year_text.yaml', 'year: 今年\nprojects: {}\n')
w('actuals_long_value.yaml', A('      满意率: "' + '9' * 2000 + '%"\n'))
w('actuals_invalid_utf8.yaml', A('      满意率: 95\xef\xbc\n').encode('utf-8', 'surrogateescape') if False else (AHEAD.encode() + b'      \xe6\xbb\xa1\xe6\x84\x8f\xe7\x8e\x87: 95\xef\xbc\n'))
w('actuals_nul_byte.yaml', AHEAD.encode() + b'      \x00: 95\n')
w('actuals_unclosed_quote.yaml', A('      满意率: "95%\n      购置数量: 5\n'))
w('actuals_tab_indent.yaml', A('\t购置数量: 5\n'))
w('actuals_alias.yaml', A('      购置数量: &five 5\n      单位成本: *five\n'))
w('actuals_deep_nesting.yaml', A('      购置数量: ' + '{a: ' * 200 + '1' + '}' * 200 + '\n'))
w('actuals_empty_unknown_indicator.yaml', OKA + '      服务对象满意度:\n', STRICT_A)
w('actuals_unknown_indicator.yaml', OKA + '      服务对象满意度: 99%\n', STRICT_A)
w('actuals_unknown_project.yaml', OKA + '  "2":\n    spent: 3\n', STRICT_A)

# --- policy
w('policy_empty.yaml', '', ['score', OKT_PATH, OKA_PATH, '--policy', '{case}', '--strict'])
w('policy_root_list.yaml', '- weights\n')
w('policy_unknown_field.yaml', 'approximate_tolerence: 0.1\n')
w('policy_duplicate_key.yaml', 'approximate_tolerance: 0.1\napproximate_tolerance: 0.2\n')
w('policy_weights_list.yaml', 'weights: [产出, 效益]\n')
w('policy_weights_text.yaml', 'weights:\n  产出: 五十\n')
w('policy_weights_negative.yaml', 'weights:\n  产出: -50\n')
w('policy_weights_1e400.yaml', 'weights:\n  产出: 1e400\n')
w('policy_weights_second_level.yaml', 'weights:\n  产出/数量: 30\n')
w('policy_tolerance_nan.yaml', 'approximate_tolerance: .nan\n')
w('policy_tolerance_inf.yaml', 'approximate_tolerance: .inf\n')
w('policy_grades_contradiction.yaml', 'grades: {良: 95}\n')
w('policy_grades_text.yaml', 'grades: {优: 九十}\n')
w('policy_strict_equal_text.yaml', 'strict_equal: 是\n')
w('policy_less_is_better_bad.yaml', 'less_is_better: smaller\n')
w('policy_tiers_list.yaml', 'qualitative:\n  tiers: [达成, 部分达成]\n')
w('policy_tier_unknown.yaml', 'qualitative:\n  tiers:\n    完成: {low: 1}\n')
w('policy_unit_synonyms_list.yaml', 'unit_synonyms: [台, 套]\n')
w('policy_category_keywords_no_keywords.yaml', 'category_keywords:\n  - category: 产出/数量\n')
w('policy_invalid_utf8.yaml', b'approximate_tolerance: 0.1\ndefault_category: \xe4\xba\n')
w('policy_deep_nesting.yaml', 'weights: ' + '[' * 100 + ']' * 100 + '\n')
w('policy_alias.yaml', 'grades: &g {优: 90}\nweights: *g\n')
w('policy_unclosed_flow.yaml', 'grades: {优: 90, 良: 80\n')
open('policy_missing_file.cmd', 'w').write('score\n' + OKT_PATH + '\n' + OKA_PATH + '\n--policy\ntests/bad_input/no_such_policy.yaml\n')
open('policy_directory.cmd', 'w').write('score\n' + OKT_PATH + '\n' + OKA_PATH + '\n--policy\ntests/bad_input/ok\n')

# --- expressions (jixiao parse -)
w('expr_double_operator.txt', '≥ ≥ 98\n')
w('expr_unit_without_number.txt', '= 台\n')
w('expr_chinese_numerals.txt', '≥ % 九十八\n')
w('expr_only_operator.txt', '≥\n')
w('expr_1e400.txt', '≥ % 1e400\n')
w('expr_nan.txt', '≥ % nan\n')
w('expr_many_digits.txt', '≥ 个 ' + '9' * 400 + '\n')
w('expr_invalid_utf8.txt', b'\xe2\x89 % 98\n')
w('expr_nul_byte.txt', b'\xe2\x89\xa5 % 9\x008\n')
w('expr_bad_date.txt', '2023年13月32日前完成\n')
w('expr_long.txt', '≥ % ' + '9' * 2000 + '\n')
w('expr_long_phrase.txt', '有效' * 3000 + '\n')
w('expr_unbalanced_range.txt', '% 90-\n')
w('expr_control_chars.txt', '≥ \x07% 98\n')
open('expr_dev_zero.cmd', 'w').write('parse\n-\n')  # standard input: /dev/zero, no line end ever
w('actual_bad_text.txt', '九十八\n')
w('actual_negative.txt', '-5\n')
w('actual_1e400.txt', '1e400\n')
w('actual_invalid_utf8.txt', b'99\xef\xbc\n')
w('actual_long.txt', '9' * 2000 + '%\n')

# --- outputs that cannot be written
open('output_missing_directory.cmd', 'w').write('score\n' + OKT_PATH + '\n' + OKA_PATH + '\n-o\n{tmp}/no/such/dir/report.txt\n')
open('output_is_a_directory.cmd', 'w').write('score\n' + OKT_PATH + '\n' + OKA_PATH + '\n-o\n{tmp}\n')
open('output_dev_full.cmd', 'w').write('score\n' + OKT_PATH + '\n' + OKA_PATH + '\n-o\n/dev/full\n')
open('output_dev_stdout.cmd', 'w').write('score\n' + OKT_PATH + '\n' + OKA_PATH + '\n-o\n/dev/stdout\n')
open('output_under_a_file.cmd', 'w').write('score\n' + OKT_PATH + '\n' + OKA_PATH + '\n-o\n' + OKT_PATH + '/report.txt\n')
# --- jixiao import (CSV)
w('import_header_only.csv', '序号,项目名称,本年预算金额,指标名称,运算符,单位,年度目标值\n', ['import', '{case}'])
open('import_dev_zero.cmd', 'w').write('import\n/dev/zero\n')
CSV_HEAD = '序号,项目名称,本年预算金额,指标名称,运算符,单位,年度目标值\n'
IMPORT = ['import', '{case}']
w('import_unclosed_quote.csv', CSV_HEAD + '1,"设备购置,24,数量,=,台,5\n', IMPORT)
w('import_text_after_quote.csv', CSV_HEAD + '1,"设备"购置,24,数量,=,台,5\n', IMPORT)
w('import_missing_column.csv', '序号,项目名称,指标名称,年度目标值\n1,设备购置,数量,5\n', IMPORT)
w('import_budget_text.csv', CSV_HEAD + '1,设备购置,二十四,数量,=,台,5\n', IMPORT)
w('import_budget_negative.csv', CSV_HEAD + '1,设备购置,-24,数量,=,台,5\n', IMPORT)
w('import_bad_target.csv', CSV_HEAD + '1,设备购置,24,数量,≥,%,九十八\n', IMPORT)
w('import_indicator_without_project.csv', CSV_HEAD + ',,,数量,=,台,5\n', IMPORT)
w('import_nul_byte.csv', (CSV_HEAD + '1,设备购置,24,数量,=,台,5\n').encode().replace(b'24', b'2\x004'), IMPORT)
w('import_not_text.csv', bytes(range(128, 256)) * 4, IMPORT)
w('import_empty.csv', '', IMPORT)
w('import_gb18030.csv', (CSV_HEAD + '1,设备购置,24,数量,=,台,5\n').encode('gb18030'), IMPORT)
# --- limits given wrongly
open('usage_max_depth_zero.cmd', 'w').write('score\n' + OKT_PATH + '\n' + OKA_PATH + '\n--max-depth\n0\n')
open('usage_max_file_size_words.cmd', 'w').write('score\n' + OKT_PATH + '\n' + OKA_PATH + '\n--max-file-size\nlots\n')
open('usage_max_text_length_zero.cmd', 'w').write('score\n' + OKT_PATH + '\n' + OKA_PATH + '\n--max-text-length\n0\n')
open('usage_max_expression_length_negative.cmd', 'w').write('score\n' + OKT_PATH + '\n' + OKA_PATH + '\n--max-expression-length\n-1\n')

# --- actuals as a collection workbook (ok/collection.xlsx: `jixiao template ok/targets.yaml --format xlsx`;
# ok/actuals.xlsx: it filled from ok/actuals.yaml by tools/fill_collection.py). Each case edits a copy.
import sys
import zipfile
sys.path.insert(0, os.path.join('..', '..', 'tools'))
from collection_workbook import Workbook  # noqa: E402
V, B = '实际完成值', '预算执行'
def X(name, edit, cmd=None):
    book = Workbook('ok/actuals.xlsx')
    edit(book)
    book.save(name)
    if cmd is not None:
        open(os.path.splitext(name)[0] + '.cmd', 'w').write('\n'.join(cmd) + '\n')
def replace_part(name, part, data, cmd=None):
    with zipfile.ZipFile('ok/actuals.xlsx') as src, zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as out:
        for n in src.namelist():
            out.writestr(zipfile.ZipInfo(n, date_time=(2024, 1, 1, 0, 0, 0)), data if n == part else src.read(n),
                         compress_type=zipfile.ZIP_DEFLATED)
    if cmd is not None:
        open(os.path.splitext(name)[0] + '.cmd', 'w').write('\n'.join(cmd) + '\n')
# rows of 实际完成值: 2 购置数量, 3 单位成本, 4 使用效益, 5 满意率; columns A 项目编号 C 指标名称 F 实际完成值
# G 偏差原因 H 年中确定值 I 档内得分比例 J 超额原因; 预算执行 row 2, E 全年执行数
X('actuals_xlsx_bad_value.xlsx', lambda b: b.set_text(V, 3, 6, '1.8.2万元'))
X('actuals_xlsx_negative.xlsx', lambda b: b.set_number(V, 2, 6, -5))
X('actuals_xlsx_boolean.xlsx', lambda b: (b.set_number(V, 2, 6, 1), b.cell(V, 2, 6).set('t', 'b')))
X('actuals_xlsx_error_cell.xlsx', lambda b: (b.set_formula(V, 5, 6, 'A1/0', '#DIV/0!'), b.cell(V, 5, 6).set('t', 'e')))
X('actuals_xlsx_formula_no_value.xlsx', lambda b: b.set_formula(V, 2, 6, 'SUM(H2:H3)'))
X('actuals_xlsx_formula_cached.xlsx', lambda b: b.set_formula(V, 2, 6, '2+3', 5), STRICT_A)
X('actuals_xlsx_header_renamed.xlsx', lambda b: b.set_text(V, 1, 6, '实际完成情况'))
X('actuals_xlsx_no_header.xlsx', lambda b: b.set_text(V, 1, 1, '序号'))
X('actuals_xlsx_spent_header_renamed.xlsx', lambda b: b.set_text(B, 1, 5, '执行数'))
X('actuals_xlsx_duplicate_header.xlsx', lambda b: b.set_text(V, 1, 7, '实际完成值'))
X('actuals_xlsx_duplicate_indicator.xlsx', lambda b: b.set_text(V, 4, 3, '单位成本'))
X('actuals_xlsx_no_project_id.xlsx', lambda b: b.set_text(V, 3, 1, ''))
X('actuals_xlsx_value_without_row.xlsx', lambda b: b.set_text(V, 9, 6, '达成'))
X('actuals_xlsx_merged_values.xlsx', lambda b: b.merge(V, 'F2:F3'))
X('actuals_xlsx_merged_ids.xlsx', lambda b: ([b.set_text(V, r, 1, '') for r in (3, 4, 5)], b.merge(V, 'A2:A5')), STRICT_A)
X('actuals_xlsx_ratio_outside.xlsx', lambda b: b.set_number(V, 4, 9, 0.5))
X('actuals_xlsx_ratio_without_grade.xlsx', lambda b: b.set_number(V, 2, 9, 0.9))
X('actuals_xlsx_planned_with_grade.xlsx', lambda b: b.set_number(V, 4, 8, 4))
X('actuals_xlsx_planned_without_value.xlsx', lambda b: (b.set_text(V, 2, 6, ''), b.set_number(V, 2, 8, 4)))
X('actuals_xlsx_bad_cause.xlsx', lambda b: b.set_text(V, 2, 10, '其他原因'))
X('actuals_xlsx_spent_text.xlsx', lambda b: b.set_text(B, 2, 5, '九点五'))
X('actuals_xlsx_spent_negative.xlsx', lambda b: b.set_number(B, 2, 5, -9.5))
X('actuals_xlsx_duplicate_budget_row.xlsx', lambda b: b.set_text(B, 3, 1, '1'))
X('actuals_xlsx_bad_year.xlsx', lambda b: b.set_number('填报说明', 2, 2, 23))
X('actuals_xlsx_unknown_indicator.xlsx', lambda b: b.set_text(V, 5, 3, '满意度'), STRICT_A)
X('actuals_xlsx_unknown_project.xlsx', lambda b: b.set_text(V, 5, 1, '11'), STRICT_A)
X('actuals_xlsx_unit_mismatch.xlsx', lambda b: b.set_text(V, 2, 6, '5人'), STRICT_A)
X('actuals_xlsx_missing_spent.xlsx', lambda b: b.set_text(B, 2, 5, ''), STRICT_A)
X('actuals_xlsx_percent_cell.xlsx', lambda b: b.set_number(V, 5, 6, 0.95, percent=True), STRICT_A)
X('actuals_xlsx_reordered.xlsx', lambda b: [
    (b.set_text(V, r, 1, '1'), b.set_text(V, r, 3, n), b.set_text(V, r, 6, v))
    for r, n, v in ((2, '满意率', '95%'), (3, '使用效益', '达成'), (4, '单位成本', '1.8'), (5, '购置数量', '5'))],
  STRICT_A)
X('actuals_xlsx_long_value.xlsx', lambda b: b.set_text(V, 4, 6, '达' * 1001))
def drop_budget_sheet(b):
    sheets = b.tree('xl/workbook.xml').find('m:sheets', {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'})
    sheets.remove(sheets[2])
X('actuals_xlsx_sheet_missing.xlsx', drop_budget_sheet)
# the content decides, not the name: a workbook saved as .yaml is read as a workbook
X('actuals_xlsx_named_yaml.yaml', lambda b: None, STRICT_A)
# an encrypted workbook is an OLE compound file; an .xls too
w('actuals_xlsx_encrypted.xlsx', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + bytes(504) + 'EncryptedPackage'.encode('utf-16-le'))
w('actuals_xlsx_not_zip.xlsx', b'PK\x03\x04' + bytes(60))
sheet2 = 'xl/worksheets/sheet2.xml'
ok_sheet = zipfile.ZipFile('ok/actuals.xlsx').read(sheet2).decode('utf-8')
replace_part('actuals_xlsx_zip_bomb.xlsx', sheet2, ok_sheet.replace('</sheetData>', '</sheetData>' + ' ' * (9 << 20)),
             ['score', OKT_PATH, '{case}', '--max-file-size', '1M'])
lol = '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">' + ''.join(
    '<!ENTITY %s "%s">' % (chr(98 + k), ('&%s;' % chr(97 + k)) * 10) for k in range(9)) + ']>'
replace_part('actuals_xlsx_entities.xlsx', sheet2, ok_sheet.replace('<worksheet', lol + '<worksheet', 1).replace(
    '<t>达成</t>', '<t>&j;</t>'))
replace_part('actuals_xlsx_external_entity.xlsx', sheet2, ok_sheet.replace(
    '<worksheet', '<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]><worksheet', 1).replace(
    '<t>达成</t>', '<t>&x;</t>'))
# a million blank rows: tests/engine/import/xlsx_actuals_test.cpp makes that workbook itself (2.5 MiB packed)
# the sheet's last row used, holding a formatted empty cell: read, and ignored
replace_part('actuals_xlsx_last_row.xlsx', sheet2, ok_sheet.replace(
    '</sheetData>', '<row r="1048576"><c r="F1048576" s="1"/></row></sheetData>'), STRICT_A)
# rows as Excel writes them when their height was set pack far smaller: under a lower size limit
# (1 MiB: a part may unpack to 8 MiB) 300,000 of them are refused
tall_rows = ''.join('<row r="%d" spans="1:10" ht="15" customHeight="1"/>' % r for r in range(6, 300000))
replace_part('actuals_xlsx_many_rows_limit.xlsx', sheet2, ok_sheet.replace('</sheetData>', tall_rows + '</sheetData>'),
             ['score', OKT_PATH, '{case}', '--max-file-size', '1M'])
replace_part('actuals_xlsx_past_last_row.xlsx', sheet2, ok_sheet.replace('</sheetData>', '<row r="1048577"/></sheetData>'))
