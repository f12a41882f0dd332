"""Tamper evidence: each way of altering the record is caught, and names the first break."""

from __future__ import annotations

import sqlite3

import pytest

from desk_app.cli import run
from desk_app.services import integrity, letters
from desk_app.services.counter import finish_case

from .support import person, promise_draft


def raw(ctx):  # type: ignore[no-untyped-def]
    """An attacker with the file (and, if encrypted, the key) edits it behind the app's back."""
    ctx.db.dispose()
    try:
        from desk_app.storage.db import raw_connection  # the same way into the file as the app
    except ImportError:
        return sqlite3.connect(ctx.db.path)
    return raw_connection(ctx.db.path)


def drop_triggers(db: sqlite3.Connection) -> None:
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
        db.execute(f"DROP TRIGGER {name}")


@pytest.fixture
def two_cases(ctx):  # type: ignore[no-untyped-def]
    a = finish_case(ctx, promise_draft(ctx))
    b = finish_case(ctx, promise_draft(ctx, applicant=person("李四", "110105194912310038")))
    return a, b


def test_untouched_store_verifies(ctx, two_cases):  # type: ignore[no-untyped-def]
    report = integrity.verify_store(ctx)
    assert report.ok, report.findings
    assert (report.cases, report.letters) == (2, 2) and report.audit_entries > 10


def test_one_changed_byte_in_a_letter(ctx, two_cases):  # type: ignore[no-untyped-def]
    db = raw(ctx)
    drop_triggers(db)
    db.execute("UPDATE documents SET content = CAST(replace(CAST(content AS TEXT), '/Subject', '/Subjecu') AS BLOB) WHERE id = 2")
    db.commit()
    db.close()
    report = integrity.verify_store(ctx)
    assert not report.ok and report.findings[0].what == "letter" and report.findings[0].where == two_cases[1].case_no


def test_letter_replaced_together_with_its_checksum(ctx, two_cases):  # type: ignore[no-untyped-def]
    import hashlib

    forged = two_cases[0].letter_pdf.replace(b"%%EOF", b"%%EOF\n%forged")
    db = raw(ctx)
    drop_triggers(db)
    db.execute("UPDATE documents SET content = ?, sha256 = ? WHERE id = 1", (forged, hashlib.sha256(forged).hexdigest()))
    db.commit()
    db.close()
    report = integrity.verify_store(ctx)
    assert [f.where for f in report.findings] == [two_cases[0].case_no]


def test_edited_case(ctx, two_cases):  # type: ignore[no-untyped-def]
    db = raw(ctx)
    drop_triggers(db)
    db.execute("UPDATE cases SET payload = json_set(payload, '$.applicant.phone', '13900000000') WHERE id = 1")
    db.commit()
    db.close()
    report = integrity.verify_store(ctx)
    assert report.findings[0].what == "case" and report.findings[0].where == two_cases[0].case_no


def test_deleted_audit_row_in_the_middle(ctx, two_cases):  # type: ignore[no-untyped-def]
    db = raw(ctx)
    drop_triggers(db)
    db.execute("DELETE FROM audit_log WHERE seq = 5")
    db.commit()
    db.close()
    report = integrity.verify_store(ctx)
    assert report.findings[0].what == "audit" and report.findings[0].where == "5"


def test_deleted_newest_audit_rows_are_caught_by_the_case_events(ctx, two_cases):  # type: ignore[no-untyped-def]
    db = raw(ctx)
    drop_triggers(db)
    newest = db.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    db.execute("DELETE FROM audit_log WHERE seq > ?", (newest - 3,))
    db.commit()
    db.close()
    report = integrity.verify_store(ctx)
    assert not report.ok and {f.where for f in report.findings} == {two_cases[1].case_no}


def test_altered_audit_entry(ctx, two_cases):  # type: ignore[no-untyped-def]
    db = raw(ctx)
    drop_triggers(db)
    db.execute("UPDATE audit_log SET username = 'someone' WHERE seq = 7")
    db.commit()
    db.close()
    assert integrity.verify_store(ctx).findings[0].where == "7"


def test_cli_verify_names_the_first_break_and_exits_non_zero(ctx, two_cases, capsys, tmp_path):  # type: ignore[no-untyped-def]
    data = ctx.data_dir
    assert run(["--data-dir", str(data), "verify"]) == 0
    assert "核验通过" in capsys.readouterr().out
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(letters.stored_letter(ctx, two_cases[0].case_no).pdf)
    assert run(["--data-dir", str(data), "verify", str(pdf)]) == 0
    pdf.write_bytes(pdf.read_bytes().replace(b"/Creator", b"/Creatos"))
    assert run(["--data-dir", str(data), "verify", str(pdf)]) == 1
    assert "不一致" in capsys.readouterr().err
    db = raw(ctx)
    drop_triggers(db)
    db.execute("DELETE FROM audit_log WHERE seq = 3")
    db.commit()
    db.close()
    assert run(["--data-dir", str(data), "verify"]) == 1
    err = capsys.readouterr().err
    assert "第 3 条" in err
