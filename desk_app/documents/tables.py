"""Statistics tables as CSV (UTF-8 with BOM, so Excel shows Chinese) and Excel workbooks."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

from desk_app.domain.statistics import StatTable

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def _cell(value: object) -> object:
    return "" if value is None else value


def to_csv(table: StatTable) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow([_cell(v) for v in row])
    return buf.getvalue().encode("utf-8-sig")


def _sheet_name(title: str, taken: set[str]) -> str:
    base = _SHEET_FORBIDDEN.sub("_", title)[:28] or "表"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}{n}", n + 1
    taken.add(name)
    return name


def to_xlsx(tables: Sequence[StatTable], title: str = "", notes: Sequence[tuple[str, str]] = ()) -> bytes:
    """One sheet per table (title row, header, rows); ``notes`` become a first sheet of text."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    taken: set[str] = set()
    first = wb.active
    assert first is not None
    if notes:
        first.title = _sheet_name("说明", taken)
        first.append([title])
        first["A1"].font = Font(bold=True, size=14)
        for heading, text in notes:
            first.append([heading, text])
            first.cell(first.max_row, 2).alignment = Alignment(wrap_text=True, vertical="top")
        first.column_dimensions["A"].width = 22
        first.column_dimensions["B"].width = 90
    else:
        wb.remove(first)
    for table in tables:
        ws = wb.create_sheet(_sheet_name(table.title, taken))
        ws.append([table.title])
        ws["A1"].font = Font(bold=True, size=13)
        if table.note:
            ws.append([table.note])
        ws.append(list(table.columns))
        header_row = ws.max_row
        for cell in ws[header_row]:
            cell.font = Font(bold=True)
        for row in table.rows:
            ws.append([_cell(v) for v in row])
        if not table.rows:
            ws.append(["（无数据）" if table.available else "（暂无此项数据）"])
        for i, name in enumerate(table.columns, start=1):
            longest = max([len(str(name))] + [len(str(_cell(r[i - 1]))) for r in table.rows[:200]])
            ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, longest * 2 + 2))
        ws.freeze_panes = ws.cell(header_row + 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
