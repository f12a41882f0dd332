"""Pushing cases to a real central server: exactly once, whatever is sent again or out of order."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import httpx

from desk_app.sync.protocol import EventStatus, PushRequest

from .conftest import (
    ADMIN_TOKEN,
    CentralServer,
    Terminal,
    assert_exactly_once,
    terminal_client,
    wire_events,
)


def test_push_cases_exactly_once(central: CentralServer, make_terminal) -> None:  # type: ignore[no-untyped-def]
    terminal = make_terminal(central, "W01", cases=30)
    numbers = terminal.case_numbers()
    audit_before = terminal.audit_count()
    result = terminal.sync()
    assert result.ok, result.last_error
    assert result.all_acknowledged
    assert result.acked == 120 and result.duplicates == 0 and result.conflicts == 0
    assert assert_exactly_once(central, terminal) == 120  # 4 events a case
    # The audit chain arrived up to what existed when the run started (and re-verified).
    held = central.query("SELECT seq, entry_hash FROM audit_entries WHERE terminal_id = :t ORDER BY seq",
                         t=terminal.terminal_id)
    assert [s for s, _ in held] == list(range(1, len(held) + 1))
    assert len(held) >= audit_before
    assert central.count("audit_flags") == 0
    # The auditor's read endpoints see the same.
    view = central.admin_get(f"/api/v1/cases/{numbers[7]}")
    assert view.status_code == 200, view.text
    body = view.json()
    assert [e["aggregate_seq"] for e in body["events"]] == [1, 2, 3, 4]
    assert body["office_code"] == "540102" and body["terminal_code"] == "W01"
    counts = central.admin_get("/api/v1/stats/counts", by="office").json()
    assert counts == [{"key": "540102", "cases": 30}]
    assert httpx.get(central.url + f"/api/v1/cases/{numbers[0]}").status_code == 401
    assert httpx.get(central.url + f"/api/v1/cases/{numbers[0]}",
                     headers={"X-Admin-Token": ADMIN_TOKEN + "x"}).status_code == 401


def test_sync_twice_sends_nothing_new(central: CentralServer, terminal: Terminal) -> None:
    terminal.make_cases(5)
    first = terminal.sync()
    assert first.all_acknowledged, first.summary()
    second = terminal.sync()
    assert second.ok and second.sent == 0 and second.acked == 0
    assert assert_exactly_once(central, terminal) == 20
    # More cases later: only those travel.
    terminal.make_cases(2)
    third = terminal.sync()
    assert third.acked == 8 and third.duplicates == 0
    assert assert_exactly_once(central, terminal) == 28


def test_replayed_batch_is_acknowledged_as_duplicate(central: CentralServer, terminal: Terminal) -> None:
    terminal.make_cases(6)
    old_batch = PushRequest(events=wire_events(terminal))  # captured before the first send
    assert terminal.sync().all_acknowledged
    with terminal_client(terminal, central.url) as client:
        again = client.push(old_batch)
        assert {r.status for r in again.results} == {EventStatus.DUPLICATE}
        assert len(again.results) == 24
        # The same batch twice within one request: still one copy.
        doubled = client.push(PushRequest(events=old_batch.events[:3] + old_batch.events[:3]))
        assert {r.status for r in doubled.results} == {EventStatus.DUPLICATE}
    assert assert_exactly_once(central, terminal) == 24


def test_same_uuid_other_content_is_a_conflict_kept_apart(central: CentralServer, terminal: Terminal) -> None:
    terminal.make_cases(1)
    assert terminal.sync().all_acknowledged
    event = wire_events(terminal)[1]
    forged = event.model_copy(update={"payload": {**event.payload, "user": "mallory"}})
    with terminal_client(terminal, central.url) as client:
        bad_digest = client.push(PushRequest(events=[forged])).results[0]
        assert bad_digest.status is EventStatus.CONFLICT and bad_digest.reason
        from desk_app.storage.audit import canonical_digest

        rehashed = forged.model_copy(update={"payload_digest": canonical_digest(forged.payload)})
        other = client.push(PushRequest(events=[rehashed])).results[0]
        assert other.status is EventStatus.CONFLICT
    stored = central.query("SELECT payload_digest FROM events WHERE uuid = :u", u=event.uuid)
    assert stored == [(event.payload_digest,)]  # the original is untouched
    assert central.count("conflicts") == 2


def test_out_of_order_delivery(central: CentralServer, terminal: Terminal) -> None:
    """The events of one case in reverse, one per request; then the normal run."""
    numbers = terminal.make_cases(2)
    events = wire_events(terminal)
    first_case = [e for e in events if e.aggregate_id == numbers[0]]
    assert [e.aggregate_seq for e in first_case] == [1, 2, 3, 4]
    with terminal_client(terminal, central.url) as client:
        for ev in reversed(first_case):
            result = client.push(PushRequest(events=[ev])).results
            assert [r.status for r in result] == [EventStatus.ACKED]
        # the second case: its last two events first, then everything at once
        second = [e for e in events if e.aggregate_id == numbers[1]]
        client.push(PushRequest(events=second[2:]))
        mixed = client.push(PushRequest(events=list(reversed(second))))
        assert [r.status for r in mixed.results] == [EventStatus.DUPLICATE, EventStatus.DUPLICATE,
                                                     EventStatus.ACKED, EventStatus.ACKED]
    result = terminal.sync()  # the terminal never heard of those answers: all duplicates
    assert result.all_acknowledged, result.summary()
    assert result.duplicates == 8 and result.acked == 0
    assert assert_exactly_once(central, terminal) == 8
    view = central.admin_get(f"/api/v1/cases/{numbers[0]}").json()
    assert [e["aggregate_seq"] for e in view["events"]] == [1, 2, 3, 4]
    assert central.admin_get("/api/v1/stats/counts", by="office").json() == [{"key": "540102", "cases": 2}]


def test_several_terminals_sync_at_once(central: CentralServer, make_terminal) -> None:  # type: ignore[no-untyped-def]
    """Three terminals (two offices), each its own `desk-app sync --once` process, concurrently."""
    terms = [make_terminal(central, "W01", cases=8), make_terminal(central, "W02", cases=9),
             make_terminal(central, "W01", office="540103", cases=10)]

    def run(term: Terminal) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "desk_app", "--data-dir", str(term.data_dir), "sync", "--once"],
                              capture_output=True, text=True, timeout=120)

    with ThreadPoolExecutor(3) as pool:
        runs = list(pool.map(run, terms))
    for done in runs:
        assert done.returncode == 0, done.stderr
        assert "尚待同步 0 条" in done.stdout
    assert assert_exactly_once(central, *terms) == 4 * (8 + 9 + 10)
    by_office = central.admin_get("/api/v1/stats/counts", by="office").json()
    assert by_office == [{"key": "540102", "cases": 17}, {"key": "540103", "cases": 10}]
