"""Catalog lists as offices publish them (one Excel row per proof item), without Excel.

The storage layer turns a worksheet into plain rows of cell values (merged cells filled in);
this module finds the header row among title rows, maps the header variants found in real
lists to item fields, checks every row, and plans what an import changes: new items, changed
items (a new version) and items no longer listed (a retirement version). Export writes the
same columns, so import → export → import changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from .catalog import Catalog, ProofItem, VerificationMethod
from .errors import CatalogError
from .i18n import QT_TRANSLATE_NOOP, Text, fmt, message_of


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # written on export
    aliases: tuple[str, ...] = ()
    required: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("seq", "序号", ("编号",)),
    Column("domain", "所属领域", ("领域", "所属行业领域")),
    Column("approving_unit", "实施机关", ("受理单位", "实施主体", "实施单位"), required=True),
    Column("matter", "事项名称", ("申请事项名称", "政务服务事项名称", "办理事项名称"), required=True),
    Column("proof_item", "证明名称", ("证明事项名称", "证明材料名称"), required=True),
    Column("purpose", "证明用途", (), required=True),
    Column("legal_basis", "设定依据", ("证明事项设定依据",), required=True),
    Column("proof_content", "证明内容", ("证明的内容", "证明事项内容"), required=True),
    Column("conditions", "承诺条件", ("具体承诺条件",)),
    Column("method", "核查方式", ("事中事后核查方式",), required=True),
    Column("assisting_unit", "协助核查单位", ("协查单位",)),
    Column("time_limit", "核查时限", ("核查时限工作日",), required=True),
    Column("public", "是否公开", ("承诺书是否公开",)),
    Column("scope", "公开范围", ()),
    Column("period", "公开期限", ()),
    Column("proxy", "是否允许代为承诺", ("是否可代为承诺", "是否允许代理人承诺")),
    Column("code", "目录编码", ("编码", "事项编码")),
)
BY_KEY = {c.key: c for c in COLUMNS}
SEQ = "seq"
_DOMAIN_PREFIX = {"户籍管理": "HJ", "市场主体准营": "SC", "资格考试": "ZG", "社会保险": "SB",
                  "社会救助": "SJ", "健康体检": "TJ", "法律服务": "SF"}
DEFAULT_DOMAIN = "其他"


_HEADER_MARKS = str.maketrans("（）【】", "()()", "：:*＊")


def normalise_header(text: Any) -> str:
    """Whitespace and line breaks out, full-width brackets and colons made plain, marks dropped."""
    s = "" if text is None else str(text)
    s = s.translate(_HEADER_MARKS)
    return re.sub(r"\s+", "", s)


def _header_key(text: Any) -> str | None:
    name = normalise_header(text)
    bare = re.sub(r"\(.*?\)", "", name)  # 核查时限(工作日) → 核查时限
    for candidate in (name, bare):
        for col in COLUMNS:
            if candidate == col.title or candidate in col.aliases:
                return col.key
    return None


@dataclass(frozen=True)
class RowProblem:
    row: int  # as Excel numbers it
    column: str
    message: str

    def __str__(self) -> str:
        where = f"第 {self.row} 行" + (f"“{self.column}”列" if self.column else "")
        return f"{where}：{self.message}"


@dataclass
class Sheet:
    """The rows of a list after its header row, each a mapping of column key → cell value."""

    header_row: int
    titles: dict[str, str]  # column key → the header as written in this file
    rows: list[tuple[int, dict[str, Any]]]


def read_rows(cells: Sequence[Sequence[Any]], first_row: int = 1, scan: int = 12) -> Sheet:
    """Find the header among the first ``scan`` rows; refuse a list without the required columns."""
    best: tuple[int, dict[int, str]] | None = None
    for n, row in enumerate(cells[:scan]):
        keys = {i: k for i, k in ((i, _header_key(v)) for i, v in enumerate(row)) if k}
        if len(keys) >= 3 and (best is None or len(keys) > len(best[1])):
            best = (n, keys)
    if best is None:
        raise CatalogError(QT_TRANSLATE_NOOP("domain", "没有找到表头行：前几行中应有“事项名称”“证明名称”“核查方式”等列名"))
    index, keys = best
    header = cells[index]
    present = set(keys.values())
    missing = [c.title for c in COLUMNS if c.required and c.key not in present]
    if missing:
        raise CatalogError(fmt(QT_TRANSLATE_NOOP("domain", "缺少必需的列：{columns}。整个文件未导入"), columns="、".join(missing)))
    titles = {k: normalise_header(header[i]) for i, k in keys.items()}
    rows = []
    for n, row in enumerate(cells[index + 1:], start=index + 1):
        values = {k: row[i] if i < len(row) else None for i, k in keys.items()}
        if all(_blank(v) for k, v in values.items() if k != SEQ):
            continue  # blank rows, trailing or in between; a lone 序号 too
        rows.append((first_row + n, values))
    return Sheet(first_row + index, titles, rows)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.strip() for line in text.strip().split("\n"))


_METHODS: tuple[tuple[tuple[str, ...], VerificationMethod], ...] = (
    (("免于核查", "免核查", "不核查", "日常监管", "exempt"), VerificationMethod.EXEMPT),
    (("协助核查", "协查", "部门协助", "assisted"), VerificationMethod.ASSISTED),
    (("现场核查", "实地核查", "现场", "on_site"), VerificationMethod.ON_SITE),
    (("网络", "在线", "数据核查", "信息共享", "数据共享", "online"), VerificationMethod.ONLINE),
)
METHOD_TITLES = {VerificationMethod.ONLINE: "网络核查", VerificationMethod.ON_SITE: "现场核查",
                 VerificationMethod.ASSISTED: "协助核查", VerificationMethod.EXEMPT: "免于核查"}


def parse_method(value: Any) -> VerificationMethod:
    text = normalise_header(value).lower()
    for markers, method in _METHODS:
        if text and any(m in text for m in markers):
            return method
    allowed = "、".join(METHOD_TITLES.values())
    raise ValueError(fmt(QT_TRANSLATE_NOOP("domain", "核查方式“{value}”无法识别，应为 {allowed} 之一"), value=_text(value), allowed=allowed))


def parse_days(value: Any, what: str) -> int:
    if isinstance(value, bool):
        raise ValueError(fmt(QT_TRANSLATE_NOOP("domain", "{what}“{value}”应为天数"), what=fmt(what), value=value))
    if isinstance(value, int | float) and float(value).is_integer() and value > 0:
        return int(value)
    text = normalise_header(value)
    m = re.fullmatch(r"(\d{1,4})(个)?(工作日|自然日|日|天)?(内|以内)?", text)
    if m and int(m.group(1)) > 0:
        return int(m.group(1))
    m = re.fullmatch(r"(\d{1,2})个?(月|年)", text)
    if m and int(m.group(1)) > 0:
        return int(m.group(1)) * (30 if m.group(2) == "月" else 365)
    raise ValueError(fmt(QT_TRANSLATE_NOOP("domain", "{what}“{value}”应为天数，如“20个工作日”或“20”"), what=fmt(what), value=_text(value)))


def parse_yes_no(value: Any, what: str, default: bool = False) -> bool:
    if _blank(value):
        return default
    if isinstance(value, bool):
        return value
    text = normalise_header(value).lower()
    if text in {"是", "允许", "公开", "可以", "y", "yes", "true", "1", "√"}:
        return True
    if text in {"否", "不允许", "不公开", "不可以", "n", "no", "false", "0", "×", "无"}:
        return False
    raise ValueError(fmt(QT_TRANSLATE_NOOP("domain", "{what}“{value}”应为“是”或“否”"), what=fmt(what), value=_text(value)))


class ChangeKind(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    RETIRED = "retired"

    @property
    def label(self) -> str:
        return {"new": QT_TRANSLATE_NOOP("domain", "新增"), "changed": QT_TRANSLATE_NOOP("domain", "调整"), "retired": QT_TRANSLATE_NOOP("domain", "停用")}[self.value]


@dataclass(frozen=True)
class FieldDiff:
    column: str
    old: str
    new: str


@dataclass(frozen=True)
class ItemChange:
    kind: ChangeKind
    after: ProofItem  # the version to store (reason and 备案日期 added on applying)
    before: ProofItem | None
    row: int | None
    diffs: tuple[FieldDiff, ...] = ()


@dataclass
class ImportPlan:
    effective_from: date
    changes: list[ItemChange] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    def count(self, kind: ChangeKind) -> int:
        return sum(1 for c in self.changes if c.kind is kind)

    def versions(self, reason: str, filed_on: date | None) -> list[ProofItem]:
        return [replace(c.after, change_reason=reason, filed_on=filed_on) for c in self.changes]


def sheet_values(item: ProofItem) -> dict[str, str]:
    """What a list shows of an item, as text; export writes exactly this."""
    d = item.disclosure
    return {
        "domain": item.domain, "approving_unit": item.approving_unit, "matter": item.matter,
        "proof_item": item.proof_item, "purpose": item.purpose, "legal_basis": item.legal_basis,
        "proof_content": item.proof_content, "conditions": "\n".join(item.conditions),
        "method": METHOD_TITLES[item.verification.method],
        "assisting_unit": item.verification.assisting_unit or "",
        "time_limit": f"{item.verification.time_limit_days}个工作日",
        "public": "是" if d.public else "否", "scope": d.scope or "",
        "period": f"{d.period_days}日" if d.period_days else "", "proxy": "是" if item.proxy_allowed else "否",
        "code": item.code,
    }


def export_table(items: Sequence[ProofItem]) -> tuple[list[str], list[list[str | int]]]:
    headers = [c.title for c in COLUMNS]
    rows: list[list[str | int]] = []
    for n, item in enumerate(items, 1):
        values = sheet_values(item)
        rows.append([n if c.key == SEQ else values[c.key] for c in COLUMNS])
    return headers, rows


_FIELD_COLUMN = {  # ProofItem.from_dict field → sheet column key
    "domain": "domain", "matter": "matter", "proof_item": "proof_item", "purpose": "purpose",
    "legal_basis": "legal_basis", "proof_content": "proof_content", "conditions": "conditions",
    "verification.method": "method", "verification.assisting_unit": "assisting_unit",
    "verification.time_limit_days": "time_limit", "disclosure.scope": "scope",
    "disclosure.period_days": "period", "approving_unit": "approving_unit", "accepting_unit": "approving_unit",
    "touches": "domain",
}


def _key(matter: str, proof_item: str) -> tuple[str, str]:
    return (normalise_header(matter), normalise_header(proof_item))


def _new_item_defaults(v: Mapping[str, Any]) -> dict[str, Any]:
    """Fields a published list does not carry, for an item it introduces; the editor refines them."""
    unit, proof = v["approving_unit"], v["proof_item"]
    return {
        "conditions": [v["proof_content"]], "materials": [], "touches": [],
        "effect": f"申请人书面承诺已经符合告知的条件、标准、要求，愿意承担不实承诺的法律责任的，"
                  f"{unit}不再索要{proof}，依据书面承诺办理{v['matter']}。",
        "liability": {
            "civil": "因不实承诺给他人造成损失的，依法承担民事赔偿责任。",
            "administrative": "核查发现承诺不实的，终止办理；已经办理的，依法撤销相关决定，并依法给予行政处罚。",
            "criminal": "涉嫌犯罪的，依法移送司法机关追究刑事责任。",
            "credit": "不实承诺信息依法记入申请人信用记录，并依法依规实施失信惩戒。",
        },
        "verification": {"standard": f"{METHOD_TITLES[v['method']]}申请人承诺的“{v['proof_content']}”是否属实。"},
        "accepting_unit": unit,
    }


class _RowError(Exception):
    def __init__(self, column: str, message: str):
        self.column, self.message = column, message


def _row_values(values: Mapping[str, Any], previous: ProofItem | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("approving_unit", "matter", "proof_item", "purpose", "legal_basis", "proof_content"):
        text = _text(values.get(key))
        if not text:
            raise _RowError(key, QT_TRANSLATE_NOOP("domain", "缺少必填内容"))
        out[key] = text
    domain = _text(values.get("domain"))
    out["domain"] = domain or (previous.domain if previous else DEFAULT_DOMAIN)
    try:
        out["method"] = parse_method(values.get("method"))
    except ValueError as err:
        raise _RowError("method", message_of(err)) from None
    try:
        out["time_limit"] = parse_days(values.get("time_limit"), QT_TRANSLATE_NOOP("domain", "核查时限"))
    except ValueError as err:
        raise _RowError("time_limit", message_of(err)) from None
    for key, what in (("public", QT_TRANSLATE_NOOP("domain", "是否公开")), ("proxy", QT_TRANSLATE_NOOP("domain", "是否允许代为承诺"))):
        if key in values:
            try:
                out[key] = parse_yes_no(values.get(key), what)
            except ValueError as err:
                raise _RowError(key, message_of(err)) from None
        elif previous is not None:
            out[key] = previous.disclosure.public if key == "public" else previous.proxy_allowed
        else:
            out[key] = False
    out["scope"] = _text(values.get("scope")) or None
    period = values.get("period")
    try:
        out["period"] = None if _blank(period) else parse_days(period, "公开期限")
    except ValueError as err:
        raise _RowError("period", str(err)) from None
    if "conditions" in values and not _blank(values.get("conditions")):
        out["conditions"] = [line for line in _text(values["conditions"]).split("\n") if line]
    if "assisting_unit" in values:
        out["assisting_unit"] = _text(values.get("assisting_unit")) or None
    return out


def _build(v: Mapping[str, Any], code: str, version: int, day: date, previous: ProofItem | None) -> ProofItem:
    if previous is not None:
        raw = previous.to_dict()
        for name in ("retired", "change_reason", "filed_on"):
            raw.pop(name, None)
    else:
        raw = _new_item_defaults(v)
    verification = dict(raw.get("verification", {}))
    verification.update(method=v["method"].value, time_limit_days=v["time_limit"])
    if "assisting_unit" in v:
        verification["assisting_unit"] = v["assisting_unit"]
    if v["method"] is not VerificationMethod.ASSISTED and "assisting_unit" not in v:
        verification.pop("assisting_unit", None)
    raw.update(
        code=code, version=version, effective_from=day.isoformat(), effective_to=None,
        domain=v["domain"], matter=v["matter"], proof_item=v["proof_item"], purpose=v["purpose"],
        legal_basis=v["legal_basis"], proof_content=v["proof_content"], approving_unit=v["approving_unit"],
        verification=verification, proxy_allowed=v["proxy"],
        disclosure={"public": v["public"], "scope": v["scope"], "period_days": v["period"]},
    )
    if "conditions" in v:
        raw["conditions"] = v["conditions"]
    if previous is not None:
        _drop_stale_tibetan(previous, raw)
    return ProofItem.from_dict(raw)


def _message(err: CatalogError) -> str:
    text = message_of(err)
    if isinstance(text, Text) and "message" in text.fields:  # the message without "事项 …："
        message: str = text.fields["message"]
        return message
    return text.split("：", 1)[1] if err.item or err.field else text


def plan_import(sheet: Sheet, catalog: Catalog, day: date, retire_missing: bool = True) -> ImportPlan:
    """Compare a published list with the catalog as it stands on ``day`` (the effective date).

    A list is the whole catalog: items it no longer carries are retired, unless
    ``retire_missing`` is off (a partial list, e.g. one domain's additions)."""
    plan = ImportPlan(effective_from=day)
    codes = sorted({code for code, _ in catalog.items})
    latest = {code: catalog.versions(code)[-1] for code in codes}
    by_name = {_key(i.matter, i.proof_item): code for code, i in latest.items()}
    active = {code for code in codes if catalog.current_version(code, day) is not None}
    taken = set(codes)
    seen: dict[str, int] = {}
    seen_names: dict[tuple[str, str], int] = {}
    listed: set[str] = set()
    merged = Catalog.build(catalog.items.values())

    def title(key: str) -> str:
        return sheet.titles.get(key, BY_KEY[key].title)

    for row, values in sheet.rows:
        given_code = _text(values.get("code")).upper()
        code = given_code if given_code in latest else by_name.get(
            _key(_text(values.get("matter")), _text(values.get("proof_item"))))
        previous = latest.get(code) if code else None
        try:
            v = _row_values(values, previous)
        except _RowError as err:
            plan.problems.append(RowProblem(row, title(err.column), err.message))
            listed.add(code or "")  # a refused row still names its item: not retired for it
            continue
        if given_code and not re.fullmatch(r"[A-Z]{2}-\d{3}", given_code):
            plan.problems.append(RowProblem(row, title("code"), fmt(QT_TRANSLATE_NOOP("domain",
                "目录编码“{code}”格式应为两个字母-三位数字，如 HJ-001"), code=given_code)))
            continue
        if code is None:
            code = given_code or _next_code(v["domain"], taken)
        name = _key(v["matter"], v["proof_item"])
        first = seen.get(code) or seen_names.get(name)
        if first is not None:
            plan.problems.append(RowProblem(row, title("proof_item"),
                                            f"与第 {first} 行重复（同一事项名称和证明名称，或同一编码）"))
            continue
        seen[code] = seen_names[name] = row
        listed.add(code)
        taken.add(code)
        try:
            after = _build(v, code, previous.version + 1 if previous else 1, day, previous)
        except CatalogError as err:  # a catalog rule (catch-all clause, excluded area, …)
            column = _FIELD_COLUMN.get(err.field or "", "proof_content")
            plan.problems.append(RowProblem(row, title(column), _message(err)))
            continue
        if previous is not None and not previous.retired and (code in active or previous.effective_from > day):
            diffs = _diffs(previous, after, title)
            if not diffs:
                plan.unchanged.append(code)
                continue
            kind = ChangeKind.CHANGED
        else:
            diffs, kind = (), ChangeKind.NEW
        try:
            merged._add(after)
        except CatalogError as err:
            plan.problems.append(RowProblem(row, "", _message(err)))
            continue
        plan.changes.append(ItemChange(kind, after, previous, row, diffs))
    for code in sorted(active - listed if retire_missing else ()):
        before = latest[code]
        after = replace(before, version=before.version + 1, effective_from=day, effective_to=None,
                        retired=True, change_reason=None, filed_on=None)
        try:
            merged._add(after)
        except CatalogError as err:
            plan.problems.append(RowProblem(0, "", fmt(QT_TRANSLATE_NOOP("domain", "{code} 无法停用：{error}"),
                                                   code=code, error=fmt(_message(err)))))
            continue
        plan.changes.append(ItemChange(ChangeKind.RETIRED, after, before, None))
    return plan


def _diffs(before: ProofItem, after: ProofItem, title: Any) -> tuple[FieldDiff, ...]:
    old, new = sheet_values(before), sheet_values(after)
    return tuple(FieldDiff(title(k), old[k], new[k]) for k in old if k != "code" and old[k] != new[k])


def _next_code(domain: str, taken: set[str]) -> str:
    prefix = _DOMAIN_PREFIX.get(domain, "QT")
    used = [int(c[3:]) for c in taken if c.startswith(prefix + "-") and c[3:].isdigit()]
    return f"{prefix}-{max(used, default=0) + 1:03d}"


def edit_version(current: ProofItem, changes: Mapping[str, Any], day: date, reason: str,
                 filed_on: date | None) -> ProofItem:
    """The next version of an item with ``changes`` (item fields, forms/ format) from ``day``."""
    if not reason.strip():
        raise CatalogError(QT_TRANSLATE_NOOP("domain", "请填写调整原因"), item=current.code, field="change_reason")
    raw = current.to_dict()
    for name in ("retired", "change_reason", "filed_on"):
        raw.pop(name, None)
    for name, value in changes.items():
        if isinstance(value, Mapping) and isinstance(raw.get(name), dict):
            raw[name] = {**raw[name], **value}
        else:
            raw[name] = value
    if "effective_to" not in changes:
        raw["effective_to"] = None
    if "bo" not in changes:
        _drop_stale_tibetan(current, raw)
    raw.update(code=current.code, version=current.version + 1, effective_from=day.isoformat(),
               change_reason=reason.strip(), filed_on=filed_on.isoformat() if filed_on else None)
    return ProofItem.from_dict(raw)


_TRANSLATED = {"matter", "proof_item", "purpose", "legal_basis", "proof_content", "conditions", "materials",
               "effect", "liability"}
_TRANSLATED_PARTS = {"verification": {"standard", "assisting_unit"}, "disclosure": {"public", "scope"}}


def _drop_stale_tibetan(previous: ProofItem, raw: dict[str, Any]) -> None:
    """If ``raw`` (the next version) changes a Chinese text that ``previous``'s Tibetan (``bo``)
    translates, drop the Tibetan: the new version is Chinese-only (no 汉藏 letters) until its
    Tibetan is written again -- never a stale translation."""
    if raw.get("bo") is None:
        return
    before = previous.to_dict()
    stale = any(raw.get(name) != before.get(name) for name in _TRANSLATED)
    for name, parts in _TRANSLATED_PARTS.items():
        old, new = before.get(name) or {}, raw.get(name) or {}
        stale = stale or any(old.get(key) != new.get(key) for key in parts)
    if stale:
        raw.pop("bo")


def retirement(current: ProofItem, day: date, reason: str, filed_on: date | None) -> ProofItem:
    if not reason.strip():
        raise CatalogError(QT_TRANSLATE_NOOP("domain", "请填写停用原因"), item=current.code, field="change_reason")
    return replace(current, version=current.version + 1, effective_from=day, effective_to=None,
                   retired=True, change_reason=reason.strip(), filed_on=filed_on)
