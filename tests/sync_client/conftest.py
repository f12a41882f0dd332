"""Fixtures: a fake central on an httpx MockTransport, and an enrolled terminal talking to it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from desk_app.domain.identity import mod11_2_check_char
from desk_app.services import sync
from desk_app.services.context import AppContext
from desk_app.services.counter import finish_case
from desk_app.storage import outbox
from desk_app.storage.models import OutboxRow
from tests.services.support import person, promise_draft

from .fake_central import CODE, FakeCentral

URL = "https://central.test"


@pytest.fixture
def central(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeCentral]:
    fake = FakeCentral()
    monkeypatch.setattr(sync, "transport", fake.transport)
    yield fake


@pytest.fixture
def enrolled(ctx: AppContext, central: FakeCentral) -> AppContext:
    sync.enroll(ctx, URL, CODE)
    central.requests.clear()
    return ctx


class Sleeps(list):
    """A fake sleep: records the delays instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def applicant(n: int):  # type: ignore[no-untyped-def]
    body = f"54010219{80 + n % 20:02d}{1 + n % 12:02d}{1 + n % 28:02d}{n % 1000:03d}"
    return person(name="卓玛", id_number=body + mod11_2_check_char(body))


def make_cases(ctx: AppContext, n: int, start: int = 0) -> list[str]:
    """n finished promise cases (4 outbox events each), one minute apart."""
    numbers = []
    for i in range(start, start + n):
        numbers.append(finish_case(ctx, promise_draft(ctx, applicant=applicant(i))).case_no)
        ctx.clock.now += timedelta(minutes=1)  # type: ignore[attr-defined]
    return numbers


def synthetic_events(ctx: AppContext, count: int, *, aggregates: int = 3, payload_bytes: int = 100) -> None:
    """Outbox rows without rendering letters: many events, interleaved over a few aggregates."""
    now = ctx.clock()
    with ctx.db.session() as s, s.begin():
        for i in range(count):
            outbox.enqueue(s, aggregate="case", aggregate_id=f"AGG-{i % aggregates}", kind="case.noted",
                           payload={"n": i, "pad": "x" * payload_bytes}, at=now)


def statuses(ctx: AppContext) -> dict[str, str]:
    with ctx.db.session() as s:
        return {r.uuid: r.status for r in s.query(OutboxRow)}
