"""The wire protocol between a terminal and the central server (version 1).

Shared by both sides; no Qt, no database. JSON over HTTP(S); request bodies may be
gzip-compressed (``Content-Encoding: gzip``). Every request but enrollment carries
``Authorization: Bearer <terminal_id>.<token>``.

    POST /api/v1/enroll        EnrollRequest  -> EnrollResponse       (one-time code)
    POST /api/v1/push          PushRequest    -> PushResponse         (events + audit entries)
    GET  /api/v1/changes?since=N&limit=M      -> ChangesResponse      (pull, cursor based)
    POST /api/v1/bundle        (bytes)        -> PushResponse         (a USB bundle, same ingest)
    GET  /api/v1/cases/{case_no}              -> CaseView             (auditor, admin token)
    GET  /api/v1/stats/counts?by=office|item|day -> list[CountRow]    (auditor, admin token)
    GET  /api/v1/health                       -> {"status": "ok"}

Exactly once: an event is identified by its UUID. The same UUID with the same
``payload_digest`` is acknowledged again without a second copy ("duplicate"); with a
different digest it is a "conflict", kept by the server for review and reported, never
dropped silently. An event counts as sent only once its result is "acked" or
"duplicate" — both mean the server has it committed.

Errors: 401 bad credentials, 403 revoked terminal (``detail.code == "revoked"``), 409 never
for a whole batch (conflicts are per event), 413 batch too large, 503 with ``Retry-After``
when the server is busy or its disk is full. Error bodies are ``{"detail": {"code": …,
"message": <Chinese text for the clerk>}}``.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field, field_validator

PROTOCOL_VERSION = 1
MAX_BATCH_EVENTS = 500
MAX_BATCH_BYTES = 4_000_000  # after decompression
MAX_SEQ = 2**31 - 1  # fits an INTEGER column on every database central runs on


def _no_nul(value: Any) -> None:
    """PostgreSQL cannot store U+0000 in text or JSON; refuse it up front (422, not 500)."""
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError("text must not contain U+0000")
    elif isinstance(value, dict):
        for k, v in value.items():
            _no_nul(k)
            _no_nul(v)
    elif isinstance(value, list):
        for v in value:
            _no_nul(v)


class _Inbound(BaseModel):
    """What a terminal sends: no field may carry U+0000."""

    @field_validator("*")
    @classmethod
    def _text_without_nul(cls, value: Any) -> Any:
        _no_nul(value)
        return value


class EnrollRequest(_Inbound):
    code: str = Field(min_length=6, max_length=64, description="one-time enrollment code from desk-central")
    device: str = Field(default="", max_length=200, description="host name / device description, for the admin")
    office_code: str = Field(default="", max_length=16, description="the terminal's own office code: a code "
                             "made for another terminal is refused without being spent")
    terminal_code: str = Field(default="", max_length=8)


class EnrollResponse(BaseModel):
    terminal_id: str
    token: str = Field(description="the terminal's secret; sent as Bearer <terminal_id>.<token>; the server keeps only its hash")
    bundle_key: str = Field(description="base64 of 32 random bytes: AES-256-GCM key for USB bundles between this terminal and central")
    office_code: str
    terminal_code: str
    server_time: datetime


class EventIn(_Inbound):
    """One outbox row. ``payload`` for a case event is the wire dict built by
    services.case_events.append_case_event (the first event of a case carries the case)."""

    uuid: str = Field(min_length=36, max_length=36)
    aggregate: str = Field(max_length=32)          # "case", "credit_record", …
    aggregate_id: str = Field(max_length=64)       # case number, record uuid, …
    aggregate_seq: int = Field(ge=1, le=MAX_SEQ)   # order within the aggregate (per case)
    kind: str = Field(max_length=48)               # "case.created", "case.signed", …
    payload: dict[str, Any]
    payload_digest: str = Field(min_length=64, max_length=64)  # sha256 of the canonical payload
    created_at: datetime                           # device time


class AuditEntryIn(_Inbound):
    """An entry of the terminal's hash-chained audit log; central re-checks the chain."""

    seq: int = Field(ge=1, le=MAX_SEQ)
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


class PushRequest(BaseModel):
    protocol: int = PROTOCOL_VERSION
    events: list[EventIn] = Field(default_factory=list, max_length=MAX_BATCH_EVENTS)
    audit: list[AuditEntryIn] = Field(default_factory=list, description="entries after the last acknowledged one, in order")


class EventStatus(StrEnum):
    ACKED = "acked"          # stored now
    DUPLICATE = "duplicate"  # already stored with the same digest
    CONFLICT = "conflict"    # same UUID, different content: kept for review


class EventResult(BaseModel):
    uuid: str
    status: EventStatus
    reason: str = ""


class AuditResult(BaseModel):
    accepted_through: int = Field(description="highest terminal audit seq the server now holds")
    broken_at: int | None = Field(default=None, description="first seq whose link does not verify; flagged")


class PushResponse(BaseModel):
    results: list[EventResult]
    audit: AuditResult
    server_time: datetime


class ChangeKind(StrEnum):
    CATALOG_ITEM = "catalog_item"    # payload: the item dict (forms/ format)
    CREDIT_RECORD = "credit_record"  # payload: uuid, subject_id, subject_name, kind, recorded_on, repaired_on, source, note
    #                                  (+ optional grade, voided_on, case_no: records made at terminals)
    CALENDAR = "calendar"            # payload: {"year": 2027, "holidays": [...dates], "workdays": [...dates]}
    USER = "user"                    # payload: username, display_name, role, password_hash, active
    SETTING = "setting"              # payload: {"key": ..., "value": ...}


class Change(BaseModel):
    seq: int
    kind: ChangeKind
    key: str
    payload: dict[str, Any]


class ChangesResponse(BaseModel):
    cursor: int = Field(description="pass back as ?since= to get what came after")
    changes: list[Change]
    more: bool


class CountRow(BaseModel):
    key: str
    cases: int


class CaseView(BaseModel):
    case_no: str
    office_code: str
    terminal_code: str
    events: list[dict[str, Any]]
    received_at: datetime


def auth_header(terminal_id: str, token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {terminal_id}.{token}"}
