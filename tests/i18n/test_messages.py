"""Messages made outside ui/ (sync, storage, statistics) follow the interface language."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from desk_app.documents.tables import to_csv
from desk_app.domain.statistics import StatsFilter
from desk_app.services import statistics as stats
from desk_app.storage.db import StorageError, storage_errors
from desk_app.sync.client import InsecureURL, RetryLater, check_url
from desk_app.sync.worker import SyncResult
from desk_app.ui.i18n import set_language, tr_domain, tr_error

pytestmark = pytest.mark.usefixtures("language")


def test_a_sync_error_is_translated_and_stays_chinese_underneath() -> None:
    with pytest.raises(InsecureURL) as caught:
        check_url("ftp:/nowhere")
    assert str(caught.value) == "中心地址“ftp:/nowhere”无效，应形如 https://central.example.cn。"
    set_language("en")
    assert tr_error(caught.value) == "The central address \"ftp:/nowhere\" is invalid; it should look like " \
                                     "https://central.example.cn."
    assert tr_error(RetryLater("连接中心超时，稍后自动重试。")) == \
        "Connecting to central timed out; will retry automatically later."
    set_language("bo")
    assert tr_error(caught.value).startswith("ལྟེ་གནས་ཀྱི་ས་གནས“ftp:/nowhere”")


def test_the_sync_summary_is_composed_in_the_interface_language() -> None:
    result = SyncResult(sent=3, acked=2, duplicates=1, audit_sent=4, pulled=5, pending_left=0,
                        last_error="连接中心超时，稍后自动重试。")
    chinese = result.summary()
    assert chinese == ("发送 3 条，中心确认 3 条（其中 1 条中心早已收到），审计记录 4 条，接收更新 5 条，尚待同步 0 条。"
                       "\n未完成：连接中心超时，稍后自动重试。")
    set_language("en")
    assert tr_domain(chinese) == ("3 sent, 3 confirmed by central (1 of them central already had), 4 audit records, "
                                  "5 updates received, 0 still to sync.\n"
                                  "Not completed: Connecting to central timed out; will retry automatically later.")
    set_language("bo")
    assert "ལྟེ་གནས" in tr_domain(chinese) and "发送" not in tr_domain(chinese)


def test_disk_full_is_said_in_english() -> None:
    with pytest.raises(StorageError) as caught, storage_errors():
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))
    assert str(caught.value).startswith("磁盘空间已满")
    set_language("en")
    assert tr_error(caught.value).startswith("The disk is full; this action was not saved")


def test_dashboard_headers_and_notes_follow_the_language_but_exports_stay_chinese(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desk_app.ui.dashboard import FigureView

    f = StatsFilter.last_days(ctx.clock().date())
    table = stats.figures(ctx, f, ["promise_vs_certificate"])["promise_vs_certificate"]
    assert table.columns == ("办理方式", "案件数", "占比(%)")

    def shown() -> tuple[list[str], str]:
        view = FigureView("promise_vs_certificate", True)
        qtbot.addWidget(view)
        view.show_table(table)
        header = view.model.horizontalHeaderItem
        return [header(i).text() for i in range(view.model.columnCount())], view.note.text()

    set_language("en")
    headers, note = shown()
    assert headers == ["How handled", "Cases", "Share (%)"]
    assert note == "0 cases received in the period (withdrawn promises: see \"Withdrawals\")."
    assert tr_domain(stats.TITLES["by_item"]) == "By item"
    set_language("bo")
    headers, _ = shown()
    assert headers == ["སྒྲུབ་ཐབས།", "ལས་དོན་གྲངས།", "བསྡུར་ཚད(%)"]
    assert "办理方式".encode() in to_csv(table)  # the justice bureau's files stay Chinese
