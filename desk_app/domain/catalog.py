"""The catalog of proof items (证明事项目录清单) and the rules a catalog must obey."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from .errors import CatalogError
from .i18n import QT_TRANSLATE_NOOP, fmt

PRIORITY_DOMAINS: tuple[str, ...] = (
    "户籍管理",
    "市场主体准营",
    "资格考试",
    "社会保险",
    "社会救助",
    "健康体检",
    "法律服务",
)

#: Matters in these areas may not use the promise route at all (domain.md, "The catalog").
EXCLUDED_AREAS: dict[str, str] = {
    "national_security": QT_TRANSLATE_NOOP("domain", "国家安全"),
    "state_secrets": QT_TRANSLATE_NOOP("domain", "国家秘密"),
    "public_safety": QT_TRANSLATE_NOOP("domain", "公共安全"),
    "financial_supervision": QT_TRANSLATE_NOOP("domain", "金融审慎监管"),
    "ecology": QT_TRANSLATE_NOOP("domain", "生态环境保护"),
    "life_health_property": QT_TRANSLATE_NOOP("domain", "直接涉及人身健康、生命财产安全"),
    "foreign_affairs": QT_TRANSLATE_NOOP("domain", "重要涉外事项"),
}


class VerificationMethod(StrEnum):
    ONLINE = "online"
    ON_SITE = "on_site"
    ASSISTED = "assisted"
    EXEMPT = "exempt"

    @property
    def label(self) -> str:
        return {
            "online": QT_TRANSLATE_NOOP("domain", "网络数据核查"),
            "on_site": QT_TRANSLATE_NOOP("domain", "现场核查"),
            "assisted": QT_TRANSLATE_NOOP("domain", "协助核查"),
            "exempt": QT_TRANSLATE_NOOP("domain", "免于核查（日常监管）"),
        }[self.value]


@dataclass(frozen=True)
class Liability:
    civil: str
    administrative: str
    criminal: str
    credit: str


#: Credit standings an item may give its own verification rule for (``credit_rules``).
CREDIT_STANDINGS: dict[str, str] = {
    "general_bad_credit": "有一般失信记录",
    "repaired": "曾有不实承诺或严重失信记录，已完成信用修复",
}


@dataclass(frozen=True)
class CreditRule:
    """The item's rule for promisers of one credit standing: another method or time limit."""

    credit: str
    method: VerificationMethod
    time_limit_days: int
    standard: str | None = None


@dataclass(frozen=True)
class Verification:
    method: VerificationMethod
    time_limit_days: int
    standard: str
    assisting_unit: str | None = None
    credit_rules: tuple[CreditRule, ...] = ()


@dataclass(frozen=True)
class Disclosure:
    public: bool
    scope: str | None = None
    period_days: int | None = None


@dataclass(frozen=True)
class TibetanTexts:
    """The Tibetan (བོད་ཡིག) version of an item's texts, for bilingual 汉藏 notices and letters.

    Optional per item (YAML key ``bo``); when present it must be complete: every text the
    notice and the promise print, conditions and materials one for one with the Chinese.
    """

    matter: str
    proof_item: str
    purpose: str
    legal_basis: str
    proof_content: str
    conditions: tuple[str, ...]
    effect: str
    liability: Liability
    verification_standard: str
    materials: tuple[str, ...] = ()
    assisting_unit: str | None = None
    disclosure_scope: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The YAML shape (what :meth:`from_raw` reads)."""
        data: dict[str, Any] = {
            "matter": self.matter, "proof_item": self.proof_item, "purpose": self.purpose,
            "legal_basis": self.legal_basis, "proof_content": self.proof_content,
            "conditions": list(self.conditions), "effect": self.effect,
            "liability": asdict(self.liability),
            "verification": {"standard": self.verification_standard},
        }
        if self.materials:
            data["materials"] = list(self.materials)
        if self.assisting_unit:
            data["verification"]["assisting_unit"] = self.assisting_unit
        if self.disclosure_scope:
            data["disclosure"] = {"scope": self.disclosure_scope}
        return data

    @classmethod
    def from_raw(cls, raw: Mapping[str, Any], code: str | None, conditions: int, materials: int,
                 assisting: bool, public: bool) -> TibetanTexts:
        r = _Reader(raw, code, "bo.")
        liability = _Reader(r.mapping("liability"), code, "bo.liability.")
        verification = _Reader(r.mapping("verification"), code, "bo.verification.")
        disclosure = _Reader(raw.get("disclosure") or {}, code, "bo.disclosure.")
        texts = cls(
            matter=r.text("matter"), proof_item=r.text("proof_item"), purpose=r.text("purpose"),
            legal_basis=r.text("legal_basis"), proof_content=r.text("proof_content"),
            conditions=r.text_list("conditions", minimum=1), effect=r.text("effect"),
            liability=Liability(civil=liability.text("civil"), administrative=liability.text("administrative"),
                                criminal=liability.text("criminal"), credit=liability.text("credit")),
            verification_standard=verification.text("standard"),
            materials=r.text_list("materials", minimum=0, required=False),
            assisting_unit=verification.optional_text("assisting_unit"),
            disclosure_scope=disclosure.optional_text("scope"),
        )
        if len(texts.conditions) != conditions:
            raise CatalogError(fmt(QT_TRANSLATE_NOOP("domain", "藏文承诺条件应与汉文一一对应（汉文 {conditions} 条，藏文 {bo} 条）"), conditions=conditions, bo=len(texts.conditions)),
                               item=code, field="bo.conditions")
        if len(texts.materials) != materials:
            raise CatalogError(fmt(QT_TRANSLATE_NOOP("domain", "藏文材料应与汉文一一对应（汉文 {materials} 项，藏文 {bo} 项）"), materials=materials, bo=len(texts.materials)),
                               item=code, field="bo.materials")
        if assisting and not texts.assisting_unit:
            raise CatalogError(QT_TRANSLATE_NOOP("domain", "缺少协助核查单位的藏文"), item=code, field="bo.verification.assisting_unit")
        if public and not texts.disclosure_scope:
            raise CatalogError(QT_TRANSLATE_NOOP("domain", "缺少公开范围的藏文"), item=code, field="bo.disclosure.scope")
        return texts


@dataclass(frozen=True)
class ProofItem:
    code: str
    version: int
    effective_from: date
    effective_to: date | None
    domain: str
    matter: str
    proof_item: str
    purpose: str
    legal_basis: str
    proof_content: str
    conditions: tuple[str, ...]
    effect: str
    liability: Liability
    verification: Verification
    disclosure: Disclosure
    proxy_allowed: bool
    accepting_unit: str
    approving_unit: str
    materials: tuple[str, ...] = ()
    touches: tuple[str, ...] = ()
    # Administration (issue 8). Left out of to_dict() while unset, so the digests of versions
    # made before these existed do not change.
    retired: bool = False  # a retirement version: from effective_from no new cases
    change_reason: str | None = None
    filed_on: date | None = None  # 备案日期: filed with the justice bureau
    bo: TibetanTexts | None = None  # Tibetan texts: the item may be notified and signed 汉藏

    @property
    def key(self) -> tuple[str, int]:
        return (self.code, self.version)

    def in_force_on(self, day: date) -> bool:
        if self.retired:
            return False
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["effective_from"] = self.effective_from.isoformat()
        data["effective_to"] = self.effective_to.isoformat() if self.effective_to else None
        data["conditions"] = list(self.conditions)
        data["materials"] = list(self.materials)
        data["touches"] = list(self.touches)
        data["verification"]["method"] = self.verification.method.value
        if self.verification.assisting_unit is None:
            del data["verification"]["assisting_unit"]
        if self.verification.credit_rules:  # absent when empty: older digests stay the same
            data["verification"]["credit_rules"] = [
                {k: v for k, v in asdict(r).items() if v is not None} | {"method": r.method.value}
                for r in self.verification.credit_rules
            ]
        else:
            del data["verification"]["credit_rules"]
        if not self.retired:
            del data["retired"]
        if self.change_reason is None:
            del data["change_reason"]
        if self.filed_on is None:
            del data["filed_on"]
        else:
            data["filed_on"] = self.filed_on.isoformat()
        if self.bo is None:
            del data["bo"]  # items without Tibetan keep their digest
        else:
            data["bo"] = self.bo.to_dict()
        return data

    def digest(self) -> str:
        """A stable digest of the item's content; cases record it with the version."""
        canonical = json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> ProofItem:
        code = str(raw.get("code") or "").strip() or None
        r = _Reader(raw, code)
        liability = r.mapping("liability")
        verification = r.mapping("verification")
        disclosure = r.mapping("disclosure")
        lr = _Reader(liability, code, "liability.")
        vr = _Reader(verification, code, "verification.")
        dr = _Reader(disclosure, code, "disclosure.")
        method_raw = vr.text("method")
        try:
            method = VerificationMethod(method_raw)
        except ValueError:
            allowed = "、".join(m.value for m in VerificationMethod)
            raise CatalogError(fmt(QT_TRANSLATE_NOOP("domain", "核查方式“{method}”无效，应为 {allowed} 之一"),
                                   method=method_raw, allowed=allowed), item=code, field="verification.method"
            ) from None
        assisting = vr.optional_text("assisting_unit")
        if method is VerificationMethod.ASSISTED and not assisting:
            raise CatalogError(QT_TRANSLATE_NOOP("domain", "协助核查须写明协助核查单位"), item=code, field="verification.assisting_unit")
        credit_rules = _credit_rules(verification.get("credit_rules"), code, assisting)
        public = dr.boolean("public")
        scope = dr.optional_text("scope")
        period = dr.optional_int("period_days")
        if public and (not scope or not period):
            missing = "disclosure.scope" if not scope else "disclosure.period_days"
            raise CatalogError(QT_TRANSLATE_NOOP("domain", "公开的事项须写明公开范围和公开期限"), item=code, field=missing)
        item = cls(
            code=r.text("code"),
            version=r.integer("version", minimum=1),
            effective_from=r.date("effective_from"),
            effective_to=r.optional_date("effective_to"),
            domain=r.text("domain"),
            matter=r.text("matter"),
            proof_item=r.text("proof_item"),
            purpose=r.text("purpose"),
            legal_basis=r.text("legal_basis"),
            proof_content=r.text("proof_content"),
            conditions=r.text_list("conditions", minimum=1),
            effect=r.text("effect"),
            liability=Liability(
                civil=lr.text("civil"),
                administrative=lr.text("administrative"),
                criminal=lr.text("criminal"),
                credit=lr.text("credit"),
            ),
            verification=Verification(
                method=method,
                time_limit_days=vr.integer("time_limit_days", minimum=1),
                standard=vr.text("standard"),
                assisting_unit=assisting,
                credit_rules=credit_rules,
            ),
            disclosure=Disclosure(public=public, scope=scope, period_days=period),
            proxy_allowed=r.boolean("proxy_allowed"),
            accepting_unit=r.text("accepting_unit"),
            approving_unit=r.text("approving_unit"),
            materials=r.text_list("materials", minimum=0, required=False),
            touches=r.text_list("touches", minimum=0, required=False),
            retired=bool(raw.get("retired")) and r.boolean("retired"),
            change_reason=r.optional_text("change_reason"),
            filed_on=r.optional_date("filed_on"),
            bo=None if raw.get("bo") is None else TibetanTexts.from_raw(
                r.mapping("bo"), code, conditions=len(r.text_list("conditions", minimum=1)),
                materials=len(r.text_list("materials", minimum=0, required=False)),
                assisting=bool(assisting), public=public),
        )
        item._check_policy()
        return item

    def _check_policy(self) -> None:
        if self.effective_to and self.effective_to < self.effective_from:
            raise CatalogError(QT_TRANSLATE_NOOP("domain", "失效日期早于生效日期"), item=self.code, field="effective_to")
        for area in self.touches:
            if area in EXCLUDED_AREAS or area in EXCLUDED_AREAS.values():
                label = EXCLUDED_AREAS.get(area, area)
                raise CatalogError(fmt(QT_TRANSLATE_NOOP("domain", "涉及“{label}”的事项不得实行告知承诺制"), label=fmt(label)),
                                   item=self.code, field="touches")
        if self.domain in EXCLUDED_AREAS.values() or self.domain in EXCLUDED_AREAS:
            label = EXCLUDED_AREAS.get(self.domain, self.domain)
            raise CatalogError(fmt(QT_TRANSLATE_NOOP("domain", "“{label}”领域的事项不得实行告知承诺制"), label=fmt(label)), item=self.code, field="domain")
        for text in self.conditions:
            if _is_catch_all(text):
                raise CatalogError(fmt(QT_TRANSLATE_NOOP("domain", "承诺条件“{text}”是兜底条款，须写明具体条件"), text=text),
                                   item=self.code, field="conditions")


def _credit_rules(raw: Any, code: str | None, assisting: str | None) -> tuple[CreditRule, ...]:
    if raw is None:
        return ()
    field_name = "verification.credit_rules"
    if not isinstance(raw, list) or not all(isinstance(r, Mapping) for r in raw):
        raise CatalogError(QT_TRANSLATE_NOOP("domain", "应为一列规则（credit、method、time_limit_days）"), item=code, field=field_name)
    rules: list[CreditRule] = []
    for n, entry in enumerate(raw):
        r = _Reader(entry, code, f"{field_name}[{n}].")
        credit = r.text("credit")
        if credit not in CREDIT_STANDINGS:
            allowed = "、".join(CREDIT_STANDINGS)
            raise CatalogError(fmt(QT_TRANSLATE_NOOP("domain", "信用状况“{credit}”无效，应为 {allowed} 之一"), credit=credit, allowed=allowed), item=code,
                               field=f"{field_name}[{n}].credit")
        if any(rule.credit == credit for rule in rules):
            raise CatalogError(fmt(QT_TRANSLATE_NOOP("domain", "信用状况“{credit}”的规则重复"), credit=credit), item=code, field=f"{field_name}[{n}].credit")
        try:
            method = VerificationMethod(r.text("method"))
        except ValueError:
            raise CatalogError(QT_TRANSLATE_NOOP("domain", "核查方式无效"), item=code, field=f"{field_name}[{n}].method") from None
        if method is VerificationMethod.ASSISTED and not assisting:
            raise CatalogError(QT_TRANSLATE_NOOP("domain", "协助核查须写明协助核查单位"), item=code, field="verification.assisting_unit")
        rules.append(CreditRule(credit, method, r.integer("time_limit_days", minimum=1), r.optional_text("standard")))
    return tuple(rules)


_CATCH_ALL = ("其他材料", "其他证明", "其他应当", "其他相关", "等其他", "有关部门要求的")


def _is_catch_all(text: str) -> bool:
    return any(marker in text for marker in _CATCH_ALL)


@dataclass
class _Reader:
    raw: Mapping[str, Any]
    item: str | None
    prefix: str = ""

    def _get(self, name: str, required: bool = True) -> Any:
        value = self.raw.get(name)
        if required and (value is None or (isinstance(value, str) and not value.strip())):
            raise CatalogError(QT_TRANSLATE_NOOP("domain", "缺少必填内容"), item=self.item, field=self.prefix + name)
        return value

    def _fail(self, name: str, message: str) -> CatalogError:
        return CatalogError(message, item=self.item, field=self.prefix + name)

    def text(self, name: str) -> str:
        value = self._get(name)
        if not isinstance(value, str):
            raise self._fail(name, QT_TRANSLATE_NOOP("domain", "应为文字"))
        return value.strip()

    def optional_text(self, name: str) -> str | None:
        value = self._get(name, required=False)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str):
            raise self._fail(name, QT_TRANSLATE_NOOP("domain", "应为文字"))
        return value.strip()

    def integer(self, name: str, minimum: int) -> int:
        value = self._get(name)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._fail(name, QT_TRANSLATE_NOOP("domain", "应为整数"))
        if value < minimum:
            raise self._fail(name, fmt(QT_TRANSLATE_NOOP("domain", "应不小于 {minimum}"), minimum=minimum))
        return value

    def optional_int(self, name: str) -> int | None:
        value = self._get(name, required=False)
        if value is None:
            return None
        return self.integer(name, minimum=1)

    def boolean(self, name: str) -> bool:
        value = self._get(name, required=False)
        if not isinstance(value, bool):
            raise self._fail(name, QT_TRANSLATE_NOOP("domain", "缺少必填内容或不是“是/否”（true/false）"))
        return value

    def date(self, name: str) -> dt.date:
        value = self._get(name)
        return self._as_date(name, value)

    def optional_date(self, name: str) -> dt.date | None:
        value = self._get(name, required=False)
        return None if value is None else self._as_date(name, value)

    def _as_date(self, name: str, value: Any) -> dt.date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise self._fail(name, fmt(QT_TRANSLATE_NOOP("domain", "日期“{value}”格式应为 YYYY-MM-DD"), value=value)) from None

    def mapping(self, name: str) -> Mapping[str, Any]:
        value = self._get(name)
        if not isinstance(value, Mapping):
            raise self._fail(name, QT_TRANSLATE_NOOP("domain", "应为一组字段"))
        return value

    def text_list(self, name: str, minimum: int, required: bool = True) -> tuple[str, ...]:
        value = self._get(name, required=required)
        if value is None:
            value = []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self._fail(name, QT_TRANSLATE_NOOP("domain", "应为一列文字"))
        if len(value) < minimum:
            raise self._fail(name, fmt(QT_TRANSLATE_NOOP("domain", "至少应有 {minimum} 项"), minimum=minimum))
        return tuple(v.strip() for v in value)


@dataclass
class Catalog:
    """All versions of all items. Building one checks the cross-item rules."""

    items: dict[tuple[str, int], ProofItem] = field(default_factory=dict)

    @classmethod
    def build(cls, items: Iterable[ProofItem]) -> Catalog:
        catalog = cls()
        for item in items:
            catalog._add(item)
        return catalog

    def _add(self, item: ProofItem) -> None:
        if item.key in self.items:
            raise CatalogError(fmt(QT_TRANSLATE_NOOP("domain", "编码与版本 {code} v{version} 重复"), code=item.code, version=item.version), item=item.code, field="code")
        for other in self.versions(item.code):
            _check_succession(*sorted((item, other), key=lambda i: i.version))
        self.items[item.key] = item

    def versions(self, code: str) -> list[ProofItem]:
        return sorted((i for i in self.items.values() if i.code == code), key=lambda i: i.version)

    def get(self, code: str, version: int) -> ProofItem:
        try:
            return self.items[(code, version)]
        except KeyError:
            raise CatalogError(fmt(QT_TRANSLATE_NOOP("domain", "目录中没有第 {version} 版"), version=version), item=code) from None

    def current(self, day: date) -> list[ProofItem]:
        """The items a clerk may choose on ``day``: one version per code, in force that day."""
        codes = sorted({code for code, _ in self.items})
        found = (self.current_version(code, day) for code in codes)
        return [item for item in found if item is not None]

    def current_version(self, code: str, day: date) -> ProofItem | None:
        """The newest version that has started by ``day``, unless it was retired before it.

        A later version supersedes an open-ended earlier one from its own start date, so a
        catalog can be adjusted (动态调整) without rewriting a stored version.
        """
        started = [i for i in self.versions(code) if i.effective_from <= day]
        if not started:
            return None
        newest = started[-1]
        if newest.retired:
            return None
        return newest if newest.effective_to is None or day <= newest.effective_to else None


def _check_succession(earlier: ProofItem, later: ProofItem) -> None:
    """Versions must start in order; an explicit end must come before the next start."""
    if later.effective_from <= earlier.effective_from:
        raise CatalogError(
            fmt(QT_TRANSLATE_NOOP("domain", "第 {later} 版的生效日期应晚于第 {earlier} 版的生效日期（{date}），两版有效期重叠"),
                later=later.version, earlier=earlier.version, date=earlier.effective_from.isoformat()),
            item=later.code,
            field="effective_from",
        )
    if earlier.effective_to is not None and earlier.effective_to >= later.effective_from:
        raise CatalogError(
            fmt(QT_TRANSLATE_NOOP("domain", "第 {earlier} 版的失效日期（{date}）不早于第 {later} 版的生效日期，两版有效期重叠"),
                earlier=earlier.version, date=earlier.effective_to.isoformat(), later=later.version),
            item=later.code,
            field="effective_from",
        )
