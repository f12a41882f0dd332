"""Pushing the outbox: order, batches, marking, duplicates, conflicts, crashes, retries, auth."""

from __future__ import annotations

import gzip

import httpx
import pytest

from desk_app.domain.errors import DomainError
from desk_app.services import sync
from desk_app.services.sync_status import sync_status
from desk_app.storage import settings as keys
from desk_app.storage.models import OutboxRow
from desk_app.sync.protocol import PushRequest

from .conftest import Sleeps, make_cases, statuses, synthetic_events
from .fake_central import TERMINAL_ID, TOKEN, busy, down, error


def rows(ctx) -> list[OutboxRow]:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        return list(s.query(OutboxRow).order_by(OutboxRow.id))


def test_cases_are_sent_in_order_and_acked_only_on_results(enrolled, central):
    make_cases(enrolled, 3)
    seen = {}

    def snapshot(req: PushRequest) -> None:  # the server looks at the terminal mid-request
        with enrolled.db.session() as s:
            for r in s.query(OutboxRow).filter(OutboxRow.uuid.in_([e.uuid for e in req.events])):
                seen[r.uuid] = (r.status, r.attempts, r.acked_at)

    central.on_push = snapshot
    result = sync.sync_once(enrolled, sleep=Sleeps())

    assert result.ok and result.all_acknowledged
    assert (result.sent, result.acked, result.duplicates, result.conflicts) == (12, 12, 0, 0)
    assert set(seen.values()) == {("sending", 1, None)}  # committed as 'sending' before the request
    sent = [e for r in central.pushes for e in r.json["events"]]
    assert [e["uuid"] for e in sent] == [r.uuid for r in rows(enrolled)]  # id order
    by_case: dict[str, list[int]] = {}
    for e in sent:
        by_case.setdefault(e["aggregate_id"], []).append(e["aggregate_seq"])
    assert all(seqs == [1, 2, 3, 4] for seqs in by_case.values()) and len(by_case) == 3
    assert sent[0]["payload"]["case"]["case_no"] == sent[0]["aggregate_id"]  # first event carries the case
    after = rows(enrolled)
    assert {r.status for r in after} == {"acked"}
    assert all(r.acked_at == enrolled.clock() and r.attempts == 1 for r in after)
    assert sync_status(enrolled).pending == 0


def test_batches_hold_at_most_200_events_and_keep_order(enrolled, central):
    synthetic_events(enrolled, 450, aggregates=7)
    result = sync.sync_once(enrolled, sleep=Sleeps())
    sizes = [len(r.json["events"]) for r in central.pushes if r.json["events"]]
    assert sizes == [200, 200, 50]
    assert result.sent == result.acked == 450
    per_agg: dict[str, list[int]] = {}
    for r in central.pushes:
        for e in r.json["events"]:
            per_agg.setdefault(e["aggregate_id"], []).append(e["aggregate_seq"])
    assert all(seqs == sorted(seqs) == list(range(1, len(seqs) + 1)) for seqs in per_agg.values())


def test_batches_stay_under_about_one_megabyte(enrolled, central):
    synthetic_events(enrolled, 30, payload_bytes=150_000)
    result = sync.sync_once(enrolled, sleep=Sleeps())
    assert result.all_acknowledged
    raw_sizes = [len(gzip.decompress(r.body)) for r in central.pushes]
    assert len(central.pushes) >= 5
    assert all(size <= 1_000_000 for size in raw_sizes)


def test_a_row_the_server_does_not_answer_stays_unsent(enrolled, central):
    make_cases(enrolled, 1)
    forgotten = rows(enrolled)[2].uuid
    central.drop_results = {forgotten}
    result = sync.sync_once(enrolled, sleep=Sleeps())
    assert result.acked == 3 and result.pending_left == 1 and not result.all_acknowledged
    row = next(r for r in rows(enrolled) if r.uuid == forgotten)
    assert row.status == "pending" and row.acked_at is None and "未确认" in row.last_error
    central.drop_results = set()
    again = sync.sync_once(enrolled, sleep=Sleeps())
    assert again.duplicates == 1 and again.all_acknowledged  # the server had it after all


def test_duplicate_is_acked_and_conflict_is_kept_and_reported(enrolled, central):
    make_cases(enrolled, 1)
    first, second = rows(enrolled)[:2]
    central.events[first.uuid] = (first.payload_digest, {})        # already there, same content
    central.events[second.uuid] = ("f" * 64, {})                    # same UUID, other content
    result = sync.sync_once(enrolled, sleep=Sleeps())
    assert (result.acked, result.duplicates, result.conflicts) == (2, 1, 1)
    assert result.conflict_details and second.aggregate_id in result.conflict_details[0]
    after = {r.uuid: r for r in rows(enrolled)}
    assert after[first.uuid].status == "acked"
    assert after[second.uuid].status == "conflict" and after[second.uuid].acked_at is None
    assert "内容不同" in after[second.uuid].last_error
    assert not result.all_acknowledged
    assert "冲突 1 条" in result.summary()
    central.requests.clear()
    sync.sync_once(enrolled, sleep=Sleeps())
    assert all(second.uuid not in str(r.json) for r in central.pushes)  # never re-sent, never dropped
    assert statuses(enrolled)[second.uuid] == "conflict"
    assert sync_status(enrolled).conflicts == 1


def test_rows_left_sending_by_a_crash_are_sent_again(enrolled, central):
    make_cases(enrolled, 1)
    with enrolled.db.session() as s, s.begin():  # a run that died after marking, before any answer
        for r in s.query(OutboxRow):
            r.status, r.attempts = "sending", 1
    result = sync.sync_once(enrolled, sleep=Sleeps())
    assert result.sent == 4 and result.all_acknowledged
    assert {(r.status, r.attempts) for r in rows(enrolled)} == {("acked", 2)}


def test_retry_after_is_obeyed(enrolled, central):
    make_cases(enrolled, 1)
    central.fail_next(busy("7"), busy("3"))
    sleeps = Sleeps()
    result = sync.sync_once(enrolled, sleep=sleeps)
    assert sleeps == [7.0, 3.0]
    assert result.all_acknowledged


def test_backoff_is_exponential_with_full_jitter_and_bounded(enrolled, central):
    make_cases(enrolled, 1)
    central.fail_next(down, down, down, down)  # four failures, the fifth attempt works
    sleeps = Sleeps()
    draws = iter([0.5, 1.0, 0.25, 1.0])
    result = sync.sync_once(enrolled, sleep=sleeps, rand=lambda: next(draws))
    assert result.all_acknowledged
    assert sleeps == [0.5 * 2, 1.0 * 4, 0.25 * 8, 1.0 * 16]  # rand() × min(60, 2 × 2^(n-1))


def test_jitter_never_exceeds_the_cap(enrolled, central):
    from desk_app.storage.sync_state import SyncStore
    from desk_app.sync.client import SyncClient
    from desk_app.sync.worker import SyncRunner

    make_cases(enrolled, 1)
    central.fail_next(*[down] * 9)
    sleeps = Sleeps()
    store = SyncStore(enrolled.db, enrolled.require_actor(), enrolled.clock, str)
    with SyncClient("https://central.test", terminal_id=TERMINAL_ID, token=TOKEN, transport=central.transport) as c:
        runner = SyncRunner(c, store, sleep=sleeps, rand=lambda: 1.0, max_attempts=10, max_delay=60)
        result = runner.run_once(pull=False)
    assert sleeps == [2, 4, 8, 16, 32, 60, 60, 60, 60]
    assert result.all_acknowledged


def test_giving_up_leaves_everything_pending_with_the_reason(enrolled, central):
    make_cases(enrolled, 1)
    central.fail_next(*[down] * 5)
    sleeps = Sleeps()
    result = sync.sync_once(enrolled, sleep=sleeps)
    assert len(sleeps) == 4
    assert "无法连接中心" in result.last_error and not result.ok
    assert result.pending_left == 4
    assert {(r.status, r.attempts) for r in rows(enrolled)} == {("pending", 1)}
    assert all("无法连接中心" in r.last_error for r in rows(enrolled))
    assert not [r for r in central.requests if "/changes" in r.path]  # no pull over a dead link


def test_a_very_long_retry_after_ends_the_run_instead_of_waiting(enrolled, central):
    make_cases(enrolled, 1)
    central.fail_next(busy("3600"))
    sleeps = Sleeps()
    result = sync.sync_once(enrolled, sleep=sleeps)
    assert sleeps == [] and "3600 秒后再试" in result.last_error


@pytest.mark.parametrize(("answer", "revoked", "words"), [
    (error(401, "unauthorized", "终端凭据无效，请管理员重新登记。"), False, "终端凭据无效"),
    (error(403, "revoked", "本终端已被吊销，请联系中心管理员。"), True, "已被吊销"),
])
def test_auth_error_stops_the_run_with_the_message(enrolled, central, answer, revoked, words):
    make_cases(enrolled, 2)
    central.fail_next(answer)
    sleeps = Sleeps()
    result = sync.sync_once(enrolled, sleep=sleeps)
    assert result.auth_failed and result.revoked is revoked
    assert words in result.last_error
    assert sleeps == [] and len(central.requests) == 1  # no retry, no pull, no further batch
    assert {r.status for r in rows(enrolled)} == {"pending"}
    status = sync_status(enrolled)
    assert words in status.last_error and not status.online


def test_413_splits_the_batch(enrolled, central):
    synthetic_events(enrolled, 120)
    central.max_events = 50
    result = sync.sync_once(enrolled, sleep=Sleeps())
    assert result.all_acknowledged and result.sent == 120
    sizes = [len(r.json["events"]) for r in central.pushes if r.json and r.json["events"]]
    assert sizes[:3] == [120, 60, 30]  # refused, refused, then accepted at half of half
    assert len(central.events) == 120


def test_training_data_never_syncs(enrolled, central):
    with enrolled.db.session() as s, s.begin():
        keys.put(s, keys.TRAINING, "1")
    enrolled.invalidate_office()
    with pytest.raises(DomainError, match="培训数据"):
        sync.sync_once(enrolled, sleep=Sleeps())
    with pytest.raises(DomainError, match="培训数据"):
        sync.export_bundle(enrolled, enrolled.data_dir / "out")
    assert central.requests == []


def test_training_directory_cannot_enroll(ctx, central):
    with ctx.db.session() as s, s.begin():
        keys.put(s, keys.TRAINING, "1")
    ctx.invalidate_office()
    with pytest.raises(DomainError, match="培训数据"):
        sync.enroll(ctx, "https://central.test", "ENROLL-123456")


def test_the_runner_itself_refuses_training_data(enrolled, central):
    from desk_app.storage.sync_state import SyncStore
    from desk_app.sync.client import SyncClient
    from desk_app.sync.worker import SyncRunner, TrainingDataRefused

    with enrolled.db.session() as s, s.begin():
        keys.put(s, keys.TRAINING, "1")
    store = SyncStore(enrolled.db, enrolled.require_actor(), enrolled.clock, str)
    with SyncClient("https://central.test", transport=central.transport) as c, \
            pytest.raises(TrainingDataRefused, match="培训数据"):
        SyncRunner(c, store).run_once()
    assert central.requests == []


def test_not_enrolled_says_what_to_do(ctx, central):
    with pytest.raises(DomainError, match="尚未登记"):
        sync.sync_once(ctx)


def test_connection_refused_by_transport_is_not_an_exception(enrolled, central):
    central.fail_next(*[lambda r: (_ for _ in ()).throw(httpx.ConnectError("no route", request=r))] * 5)
    result = sync.sync_once(enrolled, sleep=Sleeps())
    assert not result.ok and "无法连接中心" in result.last_error
