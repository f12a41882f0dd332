"""What the centre publishes to terminals through the changes feed, checked before it goes out.

Keys: catalog item ``CODE:VERSION``, credit record its uuid, calendar the year, user the
username. Payloads are exactly those documented on ``ChangeKind`` in the protocol.
"""

from __future__ import annotations

import json
import os
import re
import uuid as uuidlib
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desk_app.domain.accounts import Role, password_problems
from desk_app.domain.catalog import Catalog, ProofItem
from desk_app.domain.eligibility import CreditKind
from desk_app.domain.errors import DomainError
from desk_app.sync.protocol import ChangeKind

from .changes import append_changes
from .db import Database
from .models import ChangeRow
from .terminals import CentralError, check_codes

USERNAME_RE = re.compile(r"^[a-z][a-z0-9_.-]{2,31}$")  # as on the terminal


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


def _latest(db: Database, kind: ChangeKind) -> dict[str, dict[str, Any]]:
    with db.read() as conn:
        rows = conn.execute(select(ChangeRow.key, ChangeRow.payload).where(ChangeRow.kind == kind.value)
                            .order_by(ChangeRow.seq)).all()
    return {r.key: r.payload for r in rows}


def read_catalog_files(paths: Iterable[Path]) -> list[ProofItem]:
    import yaml

    files: list[Path] = []
    for p in paths:
        files.extend(sorted(p.glob("*.yaml")) if p.is_dir() else [p])
    if not files:
        raise CentralError("no_files", "没有找到目录文件（*.yaml）")
    items = []
    for f in files:
        try:
            raw = yaml.safe_load(f.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as err:
            raise CentralError("bad_file", f"无法读取文件 {f.name}：{err}") from None
        except yaml.YAMLError as err:
            raise CentralError("bad_file", f"文件 {f.name} 不是有效的 YAML：{err}") from None
        if not isinstance(raw, dict):
            raise CentralError("bad_file", f"文件 {f.name} 应为一个证明事项（键值对）")
        try:
            items.append(ProofItem.from_dict(_jsonable(raw)))
        except DomainError as err:
            raise CentralError("bad_item", f"文件 {f.name}：{err}") from None
    return items


def publish_catalog(db: Database, paths: Iterable[Path]) -> tuple[list[str], list[str]]:
    """Publish catalog item versions; returns (published, unchanged) labels."""
    items = read_catalog_files(paths)
    published = {key: ProofItem.from_dict(p) for key, p in _latest(db, ChangeKind.CATALOG_ITEM).items()}
    try:
        merged = Catalog.build(published.values())
        batch: list[tuple[ChangeKind, str, dict[str, Any]]] = []
        new_labels, same_labels = [], []
        for item in sorted(items, key=lambda i: i.key):
            key, label = f"{item.code}:{item.version}", f"{item.code} v{item.version}"
            old = published.get(key)
            if old is not None:
                if old.digest() != item.digest():
                    raise CentralError("changed_version",
                                       f"事项 {label} 已发布且内容不同；修改事项须新增版本")
                same_labels.append(label)
                continue
            merged._add(item)  # overlapping validity with published versions, duplicates
            batch.append((ChangeKind.CATALOG_ITEM, key, item.to_dict()))
            new_labels.append(label)
    except DomainError as err:
        raise CentralError("bad_catalog", str(err)) from None
    append_changes(db, batch)
    return new_labels, same_labels


def _date(raw: Any, field: str, where: str, *, optional: bool = False) -> str | None:
    if raw in (None, "") and optional:
        return None
    try:
        return date.fromisoformat(str(raw)).isoformat()
    except ValueError:
        raise CentralError("bad_date", f"{where}：{field} 应为日期（如 2026-11-20），收到“{raw}”") from None


def credit_payload(raw: Mapping[str, Any], where: str = "信用记录") -> dict[str, Any]:
    def text(name: str, required: bool = True) -> str:
        value = str(raw.get(name) or "").strip()
        if required and not value:
            raise CentralError("missing", f"{where}：缺少 {name}")
        return value

    kind = text("kind")
    if kind not in {k.value for k in CreditKind}:
        allowed = "、".join(k.value for k in CreditKind)
        raise CentralError("bad_kind", f"{where}：类型“{kind}”无效，应为 {allowed} 之一")
    recorded = _date(raw.get("recorded_on"), "recorded_on", where)
    repaired = _date(raw.get("repaired_on"), "repaired_on", where, optional=True)
    if repaired and recorded and repaired < recorded:
        raise CentralError("bad_date", f"{where}：信用修复日期早于记录日期")
    record_uuid = text("uuid", required=False) or str(uuidlib.uuid4())
    try:
        record_uuid = str(uuidlib.UUID(record_uuid))
    except ValueError:
        raise CentralError("bad_uuid", f"{where}：uuid 格式不正确") from None
    return {
        "uuid": record_uuid, "subject_id": text("subject_id").upper().replace(" ", ""),
        "subject_name": text("subject_name"), "kind": kind, "recorded_on": recorded,
        "repaired_on": repaired, "source": text("source"), "note": text("note", required=False),
    }


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise CentralError("bad_file", f"无法读取文件 {path.name}：{err}") from None
    except json.JSONDecodeError as err:
        raise CentralError("bad_file", f"文件 {path.name} 第 {err.lineno} 行不是有效的 JSON：{err.msg}") from None


def publish_credit(db: Database, records: list[Mapping[str, Any]]) -> tuple[int, int]:
    batch = [(ChangeKind.CREDIT_RECORD, p["uuid"], p) for p in
             (credit_payload(r, f"第 {n} 条信用记录") for n, r in enumerate(records, 1))]
    return append_changes(db, batch)


def import_credit_file(db: Database, path: Path) -> tuple[int, int]:
    data = _load_json(path)
    records = data.get("records") if isinstance(data, dict) else data
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise CentralError("bad_file", f"文件 {path.name} 应为信用记录列表（或含 records 列表的对象）")
    return publish_credit(db, records)


def calendar_payload(raw: Mapping[str, Any]) -> dict[str, Any]:
    try:
        year = int(raw["year"])
    except (KeyError, TypeError, ValueError):
        raise CentralError("bad_calendar", "日历须写明年份 year（如 2027）") from None
    out: dict[str, Any] = {"year": year}
    for field in ("holidays", "workdays"):
        days = raw.get(field) or []
        if not isinstance(days, list):
            raise CentralError("bad_calendar", f"{year} 年日历：{field} 应为日期列表")
        parsed = sorted({_date(d, field, f"{year} 年日历") or "" for d in days})
        if any(not d.startswith(f"{year}-") for d in parsed):
            raise CentralError("bad_calendar", f"{year} 年日历：{field} 中有不属于 {year} 年的日期")
        out[field] = parsed
    if set(out["holidays"]) & set(out["workdays"]):
        raise CentralError("bad_calendar", f"{year} 年日历：同一天不能既是节假日又是调休工作日")
    return out


def import_calendar_file(db: Database, path: Path) -> tuple[int, int]:
    data = _load_json(path)
    calendars = data if isinstance(data, list) else [data]
    if not all(isinstance(c, dict) for c in calendars):
        raise CentralError("bad_file", f"文件 {path.name} 应为日历对象或日历对象列表")
    batch = [(ChangeKind.CALENDAR, str(p["year"]), p) for p in map(calendar_payload, calendars)]
    return append_changes(db, batch)


def add_user(
    db: Database, *, username: str, role: str, password_env: str, display_name: str = "",
    office: str | None = None, active: bool = True,
) -> int:
    """Publish an account (argon2id hash, as the terminal stores it); returns the change count."""
    from argon2 import PasswordHasher

    username = username.strip().lower()
    if not USERNAME_RE.match(username):
        raise CentralError("bad_username", "用户名应为3至32位小写字母、数字或 _ . -，以字母开头")
    if role not in {r.value for r in Role}:
        allowed = "、".join(f"{r.value}（{r.label}）" for r in Role)
        raise CentralError("bad_role", f"角色“{role}”无效，应为 {allowed} 之一")
    password = os.environ.get(password_env)
    if not password:
        raise CentralError("no_password", f"环境变量 {password_env} 未设置或为空（应存放该用户的密码）")
    problems = password_problems(password, username)
    if problems:
        raise CentralError("weak_password", "密码不符合要求：" + "；".join(problems))
    office_code = check_codes(office, "X")[0] if office else None
    payload = {"username": username, "display_name": display_name.strip() or username, "role": role,
               "password_hash": PasswordHasher().hash(password), "active": active}
    appended, _ = append_changes(db, [(ChangeKind.USER, username, payload)], office_code=office_code)
    return appended

