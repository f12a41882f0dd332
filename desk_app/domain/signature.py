"""A handwritten signature as strokes, and the rule that refuses empty or trivial ones."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .errors import SignatureRejected
from .i18n import QT_TRANSLATE_NOOP

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
        raise SignatureRejected(QT_TRANSLATE_NOOP("domain", "尚未签名：请申请人在签名区内手写签名。"))
    too_small = (
        stats.points < MIN_POINTS
        or stats.length < MIN_LENGTH_RATIO * canvas_width
        or stats.width < MIN_WIDTH_RATIO * canvas_width
        or stats.height < MIN_HEIGHT_RATIO * canvas_height
    )
    if too_small:
        raise SignatureRejected(QT_TRANSLATE_NOOP("domain", "签名过于简单（仅一点或一短划）：请清除后由申请人完整签写姓名。"))
    return stats
