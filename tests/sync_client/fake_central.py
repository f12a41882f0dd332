"""A small in-process stand-in for desk-central, speaking protocol.py through httpx.MockTransport.

It keeps events by UUID (acked / duplicate / conflict exactly as the contract says), checks
the audit chain link by link, serves a list of changes by cursor, and can be told to answer
the next requests with canned failures (503 + Retry-After, 401, 403 revoked, 413, …).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from desk_app.storage.audit import GENESIS
from desk_app.sync.bundle import new_key
from desk_app.sync.protocol import (
    AuditResult,
    Change,
    ChangeKind,
    ChangesResponse,
    EnrollResponse,
    EventResult,
    EventStatus,
    PushRequest,
    PushResponse,
)

TERMINAL_ID = "t-540102-w01"
TOKEN = "s3cret-token"
CODE = "ENROLL-123456"


@dataclass
class Seen:
    method: str
    path: str
    headers: httpx.Headers
    body: bytes  # as received (gzip or not)
    url: str = ""
    json: Any = None
    snapshot: Any = None  # what the on_push hook recorded while the request was "in flight"


@dataclass
class FakeCentral:
    office_code: str = "540102"
    terminal_code: str = "W01"
    bundle_key: str = field(default_factory=new_key)
    events: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)  # uuid → (digest, event)
    audit: list[dict[str, Any]] = field(default_factory=list)
    audit_broken_at: int | None = None
    changes: list[Change] = field(default_factory=list)
    requests: list[Seen] = field(default_factory=list)
    failures: list[Callable[[httpx.Request], httpx.Response | None] | httpx.Response] = field(default_factory=list)
    drop_results: set[str] = field(default_factory=set)  # UUIDs the server "forgets" to answer
    on_push: Callable[[PushRequest], Any] | None = None
    max_events: int | None = None  # answer 413 above this
    max_audit: int | None = None

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    @property
    def pushes(self) -> list[Seen]:
        return [r for r in self.requests if r.path.endswith("/push")]

    def fail_next(self, *responses: httpx.Response | Callable[[httpx.Request], httpx.Response | None]) -> None:
        self.failures.extend(responses)

    def add_change(self, kind: ChangeKind, key: str, payload: dict[str, Any]) -> Change:
        change = Change(seq=(self.changes[-1].seq + 1) if self.changes else 1, kind=kind, key=key, payload=payload)
        self.changes.append(change)
        return change

    # -- the server ------------------------------------------------------------------------
    def handle(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        seen = Seen(request.method, request.url.path, request.headers, body, url=str(request.url))
        self.requests.append(seen)
        if self.failures:
            canned = self.failures.pop(0)
            answer = canned(request) if callable(canned) else canned
            if answer is not None:
                return answer
        path = request.url.path.removeprefix("/api/v1")
        if path == "/enroll":
            return self._enroll(self._json(request, body))
        if request.headers.get("Authorization") != f"Bearer {TERMINAL_ID}.{TOKEN}":
            return error(401, "unauthorized", "终端凭据无效。")
        if path == "/push":
            seen.json = self._json(request, body)
            if self.on_push:
                seen.snapshot = self.on_push(PushRequest.model_validate(seen.json))
            return self._push(PushRequest.model_validate(seen.json))
        if path == "/changes":
            since, limit = int(request.url.params["since"]), int(request.url.params["limit"])
            return self._changes(since, limit)
        if path == "/health":
            return httpx.Response(200, json={"status": "ok"})
        return error(404, "not_found", "没有这个接口。")

    @staticmethod
    def _json(request: httpx.Request, body: bytes) -> Any:
        if request.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        return json.loads(body)

    def _enroll(self, data: dict[str, Any]) -> httpx.Response:
        if data.get("code") != CODE:
            return error(401, "bad_code", "登记码无效或已使用。")
        return ok(EnrollResponse(terminal_id=TERMINAL_ID, token=TOKEN, bundle_key=self.bundle_key,
                                 office_code=self.office_code, terminal_code=self.terminal_code,
                                 server_time=datetime.now(UTC)))

    def ingest(self, req: PushRequest) -> PushResponse:
        results = []
        for ev in req.events:
            stored = self.events.get(ev.uuid)
            if stored is None:
                self.events[ev.uuid] = (ev.payload_digest, ev.model_dump(mode="json"))
                status = EventStatus.ACKED
            elif stored[0] == ev.payload_digest:
                status = EventStatus.DUPLICATE
            else:
                status = EventStatus.CONFLICT
            if ev.uuid not in self.drop_results:
                reason = "同一编号的记录内容不同，已保留待核对" if status is EventStatus.CONFLICT else ""
                results.append(EventResult(uuid=ev.uuid, status=status, reason=reason))
        for entry in req.audit:
            if entry.seq <= len(self.audit):
                continue  # already held
            prev = self.audit[-1]["entry_hash"] if self.audit else GENESIS
            if entry.seq != len(self.audit) + 1 or entry.prev_hash != prev:
                self.audit_broken_at = self.audit_broken_at or entry.seq
                break
            self.audit.append(entry.model_dump(mode="json"))
        return PushResponse(results=results, server_time=datetime.now(UTC),
                            audit=AuditResult(accepted_through=len(self.audit), broken_at=self.audit_broken_at))

    def _push(self, req: PushRequest) -> httpx.Response:
        if (self.max_events is not None and len(req.events) > self.max_events) or (
                self.max_audit is not None and len(req.audit) > self.max_audit):
            return error(413, "too_large", "一次发送的记录过多。")
        return ok(self.ingest(req))

    def _changes(self, since: int, limit: int) -> httpx.Response:
        after = [c for c in self.changes if c.seq > since]
        page = after[:limit]
        cursor = page[-1].seq if page else max(since, self.changes[-1].seq if self.changes else 0)
        return ok(ChangesResponse(cursor=cursor, changes=page, more=len(after) > limit))


def ok(model: Any) -> httpx.Response:
    return httpx.Response(200, content=model.model_dump_json().encode(), headers={"Content-Type": "application/json"})


def error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json={"detail": {"code": code, "message": message}}, headers=headers)


def busy(retry_after: str | None = "7") -> httpx.Response:
    return error(503, "busy", "中心繁忙，请稍后再试。", {"Retry-After": retry_after} if retry_after else None)


def down(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)
