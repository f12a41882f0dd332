"""A handwritten signature as strokes, and the rule that refuses empty or trivial ones."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .errors import SignatureRejected
from .identity import DocumentType, IdentityError, validate_document, validate_person_name

#: A point: x, y in canvas pixels, pressure 0..1 (1.0 when the device reports none), t in ms.
Point = tuple[float, float, float, int]
Stroke = Sequence[Point]

MIN_POINTS = 12
MIN_LENGTH_RATIO = 0.35   # total ink length vs canvas width
MIN_WIDTH_RATIO = 0.12    # bounding box vs canvas width
MIN_HEIGHT_RATIO = 0.08   # bounding box vs canvas height (a flat line is not a signature)


@dataclass(frozen=True)
class SignatureStats:
    strokes: int
    points: int
    length: float
    width: float
    height: float


def measure(strokes: Sequence[Stroke]) -> SignatureStats:
    points = [p for s in strokes for p in s]
    if not points:
        return SignatureStats(0, 0, 0.0, 0.0, 0.0)
    length = sum(
        math.dist(a[:2], b[:2]) for s in strokes for a, b in zip(s, s[1:], strict=False)
    )
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return SignatureStats(len(strokes), len(points), length, max(xs) - min(xs), max(ys) - min(ys))


def check_signature(strokes: Sequence[Stroke], canvas_width: float, canvas_height: float) -> SignatureStats:
    """Refuse an empty canvas, a dot, or one short or flat stroke, with a message for the clerk."""
    stats = measure(strokes)
    if stats.points == 0:
        raise SignatureRejected("尚未签名：请申请人在签名区内手写签名。")
    too_small = (
        stats.points < MIN_POINTS
        or stats.length < MIN_LENGTH_RATIO * canvas_width
        or stats.width < MIN_WIDTH_RATIO * canvas_width
        or stats.height < MIN_HEIGHT_RATIO * canvas_height
    )
    if too_small:
        raise SignatureRejected("签名过于简单（仅一点或一短划）：请清除后由申请人完整签写姓名。")
    return stats


# -- proxy signing (代签) -------------------------------------------------------------------

#: Who may sign for an applicant who cannot write; the clerk picks one.
PROXY_RELATIONS = ("配偶", "子女", "父母", "兄弟姐妹", "其他近亲属", "见证工作人员", "其他")


@dataclass(frozen=True)
class ProxySigner:
    """Someone who signs *for* the applicant, who cannot write; the applicant adds a fingerprint.

    Unlike an agent (代理人) the proxy signer does not promise: the promise stays the
    applicant's, made in person; the signer only writes the name at the applicant's request.
    """

    name: str
    doc_number: str   # a resident ID (validated)
    relation: str
    reason: str = "申请人无书写能力"

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "doc_number": self.doc_number, "relation": self.relation,
                "reason": self.reason}


def build_proxy_signer(
    name: str, doc_number: str, relation: str, *, applicant_doc_number: str | None = None,
    reason: str = "", today: date | None = None,
) -> tuple[ProxySigner | None, dict[str, str]]:
    """Validate the proxy signer; errors are keyed ``proxy_name``/``proxy_doc_number``/``proxy_relation``."""
    errors: dict[str, str] = {}
    clean_name = ""
    number = ""
    try:
        clean_name = validate_person_name(name)
    except IdentityError as err:
        errors["proxy_name"] = f"代签人姓名：{err}"
    try:
        number = validate_document(DocumentType.RESIDENT_ID, doc_number, today)
    except IdentityError as err:
        errors["proxy_doc_number"] = f"代签人身份证号码：{err}"
    if number and applicant_doc_number and number == applicant_doc_number:
        errors["proxy_doc_number"] = "代签人不能是申请人本人：申请人能书写时应由本人签名。"
    clean_relation = relation.strip()
    if not clean_relation:
        errors["proxy_relation"] = "请选择代签人与申请人的关系。"
    elif len(clean_relation) > 20:
        errors["proxy_relation"] = "代签人与申请人的关系最多20个字。"
    if errors:
        return None, errors
    return ProxySigner(clean_name, number, clean_relation, reason.strip() or "申请人无书写能力"), {}


def proxy_signer_from_dict(data: dict[str, str] | None) -> ProxySigner | None:
    if not data:
        return None
    return ProxySigner(data["name"], data["doc_number"], data["relation"], data.get("reason", "申请人无书写能力"))
