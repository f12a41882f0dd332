"""Checking a change pulled from central and writing it through a :class:`ChangeWriter`.

The writer (``storage/sync_state.py``) runs inside one transaction that also moves the
cursor past the change, so a change is applied completely or not at all. A change that does
not make sense raises :class:`ChangeRejected`; the cursor then stays before it and the run
reports why (central is expected to fix it; nothing is skipped silently). Settings outside
the whitelist are ignored on purpose: central may not switch a terminal into training mode
or change its identity.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any, Protocol

from desk_app.domain.accounts import Role
from desk_app.domain.catalog import Catalog, ProofItem
from desk_app.domain.eligibility import CreditKind
from desk_app.domain.errors import DomainError

from .client import SyncError
from .protocol import Change, ChangeKind


class ChangeRejected(SyncError):
    pass


class ChangeWriter(Protocol):
    def catalog_versions(self, code: str) -> list[dict[str, Any]]: ...

    def add_catalog_item(self, *, code: str, version: int, effective_from: date, effective_to: date | None,
                         matter: str, proof_item: str, digest: str, payload: dict[str, Any]) -> None: ...

    def upsert_credit_record(self, *, uuid: str, subject_id: str, subject_name: str, kind: str,
                             recorded_on: date, repaired_on: date | None, source: str, note: str,
                             grade: str = "", voided_on: date | None = None, case_no: str = "") -> None: ...

    def replace_calendar_year(self, year: int, holidays: Iterable[date], workdays: Iterable[date]) -> None: ...

    def upsert_user(self, *, username: str, display_name: str, role: str, password_hash: str | None,
                    active: bool) -> None: ...

    def put_setting(self, key: str, value: str) -> None: ...


def _int_between(low: int, high: int) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        try:
            number = int(str(value).strip())
        except ValueError:
            raise ValueError(f"应为整数，收到“{value}”") from None
        if not low <= number <= high:
            raise ValueError(f"应在 {low} 至 {high} 之间，收到 {number}")
        return str(number)
    return check


#: The settings central may set on a terminal, each with its check.
ALLOWED_SETTINGS: dict[str, Callable[[Any], str]] = {
    "freeze.unsynced_days": _int_between(1, 365),
    "freeze.credit_days": _int_between(1, 365),
    "freeze.min_free_mb": _int_between(10, 1_000_000),
    "security.idle_minutes": _int_between(1, 60),
    "sync.interval_minutes": _int_between(1, 1440),
}


def _text(payload: Mapping[str, Any], name: str, required: bool = True, limit: int = 255) -> str:
    value = payload.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ChangeRejected(f"缺少字段 {name}")
        return ""
    if not isinstance(value, str) or len(value) > limit:
        raise ChangeRejected(f"字段 {name} 应为不超过 {limit} 字的文字")
    return value.strip()


def _date(value: Any, name: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ChangeRejected(f"字段 {name} 的日期“{value}”应为 YYYY-MM-DD") from None


def apply_change(change: Change, writer: ChangeWriter) -> bool:
    """Write one change; False when it was ignored on purpose (an unknown setting, or a
    catalog version already stored with the same content)."""
    try:
        return _APPLY[change.kind](change.payload, writer)
    except ChangeRejected as err:
        raise ChangeRejected(f"中心下发的第 {change.seq} 条更新（{change.kind.value} {change.key}）无法应用：{err}") from err
    except DomainError as err:
        raise ChangeRejected(f"中心下发的第 {change.seq} 条更新（{change.kind.value} {change.key}）无法应用：{err}") from err


def _catalog_item(payload: dict[str, Any], writer: ChangeWriter) -> bool:
    item = ProofItem.from_dict(payload)  # the same rules as a catalog file
    stored = [ProofItem.from_dict(p) for p in writer.catalog_versions(item.code)]
    same = next((s for s in stored if s.version == item.version), None)
    if same is not None:
        if same.digest() == item.digest():
            return False
        raise ChangeRejected(f"第 {item.version} 版已存在且内容不同；已存的版本不可修改，修改须新增版本")
    Catalog.build(stored)._add(item)  # versions must not overlap
    writer.add_catalog_item(
        code=item.code, version=item.version, effective_from=item.effective_from,
        effective_to=item.effective_to, matter=item.matter, proof_item=item.proof_item,
        digest=item.digest(), payload=item.to_dict(),
    )
    return True


def _credit_record(payload: dict[str, Any], writer: ChangeWriter) -> bool:
    kind = _text(payload, "kind", limit=32)
    if kind not in {k.value for k in CreditKind}:
        raise ChangeRejected(f"未知的信用记录类别“{kind}”")
    repaired = payload.get("repaired_on")
    uuid = _text(payload, "uuid", limit=36)
    if len(uuid) != 36:
        raise ChangeRejected("字段 uuid 应为 36 位")
    writer.upsert_credit_record(
        uuid=uuid, subject_id=_text(payload, "subject_id", limit=32),
        subject_name=_text(payload, "subject_name", limit=128), kind=kind,
        recorded_on=_date(payload.get("recorded_on"), "recorded_on"),
        repaired_on=_date(repaired, "repaired_on") if repaired else None,
        source=_text(payload, "source", limit=128), note=_text(payload, "note", required=False, limit=4000),
        grade=_text(payload, "grade", required=False, limit=16),
        voided_on=_date(payload["voided_on"], "voided_on") if payload.get("voided_on") else None,
        case_no=_text(payload, "case_no", required=False, limit=40),
    )
    return True


def _calendar(payload: dict[str, Any], writer: ChangeWriter) -> bool:
    try:
        year = int(payload["year"])
    except (KeyError, TypeError, ValueError):
        raise ChangeRejected("缺少或无效的年份 year") from None
    lists = {}
    for name in ("holidays", "workdays"):
        raw = payload.get(name) or []
        if not isinstance(raw, list):
            raise ChangeRejected(f"字段 {name} 应为日期列表")
        lists[name] = {_date(d, name) for d in raw}
        strays = [d for d in lists[name] if d.year != year]
        if strays:
            raise ChangeRejected(f"{name} 中的 {strays[0].isoformat()} 不属于 {year} 年")
    both = lists["holidays"] & lists["workdays"]
    if both:
        raise ChangeRejected(f"{min(both).isoformat()} 既是节假日又是调休工作日")
    writer.replace_calendar_year(year, sorted(lists["holidays"]), sorted(lists["workdays"]))
    return True


def _user(payload: dict[str, Any], writer: ChangeWriter) -> bool:
    role = _text(payload, "role", limit=16)
    if role not in {r.value for r in Role}:
        raise ChangeRejected(f"未知的角色“{role}”")
    active = payload.get("active", True)
    if not isinstance(active, bool):
        raise ChangeRejected("字段 active 应为 true/false")
    writer.upsert_user(
        username=_text(payload, "username", limit=64), display_name=_text(payload, "display_name", limit=64),
        role=role, password_hash=_text(payload, "password_hash", required=False) or None, active=active,
    )
    return True


def _setting(payload: dict[str, Any], writer: ChangeWriter) -> bool:
    key = _text(payload, "key", limit=64)
    check = ALLOWED_SETTINGS.get(key)
    if check is None:
        return False
    try:
        value = check(payload.get("value"))
    except ValueError as err:
        raise ChangeRejected(f"设置 {key} {err}") from None
    writer.put_setting(key, value)
    return True


_APPLY: dict[ChangeKind, Callable[[dict[str, Any], ChangeWriter], bool]] = {
    ChangeKind.CATALOG_ITEM: _catalog_item,
    ChangeKind.CREDIT_RECORD: _credit_record,
    ChangeKind.CALENDAR: _calendar,
    ChangeKind.USER: _user,
    ChangeKind.SETTING: _setting,
}
