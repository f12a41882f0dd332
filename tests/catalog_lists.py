"""Excel catalog lists as offices publish them, built with openpyxl for tests.

Real lists have one or more merged title rows, headers that vary between offices (line
breaks, full-width brackets, spaces), units merged down over several rows, and blank rows
at the end. These helpers make such files; the rows are written here by hand, not by the
exporter under test.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

HEADERS_A = ["序号", "实施机关", "事项名称", "证明名称", "证明用途", "设定依据", "证明内容", "核查方式",
             "核查时限", "是否公开", "公开范围", "公开期限", "是否允许代为承诺", "所属领域"]
HEADERS_B = ["序 号", "受理单位", "申请事项\n名称", "证明事项名称", "证明\n用途", "设定依据", "证明内容",
             "核查方式", "核查时限（工作日）", "是否\n公开", "公开范围", "公开期限（天）",
             "是否允许代为\n承诺", "所属\r\n领域"]
KEYS = ["seq", "unit", "matter", "proof", "purpose", "basis", "content", "method", "limit", "public",
        "scope", "period", "proxy", "domain"]

UNIT = "拉萨市公安局城关分局"
HJ_001 = {  # the bundled HJ-001, as a published list shows it
    "unit": UNIT, "matter": "夫妻投靠户口迁入登记", "proof": "合法稳定住所证明",
    "purpose": "申请以夫妻投靠方式将户口迁入拉萨市城关区，证明在迁入地有合法稳定住所。",
    "basis": "《中华人民共和国户口登记条例》第十条第一款",
    "content": "申请人与被投靠人婚姻关系存续，被投靠人常住户口在拉萨市城关区，且申请人或者被投靠人在拉萨市城关区有合法稳定住所。",
    "method": "网络核查", "limit": "20个工作日", "public": "否", "scope": "", "period": "", "proxy": "否",
    "domain": "户籍管理",
}
NEW_ITEM = {
    "unit": UNIT, "matter": "投靠子女户口迁入登记", "proof": "亲属关系证明",
    "purpose": "申请以老年人投靠子女方式迁入户口，证明与被投靠人的亲属关系。",
    "basis": "《中华人民共和国户口登记条例》第十三条",
    "content": "申请人与被投靠人为父母子女关系，申请人男年满60周岁、女年满55周岁。",
    "method": "现场核查", "limit": 15, "public": "是", "scope": "城关区政务服务中心公示栏",
    "period": "30日", "proxy": "是", "domain": "户籍管理",
}


def row(base: Mapping[str, Any], **changes: Any) -> dict[str, Any]:
    return {**base, **changes}


def write_list(path: Path, rows: Sequence[Mapping[str, Any]], *, headers: Sequence[str] = HEADERS_A,
               titles: Sequence[str] = ("拉萨市城关区证明事项告知承诺制目录清单",),
               merge_units: bool = False, blank_rows: int = 3, drop: Sequence[str] = ()) -> Path:
    """Title rows merged across, the header, the rows; ``drop`` leaves header columns out."""
    keep = [i for i, h in enumerate(headers) if h not in drop]
    wb = Workbook()
    ws = wb.active
    for title in titles:
        ws.append([title])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(keep))
    ws.append([headers[i] for i in keep])
    first_data = ws.max_row + 1
    for n, values in enumerate(rows, 1):
        cells = {**values, "seq": n}
        ws.append([cells.get(KEYS[i], "") for i in keep])
    if merge_units and len(rows) > 1:  # one unit written once, merged down over its rows
        col = keep.index(1) + 1
        for r in range(first_data + 1, first_data + len(rows)):
            ws.cell(r, col).value = None
        ws.merge_cells(start_row=first_data, start_column=col, end_row=first_data + len(rows) - 1, end_column=col)
    for _ in range(blank_rows):
        ws.append([None] * len(keep))
    ws.cell(ws.max_row, 1).value = " "  # a stray space in the last blank row
    wb.save(path)
    return path
