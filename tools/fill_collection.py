#!/usr/bin/python3
"""Fills a collection workbook from actuals YAML, as an office would by hand.

    jixiao template fixtures/seed/targets.yaml --format xlsx -o /tmp/collection.xlsx
    /usr/bin/python3 tools/fill_collection.py /tmp/collection.xlsx fixtures/seed/actuals.yaml fixtures/seed/actuals.xlsx

Needs PyYAML (Debian: python3-yaml) to read the YAML; the workbook is edited with the
standard library (tools/collection_workbook.py). Cells are found by their header text.
Values go in as a person types them: a plain number as a number, every other
percentage such as "99%" as the number 0.99 in a percent-formatted cell (the rest as
the text "99%"), anything else (达成, 4台, 3,200人次, 不适用) as text. spent and an
adjusted budget go to 预算执行. An indicator the template has no row for gets a new row
at the bottom of 实际完成值.
"""
import re
import sys

import yaml

sys.path.insert(0, __import__('os').path.dirname(__file__))
from collection_workbook import Workbook  # noqa: E402

VALUES = '实际完成值'
BUDGET = '预算执行'


def percent_number(text):
    """0.985 for '98.5%' when the reader shows that number as exactly '98.5%', else None."""
    m = re.fullmatch(r'(\d+(?:\.\d+)?)%', text)
    if not m:
        return None
    value = float(m.group(1)) / 100
    shown = round(value * 100 * 1e9) / 1e9
    shown_text = repr(shown)[:-2] if repr(shown).endswith('.0') else repr(shown)
    return value if shown_text == m.group(1) else None


def main(template, actuals_path, out):
    actuals = yaml.safe_load(open(actuals_path, encoding='utf-8'))
    book = Workbook(template)
    head = book.header(VALUES)
    rows = {(v.get('项目编号'), v.get('指标名称')): r for r, v in book.table(VALUES)}
    next_row = max(list(rows.values()) + [1]) + 1
    percents = 0
    for pid, project in (actuals.get('projects') or {}).items():
        pid = str(pid)
        project = project or {}
        for name, given in (project.get('indicators') or {}).items():
            row = rows.get((pid, name))
            if row is None:
                row = next_row
                next_row += 1
                book.set_text(VALUES, row, head['项目编号'], pid)
                book.set_text(VALUES, row, head['指标名称'], name)
            if given is None:
                continue
            fields = given if isinstance(given, dict) else {'value': given}
            value = fields.get('value', fields.get('grade'))
            col = head['实际完成值']
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                book.set_number(VALUES, row, col, value)
            else:
                text = str(value)
                number = percent_number(text)
                percents += number is not None
                if number is not None and percents % 2 == 1:
                    book.set_number(VALUES, row, col, number, percent=True)
                else:
                    book.set_text(VALUES, row, col, text)
            if 'note' in fields:
                book.set_text(VALUES, row, head['偏差原因分析及改进措施'], str(fields['note']))
            if 'planned' in fields:
                book.set_number(VALUES, row, head['年中确定值'], fields['planned'])
            if 'ratio' in fields:
                book.set_number(VALUES, row, head['档内得分比例'], fields['ratio'])
            if fields.get('cause') == 'target_too_low':
                book.set_text(VALUES, row, head['超额原因'], '目标值设定偏低')
    bhead = book.header(BUDGET)
    brows = {v.get('项目编号'): r for r, v in book.table(BUDGET)}
    for pid, project in (actuals.get('projects') or {}).items():
        project = project or {}
        row = brows.get(str(pid))
        if row is None:
            continue
        if project.get('spent') is not None:
            book.set_number(BUDGET, row, bhead['全年执行数（万元）'], project['spent'])
        if project.get('budget') is not None:
            book.set_number(BUDGET, row, bhead['调整后预算数（万元）'], project['budget'])
    book.save(out)


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit('usage: fill_collection.py TEMPLATE.xlsx ACTUALS.yaml OUT.xlsx')
    main(*sys.argv[1:])
