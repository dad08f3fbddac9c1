#!/usr/bin/python3
"""Writes openpyxl.xlsx: the actuals of actuals.yaml as another program fills a
collection workbook (shared strings, its own styles, columns in another order, rows
out of order, a blank row, a title row above the header, a percent-formatted number,
a date cell); and openpyxl_template.xlsx: the same actuals written by openpyxl into the
collection workbook `jixiao template targets.yaml --format xlsx` makes, found by header.
Needs python3-openpyxl (Debian) and a built jixiao; run from the source tree:
    /usr/bin/python3 tests/data/xlsx_actuals/make_openpyxl.py build/engine/jixiao
"""
import datetime
import os
import subprocess
import sys

import openpyxl

jixiao = os.path.abspath(sys.argv[1])
os.chdir(os.path.dirname(os.path.abspath(__file__)))
book = openpyxl.Workbook()
guide = book.active
guide.title = '填报说明'
guide['A1'] = '填报年度'
guide['B1'] = 2023
sheet = book.create_sheet('实际完成值')
sheet.append(['测试单位 2023年度 实际完成值'])
sheet.append(['指标名称', '项目编号', '实际完成值', '偏差原因分析及改进措施', '年中确定值'])
sheet.append(['满意度', 2, 0.96])
sheet['C3'].number_format = '0%'
sheet.append(['购置数量', '1', '4台', '一台延期到货'])
sheet.append([])
sheet.append(['完成时间', '1', datetime.date(2023, 11, 20)])
sheet['C6'].number_format = 'yyyy-mm-dd'
sheet.append(['单位成本', '1', 1.8])
sheet.append(['使用效益', '1', '部分达成'])
sheet.append(['满意率', '1', '92%'])
sheet.append(['培训人次', '2', '3,000人次'])
sheet.append(['会议次数', '2', 3, '年中确定举办4次，实际举办3次', 4])
sheet.append(['慰问覆盖面', '2', '不适用', '本年度无慰问任务'])
budget = book.create_sheet('预算执行')
budget.append(['项目编号', '项目名称', '全年预算数（万元）', '调整后预算数（万元）', '全年执行数（万元）'])
budget.append(['1', '设备购置', 10, None, 9.5])
budget.append(['2', '培训', 20, None, 18])
book.save('openpyxl.xlsx')

subprocess.run([jixiao, 'template', 'targets.yaml', '--format', 'xlsx', '-o', '/tmp/jixiao_collection.xlsx'], check=True)
book = openpyxl.load_workbook('/tmp/jixiao_collection.xlsx')
sheet = book['实际完成值']
head = {c.value: c.column for c in sheet[1]}
rows = {(sheet.cell(r, head['项目编号']).value, sheet.cell(r, head['指标名称']).value): r
        for r in range(2, sheet.max_row + 1)}
def put(project, name, value, column='实际完成值', number_format=None):
    cell = sheet.cell(rows[(project, name)], head[column])
    cell.value = value
    if number_format:
        cell.number_format = number_format
put('1', '购置数量', '4台')
put('1', '购置数量', '一台延期到货', '偏差原因分析及改进措施')
put('1', '完成时间', datetime.datetime(2023, 11, 20, 15, 30))
put('1', '单位成本', 1.8)
put('1', '使用效益', '部分达成')
put('1', '满意率', '92%')
put('2', '培训人次', '3,000人次')
put('2', '会议次数', 3)
put('2', '会议次数', 4, '年中确定值')
put('2', '会议次数', '年中确定举办4次，实际举办3次', '偏差原因分析及改进措施')
put('2', '慰问覆盖面', '不适用')
put('2', '慰问覆盖面', '本年度无慰问任务', '偏差原因分析及改进措施')
put('2', '满意度', 0.96, number_format='0%')
budget = book['预算执行']
head = {c.value: c.column for c in budget[1]}
budget.cell(2, head['全年执行数（万元）']).value = 9.5
budget.cell(3, head['全年执行数（万元）']).value = 18
book.save('openpyxl_template.xlsx')
