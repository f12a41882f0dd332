"""HTTP client of the wire protocol (see ``protocol.py``): one kept-alive connection, timeouts,
gzip-compressed JSON bodies, and every failure mapped to one of three exceptions.

* :class:`AuthError` — 401/403: the terminal's credentials are not (or no longer) accepted;
  the run stops, the clerk is told in the server's own words.
* :class:`RetryLater` — 429/503 (with ``Retry-After``), 5xx, connection failures, timeouts.
* :class:`ProtocolError` — anything else the server should not have answered.
"""

from __future__ import annotations

import gzip
import ipaddress
import json
import ssl
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from desk_app.domain.i18n import QT_TRANSLATE_NOOP, fmt

from .protocol import (
    ChangesResponse,
    EnrollRequest,
    EnrollResponse,
    PushRequest,
    PushResponse,
    auth_header,
)

API = "/api/v1"
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)
M = TypeVar("M", bound=BaseModel)


class SyncError(Exception):
    """A sync failure; ``str(err)`` is the message for the clerk, in Chinese."""


class AuthError(SyncError):
    def __init__(self, message: str, *, revoked: bool = False, status: int = 401):
        super().__init__(message)
        self.revoked = revoked
        self.status = status


class RetryLater(SyncError):
    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class ProtocolError(SyncError):
    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


class BatchTooLarge(ProtocolError):
    """413: send fewer events per request."""


class InsecureURL(SyncError):
    """A plain http:// URL to another machine, or a URL that is not one at all."""


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str, allow_insecure_http: bool = False) -> str:
    """The normalised base URL; refuses plain http to a non-loopback host unless allowed."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureURL(fmt(QT_TRANSLATE_NOOP("domain", "中心地址“{url}”无效，应形如 https://central.example.cn。"), url=url))
    if parts.scheme == "http" and not allow_insecure_http and not is_loopback(parts.hostname):
        raise InsecureURL(QT_TRANSLATE_NOOP(
            "domain",
            "中心地址使用未加密的 http://，数据会以明文经过网络，已拒绝。请使用 https:// 地址；"
            "确需在内网使用 http 的，由管理员明确开启“允许 http”设置。",
        ))
    return url.strip().rstrip("/")


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _detail(response: httpx.Response) -> tuple[str, str]:
    """(code, message) of an error body ``{"detail": {"code": …, "message": …}}``."""
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        return "", ""
    if isinstance(detail, dict):
        return str(detail.get("code") or ""), str(detail.get("message") or "")
    return "", detail if isinstance(detail, str) else ""


class SyncClient:
    """One terminal's connection to the central server. Use as a context manager."""

    def __init__(
        self,
        base_url: str,
        *,
        terminal_id: str | None = None,
        token: str | None = None,
        ca_file: str | None = None,
        allow_insecure_http: bool = False,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
    ):
        self.base_url = check_url(base_url, allow_insecure_http)
        headers = {"Accept": "application/json", "Accept-Encoding": "gzip", "User-Agent": "desk-app"}
        if terminal_id and token:
            headers.update(auth_header(terminal_id, token))
        verify: ssl.SSLContext | bool = ssl.create_default_context(cafile=ca_file) if ca_file else True
        self._http = httpx.Client(
            base_url=self.base_url + API, headers=headers, timeout=timeout, verify=verify,
            limits=httpx.Limits(max_connections=1, max_keepalive_connections=1), transport=transport,
        )

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    # -- the calls -------------------------------------------------------------------------
    def enroll(self, code: str, device: str = "", office_code: str = "", terminal_code: str = "") -> EnrollResponse:
        request = EnrollRequest(code=code, device=device, office_code=office_code, terminal_code=terminal_code)
        return self._json("POST", "/enroll", EnrollResponse, body=request)

    def push(self, request: PushRequest) -> PushResponse:
        return self._json("POST", "/push", PushResponse, body=request)

    def changes(self, since: int, limit: int = 500) -> ChangesResponse:
        return self._json("GET", "/changes", ChangesResponse, params={"since": since, "limit": limit})

    def push_bundle(self, data: bytes) -> PushResponse:
        return self._json("POST", "/bundle", PushResponse, raw=data)

    def health(self) -> bool:
        try:
            return self._request("GET", "/health").json().get("status") == "ok"
        except (SyncError, ValueError, AttributeError):
            return False

    # -- plumbing --------------------------------------------------------------------------
    def _json(self, method: str, path: str, model: type[M], *, body: BaseModel | None = None,
              raw: bytes | None = None, params: dict[str, Any] | None = None) -> M:
        response = self._request(method, path, body=body, raw=raw, params=params)
        try:
            return model.model_validate_json(response.content)
        except ValidationError as err:
            raise ProtocolError(fmt(QT_TRANSLATE_NOOP("domain", "中心的应答格式不符（{path}）：{msg}"),
                                    path=path, msg=err.errors()[0].get('msg', '')),
                                response.status_code) from err

    def _request(self, method: str, path: str, *, body: BaseModel | None = None, raw: bytes | None = None,
                 params: dict[str, Any] | None = None) -> httpx.Response:
        headers: dict[str, str] = {}
        content: bytes | None = None
        if body is not None:
            text = json.dumps(body.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))
            content = gzip.compress(text.encode("utf-8"), compresslevel=6)
            headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        elif raw is not None:
            content, headers = raw, {"Content-Type": "application/octet-stream"}
        try:
            response = self._http.request(method, path, content=content, headers=headers, params=params)
        except httpx.TimeoutException as err:
            raise RetryLater(QT_TRANSLATE_NOOP("domain", "连接中心超时，稍后自动重试。")) from err
        except httpx.TransportError as err:  # DNS, refused, reset, TLS
            if isinstance(err.__cause__, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY" in str(err):
                raise ProtocolError(QT_TRANSLATE_NOOP("domain",
                    "中心的 HTTPS 证书无法验证，已中止。请检查中心地址或管理员配置的 CA 证书。")) from err
            raise RetryLater(QT_TRANSLATE_NOOP("domain", "无法连接中心（网络不通或中心未运行），稍后自动重试。")) from err
        self._raise_for_status(response)
        return response

    @staticmethod
    def _raise_for_status(response: httpx.Response) -> None:
        status = response.status_code
        if status < 400:
            return
        code, message = _detail(response)
        if status == 401:
            raise AuthError(message or QT_TRANSLATE_NOOP("domain", "中心不认可本终端的凭据，请管理员重新登记本终端。"), status=401)
        if status == 403:
            revoked = code == "revoked"
            default = (QT_TRANSLATE_NOOP("domain", "本终端已被中心停用，请联系管理员。") if revoked
                       else QT_TRANSLATE_NOOP("domain", "中心拒绝了本终端的请求（无权限）。"))
            raise AuthError(message or default, revoked=revoked, status=403)
        if status in (429, 503) or status >= 500:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            raise RetryLater(message or fmt(QT_TRANSLATE_NOOP("domain", "中心暂时繁忙（{status}），稍后自动重试。"), status=status), retry_after)
        if status == 413:
            raise BatchTooLarge(message or QT_TRANSLATE_NOOP("domain", "一次发送的数据过多，改为分批发送。"), status)
        raise ProtocolError(message or fmt(QT_TRANSLATE_NOOP("domain", "中心拒绝了请求（HTTP {status}）。"), status=status), status)
