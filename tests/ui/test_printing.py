"""Printing letters: clear messages when no printer can be used, and a real print through
CUPS to the cups-pdf virtual printer (all pages in one job)."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinterInfo

from desk_app.services.context import AppContext
from desk_app.services.counter import finish_case
from desk_app.services.printers import PRINTER, remember_printer, remembered_printer
from desk_app.ui import printing
from desk_app.ui.printing import PrintError, available_printers, load_pdf, print_pdf
from tests.services.support import promise_draft

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CUPS_SCRIPT = ROOT / "packaging" / "cups.sh"
QUEUE = "CUPS_PDF"
OUTPUT_TIMEOUT_S = 60


def small_pdf(pages: int = 2) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for n in range(pages):
        c.drawString(72, 760, f"page {n + 1}")
        c.showPage()
    c.save()
    return out.getvalue()


# --- messages when printing cannot happen ------------------------------------------------

def test_no_printer_installed_says_so_and_that_the_case_is_kept(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(printing, "available_printers", lambda: [])
    with pytest.raises(PrintError) as err:
        print_pdf(small_pdf(), None, job_name="540102-W01-20261120-0001")
    message = str(err.value)
    assert message.startswith("未找到打印机")
    assert "案件已保存，可稍后在案件详情中打印。" in message
    with pytest.raises(PrintError, match="未找到打印机"):
        print_pdf(small_pdf(), "Office_Laser", job_name="x")


def test_printer_that_no_longer_exists_is_named(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(printing, "available_printers", lambda: ["Office_Laser"])
    with pytest.raises(PrintError) as err:
        print_pdf(small_pdf(), "Old_Printer_2F", job_name="x")
    assert "打印机“Old_Printer_2F”已不存在" in str(err.value)
    assert "请重新选择打印机" in str(err.value)


def test_several_printers_and_no_default_asks_to_choose(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(printing, "available_printers", lambda: ["A", "B"])
    monkeypatch.setattr(printing, "default_printer", lambda: None)
    with pytest.raises(PrintError, match="未设置默认打印机"):
        print_pdf(small_pdf(), None, job_name="x")


def test_unreadable_pdf_is_not_printed(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PrintError, match="文书 PDF 无法读取"):
        load_pdf(b"this is not a PDF")
    monkeypatch.setattr(printing, "_resolve_printer", lambda name: QPrinterInfo())
    with pytest.raises(PrintError, match="无法读取"):
        print_pdf(b"", "Office_Laser", job_name="x")


def test_printer_that_cannot_be_opened(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(printing, "_resolve_printer", lambda name: QPrinterInfo())

    class RefusingPainter(printing.QPainter):
        def begin(self, device) -> bool:  # type: ignore[no-untyped-def, override]
            return False

    monkeypatch.setattr(printing, "QPainter", RefusingPainter)
    with pytest.raises(PrintError, match="无法连接打印机"):
        print_pdf(small_pdf(), "Office_Laser", job_name="x")


@pytest.mark.parametrize("accepted", [False, True])
def test_choose_printer_dialog(qapp, monkeypatch, accepted: bool) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []

    class ScriptedDialog(printing.QPrintDialog):
        def exec(self) -> int:  # type: ignore[override]
            shown.append(self.printer().printerName())
            assert not self.testOption(printing.QPrintDialog.PrintDialogOption.PrintToFile)
            return (printing.QPrintDialog.DialogCode.Accepted if accepted
                    else printing.QPrintDialog.DialogCode.Rejected)

    monkeypatch.setattr(printing, "QPrintDialog", ScriptedDialog)
    chosen = printing.choose_printer(None, None)
    assert len(shown) == 1
    if accepted:
        assert chosen == (shown[0] or None)
    else:
        assert chosen is None


def test_printer_choice_is_remembered_per_terminal(ctx: AppContext) -> None:
    assert PRINTER == "printing.printer"
    assert remembered_printer(ctx) is None
    remember_printer(ctx, "CUPS_PDF")
    assert remembered_printer(ctx) == "CUPS_PDF"
    again = AppContext.open(ctx.data_dir)  # survives a restart
    try:
        assert remembered_printer(again) == "CUPS_PDF"
    finally:
        again.close()
    remember_printer(ctx, "Office_Laser")
    assert remembered_printer(ctx) == "Office_Laser"
    remember_printer(ctx, None)
    assert remembered_printer(ctx) is None


# --- a real print through CUPS -------------------------------------------------------------

@pytest.fixture(scope="session")
def cups_pdf() -> list[Path]:
    """Runs packaging/cups.sh (idempotent); the directories cups-pdf writes to, or skip."""
    if not shutil.which("bash") or not shutil.which("lpstat"):
        pytest.skip("CUPS is not installed (apt-get install cups printer-driver-cups-pdf)")
    try:
        run = subprocess.run(["bash", str(CUPS_SCRIPT)], capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.skip("packaging/cups.sh did not finish within 60 s")
    lines = run.stdout.splitlines()
    for line in lines:
        if line.startswith("cups: unavailable:"):
            pytest.skip(f"CUPS printer {QUEUE} not available: {line.split(':', 2)[2].strip()}")
    if subprocess.run(["lpstat", "-p", QUEUE], capture_output=True).returncode != 0:
        pytest.skip(f"print queue {QUEUE} missing after packaging/cups.sh: {run.stdout} {run.stderr}")
    dirs = [Path(line.split(" ", 2)[2]) for line in lines
            if line.startswith(("cups: output ", "cups: anonymous output "))]
    assert dirs, run.stdout
    return [d for d in dirs if "$" not in str(d)]


def _new_output(dirs: list[Path], token: str) -> list[Path]:
    found: list[Path] = []
    for d in dirs:
        try:
            found += [p for p in d.iterdir() if token in p.name and p.suffix.lower() == ".pdf"]
        except OSError:  # not created yet, or not ours to read
            pass
    return found


def _complete_pdf(path: Path) -> PdfReader | None:
    try:
        size = path.stat().st_size
        time.sleep(0.2)
        if size == 0 or path.stat().st_size != size:
            return None
        data = path.read_bytes()
        if b"%%EOF" not in data[-1024:]:
            return None
        reader = PdfReader(io.BytesIO(data))
        len(reader.pages)
        return reader
    except Exception:  # still being written
        return None


def test_real_print_of_a_letter_to_cups_pdf(qapp, ctx: AppContext, cups_pdf: list[Path]) -> None:  # type: ignore[no-untyped-def]
    assert QUEUE in available_printers(), f"Qt does not see the CUPS queue {QUEUE}: {available_printers()}"
    finished = finish_case(ctx, promise_draft(ctx, "SF-001"))
    letter = finished.letter_pdf
    assert letter
    letter_pages = len(PdfReader(io.BytesIO(letter)).pages)
    token = uuid.uuid4().hex[:10]
    job_name = f"{finished.case_no}-{token}"  # a case number, never a name: titles stay in CUPS' history

    started = time.monotonic()
    sent = print_pdf(letter, QUEUE, job_name=job_name)
    print_returned = time.monotonic() - started
    assert sent == letter_pages

    reader = None
    outputs: list[Path] = []
    while time.monotonic() - started < OUTPUT_TIMEOUT_S:
        outputs = _new_output(cups_pdf, token)
        if outputs and (reader := _complete_pdf(outputs[0])) is not None:
            break
        time.sleep(0.25)
    appeared = time.monotonic() - started
    assert reader is not None, (
        f"no cups-pdf output for job {job_name} within {OUTPUT_TIMEOUT_S} s in {cups_pdf}; "
        f"lpstat: {subprocess.run(['lpstat', '-W', 'all', '-o', QUEUE], capture_output=True, text=True).stdout}")
    try:
        time.sleep(0.5)
        assert len(_new_output(cups_pdf, token)) == 1, "all pages must go to the printer as one job"
        assert len(reader.pages) == letter_pages
        for page in reader.pages:  # A4 portrait, in points
            assert abs(float(page.mediabox.width) - 595.3) < 3 and abs(float(page.mediabox.height) - 841.9) < 3
        ARTIFACTS.mkdir(exist_ok=True)
        timings = {"pages": letter_pages, "print_pdf_returned_s": round(print_returned, 2),
                   "output_complete_s": round(appeared, 2), "output_bytes": outputs[0].stat().st_size,
                   "letter_bytes": len(letter), "output_dir": str(outputs[0].parent)}
        (ARTIFACTS / "printing-timings.json").write_text(json.dumps(timings, indent=2) + "\n")
        print("real print:", timings)
        if shutil.which("pdftoppm"):
            png = ARTIFACTS / "printed-letter-page1"
            subprocess.run(["pdftoppm", "-r", "100", "-f", "1", "-l", "1", "-png", "-singlefile",
                            str(outputs[0]), str(png)], check=True, timeout=60)
            assert (ARTIFACTS / "printed-letter-page1.png").stat().st_size > 10_000
    finally:
        for path in outputs:  # the printed letter carries (synthetic) personal data
            path.unlink(missing_ok=True)
        # CUPS keeps completed jobs' files (PreserveJobFiles); purge this test queue's.
        subprocess.run(["cancel", "-a", "-x", QUEUE], capture_output=True, timeout=30)
    # Nothing printed was left in the data directory.
    assert not [p for p in ctx.data_dir.rglob("*") if p.suffix.lower() in (".pdf", ".ps", ".png")]
