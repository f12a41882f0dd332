"""USB bundles at the centre: open with the terminal's key, ingest exactly once, seal the ack.

The format itself lives in desk_app.sync.bundle (shared with the terminal)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desk_app.sync.bundle import BundleError, open_bundle, read_header, seal_ack
from desk_app.sync.protocol import PushResponse

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


def ingest_bundle(db: Database, data: bytes) -> PushResponse:
    """Authenticate, decrypt and ingest a terminal's bundle (the same path as /push)."""
    terminal = _terminal_for(db, data)
    try:
        req = open_bundle(data, {terminal.id: terminal.bundle_key})
    except BundleError as err:
        raise CentralError("bad_bundle", str(err)) from None
    return ingest(db, terminal, req)


@dataclass(frozen=True)
class BundleImport:
    terminal: TerminalInfo
    counts: IngestCounts
    response: PushResponse
    ack_path: Path


def import_bundle_file(db: Database, path: Path, ack_path: Path | None = None) -> BundleImport:
    """`desk-central import-bundle`: ingest and write the sealed return bundle beside it."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise CentralError("bad_file", f"无法读取数据包文件 {path}：{err.strerror or err}") from None
    terminal = _terminal_for(db, data)
    response = ingest_bundle(db, data)
    ack_path = ack_path or path.with_name(path.name + ".ack")
    tmp = ack_path.with_name(ack_path.name + ".tmp")
    try:
        tmp.write_bytes(seal_ack(response, terminal.id, terminal.bundle_key))
        os.replace(tmp, ack_path)
    except OSError as err:
        raise CentralError("bad_file", f"数据已接收，但无法写入回执文件 {ack_path}：{err.strerror or err}") from None
    return BundleImport(terminal, count(response), response, ack_path)
