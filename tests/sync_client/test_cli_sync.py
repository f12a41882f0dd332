"""desk-app enroll / sync --once / export-bundle / import-ack."""

from __future__ import annotations

from desk_app.cli import run
from desk_app.storage import sync_state as state
from desk_app.sync.bundle import open_bundle, seal_ack

from .conftest import URL, make_cases, statuses
from .fake_central import CODE, TERMINAL_ID, busy, error


def cli(data_dir, *args: str) -> int:  # type: ignore[no-untyped-def]
    return run(["--data-dir", str(data_dir), *args])


def test_enroll_then_sync_once_exits_0_when_everything_is_acknowledged(ctx, data_dir, central, capsys):
    assert cli(data_dir, "sync", "--once") == 2
    assert "尚未登记" in capsys.readouterr().err
    assert cli(data_dir, "enroll", URL, CODE) == 0
    assert TERMINAL_ID in capsys.readouterr().out
    make_cases(ctx, 1)
    assert cli(data_dir, "sync", "--once") == 0
    out = capsys.readouterr().out
    assert "发送 4 条，中心确认 4 条" in out and "尚待同步 0 条" in out
    assert set(statuses(ctx).values()) == {"acked"}


def test_enroll_with_a_wrong_code_or_plain_http(ctx, data_dir, central, capsys):
    assert cli(data_dir, "enroll", URL, "WRONG-CODE") == 2
    assert "登记失败：登记码无效" in capsys.readouterr().err
    assert cli(data_dir, "enroll", "http://10.0.0.5:8000", CODE) == 2
    assert "http" in capsys.readouterr().err
    with ctx.db.session() as s:
        from desk_app.storage import settings as keys

        assert keys.get(s, state.TOKEN) is None


def test_sync_once_exits_1_when_something_is_left(ctx, data_dir, central, capsys):
    assert cli(data_dir, "enroll", URL, CODE) == 0
    make_cases(ctx, 1)
    uuid = next(iter(statuses(ctx)))
    central.events[uuid] = ("0" * 64, {})
    assert cli(data_dir, "sync", "--once") == 1
    captured = capsys.readouterr()
    assert "内容冲突 1 条" in captured.out and "冲突：540102-W01-" in captured.err


def test_sync_once_exits_2_on_errors(ctx, data_dir, central, capsys):
    assert cli(data_dir, "enroll", URL, CODE) == 0
    make_cases(ctx, 1)
    central.fail_next(*[busy("0")] * 5)
    assert cli(data_dir, "sync", "--once") == 2
    assert "中心繁忙" in capsys.readouterr().err
    central.fail_next(error(403, "revoked", "本终端已被吊销。"))
    assert cli(data_dir, "sync", "--once") == 2
    assert "本终端已被吊销。" in capsys.readouterr().err
    assert set(statuses(ctx).values()) == {"pending"}


def test_export_bundle_and_import_ack(ctx, data_dir, central, tmp_path, capsys):
    assert cli(data_dir, "enroll", URL, CODE) == 0
    make_cases(ctx, 1)
    assert cli(data_dir, "export-bundle", str(tmp_path / "usb")) == 0
    (bundle,) = (tmp_path / "usb").iterdir()
    assert str(bundle) in capsys.readouterr().out
    receipt = tmp_path / "receipt.deskbundle"
    answer = central.ingest(open_bundle(bundle.read_bytes(), {TERMINAL_ID: central.bundle_key}))
    receipt.write_bytes(seal_ack(answer, TERMINAL_ID, central.bundle_key))
    assert cli(data_dir, "import-ack", str(receipt)) == 0
    assert "确认 4 条" in capsys.readouterr().out
    assert set(statuses(ctx).values()) == {"acked"}
