"""Property-based checks of the running server against its own /openapi.json (schemathesis):
whatever a client sends, the server never answers with a 5xx. Bounded: MAX_EXAMPLES per
operation, with a terminal's credentials and the admin token so the checks reach past auth."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402

from .conftest import ADMIN_TOKEN, CentralServer, running_central  # noqa: E402

MAX_EXAMPLES = int(os.environ.get("DESK_SCHEMATHESIS_EXAMPLES", "40"))


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def st_central(request: pytest.FixtureRequest,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CentralServer, dict[str, str]]]:
    base: Path = tmp_path_factory.mktemp("schemathesis")
    url = f"sqlite:///{base / 'central.sqlite3'}"
    if request.param == "postgresql":
        pg = request.getfixturevalue("postgres")
        if not pg.url:
            pytest.skip(f"PostgreSQL unavailable: {pg.reason}")
        url = pg.new_database()
    with running_central(url, base) as central:
        code = central.enroll_code("540102", "W09")
        answer = httpx.post(central.url + "/api/v1/enroll", json={"code": code, "device": "schemathesis"}).json()
        headers = {"Authorization": f"Bearer {answer['terminal_id']}.{answer['token']}",
                   "X-Admin-Token": ADMIN_TOKEN}
        yield central, headers


BIGINT_MAX = 2**63 - 1


def test_changes_cursor_beyond_bigint_is_refused(st_central: tuple[CentralServer, dict[str, str]]) -> None:
    central, headers = st_central
    response = httpx.get(central.url + "/api/v1/changes", params={"since": BIGINT_MAX + 1}, headers=headers)
    assert response.status_code == 422


def test_nul_character_in_an_event_is_not_a_server_error(
        st_central: tuple[CentralServer, dict[str, str]], request: pytest.FixtureRequest) -> None:
    """PostgreSQL cannot store U+0000 in text or JSONB; the server must answer per event (or
    422), not 500 — a 500 makes the terminal resend the same batch for ever."""
    central, headers = st_central
    from desk_app.storage.audit import canonical_digest

    payload = {"note": "a\x00b"}
    event = {"uuid": "00000000-0000-4000-8000-000000000001", "aggregate": "case", "aggregate_id": "C-1",
             "aggregate_seq": 1, "kind": "case.created", "payload": payload,
             "payload_digest": canonical_digest(payload), "created_at": "2026-11-20T10:00:00"}
    response = httpx.post(central.url + "/api/v1/push", json={"events": [event]}, headers=headers)
    assert response.status_code < 500


def test_huge_sequence_numbers_are_refused(st_central: tuple[CentralServer, dict[str, str]]) -> None:
    central, headers = st_central
    from desk_app.storage.audit import canonical_digest

    big = 2**63 if central.is_sqlite else 2**31
    event = {"uuid": "00000000-0000-4000-8000-000000000002", "aggregate": "case", "aggregate_id": "C-2",
             "aggregate_seq": big, "kind": "case.created", "payload": {},
             "payload_digest": canonical_digest({}), "created_at": "2026-11-20T10:00:00"}
    response = httpx.post(central.url + "/api/v1/push", json={"events": [event]}, headers=headers)
    assert response.status_code < 500


def test_no_server_error(st_central: tuple[CentralServer, dict[str, str]]) -> None:
    """Every operation, valid and invalid input (schemathesis' positive and negative modes).
    (schemathesis.pytest.from_fixture does not run under pytest 9, hence the loop.)"""
    from schemathesis.generation import GenerationMode

    central, headers = st_central
    schema = schemathesis.openapi.from_url(central.url + "/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.label for op in operations} >= {"POST /api/v1/push", "GET /api/v1/changes", "POST /api/v1/enroll"}
    calls: dict[str, int] = {}
    for op in operations:
        for mode in GenerationMode:
            @given(case=op.as_strategy(generation_mode=mode))
            @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate],
                      derandomize=bool(os.environ.get("CI")))
            def call(case) -> None:  # type: ignore[no-untyped-def]
                response = case.call(base_url=central.url, headers=headers, timeout=30)
                calls[op.label] = calls.get(op.label, 0) + 1  # noqa: B023
                assert response.status_code < 500, (
                    f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:500]}\n"
                    f"{case.as_curl_command(headers=headers)}")

            try:
                call()
            except Unsatisfiable:
                if mode is GenerationMode.POSITIVE:
                    raise
                # nothing to get wrong, e.g. GET /health has no parameters
    assert central.health()
    print("\nschemathesis calls per operation:", calls)
