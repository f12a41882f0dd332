"""The HTTP client: compressed bodies, credentials, URL safety and the error mapping."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from desk_app.sync.client import (
    AuthError,
    BatchTooLarge,
    InsecureURL,
    ProtocolError,
    RetryLater,
    SyncClient,
    check_url,
    parse_retry_after,
)
from desk_app.sync.protocol import EventIn, PushRequest

from .fake_central import CODE, TERMINAL_ID, TOKEN, FakeCentral, busy, down, error


def client(central: FakeCentral, url: str = "https://central.test") -> SyncClient:
    return SyncClient(url, terminal_id=TERMINAL_ID, token=TOKEN, transport=central.transport)


def event(n: int = 1) -> EventIn:
    return EventIn(uuid=f"00000000-0000-4000-8000-{n:012d}", aggregate="case", aggregate_id="C-1",
                   aggregate_seq=n, kind="case.created", payload={"name": "卓玛" * 50},
                   payload_digest="a" * 64, created_at=datetime(2026, 11, 20, 10, 0))


def test_push_body_is_gzip_json_with_bearer_token_and_gzip_accepted():
    central = FakeCentral()
    with client(central) as c:
        answer = c.push(PushRequest(events=[event()]))
    assert [r.status.value for r in answer.results] == ["acked"]
    seen = central.pushes[0]
    assert seen.headers["Content-Encoding"] == "gzip"
    assert seen.headers["Content-Type"] == "application/json"
    assert "gzip" in seen.headers["Accept-Encoding"]
    assert seen.headers["Authorization"] == f"Bearer {TERMINAL_ID}.{TOKEN}"
    body = json.loads(gzip.decompress(seen.body))
    assert body["events"][0]["payload"]["name"].startswith("卓玛")
    assert len(seen.body) < len(gzip.decompress(seen.body))  # really compressed


def test_enroll_sends_no_token():
    central = FakeCentral()
    with SyncClient("https://central.test", transport=central.transport) as c:
        answer = c.enroll(CODE, "pc")
    assert answer.terminal_id == TERMINAL_ID
    assert "Authorization" not in central.requests[0].headers


@pytest.mark.parametrize("url", ["http://192.168.1.10:8000", "http://central.example.cn"])
def test_plain_http_to_another_machine_is_refused_unless_allowed(url):
    with pytest.raises(InsecureURL, match="https"):
        check_url(url)
    assert check_url(url + "/", allow_insecure_http=True) == url


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000",
                                 "https://central.example.cn"])
def test_https_and_loopback_http_are_fine(url):
    assert check_url(url) == url


def test_not_a_url_is_refused():
    with pytest.raises(InsecureURL, match="无效"):
        check_url("central.example.cn")


def test_401_is_an_auth_error_with_the_servers_message():
    central = FakeCentral()
    central.fail_next(error(401, "unauthorized", "终端凭据无效，请重新登记。"))
    with client(central) as c, pytest.raises(AuthError) as err:
        c.push(PushRequest())
    assert str(err.value) == "终端凭据无效，请重新登记。"
    assert not err.value.revoked


def test_403_revoked_is_distinguished():
    central = FakeCentral()
    central.fail_next(error(403, "revoked", "本终端已被中心吊销。"), error(403, "forbidden", ""))
    with client(central) as c:
        with pytest.raises(AuthError) as revoked:
            c.push(PushRequest())
        with pytest.raises(AuthError) as other:
            c.push(PushRequest())
    assert revoked.value.revoked and str(revoked.value) == "本终端已被中心吊销。"
    assert not other.value.revoked and "拒绝" in str(other.value)


@pytest.mark.parametrize("status", [503, 429])
def test_busy_is_retry_later_with_retry_after(status):
    central = FakeCentral()
    central.fail_next(error(status, "busy", "中心繁忙。", {"Retry-After": "12"}))
    with client(central) as c, pytest.raises(RetryLater) as err:
        c.changes(0)
    assert err.value.retry_after == 12.0
    assert str(err.value) == "中心繁忙。"


def test_retry_after_as_http_date():
    now = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    assert parse_retry_after(format_datetime(now + timedelta(seconds=90), usegmt=True), now) == 90
    assert parse_retry_after("garbage") is None
    assert parse_retry_after(None) is None


def test_connection_failure_and_timeout_are_retry_later():
    central = FakeCentral()

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    central.fail_next(down, slow, error(500, "oops", ""))
    with client(central) as c:
        with pytest.raises(RetryLater, match="无法连接"):
            c.changes(0)
        with pytest.raises(RetryLater, match="超时"):
            c.changes(0)
        with pytest.raises(RetryLater) as err:
            c.changes(0)
    assert err.value.retry_after is None


def test_413_and_other_refusals_are_protocol_errors():
    central = FakeCentral()
    central.fail_next(error(413, "too_large", ""), error(422, "invalid", "字段缺失"),
                      httpx.Response(200, content=b"not json"))
    with client(central) as c:
        with pytest.raises(BatchTooLarge):
            c.push(PushRequest())
        with pytest.raises(ProtocolError, match="字段缺失"):
            c.push(PushRequest())
        with pytest.raises(ProtocolError, match="格式不符"):
            c.push(PushRequest())


def test_ca_file_is_used_for_verification(tmp_path):
    missing = tmp_path / "nope.pem"
    with pytest.raises(OSError):
        SyncClient("https://central.test", ca_file=str(missing))


def test_health(monkeypatch):
    central = FakeCentral()
    with client(central) as c:
        assert c.health()
    central.fail_next(busy())
    with client(central) as c:
        assert not c.health()
