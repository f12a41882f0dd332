"""Enrolling from the settings screen (the real enrollment against desk-central is in tests/sync)."""

from __future__ import annotations

from desk_app.ui.enroll_dialog import EnrollDialog


def test_enroll_dialog_errors_then_enrolls(qtbot, ctx, monkeypatch):  # type: ignore[no-untyped-def]
    from desk_app.services import sync

    calls = []

    def fake_enroll(ctx_, url, code, *, ca_file=None, allow_insecure_http=False):  # type: ignore[no-untyped-def]
        calls.append((url, code, ca_file, allow_insecure_http))
        if code != "GOOD-CODE-0001":
            raise sync.DomainError("登记失败：登记码无效，请核对后重新输入。")
        return "ok"

    monkeypatch.setattr(sync, "enroll", fake_enroll)
    dialog = EnrollDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.url.setText("http://127.0.0.1:8470")
    dialog.code.setText("BAD-CODE-0000")
    assert not dialog.submit()
    assert "登记码无效" in dialog.error.text()
    dialog.code.setText("GOOD-CODE-0001")
    dialog.allow_http.setChecked(True)
    assert dialog.submit()
    assert calls[-1] == ("http://127.0.0.1:8470", "GOOD-CODE-0001", None, True)
