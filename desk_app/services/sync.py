"""Sync use cases: enrolling the terminal, a sync run, and the USB bundle way for halls
without any link (export a sealed bundle, carry it to central, import central's receipt).

Credentials (terminal id, token, bundle key) are kept in the settings table only: the
database is encrypted at rest, and nothing is written anywhere else.
"""

from __future__ import annotations

import platform
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

from desk_app.domain.accounts import Action, Actor, Role
from desk_app.domain.errors import DomainError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, fmt, message_of
from desk_app.storage import audit
from desk_app.storage import settings as keys
from desk_app.storage import sync_state as state
from desk_app.sync.bundle import BundleError, open_ack_full, seal_bundle
from desk_app.sync.client import AuthError, SyncClient, SyncError
from desk_app.sync.worker import (
    TRAINING_REFUSED,
    Cancelled,
    ChangeRejected,
    SyncResult,
    SyncRunner,
    TrainingDataRefused,
    apply_changes,
    audit_wire,
    event_wire,
)

from .catalog import initials
from .context import AppContext

__all__ = ["Cancelled", "SyncResult", "enroll", "sync_once", "export_bundle", "import_ack", "is_enrolled"]

#: Tests (and the integration harness) put an httpx transport here to talk to a fake server.
transport: httpx.BaseTransport | None = None

_run_lock = threading.Lock()  # one run at a time in this process (timer + button + CLI)
BUNDLE_SUFFIX = ".deskbundle"


@dataclass(frozen=True)
class Enrollment:
    terminal_id: str
    office_code: str
    terminal_code: str
    url: str


@dataclass(frozen=True)
class AckResult:
    acked: int
    duplicates: int
    conflicts: int
    unmatched: int  # already marked, or not from this terminal
    changes: int = 0          # central's updates applied from the receipt
    more_changes: bool = False  # the receipt was capped: the next bundle's receipt brings the rest


def _get(ctx: AppContext, key: str) -> str | None:
    with ctx.db.session() as s:
        return keys.get(s, key)


def is_enrolled(ctx: AppContext) -> bool:
    return bool(_get(ctx, state.TERMINAL_ID) and _get(ctx, state.TOKEN))


def _refuse_training(ctx: AppContext) -> None:
    if ctx.office.training:
        raise DomainError(TRAINING_REFUSED)


def _client(ctx: AppContext, url: str | None = None, *, with_token: bool = True,
            ca_file: str | None = None, allow_http: bool | None = None) -> SyncClient:
    with ctx.db.session() as s:
        url = url or keys.get(s, state.URL) or ""
        ca_file = ca_file or keys.get(s, state.CA_FILE) or None
        if allow_http is None:
            allow_http = keys.get(s, state.ALLOW_HTTP) == "1"
        terminal_id = keys.get(s, state.TERMINAL_ID) if with_token else None
        token = keys.get(s, state.TOKEN) if with_token else None
    try:
        return SyncClient(url, terminal_id=terminal_id, token=token, ca_file=ca_file,
                          allow_insecure_http=allow_http, transport=transport)
    except SyncError as err:
        raise DomainError(message_of(err)) from None
    except OSError as err:  # the CA file
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "无法读取 CA 证书文件：{error}"), error=str(err))) from None


def _system_actor(ctx: AppContext) -> Actor:
    office = ctx.office
    return Actor("central", Role.ADMIN, office.code, office.terminal_code)


def enroll(ctx: AppContext, url: str, code: str, *, ca_file: str | None = None,
           allow_insecure_http: bool = False) -> Enrollment:
    """Register this terminal with central using a one-time code (admin only)."""
    actor = ctx.require_actor()
    actor.require(Action.CHANGE_SETTINGS)
    _refuse_training(ctx)
    code = code.strip()
    if not 6 <= len(code) <= 64:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "登记码应为 6 至 64 位，请核对中心给出的一次性登记码。"))
    office = ctx.office
    again = is_enrolled(ctx)
    if again and _credentials_still_valid(ctx):
        raise DomainError(QT_TRANSLATE_NOOP("domain", "本终端已登记且登记有效。如需重新登记，请先由中心停用原登记。"))
    with _client(ctx, url, with_token=False, ca_file=ca_file, allow_http=allow_insecure_http) as client:
        try:
            answer = client.enroll(code, device=f"{platform.node()} {office.code}-{office.terminal_code}"[:200],
                                   office_code=office.code, terminal_code=office.terminal_code)
        except SyncError as err:
            raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "登记失败：{error}"), error=fmt(message_of(err)))) from None
    if (answer.office_code, answer.terminal_code) != (office.code, office.terminal_code):
        raise DomainError(fmt(QT_TRANSLATE_NOOP(
            "domain",
            "登记码属于 {office} 单位的终端 {terminal}，与本终端"
            "（{our_office} 单位，终端 {our_terminal}）不符，未登记。请向中心核对登记码。"),
            office=answer.office_code, terminal=answer.terminal_code,
            our_office=office.code, our_terminal=office.terminal_code))
    now = ctx.clock()
    with ctx.db.session() as s, s.begin():
        for key, value in (
            (state.URL, url.strip().rstrip("/")), (state.TERMINAL_ID, answer.terminal_id),
            (state.TOKEN, answer.token), (state.BUNDLE_KEY, answer.bundle_key),
            (state.CA_FILE, ca_file or ""), (state.ALLOW_HTTP, "1" if allow_insecure_http else ""),
            (state.ENROLLED_AT, now.isoformat()), (state.LAST_ERROR, ""),
        ):
            keys.put(s, key, value)
        if again:
            # A new identity at central: its copy of our audit chain starts from the first entry.
            keys.put(s, state.AUDIT_ACKED_SEQ, "0")
            keys.put(s, state.AUDIT_BROKEN_AT, "")
        audit.append(s, actor, now, "sync.enrolled", "terminal", answer.terminal_id,
                     {"url": url, "office": answer.office_code, "terminal": answer.terminal_code})
    return Enrollment(answer.terminal_id, answer.office_code, answer.terminal_code, url)


def _credentials_still_valid(ctx: AppContext) -> bool:
    """Ask central whether the stored credentials still work (a revoked terminal's do not)."""
    try:
        with _client(ctx, None, with_token=True) as client:
            client.changes(since=0, limit=1)
    except AuthError:
        return False
    except SyncError as err:
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "无法确认原登记是否仍有效（{error}），请在网络可用时重试。"),
                              error=fmt(message_of(err)))) from None
    return True


def _store(ctx: AppContext) -> state.SyncStore:
    return state.SyncStore(ctx.db, _system_actor(ctx), ctx.clock, initials)


def sync_once(ctx: AppContext, *, sleep: Callable[[float], None] = time.sleep,
              rand: Callable[[], float] = random.random) -> SyncResult:
    """Send everything pending, then receive central's updates. Never raises for network
    trouble: the result says what happened (``last_error`` in plain Chinese)."""
    _refuse_training(ctx)
    if not is_enrolled(ctx):
        raise DomainError(QT_TRANSLATE_NOOP("domain",
            "本终端尚未登记到中心，无法同步。请管理员运行 desk-app enroll 登记，或用 U 盘数据包同步。"))
    if not _run_lock.acquire(blocking=False):
        raise DomainError(QT_TRANSLATE_NOOP("domain", "同步正在进行中，请稍候。"))
    try:
        with _client(ctx) as client:
            try:
                return SyncRunner(client, _store(ctx), sleep=sleep, rand=rand).run_once()
            except TrainingDataRefused as err:
                raise DomainError(message_of(err)) from None
    finally:
        _run_lock.release()


# -- USB bundles ---------------------------------------------------------------------------

def _bundle_credentials(ctx: AppContext) -> tuple[str, str]:
    terminal_id, key = _get(ctx, state.TERMINAL_ID), _get(ctx, state.BUNDLE_KEY)
    if not terminal_id or not key:
        raise DomainError(QT_TRANSLATE_NOOP("domain",
            "本终端尚未登记到中心，没有数据包密钥。请先在有网络时登记一次（desk-app enroll）。"))
    return terminal_id, key


def export_bundle(ctx: AppContext, dest_dir: Path) -> Path:
    """Seal everything not yet acknowledged (events + audit entries after the acknowledged
    seq) into a file for a USB stick. Marks nothing: only central's receipt does."""
    actor = ctx.require_actor()
    actor.require(Action.EXPORT_PERSONAL_DATA)  # the bundle carries applicants' data
    _refuse_training(ctx)
    terminal_id, key = _bundle_credentials(ctx)
    store = _store(ctx)
    events = [event_wire(r) for r in store.all_unsent()]
    entries = [audit_wire(e) for e in store.audit_after(store.audit_acked_seq(), 10**9)]
    try:
        data = seal_bundle(events, entries, terminal_id, key, pull_since=store.cursor())
    except BundleError as err:
        raise DomainError(message_of(err)) from None
    office, now = ctx.office, ctx.clock()
    dest_dir.mkdir(parents=True, exist_ok=True)
    path = dest_dir / f"{office.code}-{office.terminal_code}-{now:%Y%m%d-%H%M%S}{BUNDLE_SUFFIX}"
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    with ctx.db.session() as s, s.begin():
        audit.append(s, actor, now, "sync.bundle_exported", "terminal", terminal_id,
                     {"file": path.name, "events": len(events), "audit": len(entries)})
    return path


def import_ack(ctx: AppContext, file: Path) -> AckResult:
    """Central's receipt for a bundle: mark the acknowledged events as sent, and apply the
    changes central put into it (catalog, credit records, calendars, users, settings) exactly
    as an online pull would — a terminal that only sees USB sticks stays current."""
    actor = ctx.require_actor()
    actor.require(Action.CHANGE_SETTINGS)
    _refuse_training(ctx)
    _, key = _bundle_credentials(ctx)
    try:
        response, changes = open_ack_full(file.read_bytes(), key)
    except BundleError as err:
        raise DomainError(message_of(err)) from None
    except OSError as err:
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "无法读取回执文件 {file}：{error}"),
                              file=str(file), error=str(err.strerror or err))) from None
    store = _store(ctx)
    answers = {r.uuid: (r.status.value, r.reason) for r in response.results}
    ids = store.ids_for(answers)
    store.record_results(ids, answers)
    counts = {s: sum(1 for st, _ in answers.values() if st == s) for s in ("acked", "duplicate", "conflict")}
    if response.audit.accepted_through > store.audit_acked_seq():  # an older receipt never rolls back
        store.set_audit_acked(response.audit.accepted_through, response.audit.broken_at)
    pulled = 0
    if changes is not None:
        try:
            pulled, _ = apply_changes(store, changes, store.cursor())
        except ChangeRejected as err:
            raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "回执中的结果已登记，但中心下发的更新未能全部应用：{error}"),
                                  error=fmt(message_of(err)))) from None
        store.mark_pulled()
    result = AckResult(counts["acked"], counts["duplicate"], counts["conflict"], len(answers) - len(ids),
                       pulled, bool(changes and changes.more))
    with ctx.db.session() as s, s.begin():
        audit.append(s, actor, ctx.clock(), "sync.ack_imported", "terminal", _get(ctx, state.TERMINAL_ID) or "",
                     {"file": file.name, "acked": result.acked, "duplicates": result.duplicates,
                      "conflicts": result.conflicts, "changes": pulled})
    return result
