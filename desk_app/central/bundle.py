"""USB bundles at the centre: open with the terminal's key, ingest exactly once, seal the ack.

The format itself lives in desk_app.sync.bundle (shared with the terminal)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desk_app.sync.bundle import BundleError, open_bundle_full, read_header, seal_ack
from desk_app.sync.protocol import ChangesResponse, PushResponse

from .changes import MAX_LIMIT, feed
from .db import Database
from .ingest import IngestCounts, count, ingest
from .terminals import CentralError, TerminalInfo, get_terminal


def _terminal_for(db: Database, data: bytes) -> TerminalInfo:
    try:
        header = read_header(data)
    except BundleError as err:
        raise CentralError("bad_bundle", str(err)) from None
    terminal = get_terminal(db, header.terminal_id)
    if terminal is None:
        raise CentralError("bad_bundle", "数据包来自未在本中心登记的终端。")
    if terminal.revoked:
        raise CentralError("revoked", "该数据包来自已停用的终端，不予接收。请联系中心管理员。", 403)
    return terminal


# A receipt carries at most this many changes; the rest come with the next bundle's receipt.
MAX_ACK_CHANGES = 50_000


def _ingest(db: Database, terminal: TerminalInfo, data: bytes) -> tuple[PushResponse, int | None]:
    try:
        opened = open_bundle_full(data, {terminal.id: terminal.bundle_key})
    except BundleError as err:
        raise CentralError("bad_bundle", str(err)) from None
    return ingest(db, terminal, opened.request), opened.pull_since


def ingest_bundle(db: Database, data: bytes) -> PushResponse:
    """Authenticate, decrypt and ingest a terminal's bundle (the same path as /push)."""
    return _ingest(db, _terminal_for(db, data), data)[0]


def changes_for_bundle(db: Database, terminal: TerminalInfo, since: int) -> ChangesResponse:
    """Everything the terminal has not pulled (``since`` is its cursor), paged like /pull
    but gathered into one response; ``more`` is set when the cap was reached."""
    cursor, changes, more = since, [], False
    while True:
        page = feed(db, terminal.office_code, cursor, MAX_LIMIT)
        changes += page.changes
        cursor = page.cursor
        if not page.more:
            break
        if len(changes) >= MAX_ACK_CHANGES:
            more = True
            break
    return ChangesResponse(cursor=cursor, changes=changes, more=more)


@dataclass(frozen=True)
class BundleImport:
    terminal: TerminalInfo
    counts: IngestCounts
    response: PushResponse
    ack_path: Path
    changes: int = 0  # central's updates put into the receipt


def import_bundle_file(db: Database, path: Path, ack_path: Path | None = None) -> BundleImport:
    """`desk-central import-bundle`: ingest and write the sealed return bundle beside it."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise CentralError("bad_file", f"无法读取数据包文件 {path}：{err.strerror or err}") from None
    terminal = _terminal_for(db, data)
    response, since = _ingest(db, terminal, data)
    changes = None if since is None else changes_for_bundle(db, terminal, since)
    ack_path = ack_path or path.with_name(path.name + ".ack")
    tmp = ack_path.with_name(ack_path.name + ".tmp")
    try:
        tmp.write_bytes(seal_ack(response, terminal.id, terminal.bundle_key, changes))
        os.replace(tmp, ack_path)
    except OSError as err:
        raise CentralError("bad_file", f"数据已接收，但无法写入回执文件 {ack_path}：{err.strerror or err}") from None
    return BundleImport(terminal, count(response), response, ack_path, len(changes.changes) if changes else 0)
