"""ID-card readers (身份证阅读器) behind one small interface, found by plugin discovery.

A reader returns :class:`IdCardData`; the identity step fills its fields from it. Vendors'
SDKs differ (a C DLL, a local HTTP service, a serial protocol), so each is wrapped in a
plugin: a class with ``name``, ``label`` and ``read()``. Plugins are found two ways:

* a Python entry point in the group ``desk_app.id_readers`` (``pip install`` a vendor
  package that declares ``[project.entry-points."desk_app.id_readers"] acme = "acme_reader:Reader"``);
* the settings key ``devices.id_reader`` naming ``module:Class`` (for a plugin file dropped
  on the terminal's path without packaging).

The settings key ``devices.id_reader`` also picks which found reader is used; training
terminals use the built-in simulated reader unless told otherwise.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from importlib.metadata import entry_points
from typing import Protocol, runtime_checkable

from desk_app.domain.accounts import Action
from desk_app.domain.errors import DomainError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, fmt, message_of
from desk_app.domain.identity import IdentityError, validate_person_name, validate_resident_id
from desk_app.storage import audit
from desk_app.storage import settings as keys
from desk_app.storage.db import storage_errors

from .context import AppContext

ENTRY_POINT_GROUP = "desk_app.id_readers"
#: Settings key: the reader to use — a plugin name ("simulated", an entry point name) or "module:Class".
READER_SETTING = "devices.id_reader"
SIMULATED = "simulated"


class CardReadError(DomainError):
    """No card, a card that cannot be read, or a reader that is not connected."""


@dataclass(frozen=True)
class IdCardData:
    name: str
    id_number: str
    address: str
    valid_from: date | None
    valid_until: date | None   # None: 长期 (no expiry)
    photo: bytes = b""         # the chip's photo, usually JPEG/PNG after the SDK decodes it
    sex: str = ""
    ethnicity: str = ""

    def expired(self, today: date) -> bool:
        return self.valid_until is not None and self.valid_until < today


@runtime_checkable
class IdCardReader(Protocol):
    name: str
    label: str

    def read(self) -> IdCardData:
        """Read the card on the reader now; raise :class:`CardReadError` with a Chinese message."""
        ...


class SimulatedReader:
    """A reader without hardware, for training and tests: returns the queued cards in turn."""

    name = SIMULATED
    label = "模拟读卡器（培训）"

    def __init__(self, cards: list[IdCardData] | None = None):
        self.cards = list(cards) if cards is not None else [SAMPLE_CARD]
        self._next = 0

    def read(self) -> IdCardData:
        if not self.cards:
            raise CardReadError(QT_TRANSLATE_NOOP("domain", "读卡器上没有身份证：请将身份证放在读卡器感应区。"))
        card = self.cards[self._next % len(self.cards)]
        self._next += 1
        return card


SAMPLE_CARD = IdCardData(
    name="王丽", id_number="11010519491231002X", address="北京市朝阳区示例路1号", sex="女", ethnicity="汉",
    valid_from=date(2020, 1, 1), valid_until=None, photo=b"",
)


def _load(spec: str) -> Callable[[], IdCardReader]:
    module, _, attr = spec.partition(":")
    try:
        return getattr(importlib.import_module(module), attr)  # type: ignore[no-any-return]
    except (ImportError, AttributeError) as err:
        raise CardReadError(fmt(QT_TRANSLATE_NOOP("domain", "无法加载读卡器插件“{spec}”：{error}"), spec=spec, error=fmt(message_of(err)))) from err


def available_readers() -> dict[str, Callable[[], IdCardReader]]:
    """Reader factories by name: the simulated one plus every installed entry point."""
    found: dict[str, Callable[[], IdCardReader]] = {SIMULATED: SimulatedReader}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        found[ep.name] = ep.load
    return found


def configured_reader(ctx: AppContext) -> IdCardReader | None:
    """The reader this terminal uses, or None when none is configured (the button stays hidden)."""
    with ctx.db.session() as s:
        choice = (keys.get(s, READER_SETTING) or "").strip()
    if not choice:
        return SimulatedReader() if ctx.office.training else None
    return _resolve(choice)


def _resolve(choice: str) -> IdCardReader:
    if ":" in choice:
        return _load(choice)()
    factory = available_readers().get(choice)
    if factory is None:
        raise CardReadError(fmt(QT_TRANSLATE_NOOP("domain", "未找到读卡器插件“{choice}”：请检查设置或安装厂商插件。"), choice=choice))
    reader = factory()
    # An entry point may name the class rather than an instance factory's result.
    return reader() if isinstance(reader, type) else reader  # type: ignore[no-any-return]


def set_reader(ctx: AppContext, choice: str) -> None:
    """Choose this terminal's reader ("" = none; training terminals then simulate one)."""
    actor = ctx.require_actor()
    actor.require(Action.CHANGE_SETTINGS)
    if choice.strip():
        _resolve(choice.strip())  # refuse a plugin that cannot be found or loaded; nothing stored
    with storage_errors(), ctx.db.session() as s, s.begin():
        keys.put(s, READER_SETTING, choice.strip())
        audit.append(s, actor, ctx.clock(), "settings.id_reader", "setting", READER_SETTING, {"value": choice.strip()})


def check_card(card: IdCardData, today: date) -> list[str]:
    """Problems with what the reader returned, as messages for the clerk (empty: fine)."""
    problems: list[str] = []
    try:
        validate_person_name(card.name)
    except IdentityError as err:
        problems.append(fmt(QT_TRANSLATE_NOOP("domain", "卡内姓名无效：{error}"), error=fmt(message_of(err))))
    try:
        validate_resident_id(card.id_number, today)
    except IdentityError as err:
        problems.append(fmt(QT_TRANSLATE_NOOP("domain", "卡内身份证号码无效：{error}"), error=fmt(message_of(err))))
    if card.expired(today):
        problems.append(fmt(QT_TRANSLATE_NOOP("domain", "身份证已过有效期（{date}），不能作为有效身份证件。"),
                             date=f"{card.valid_until:%Y年%m月%d日}"))
    return problems
