"""USB bundles: a push batch (or central's acknowledgement) sealed with AES-256-GCM.

Pure functions, no database, no Qt: the terminal seals with them and central opens with them.

Layout (version 1)::

    b"DESKBNDL" | u16 big-endian header length | header (UTF-8 JSON) | nonce (12) | ciphertext+tag

The header — format version, kind ("push" or "ack"), terminal_id, creation time — stays in
clear so central can pick the terminal's key; it is authenticated as associated data, so
changing a single byte of it (or of anything else) makes the bundle fail to open. The
ciphertext is gzip-compressed JSON: a PushRequest for "push", a PushResponse for "ack".
A bundle is not bound by the online batch limit: it may carry any number of events.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import json
import os
import struct
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pydantic import ValidationError

from desk_app.domain.i18n import QT_TRANSLATE_NOOP, fmt

from .protocol import (
    PROTOCOL_VERSION,
    AuditEntryIn,
    ChangesResponse,
    EventIn,
    PushRequest,
    PushResponse,
)

BUNDLE_MAGIC = b"DESKBNDL"
BUNDLE_VERSION = 1
KIND_PUSH = "push"
KIND_ACK = "ack"
_NONCE_LEN = 12
_LEN = struct.Struct(">H")
MAX_BUNDLE_PLAINTEXT = 512 * 1024 * 1024  # refuse gzip bombs


class BundleError(Exception):
    """A bundle that cannot be used; the message is Chinese text for the user."""


@dataclass(frozen=True)
class BundleHeader:
    version: int
    kind: str
    terminal_id: str
    created_at: str


def decode_key(key: bytes | str) -> bytes:
    """The 32-byte AES key, from raw bytes or the base64 text of EnrollResponse.bundle_key."""
    if isinstance(key, str):
        try:
            key = base64.b64decode(key, validate=True)
        except (binascii.Error, ValueError):
            raise BundleError(QT_TRANSLATE_NOOP("domain", "数据包密钥格式不正确")) from None
    if len(key) != 32:
        raise BundleError(QT_TRANSLATE_NOOP("domain", "数据包密钥长度不正确（应为 32 字节）"))
    return key


def new_key() -> str:
    """A fresh bundle key as base64 text."""
    return base64.b64encode(os.urandom(32)).decode("ascii")


def _seal(kind: str, body: bytes, terminal_id: str, key: bytes | str) -> bytes:
    if not terminal_id or len(terminal_id) > 128:
        raise BundleError(QT_TRANSLATE_NOOP("domain", "终端标识无效"))
    header = json.dumps(
        {"v": BUNDLE_VERSION, "kind": kind, "terminal_id": terminal_id,
         "created_at": datetime.now(UTC).isoformat(timespec="seconds")},
        ensure_ascii=False, separators=(",", ":"),
    ).encode("utf-8")
    prefix = BUNDLE_MAGIC + _LEN.pack(len(header)) + header
    nonce = os.urandom(_NONCE_LEN)
    ciphertext = AESGCM(decode_key(key)).encrypt(nonce, gzip.compress(body, mtime=0), prefix)
    return prefix + nonce + ciphertext


def read_header(data: bytes) -> BundleHeader:
    """The clear header, not yet authenticated (that happens when the bundle is opened)."""
    if len(data) < len(BUNDLE_MAGIC) + _LEN.size or not data.startswith(BUNDLE_MAGIC):
        raise BundleError(QT_TRANSLATE_NOOP("domain", "这不是 desk_app 数据包文件"))
    (n,) = _LEN.unpack_from(data, len(BUNDLE_MAGIC))
    start = len(BUNDLE_MAGIC) + _LEN.size
    if len(data) < start + n + _NONCE_LEN + 16:
        raise BundleError(QT_TRANSLATE_NOOP("domain", "数据包不完整（文件被截断）"))
    try:
        raw = json.loads(data[start:start + n].decode("utf-8"))
        header = BundleHeader(int(raw["v"]), str(raw["kind"]), str(raw["terminal_id"]),
                              str(raw.get("created_at", "")))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise BundleError(QT_TRANSLATE_NOOP("domain", "数据包已损坏（文件头无法读取）")) from None
    if header.version != BUNDLE_VERSION:
        raise BundleError(fmt(QT_TRANSLATE_NOOP("domain", "数据包格式版本 {version} 不受支持"), version=header.version))
    return header


def _open(data: bytes, kind: str, key: bytes | str) -> bytes:
    header = read_header(data)
    if header.kind != kind:
        raise BundleError(QT_TRANSLATE_NOOP("domain", "数据包类型不符：这不是终端上传数据包") if kind == KIND_PUSH
                          else QT_TRANSLATE_NOOP("domain", "数据包类型不符：这不是中心回执数据包"))
    start = len(BUNDLE_MAGIC) + _LEN.size + _LEN.unpack_from(data, len(BUNDLE_MAGIC))[0]
    prefix, nonce, ciphertext = data[:start], data[start:start + _NONCE_LEN], data[start + _NONCE_LEN:]
    try:
        packed = AESGCM(decode_key(key)).decrypt(nonce, ciphertext, prefix)
    except InvalidTag:
        raise BundleError(QT_TRANSLATE_NOOP("domain", "数据包无法解密：文件已损坏或被改动，或不是本终端的密钥")) from None
    try:
        body = zlib.decompressobj(wbits=31).decompress(packed, MAX_BUNDLE_PLAINTEXT + 1)
    except zlib.error:
        raise BundleError(QT_TRANSLATE_NOOP("domain", "数据包内容已损坏")) from None
    if len(body) > MAX_BUNDLE_PLAINTEXT:
        raise BundleError(QT_TRANSLATE_NOOP("domain", "数据包过大"))
    return body


def _as_dict(item: Any) -> Any:
    return item.model_dump(mode="json") if hasattr(item, "model_dump") else item


def seal_bundle(
    events: Iterable[EventIn | Mapping[str, Any]],
    audit: Iterable[AuditEntryIn | Mapping[str, Any]],
    terminal_id: str,
    key: bytes | str,
    pull_since: int | None = None,
) -> bytes:
    """Seal events and audit entries (any number) for carrying to central on a USB stick;
    ``pull_since`` asks central to put the changes after that cursor into its receipt."""
    body: dict[str, Any] = {
        "protocol": PROTOCOL_VERSION,
        "events": [EventIn.model_validate(_as_dict(e)).model_dump(mode="json") for e in events],
        "audit": [AuditEntryIn.model_validate(_as_dict(a)).model_dump(mode="json") for a in audit],
    }
    if pull_since is not None:
        body["pull_since"] = int(pull_since)
    return _seal(KIND_PUSH, json.dumps(body, ensure_ascii=False).encode("utf-8"), terminal_id, key)


@dataclass(frozen=True)
class OpenedBundle:
    request: PushRequest
    pull_since: int | None  # None: an older terminal that does not take changes by bundle


def open_bundle_full(data: bytes, keys_by_terminal: Mapping[str, bytes | str]) -> OpenedBundle:
    """Authenticate and decrypt a terminal's bundle. The request may hold more events than
    an online batch; ingest it in chunks."""
    header = read_header(data)
    key = keys_by_terminal.get(header.terminal_id)
    if key is None:
        raise BundleError(QT_TRANSLATE_NOOP("domain", "数据包来自未登记的终端"))
    body = _open(data, KIND_PUSH, key)
    try:
        raw = json.loads(body)
        events = [EventIn.model_validate(e) for e in raw.get("events", [])]
        audit = [AuditEntryIn.model_validate(a) for a in raw.get("audit", [])]
        protocol = int(raw.get("protocol", PROTOCOL_VERSION))
        since = raw.get("pull_since")
        pull_since = None if since is None else int(since)
    except (ValueError, TypeError, AttributeError, ValidationError):
        raise BundleError(QT_TRANSLATE_NOOP("domain", "数据包内容格式不正确")) from None
    if pull_since is not None and not 0 <= pull_since <= 2**62:
        raise BundleError(QT_TRANSLATE_NOOP("domain", "数据包内容格式不正确（更新游标越界）"))
    # model_construct: a bundle is not held to MAX_BATCH_EVENTS; each item was validated above.
    request = PushRequest.model_construct(protocol=protocol, events=events, audit=audit)
    return OpenedBundle(request, pull_since)


def open_bundle(data: bytes, keys_by_terminal: Mapping[str, bytes | str]) -> PushRequest:
    return open_bundle_full(data, keys_by_terminal).request


def seal_ack(response: PushResponse, terminal_id: str, key: bytes | str,
             changes: ChangesResponse | None = None) -> bytes:
    """Central's return bundle: the per-event results for the terminal to mark as sent, and
    (when the terminal asked) the changes it has not pulled yet."""
    if changes is None:
        body = response.model_dump_json().encode("utf-8")
    else:
        body = json.dumps({"response": response.model_dump(mode="json"),
                           "changes": changes.model_dump(mode="json")}, ensure_ascii=False).encode("utf-8")
    return _seal(KIND_ACK, body, terminal_id, key)


def open_ack_full(data: bytes, key: bytes | str) -> tuple[PushResponse, ChangesResponse | None]:
    body = _open(data, KIND_ACK, key)
    try:
        raw = json.loads(body)
        if isinstance(raw, dict) and "response" in raw:
            changes = raw.get("changes")
            return (PushResponse.model_validate(raw["response"]),
                    None if changes is None else ChangesResponse.model_validate(changes))
        return PushResponse.model_validate(raw), None
    except (ValueError, ValidationError):
        raise BundleError(QT_TRANSLATE_NOOP("domain", "回执数据包内容格式不正确")) from None


def open_ack(data: bytes, key: bytes | str) -> PushResponse:
    return open_ack_full(data, key)[0]
