"""One sync run (no Qt): push the outbox and the audit log, then pull changes.

Push: pending rows in id order (for a case that is its event order), marked 'sending'
(attempts + 1) and committed *before* the request; only the server's per-event results make
a row 'acked' (acked/duplicate) or 'conflict' (kept with the reason, reported, never dropped).
A batch that got no answer goes back to 'pending'; rows a crash left in 'sending' are simply
sent again — the server recognises the UUID and answers "duplicate". The audit entries after
the acknowledged seq travel in the same requests.

Pull: ``/changes`` from the stored cursor; each change is applied and the cursor moved past it
in one transaction, so a failure leaves the cursor just before the change that failed.

Network trouble is retried with exponential backoff and full jitter, obeying ``Retry-After``;
an :class:`AuthError` stops the run at once.
"""

from __future__ import annotations

import functools
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, TypeVar

from desk_app.domain.i18n import QT_TRANSLATE_NOOP, fmt, fmt_join, message_of

from .apply import ChangeRejected, ChangeWriter, apply_change
from .client import AuthError, BatchTooLarge, ProtocolError, RetryLater, SyncClient, SyncError
from .protocol import AuditEntryIn, ChangesResponse, EventIn, PushRequest, PushResponse

T = TypeVar("T")

MAX_EVENTS = 200          # per request (the protocol allows 500)
MAX_BYTES = 1_000_000     # per request, uncompressed JSON (the protocol allows 4 MB)
MAX_AUDIT = 1000          # audit entries per request
PULL_LIMIT = 500

TRAINING_REFUSED = QT_TRANSLATE_NOOP("domain", "本数据目录是培训数据，永不与中心同步（培训案件不是真实业务记录）。")


def audit_break_message(seq: int) -> str:
    return fmt(QT_TRANSLATE_NOOP("domain", "中心核验本机审计记录时发现第 {seq} 条起链接不符，已由中心标记。请联系管理员核查本机数据。"),
               seq=seq)


class TrainingDataRefused(SyncError):
    pass


class Cancelled(SyncError):
    pass


class OutboxEvent(Protocol):
    id: int
    uuid: str
    aggregate: str
    aggregate_id: str
    aggregate_seq: int
    kind: str
    payload: dict[str, Any]
    payload_digest: str
    created_at: datetime


class AuditRecord(Protocol):
    seq: int
    at: datetime
    username: str
    role: str
    office_code: str
    terminal_code: str
    action: str
    entity: str
    entity_id: str
    content_digest: str
    prev_hash: str
    entry_hash: str


class Store(Protocol):
    """What a run needs from the terminal database (``storage.sync_state.SyncStore``)."""

    def is_training(self) -> bool: ...
    def next_unsent(self, after_id: int, limit: int) -> Sequence[OutboxEvent]: ...
    def mark_sending(self, ids: Sequence[int]) -> None: ...
    def record_results(self, ids: Sequence[int], results: Mapping[str, tuple[str, str]]) -> None: ...
    def release(self, ids: Sequence[int], error: str) -> None: ...
    def unsent_total(self) -> int: ...
    def audit_after(self, seq: int, limit: int) -> Sequence[AuditRecord]: ...
    def audit_acked_seq(self) -> int: ...
    def set_audit_acked(self, seq: int, broken_at: int | None) -> None: ...
    def cursor(self) -> int: ...
    def set_cursor(self, cursor: int) -> None: ...
    def apply_change(self, seq: int, apply: Callable[[ChangeWriter], object]) -> None: ...
    def mark_pulled(self) -> None: ...
    def record_run(self, error: str | None) -> None: ...


@dataclass
class SyncResult:
    sent: int = 0            # events the server answered for
    acked: int = 0           # stored now
    duplicates: int = 0      # the server had them already (e.g. re-sent after a crash)
    conflicts: int = 0       # same UUID, other content: kept as 'conflict', reported
    pulled: int = 0          # changes applied from central
    audit_sent: int = 0
    pending_left: int = 0    # pending or sending after the run
    last_error: str | None = None
    auth_failed: bool = False
    revoked: bool = False
    audit_broken_at: int | None = None
    conflict_details: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.last_error is None

    @property
    def all_acknowledged(self) -> bool:
        return self.ok and self.pending_left == 0 and self.conflicts == 0

    def summary(self) -> str:
        """In Chinese; a :class:`Text`, so ui/ shows it in the interface language (``tr_domain``)."""
        acked = self.acked + self.duplicates
        parts: list[str] = [
            fmt(QT_TRANSLATE_NOOP("domain", "发送 {sent} 条，中心确认 {acked} 条（其中 {duplicates} 条中心早已收到）"),
                sent=self.sent, acked=acked, duplicates=self.duplicates) if self.duplicates else
            fmt(QT_TRANSLATE_NOOP("domain", "发送 {sent} 条，中心确认 {acked} 条"), sent=self.sent, acked=acked)]
        if self.conflicts:
            parts.append(fmt(QT_TRANSLATE_NOOP("domain", "内容冲突 {n} 条（已保留，待中心核对）"), n=self.conflicts))
        parts.append(fmt(QT_TRANSLATE_NOOP("domain", "审计记录 {n} 条"), n=self.audit_sent))
        parts.append(fmt(QT_TRANSLATE_NOOP("domain", "接收更新 {n} 条"), n=self.pulled))
        parts.append(fmt(QT_TRANSLATE_NOOP("domain", "尚待同步 {n} 条"), n=self.pending_left))
        text = parts[0]
        for part in parts[1:]:
            text = fmt(QT_TRANSLATE_NOOP("domain", "{first}，{then}"), first=fmt(text), then=fmt(part))
        text = fmt(QT_TRANSLATE_NOOP("domain", "{sentence}。"), sentence=fmt(text))
        if self.audit_broken_at is not None:
            text = fmt(QT_TRANSLATE_NOOP("domain", "{text}\n{more}"), text=text, more=audit_break_message(self.audit_broken_at))
        if self.last_error:
            text = fmt(QT_TRANSLATE_NOOP("domain", "{text}\n未完成：{error}"), text=text, error=fmt(self.last_error))
        return text


def event_wire(row: OutboxEvent) -> EventIn:
    return EventIn(uuid=row.uuid, aggregate=row.aggregate, aggregate_id=row.aggregate_id,
                   aggregate_seq=row.aggregate_seq, kind=row.kind, payload=row.payload,
                   payload_digest=row.payload_digest, created_at=row.created_at)


def audit_wire(entry: AuditRecord) -> AuditEntryIn:
    return AuditEntryIn(seq=entry.seq, at=entry.at, username=entry.username, role=entry.role,
                        office_code=entry.office_code, terminal_code=entry.terminal_code,
                        action=entry.action, entity=entry.entity, entity_id=entry.entity_id,
                        content_digest=entry.content_digest, prev_hash=entry.prev_hash,
                        entry_hash=entry.entry_hash)


def _size(model: EventIn | AuditEntryIn) -> int:
    return len(model.model_dump_json().encode("utf-8")) + 1


class SyncRunner:
    def __init__(
        self,
        client: SyncClient,
        store: Store,
        *,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
        max_events: int = MAX_EVENTS,
        max_bytes: int = MAX_BYTES,
        max_attempts: int = 5,
        base_delay: float = 2.0,
        max_delay: float = 60.0,
        max_wait: float = 300.0,
        pull_limit: int = PULL_LIMIT,
    ):
        self.client, self.store, self.sleep, self.rand = client, store, sleep, rand
        self.max_events, self.max_bytes = max_events, max_bytes
        self.max_attempts, self.base_delay, self.max_delay, self.max_wait = max_attempts, base_delay, max_delay, max_wait
        self.pull_limit = pull_limit

    # -- the run ---------------------------------------------------------------------------
    def run_once(self, *, push: bool = True, pull: bool = True) -> SyncResult:
        if self.store.is_training():
            raise TrainingDataRefused(TRAINING_REFUSED)
        result = SyncResult()
        steps = [s for s, wanted in ((self._push, push), (self._pull, pull)) if wanted]
        for step in steps:
            try:
                step(result)
            except AuthError as err:
                result.auth_failed, result.revoked = True, err.revoked
                result.last_error = message_of(err)
                break
            except (RetryLater, Cancelled) as err:  # the link is down: no use pulling either
                result.last_error = message_of(err)
                break
            except SyncError as err:  # this step failed; the other may still work
                result.last_error = (fmt_join([result.last_error, message_of(err)]) if result.last_error
                                     else message_of(err))
        result.pending_left = self.store.unsent_total()
        self.store.record_run(result.last_error)
        return result

    def _with_retries(self, call: Callable[[], T]) -> T:
        attempt = 0
        while True:
            try:
                return call()
            except RetryLater as err:
                attempt += 1
                if attempt >= self.max_attempts:
                    raise
                if err.retry_after is not None:
                    if err.retry_after > self.max_wait:
                        raise RetryLater(fmt(QT_TRANSLATE_NOOP("domain", "{error} 中心要求 {seconds} 秒后再试，本次同步先停止。"),
                                             error=fmt(message_of(err)), seconds=int(err.retry_after)),
                                         err.retry_after) from err
                    delay = err.retry_after
                else:  # exponential backoff with full jitter
                    delay = self.rand() * min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
                self.sleep(delay)

    # -- push ------------------------------------------------------------------------------
    def _push(self, result: SyncResult) -> None:
        after_id = 0
        max_events, max_bytes = self.max_events, self.max_bytes
        audit_seq = self.store.audit_acked_seq()
        audit_done = False
        while True:
            batch: list[tuple[int, EventIn]] = []
            size = 0
            for row in self.store.next_unsent(after_id, max_events):
                event = event_wire(row)
                n = _size(event)
                if batch and size + n > max_bytes:
                    break
                batch.append((row.id, event))
                size += n
            audit = [] if audit_done else self._audit_batch(audit_seq, max_bytes - size, alone=not batch)
            if not batch and not audit:
                return
            ids = [i for i, _ in batch]
            request = PushRequest(events=[e for _, e in batch], audit=audit)
            if ids:
                self.store.mark_sending(ids)  # committed before anything leaves the machine
            try:
                response = self._with_retries(lambda: self.client.push(request))  # noqa: B023
            except BatchTooLarge as err:
                if ids:
                    self.store.release(ids, str(err))
                if len(batch) + len(audit) <= 1:
                    raise ProtocolError(QT_TRANSLATE_NOOP("domain", "有一条记录超过中心允许的单次发送大小，无法发送，请联系管理员。")) from err
                max_events = max(1, len(batch) // 2)
                max_bytes = max(1, (size + sum(_size(a) for a in audit)) // 2)
                continue
            except SyncError as err:
                if ids:
                    self.store.release(ids, str(err))
                raise
            self._take_results(result, ids, batch, response)
            if ids:
                after_id = ids[-1]
            if audit:
                result.audit_sent += len(audit)
                accepted = response.audit.accepted_through
                if accepted < audit[-1].seq:  # a broken link or a gap: do not loop on it
                    audit_done = True
                audit_seq = accepted
            self.store.set_audit_acked(response.audit.accepted_through, response.audit.broken_at)
            if response.audit.broken_at is not None:  # flagged by central; events still flow
                result.audit_broken_at = response.audit.broken_at
                audit_done = True

    def _audit_batch(self, after_seq: int, budget: int, alone: bool) -> list[AuditEntryIn]:
        """The next audit entries that fit in ``budget`` bytes (at least one when the request
        carries no events; otherwise they may all wait for a later request)."""
        entries: list[AuditEntryIn] = []
        for entry in self.store.audit_after(after_seq, MAX_AUDIT):
            wire = audit_wire(entry)
            budget -= _size(wire)
            if budget < 0 and (entries or not alone):
                break
            entries.append(wire)
        return entries

    def _take_results(self, result: SyncResult, ids: list[int], batch: list[tuple[int, EventIn]],
                      response: PushResponse) -> None:
        sent = {e.uuid: e for _, e in batch}
        answers = {r.uuid: (r.status.value, r.reason) for r in response.results if r.uuid in sent}
        self.store.record_results(ids, answers)
        result.sent += len(answers)
        for uuid, (status, reason) in answers.items():
            if status == "acked":
                result.acked += 1
            elif status == "duplicate":
                result.duplicates += 1
            else:
                result.conflicts += 1
                event = sent[uuid]
                result.conflict_details.append(f"{event.aggregate_id} #{event.aggregate_seq} {event.kind}：{reason}")

    # -- pull ------------------------------------------------------------------------------
    def _pull(self, result: SyncResult) -> None:
        cursor = self.store.cursor()
        while True:
            page = self._with_retries(lambda: self.client.changes(cursor, self.pull_limit))  # noqa: B023
            start = cursor
            _, cursor = apply_changes(self.store, page, cursor, result)
            if not page.more:
                break
            if cursor == start:
                raise ProtocolError(QT_TRANSLATE_NOOP("domain", "中心的更新列表没有前进（游标未变），已停止接收。"))
        self.store.mark_pulled()


def apply_changes(store: Store, page: ChangesResponse, cursor: int,
                  result: SyncResult | None = None) -> tuple[int, int]:
    """Apply one page of central's changes after ``cursor``, each atomically with the cursor
    moving past it; the same for a /pull page and for the changes in a USB receipt. Changes
    at or before the cursor are skipped (a page read twice, an older receipt imported late).
    Returns (applied, new cursor); ``result.pulled`` counts as it goes (also when a later
    change fails)."""
    applied = 0
    for change in page.changes:
        if change.seq <= cursor:
            continue  # already applied
        try:
            store.apply_change(change.seq, functools.partial(apply_change, change))
        except ChangeRejected:
            raise
        except Exception as err:  # noqa: BLE001 - a database failure: same treatment
            raise ChangeRejected(fmt(QT_TRANSLATE_NOOP("domain", "本机未能保存中心下发的第 {seq} 条更新：{error}"),
                                     seq=change.seq, error=fmt(message_of(err)))) from err
        cursor = change.seq
        applied += 1
        if result is not None:
            result.pulled += 1
    if page.cursor > cursor:
        store.set_cursor(page.cursor)
        cursor = page.cursor
    return applied, cursor
