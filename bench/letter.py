"""A two-copy letter vs bare reportlab setting the same text in the same font."""

from __future__ import annotations

import io
import shutil
import statistics
import time
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from desk_app.domain.notice import (
    PROMISE_INTRO,
    TRUE_INTENTION,
    notice_sections,
    promise_statements,
)


def _bare(item, payload, sig) -> bytes:  # type: ignore[no-untyped-def]
    """What a developer would write with reportlab alone: the same paragraphs and the
    signature image, twice; no fallback fonts, codes, labels or page furniture."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate

    from desk_app.documents.fonts import MAIN, register_fonts

    register_fonts()
    st = ParagraphStyle("b", fontName=MAIN, fontSize=9, leading=12.4, wordWrap="CJK")
    a = payload["applicant"]
    texts = ["证明事项告知承诺书", f"申请事项名称：{item.matter}", f"证明事项名称：{item.proof_item}",
             f"姓名（或单位）：{a['name']} 联系方式：{a['phone']}", f"证件编号：{a['doc_number']}"]
    texts += [f"{s.heading} {s.body}" for s in notice_sections(item, include_proxy=False)]
    texts += [PROMISE_INTRO, *promise_statements(item), TRUE_INTENTION, "申请人签名：", "受理单位（公章）："]
    flow = []
    for copy in range(2):
        if copy:
            flow.append(PageBreak())
        flow += [Paragraph(escape(t).replace("\n", "<br/>"), st) for t in texts]
        flow.append(Image(io.BytesIO(sig), width=40 * mm, height=15 * mm))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, initialFontName=MAIN).build(flow)
    return buf.getvalue()


def run(repeats: int) -> list[dict]:
    import tempfile

    from desk_app.documents.letter import render_letter
    from desk_app.services.accounts import first_run_setup
    from desk_app.services.context import AppContext
    from desk_app.services.counter import finish_case
    from desk_app.services.letters import stored_letter
    from tests.services.support import promise_draft

    ctx = AppContext.open(Path(tempfile.mkdtemp(prefix="bench-letter-")), clock=lambda: datetime(2026, 11, 20, 10))
    ctx.actor = first_run_setup(ctx, office_name="基准测试服务中心", office_code="540102", window_phone="0891-6321234",
                                terminal_code="W01", admin_username="admin", admin_display_name="管理员",
                                admin_password="Counter-Desk-2026")
    done = finish_case(ctx, promise_draft(ctx, "SF-001"))
    letter = stored_letter(ctx, done.case_no)
    payload, item = letter.case.payload, letter.item
    sig = None
    from sqlalchemy import select

    from desk_app.storage.models import SignatureRow

    with ctx.db.session() as s:
        sig = s.scalar(select(SignatureRow.png))
    render_letter(payload, item, letter.case.payload_digest, sig, training=False)  # warm fonts and caches
    _bare(item, payload, sig)
    ours, bare = [], []
    for _ in range(repeats):  # interleaved
        t = time.perf_counter()
        render_letter(payload, item, letter.case.payload_digest, sig, training=False)
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        _bare(item, payload, sig)
        bare.append(time.perf_counter() - t)
    o, b = statistics.median(ours) * 1000, statistics.median(bare) * 1000
    print(f"letter: ours {o:.0f} ms, bare reportlab {b:.0f} ms (median of {repeats})")
    results = [{"name": "2-copy letter render (ms)", "value": o, "baseline": b, "baseline_name": "bare reportlab, same text",
                "ratio": o / b, "goal": "≤ 1.5× bare reportlab", "met": o / b <= 1.5}]
    results.append(_bilingual(ctx, repeats))
    if shutil.which("soffice") or shutil.which("libreoffice"):
        results.append(_libreoffice(item, payload, o))
    else:
        print("letter: LibreOffice not installed; that comparison is skipped")
    ctx.close()
    return results


def _bilingual(ctx, repeats: int) -> dict:  # type: ignore[no-untyped-def]
    """The same HJ-001 case as a 汉藏 letter (HarfBuzz-shaped Tibetan, syllable line breaks)
    vs as a Chinese letter.  The first 汉藏 render in a process also loads the Tibetan font
    and fills the shaping caches; it is reported apart ("cold")."""
    from desk_app.documents.letter import render_letter
    from desk_app.services.counter import finish_case
    from desk_app.services.letters import stored_letter
    from tests.services.support import promise_draft

    done = finish_case(ctx, promise_draft(ctx, "HJ-001", letter_language="zh-bo"))
    letter = stored_letter(ctx, done.case_no)
    bo_payload = letter.case.payload
    zh_payload = {k: v for k, v in bo_payload.items() if k != "letter_language"}
    t = time.perf_counter()
    render_letter(bo_payload, letter.item, "0" * 64, None, training=False)
    cold = (time.perf_counter() - t) * 1000
    bo, zh = [], []
    for _ in range(repeats):  # interleaved
        t = time.perf_counter()
        render_letter(bo_payload, letter.item, "0" * 64, None, training=False)
        bo.append(time.perf_counter() - t)
        t = time.perf_counter()
        render_letter(zh_payload, letter.item, "0" * 64, None, training=False)
        zh.append(time.perf_counter() - t)
    b, z = statistics.median(bo) * 1000, statistics.median(zh) * 1000
    print(f"letter 汉藏: {b:.0f} ms (first in process {cold:.0f} ms), Chinese {z:.0f} ms (median of {repeats})")
    return {"name": "2-copy 汉藏 letter render (ms)", "value": b, "baseline": z,
            "baseline_name": "the same case as a Chinese letter", "ratio": b / z, "goal": "-", "met": None,
            "cold_ms": cold}


def _libreoffice(item, payload, ours_ms: float) -> dict:  # type: ignore[no-untyped-def]
    """LibreOffice converting an equivalent .odt-like text (a .txt here) to PDF, headless."""
    import subprocess
    import tempfile

    d = Path(tempfile.mkdtemp(prefix="bench-lo-"))
    src = d / "letter.txt"
    texts = [f"{s.heading} {s.body}" for s in notice_sections(item, include_proxy=False)]
    src.write_text("\n".join(texts * 2), encoding="utf-8")
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    times = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([exe, "--headless", "--convert-to", "pdf", "--outdir", str(d), str(src)],
                       check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    lo = statistics.median(times) * 1000
    return {"name": "2-copy letter vs LibreOffice (ms)", "value": ours_ms, "baseline": lo,
            "baseline_name": "LibreOffice headless convert", "ratio": ours_ms / lo, "goal": "-", "met": None}
