"""The USB way: export a sealed bundle, `desk-central import-bundle` it (twice), bring the
receipt back; online sync afterwards adds nothing."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from .conftest import CentralServer, Terminal, assert_exactly_once


def import_bundle(central: CentralServer, path: Path) -> tuple[int, int, int, Path]:
    out = central.cli("import-bundle", str(path)).stdout
    m = re.search(r"新接收 (\d+) 条，重复 (\d+) 条，冲突 (\d+) 条", out)
    assert m, out
    ack = re.search(r"回执文件：(\S+?)（", out)
    assert ack, out
    return int(m.group(1)), int(m.group(2)), int(m.group(3)), Path(ack.group(1))


def test_bundle_imported_twice_then_ack_then_online_adds_nothing(central: CentralServer, make_terminal,
                                                                 tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desk_app.services.sync import import_ack

    term: Terminal = make_terminal(central, "W01", cases=10)
    usb = tmp_path / "usb"
    done = subprocess.run([sys.executable, "-m", "desk_app", "--data-dir", str(term.data_dir),
                           "export-bundle", str(usb)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    bundle = next(usb.glob("*.deskbundle"))
    assert bundle.name.startswith("540102-W01-")
    assert term.outbox_status() == {"pending": 40}  # exporting marks nothing

    assert import_bundle(central, bundle)[:3] == (40, 0, 0)
    acked, duplicate, conflict, ack = import_bundle(central, bundle)  # carried in twice
    assert (acked, duplicate, conflict) == (0, 40, 0)
    assert central.count("events") == 40
    assert ack.exists()

    got = import_ack(term.ctx, ack)
    assert (got.acked + got.duplicates, got.conflicts) == (40, 0)
    assert term.outbox_status() == {"acked": 40}

    result = term.sync()
    assert result.all_acknowledged and result.sent == 0
    assert assert_exactly_once(central, term) == 40
    seqs = [s for (s,) in central.query("SELECT seq FROM audit_entries WHERE terminal_id = :t ORDER BY seq",
                                        t=term.terminal_id)]
    assert seqs == list(range(1, len(seqs) + 1)) and len(seqs) >= term.audit_count() - 3
    assert central.count("audit_flags") == 0


def test_online_sync_before_the_receipt_gets_duplicates(sqlite_central: CentralServer, make_terminal,
                                                        tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desk_app.services.sync import export_bundle, import_ack

    term: Terminal = make_terminal(sqlite_central, "W01", cases=5)
    bundle = export_bundle(term.ctx, tmp_path / "usb")
    _, _, _, ack = import_bundle(sqlite_central, bundle)
    result = term.sync()  # the receipt is still on the USB stick
    assert result.all_acknowledged and result.duplicates == 20 and result.acked == 0
    late = import_ack(term.ctx, ack)  # an older receipt changes nothing
    assert late.conflicts == 0
    assert term.outbox_status() == {"acked": 20}
    assert assert_exactly_once(sqlite_central, term) == 20


def test_tampered_bundle_is_refused(sqlite_central: CentralServer, make_terminal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desk_app.services.sync import export_bundle

    term: Terminal = make_terminal(sqlite_central, "W01", cases=1)
    bundle = export_bundle(term.ctx, tmp_path / "usb")
    data = bytearray(bundle.read_bytes())
    data[-40] ^= 0x01
    bundle.write_bytes(bytes(data))
    done = sqlite_central.cli("import-bundle", str(bundle), check=False)
    assert done.returncode != 0
    assert "数据包无法解密" in done.stderr
    assert sqlite_central.count("events") == 0


def test_usb_only_terminal_gets_centrals_updates_in_the_receipt(sqlite_central: CentralServer, make_terminal,
                                                                 tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A hall with no link at all: what central published comes back on the stick with the
    receipt, is applied exactly once, and an online sync later pulls nothing twice."""
    from desk_app.services.counter import assess
    from desk_app.services.sync import export_bundle, import_ack
    from tests.services.support import item, person

    from .test_pull import ID_NUMBER

    term: Terminal = make_terminal(sqlite_central, "W01", cases=2)
    assert assess(term.ctx, item(term.ctx, "SF-001"), person()).eligible
    sqlite_central.cli("add-credit-record", "--subject-id", ID_NUMBER, "--subject-name", "张三",
                       "--kind", "false_promise", "--recorded-on", "2026-03-02", "--source", "信用中国（西藏）",
                       "--uuid", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")

    bundle = export_bundle(term.ctx, tmp_path / "usb")
    out = sqlite_central.cli("import-bundle", str(bundle)).stdout
    assert "回执中附带中心下发的更新" in out
    _, _, _, ack = import_bundle(sqlite_central, bundle)  # carried in twice: the second receipt is the same

    got = import_ack(term.ctx, ack)
    assert got.changes >= 1 and not got.more_changes
    verdict = assess(term.ctx, item(term.ctx, "SF-001"), person())
    assert not verdict.eligible and verdict.reasons  # the credit record arrived by stick
    assert import_ack(term.ctx, ack).changes == 0  # the same receipt again applies nothing

    result = term.sync()
    assert result.ok and result.pulled == 0  # the cursor moved with the receipt
