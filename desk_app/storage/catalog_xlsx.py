"""Reading and writing catalog lists as Excel workbooks (.xlsx), as offices publish them."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desk_app.domain.catalog_sheet import Sheet, read_rows
from desk_app.domain.errors import CatalogError

MAX_ROWS = 20_000


def read_sheet(path: Path) -> Sheet:
    """The first worksheet's rows, merged cells filled with their top-left value."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(path, data_only=True)
    except FileNotFoundError:
        raise CatalogError(f"找不到文件 {path.name}") from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as err:
        raise CatalogError(
            f"文件 {path.name} 不是有效的 Excel 工作簿（.xlsx），可能已损坏或为其他格式"
            f"（{type(err).__name__}）。请用 Excel 或 WPS 另存为 .xlsx 后再导入。"
        ) from None
    try:
        ws = wb.worksheets[0]
        if ws.max_row > MAX_ROWS:
            raise CatalogError(f"文件 {path.name} 行数过多（{ws.max_row} 行），不像是目录清单")
        cells = [list(r) for r in ws.iter_rows(values_only=True)]
        for merged in ws.merged_cells.ranges:
            top = cells[merged.min_row - 1][merged.min_col - 1] if merged.min_row <= len(cells) else None
            for r in range(merged.min_row, min(merged.max_row, len(cells)) + 1):
                row = cells[r - 1]
                row.extend([None] * (merged.max_col - len(row)))
                for c in range(merged.min_col, merged.max_col + 1):
                    row[c - 1] = top
    finally:
        wb.close()
    return read_rows(cells)


def write_sheet(path: Path, title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A title row merged across the columns, the header, one row per item."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "目录清单"
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    ws.cell(1, 1).font = Font(bold=True, size=14)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.append(list(headers))
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for row in rows:
        ws.append(list(row))
    for col in ws.iter_cols(min_row=3):
        for cell in col:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDEFGHIJKLMNOPQ", (6, 12, 18, 22, 18, 24, 30, 30, 30, 10, 14, 10, 8, 12, 8, 10, 10),
                             strict=False):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A3"
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)
