#!/usr/bin/python3
"""Writes openpyxl.xlsx: the actuals of actuals.yaml as another program fills a
collection workbook (shared strings, its own styles, columns in another order, rows
out of order, a blank row, a title row above the header, a percent-formatted number,
a date cell). Needs python3-openpyxl (Debian); run from anywhere:
    /usr/bin/python3 tests/data/xlsx_actuals/make_openpyxl.py
"""
import datetime
import os

import openpyxl

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
