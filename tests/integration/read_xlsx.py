#!/usr/bin/env python3
"""Print an .xlsx workbook's first worksheet as JSON, for tst_export.

Usage: read_xlsx.py FILE

The output object has the sheet names, the title, the frozen cell, the
filter range, the column widths by letter, and every row as a list of cells.
A cell has its openpyxl data type ("s", "n", "d", or "null" when empty), its
value (dates as YYYY-MM-DD), its number format and whether it is bold.
"""
import datetime
import json
import sys

import openpyxl


def cell_json(cell):
    value = cell.value
    if value is None:
        kind = "null"
    elif isinstance(value, datetime.datetime):
        kind = "d"
        value = value.date().isoformat()
    elif isinstance(value, datetime.date):
        kind = "d"
        value = value.isoformat()
    elif isinstance(value, bool):
        kind = "b"
    elif isinstance(value, (int, float)):
        kind = "n"
    else:
        kind = "s"
    return {"t": kind, "v": value, "f": cell.number_format, "b": bool(cell.font and cell.font.b)}


def main():
    if len(sys.argv) != 2:
        print("usage: read_xlsx.py FILE", file=sys.stderr)
        return 2
    book = openpyxl.load_workbook(sys.argv[1])
    sheet = book.worksheets[0]
    result = {
        "sheets": book.sheetnames,
        "title": book.properties.title,
        "freeze": sheet.freeze_panes,
        "filter": sheet.auto_filter.ref,
        "widths": {letter: dim.width for letter, dim in sheet.column_dimensions.items() if dim.width},
        "rows": [[cell_json(cell) for cell in row] for row in sheet.iter_rows()],
    }
    json.dump(result, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
