"""``desk-app selftest``: the smoke test the installers run on the built app (here from source)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app import cli


def _gui_check(ctx, pdf):  # type: ignore[no-untyped-def]
    from desk_app.ui.selftest import check_gui

    return check_gui(ctx, pdf)


def test_selftest_seeds_demo_data_exports_a_verified_letter_and_checks_qt(tmp_path, qapp, capsys):  # type: ignore[no-untyped-def]
    out = tmp_path / "letter.pdf"
    code = cli.run(["selftest", "--data", str(tmp_path / "data"), "--out", str(out), "--cases", "2"],
                   selftest_gui=_gui_check)
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert out.read_bytes().startswith(b"%PDF") and out.with_suffix(".png").stat().st_size > 0
    assert "自检通过" in printed.out and "完全一致" in printed.out
    # a second run reuses the data directory (no second seeding) and passes again
    assert cli.run(["selftest", "--data", str(tmp_path / "data"), "--out", str(out), "--no-gui"]) == 0
    assert "案件 2 件" in capsys.readouterr().out


def test_selftest_fails_when_the_bundled_fonts_are_missing(tmp_path, qapp, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    from desk_app.ui import app as ui_app

    empty = tmp_path / "no-resources"
    (empty / "fonts").mkdir(parents=True)
    monkeypatch.setattr(ui_app, "resources_dir", lambda: Path(empty))
    monkeypatch.setattr("PySide6.QtGui.QFontDatabase.families", staticmethod(lambda *a: ["DejaVu Sans"]))
    code = cli.run(["selftest", "--data", str(tmp_path / "data"), "--out", str(tmp_path / "l.pdf"), "--cases", "1"],
                   selftest_gui=_gui_check)
    assert code == 1
    assert "内置中文字体" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["selftest"], ["selftest", "--data", "x"]])
def test_selftest_needs_its_arguments(argv):  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        cli.run(argv)


def test_selftest_refuses_a_real_data_directory(ctx, capsys):  # type: ignore[no-untyped-def]
    data = ctx.data_dir
    ctx.close()
    assert cli.run(["selftest", "--data", str(data), "--out", str(data.parent / "x.pdf"), "--no-gui"]) == 2
    assert "不能在真实数据上运行" in capsys.readouterr().err
    assert not (data.parent / "x.pdf").exists()
