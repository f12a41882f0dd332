"""The central server's HTTP API (protocol version 1, see desk_app.sync.protocol)."""

from __future__ import annotations

import ipaddress
import zlib
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.concurrency import run_in_threadpool

from desk_app.sync.protocol import (
    MAX_BATCH_BYTES,
    MAX_BATCH_EVENTS,
    PROTOCOL_VERSION,
    CaseView,
    ChangesResponse,
    CountRow,
    EnrollRequest,
    EnrollResponse,
    PushRequest,
    PushResponse,
)

from . import changes, queries
from .bundle import ingest_bundle
from .db import Busy, Database
from .ingest import ingest
from .terminals import CentralError, TerminalInfo, admin_token_ok, authenticate, enroll

MAX_BUNDLE_BYTES = 256 * 1024 * 1024
RETRY_AFTER_BUSY = "5"
RETRY_AFTER_STORAGE = "60"


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": {"code": code, "message": message}}, status_code=status, headers=headers)


def _too_large(limit: int) -> CentralError:
    return CentralError("too_large", f"请求数据过大（解压后超过 {limit // 1_000_000} MB），请分批上传。", 413)


async def request_bytes(request: Request, limit: int) -> bytes:
    """The raw request body; 413 past ``limit``."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def decode_body(body: bytes, content_encoding: str, limit: int) -> bytes:
    """Gunzip a body sent with Content-Encoding: gzip, refusing more than ``limit`` bytes."""
    encoding = content_encoding.strip().lower()
    if encoding == "gzip":
        inflater = zlib.decompressobj(wbits=31)
        try:
            body = inflater.decompress(body, limit + 1)
        except zlib.error:
            raise CentralError("bad_gzip", "请求数据的 gzip 压缩格式损坏。") from None
        if len(body) > limit or inflater.unconsumed_tail:
            raise _too_large(limit)
        if not inflater.eof:
            raise CentralError("bad_gzip", "请求数据的 gzip 压缩不完整（传输中断？）。")
    elif encoding not in ("identity", ""):
        raise CentralError("bad_encoding", f"不支持的内容编码 {encoding}（只支持 gzip）。", 415)
    return body


async def read_body(request: Request, limit: int) -> bytes:
    raw = await request_bytes(request, limit)
    return decode_body(raw, request.headers.get("content-encoding", ""), limit)


def _parse_push(body: bytes) -> PushRequest:
    try:
        req = PushRequest.model_validate_json(body)
    except ValidationError as err:
        if any(e["type"] == "too_long" and tuple(e["loc"][:1]) == ("events",) for e in err.errors()):
            raise CentralError("batch_too_large",
                               f"一次上传的事件过多（最多 {MAX_BATCH_EVENTS} 条），请分批上传。", 413) from None
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise CentralError("invalid", f"上传数据格式不正确（{where}：{first['msg']}）。", 422) from None
    if req.protocol != PROTOCOL_VERSION:
        raise CentralError("protocol", f"协议版本 {req.protocol} 不受支持，请升级本终端软件。", 400)
    return req


def _bearer(request: Request) -> str:
    value = request.headers.get("authorization", "")
    scheme, _, credentials = value.partition(" ")
    return credentials.strip() if scheme.lower() == "bearer" else ""


async def terminal_auth(request: Request) -> TerminalInfo:
    credentials = _bearer(request)
    if not credentials:
        raise CentralError("unauthorized", "缺少终端凭据，请先登记本终端。", 401)
    return await run_in_threadpool(authenticate, request.app.state.db, credentials)


async def admin_auth(request: Request) -> None:
    given = request.headers.get("x-admin-token", "")
    bearer = _bearer(request)
    if not given and bearer.startswith("admin."):
        given = bearer.removeprefix("admin.")
    state = request.app.state
    if not await run_in_threadpool(admin_token_ok, state.db, given, state.admin_token):
        raise CentralError("unauthorized", "需要有效的管理令牌（审计/管理员）。", 401)


AuthedTerminal = Annotated[TerminalInfo, Depends(terminal_auth)]


def _body_schema(model: type[Any]) -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {"application/json": {
        "schema": {"$ref": f"#/components/schemas/{model.__name__}"}}}}}


def _loopback(client: tuple[str, int] | None) -> bool:
    host = client[0] if client else ""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


class RequireTLS:
    """Plain HTTP only from loopback clients (a TLS-terminating proxy on the same host)."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope.get("scheme") != "https" and not _loopback(scope.get("client")):
            await _error(403, "insecure", "必须通过 HTTPS 连接中心服务器。")(scope, receive, send)
            return
        await self.app(scope, receive, send)


def create_app(database_url: str, *, admin_token: str | None = None, allow_insecure: bool = False,
               migrate: bool = True) -> FastAPI:
    """The API over ``database_url``. ``admin_token`` (if given) opens the auditor endpoints,
    as does the token stored with `desk-central admin-token`. Unless ``allow_insecure``,
    plain HTTP is answered only for loopback clients (e.g. a TLS proxy on the same host)."""
    db = Database(database_url)
    if migrate:
        db.migrate()
    app = FastAPI(title="desk_app central", version=str(PROTOCOL_VERSION),
                  description="告知承诺制终端数据中心（协议第 1 版）")
    app.state.db = db
    app.state.admin_token = admin_token

    if not allow_insecure:
        app.add_middleware(RequireTLS)

    @app.exception_handler(CentralError)
    async def central_error(_request: Request, err: CentralError) -> JSONResponse:
        return _error(err.status, err.code, err.message)

    @app.exception_handler(Busy)
    async def busy(_request: Request, _err: Busy) -> JSONResponse:
        return _error(503, "busy", "中心服务器繁忙，稍后会自动重试。", {"Retry-After": RETRY_AFTER_BUSY})

    @app.exception_handler(PoolTimeout)
    async def pool_timeout(_request: Request, _err: PoolTimeout) -> JSONResponse:
        return _error(503, "busy", "中心服务器繁忙，稍后会自动重试。", {"Retry-After": RETRY_AFTER_BUSY})

    @app.exception_handler(OperationalError)
    async def storage_error(_request: Request, _err: OperationalError) -> JSONResponse:
        return _error(503, "storage", "中心服务器暂时无法保存数据（磁盘已满或数据库不可用），数据仍安全保存在本终端，稍后会自动重试。",
                      {"Retry-After": RETRY_AFTER_STORAGE})

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, err: RequestValidationError) -> JSONResponse:
        first = err.errors()[0] if err.errors() else {"loc": (), "msg": ""}
        where = ".".join(str(p) for p in first["loc"])
        return _error(422, "invalid", f"请求格式不正确（{where}：{first['msg']}）。")

    @app.get("/api/v1/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/api/v1/enroll", response_model=EnrollResponse, openapi_extra=_body_schema(EnrollRequest))
    async def enroll_terminal(request: Request) -> EnrollResponse:
        body = await read_body(request, 64_000)
        try:
            req = EnrollRequest.model_validate_json(body)
        except ValidationError:
            raise CentralError("bad_code", "登记码格式不正确，请核对后重新输入。", 400) from None
        done = await run_in_threadpool(enroll, db, req.code, req.device, req.office_code, req.terminal_code)
        return EnrollResponse(terminal_id=done.terminal_id, token=done.token, bundle_key=done.bundle_key,
                              office_code=done.office_code, terminal_code=done.terminal_code,
                              server_time=datetime.now(UTC))

    @app.post("/api/v1/push", response_model=PushResponse, openapi_extra=_body_schema(PushRequest))
    async def push(request: Request, terminal: AuthedTerminal) -> Response:
        raw = await request_bytes(request, MAX_BATCH_BYTES)
        encoding = request.headers.get("content-encoding", "")

        def work() -> bytes:  # off the event loop: inflate, parse, ingest, serialize
            req = _parse_push(decode_body(raw, encoding, MAX_BATCH_BYTES))
            return ingest(db, terminal, req).model_dump_json().encode()

        return Response(await run_in_threadpool(work), media_type="application/json")

    @app.post("/api/v1/bundle", response_model=PushResponse, openapi_extra={"requestBody": {
        "required": True, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}})
    async def bundle(request: Request) -> PushResponse:
        data = await read_body(request, MAX_BUNDLE_BYTES)
        return await run_in_threadpool(ingest_bundle, db, data)

    @app.get("/api/v1/changes", response_model=ChangesResponse)
    async def pull(terminal: AuthedTerminal, since: Annotated[int, Query(ge=0, le=2**62)] = 0,
                   limit: Annotated[int, Query(ge=1, le=changes.MAX_LIMIT)] = changes.DEFAULT_LIMIT
                   ) -> ChangesResponse:
        return await run_in_threadpool(changes.feed, db, terminal.office_code, since, limit)

    @app.get("/api/v1/cases/{case_no}", response_model=CaseView, dependencies=[Depends(admin_auth)])
    async def case(case_no: str) -> CaseView:
        view = await run_in_threadpool(queries.case_view, db, case_no)
        if view is None:
            raise CentralError("not_found", f"中心没有案件 {case_no} 的记录。", 404)
        return view

    @app.get("/api/v1/stats/counts", response_model=list[CountRow], dependencies=[Depends(admin_auth)])
    async def stats(by: Annotated[str, Query(pattern="^(office|item|day)$")] = "office") -> list[CountRow]:
        return await run_in_threadpool(queries.counts, db, by)

    default_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        # Bodies are read by hand (gzip, limits): add their schemas for the $refs above.
        spec = app.openapi_schema
        if spec is None:
            spec = default_openapi()
            schemas = spec.setdefault("components", {}).setdefault("schemas", {})
            for model in (EnrollRequest, PushRequest):
                schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
                schemas.update(schema.pop("$defs", {}))
                schemas[model.__name__] = schema
        return spec

    app.openapi = openapi  # type: ignore[method-assign]
    return app
