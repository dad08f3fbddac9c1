"""Edits a collection workbook (实际完成值.xlsx from `jixiao template --format xlsx`)
as a person filling it in would, with nothing but Python's standard library
(zipfile + xml.etree): cells found by their column's header text, values written as
numbers, percent-formatted numbers or inline strings. Used by tools/fill_collection.py
and by tests/bad_input/make_cases.py for hostile workbooks.
"""
import re
import zipfile
import xml.etree.ElementTree as ET

MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships'
ET.register_namespace('', MAIN)
ET.register_namespace('r', REL)
NS = {'m': MAIN}


def column_letters(n):
    """1 -> A, 27 -> AA."""
    out = ''
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def split_ref(ref):
    m = re.fullmatch(r'([A-Z]+)(\d+)', ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)), col


class Workbook:
    def __init__(self, path):
        with zipfile.ZipFile(path) as z:
            self.names = z.namelist()
            self.parts = {n: z.read(n) for n in self.names}
        self.trees = {}
        wb = self.tree('xl/workbook.xml')
        rels = ET.fromstring(self.parts['xl/_rels/workbook.xml.rels'])
        targets = {r.get('Id'): r.get('Target') for r in rels}
        self.sheets = {}
        for s in wb.find('m:sheets', NS):
            target = targets[s.get('{%s}id' % REL)]
            self.sheets[s.get('name')] = 'xl/' + target.lstrip('/').replace('xl/', '', 1)
        self.shared = []
        if 'xl/sharedStrings.xml' in self.parts:
            for si in ET.fromstring(self.parts['xl/sharedStrings.xml']).findall('m:si', NS):
                self.shared.append(''.join(t.text or '' for t in si.iter('{%s}t' % MAIN)))
        self.percent_styles = {}

    def tree(self, part):
        if part not in self.trees:
            self.trees[part] = ET.fromstring(self.parts[part])
        return self.trees[part]

    def sheet(self, name):
        return self.tree(self.sheets[name])

    def rows(self, name):
        return self.sheet(name).find('m:sheetData', NS)

    def cell_text(self, c):
        t = c.get('t')
        if t == 'inlineStr':
            return ''.join(x.text or '' for x in c.iter('{%s}t' % MAIN))
        v = c.find('m:v', NS)
        if v is None:
            return ''
        return self.shared[int(v.text)] if t == 's' else v.text

    def header(self, name):
        """{header text: column number} of the sheet's first row."""
        first = self.rows(name).find('m:row', NS)
        return {self.cell_text(c): split_ref(c.get('r'))[1] for c in first.findall('m:c', NS)}

    def table(self, name):
        """[(row number, {header: text})] for the rows under the header."""
        head = {col: text for text, col in self.header(name).items()}
        out = []
        for r in self.rows(name).findall('m:row', NS)[1:]:
            values = {}
            for c in r.findall('m:c', NS):
                col = split_ref(c.get('r'))[1]
                if col in head:
                    values[head[col]] = self.cell_text(c)
            out.append((int(r.get('r')), values))
        return out

    def cell(self, name, row, col):
        """The <c> element at row, col (1-based), made when missing."""
        data = self.rows(name)
        ref = column_letters(col) + str(row)
        for r in data.findall('m:row', NS):
            n = int(r.get('r'))
            if n == row:
                for c in r.findall('m:c', NS):
                    if c.get('r') == ref:
                        return c
                cells = r.findall('m:c', NS)
                at = sum(1 for c in cells if split_ref(c.get('r'))[1] < col)
                c = ET.Element('{%s}c' % MAIN, {'r': ref})
                r.insert(at, c)
                return c
            if n > row:
                break
        rows = data.findall('m:row', NS)
        new = ET.Element('{%s}row' % MAIN, {'r': str(row)})
        at = sum(1 for r in rows if int(r.get('r')) < row)
        data.insert(at, new)
        c = ET.SubElement(new, '{%s}c' % MAIN, {'r': ref})
        return c

    @staticmethod
    def _clear(c):
        for child in list(c):
            c.remove(child)
        c.attrib.pop('t', None)

    def set_number(self, name, row, col, value, percent=False):
        c = self.cell(name, row, col)
        self._clear(c)
        if percent:
            c.set('s', self.percent_style(c.get('s', '0'), value))
        v = ET.SubElement(c, '{%s}v' % MAIN)
        v.text = repr(value) if isinstance(value, float) else str(value)

    def set_text(self, name, row, col, text):
        c = self.cell(name, row, col)
        self._clear(c)
        c.set('t', 'inlineStr')
        t = ET.SubElement(ET.SubElement(c, '{%s}is' % MAIN), '{%s}t' % MAIN)
        t.text = text
        if text != text.strip() or '\n' in text:
            t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')

    def set_formula(self, name, row, col, formula, cached=None):
        c = self.cell(name, row, col)
        self._clear(c)
        ET.SubElement(c, '{%s}f' % MAIN).text = formula
        if cached is not None:
            ET.SubElement(c, '{%s}v' % MAIN).text = str(cached)

    def percent_style(self, style, value):
        """A copy of cell style `style` with a percent number format (0% or 0.00%)."""
        fmt = '9' if float(value) * 100 == round(float(value) * 100) else '10'
        key = (style, fmt)
        if key not in self.percent_styles:
            xfs = self.tree('xl/styles.xml').find('m:cellXfs', NS)
            items = xfs.findall('m:xf', NS)
            copy = ET.fromstring(ET.tostring(items[int(style)]))
            copy.set('numFmtId', fmt)
            copy.set('applyNumberFormat', '1')
            xfs.append(copy)
            xfs.set('count', str(len(items) + 1))
            self.percent_styles[key] = str(len(items))
        return self.percent_styles[key]

    def merge(self, name, ref):
        ws = self.sheet(name)
        merges = ws.find('m:mergeCells', NS)
        if merges is None:
            merges = ET.Element('{%s}mergeCells' % MAIN)
            children = list(ws)
            at = children.index(ws.find('m:sheetData', NS)) + 1
            # mergeCells follows sheetData (and sheetProtection, autoFilter) in the schema
            for tag in ('sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState',
                        'dataConsolidate', 'customSheetViews'):
                el = ws.find('m:' + tag, NS)
                if el is not None:
                    at = max(at, children.index(el) + 1)
            ws.insert(at, merges)
        ET.SubElement(merges, '{%s}mergeCell' % MAIN, {'ref': ref})
        merges.set('count', str(len(merges)))

    def save(self, path):
        for part, tree in self.trees.items():
            self.parts[part] = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + ET.tostring(tree)
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            for n in self.names:
                info = zipfile.ZipInfo(n, date_time=(2024, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, self.parts[n])
