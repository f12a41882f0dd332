"""Documents after the counter: the notice of a false-promise finding to the applicant
(不实承诺处理告知书) and the record of a withdrawn promise (撤回承诺记录).

Same fonts, embedding and page furniture as the letter (``letter._build``): every font is
embedded, the case number is in every footer. No QR code: scanning one would be checked as
the letter's and reported as not matching. Deterministic: the same input gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from .fonts import MAIN
from .letter import Marks, _build, _p, _styles

APPLICANT_COPIES = ("受理单位留存", "申请人留存")


@dataclass(frozen=True)
class CaseHeader:
    case_no: str
    office_name: str
    office_phone: str
    matter: str
    proof_item: str
    applicant_name: str
    doc_label: str
    doc_number: str
    accepted_on: date


def _header_table(h: CaseHeader, st: dict[str, Any]) -> Table:
    rows = [
        [_p("案件编号", st["body"]), _p(h.case_no, st["body"])],
        [_p("申请事项", st["body"]), _p(h.matter, st["body"])],
        [_p("证明事项", st["body"]), _p(h.proof_item, st["body"])],
        [_p("申请人", st["body"]), _p(h.applicant_name, st["body"])],
        [_p(h.doc_label, st["body"]), _p(h.doc_number, st["body"])],
        [_p("受理日期", st["body"]), _p(f"{h.accepted_on:%Y年%m月%d日}", st["body"])],
    ]
    t = Table(rows, colWidths=[32 * mm, 140 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), MAIN), ("GRID", (0, 0), (-1, -1), 0.5, "#444444"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return t


def _signoff(h: CaseHeader, on: date, st: dict[str, Any], *, applicant_signs: bool) -> list[Any]:
    out: list[Any] = [Spacer(1, 8 * mm)]
    if applicant_signs:
        out.append(_p("申请人（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日", st["body"]))
        out.append(Spacer(1, 6 * mm))
    out.append(_p(f"{h.office_name}（盖章）", st["body"]))
    out.append(_p(f"{on:%Y年%m月%d日}　　联系电话：{h.office_phone}", st["body"]))
    return out


def render_false_promise_notice(
    h: CaseHeader, *, facts: str, found_on: date, grade_label: str, excludes: bool,
    measures: Sequence[dict[str, Any]], training: bool = False,
) -> bytes:
    """The notice to the applicant: facts, measures (with 文号), the credit record and the
    applicant's right to object."""
    st = _styles()
    story: list[Any] = [
        _p("证明事项告知承诺不实承诺处理告知书", st["title"]),
        Spacer(1, 3 * mm),
        _p(f"{h.applicant_name}：", st["body"]),
        _p(f"　　你（单位）于 {h.accepted_on:%Y年%m月%d日} 以告知承诺方式申请办理“{h.matter}”，"
           f"承诺已符合“{h.proof_item}”所证明的条件。经核查，本机关于 {found_on:%Y年%m月%d日} "
           "认定你（单位）作出的承诺与事实不符，属于不实承诺。", st["body"]),
        Spacer(1, 2 * mm),
        _header_table(h, st),
        _p("一、认定的事实", st["h"]),
        _p(facts, st["indent"]),
        _p("二、处理措施", st["h"]),
    ]
    if measures:
        rows = [[_p(t, st["body"], bold=True) for t in ("措施", "日期", "文号", "责任人", "说明")]]
        for m in measures:
            note = m.get("note") or ""
            if m.get("deadline"):
                note = (f"改正期限：{date.fromisoformat(m['deadline']):%Y年%m月%d日}" + ("；" + note if note else ""))
            rows.append([_p(m["label"], st["body"]), _p(f"{date.fromisoformat(m['on']):%Y-%m-%d}", st["body"]),
                         _p(m["doc_no"], st["body"]), _p(m["responsible"], st["body"]), _p(note, st["body"])])
        t = Table(rows, colWidths=[28 * mm, 24 * mm, 44 * mm, 24 * mm, 56 * mm], repeatRows=1)
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), MAIN), ("GRID", (0, 0), (-1, -1), 0.5, "#444444"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
    else:
        story.append(_p("处理措施另行书面告知。", st["indent"]))
    bar = ("在信用修复前，你（单位）不适用证明事项告知承诺制，办理相关事项须提交证明材料。" if excludes
           else "该记录不影响你（单位）今后选择告知承诺方式办理，但将作为核查方式的参考。")
    story += [
        _p("三、信用记录", st["h"]),
        _p(f"　　上述不实承诺已记入信用记录，失信程度：{grade_label}。{bar}", st["body"]),
        _p("四、权利告知", st["h"]),
        _p("　　你（单位）对上述认定或信用记录有异议的，可以向本机关提出异议并提供相关材料；"
           "异议成立的，相关信用记录作废。符合条件的，可以依法申请信用修复。"
           "对处理决定不服的，可以依法申请行政复议或者提起行政诉讼。", st["body"]),
    ]
    story += _signoff(h, found_on, st, applicant_signs=True)
    marks = Marks(case_no=h.case_no, copies=(), training=training)
    return _build([story], marks, "不实承诺处理告知书", h.case_no, h.office_name)


def render_withdrawal_record(
    h: CaseHeader, *, reason: str, withdrawn_on: date, clerk: str, training: bool = False,
) -> bytes:
    """The record of a withdrawn promise, two copies; the matter continues with the certificate."""
    st = _styles()

    def story() -> list[Any]:
        return [
            _p("撤回证明事项告知承诺记录", st["title"]),
            Spacer(1, 3 * mm),
            _header_table(h, st),
            _p("撤回理由", st["h"]),
            _p(reason, st["indent"]),
            _p("后续办理", st["h"]),
            _p(f"　　申请人于 {withdrawn_on:%Y年%m月%d日} 在事项办结前撤回以上告知承诺。"
               f"本事项按原程序继续办理，申请人应提交“{h.proof_item}”相关证明材料。"
               "撤回承诺不视为不实承诺，不记入失信记录。", st["body"]),
            _p(f"经办人：{clerk}", st["body"]),
            *_signoff(h, withdrawn_on, st, applicant_signs=True),
        ]

    marks = Marks(case_no=h.case_no, copies=APPLICANT_COPIES, training=training)
    return _build([story(), story()], marks, "撤回证明事项告知承诺记录", h.case_no, h.office_name)
