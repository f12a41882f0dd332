"""The signature rule: an empty canvas, a dot, or a trivial stroke is not a signature."""

from __future__ import annotations

import math

import pytest

from desk_app.domain.errors import DomainError, SignatureRejected
from desk_app.domain.signature import check_signature, measure

W, H = 480, 180


def stroke(points: list[tuple[float, float]], t0: int = 0) -> list[tuple[float, float, float, int]]:
    return [(x, y, 0.6, t0 + 10 * i) for i, (x, y) in enumerate(points)]


def handwritten() -> list[list[tuple[float, float, float, int]]]:
    """Three cursive strokes, as a person writes a two- or three-character name."""
    strokes, x0, t = [], 40.0, 0
    for amp, n in ((35, 30), (45, 26), (30, 22)):
        pts = []
        for k in range(n):
            a = k / 3.0
            pts.append((x0 + 3.5 * k + 10 * math.cos(a), H / 2 + amp * math.sin(a)))
        strokes.append(stroke(pts, t))
        t += 10 * n + 200
        x0 = pts[-1][0] + 18
    return strokes


def test_empty_canvas_is_refused():
    with pytest.raises(SignatureRejected, match="尚未签名"):
        check_signature([], W, H)


def test_strokes_without_points_are_refused():
    with pytest.raises(SignatureRejected):
        check_signature([[], []], W, H)


def test_a_dot_is_refused():
    with pytest.raises(SignatureRejected, match="过于简单"):
        check_signature([stroke([(200, 90)])], W, H)


def test_a_tap_held_in_place_is_refused():
    with pytest.raises(SignatureRejected):
        check_signature([stroke([(200, 90)] * 40)], W, H)


def test_one_short_stroke_is_refused():
    pts = [(200 + 2 * i, 80 + 1.5 * i) for i in range(20)]  # 20 points, ~50 px
    with pytest.raises(SignatureRejected):
        check_signature([stroke(pts)], W, H)


def test_a_flat_long_line_is_refused():
    pts = [(30 + 14 * i, 90.0) for i in range(30)]  # 400 px long, no height
    assert measure([stroke(pts)]).length > W * 0.8
    with pytest.raises(SignatureRejected):
        check_signature([stroke(pts)], W, H)


def test_a_nearly_flat_line_is_refused():
    pts = [(30 + 14 * i, 90.0 + (i % 2) * 3) for i in range(30)]
    with pytest.raises(SignatureRejected):
        check_signature([stroke(pts)], W, H)


def test_a_realistic_signature_passes():
    stats = check_signature(handwritten(), W, H)
    assert stats.strokes == 3
    assert stats.points == 78
    assert stats.width > 0.12 * W and stats.height > 0.08 * H


def test_a_realistic_signature_passes_on_a_larger_canvas():
    scaled = [[(x * 2, y * 2, p, t) for x, y, p, t in s] for s in handwritten()]
    check_signature(scaled, W * 2, H * 2)


def test_rejection_is_a_domain_error_with_a_message_for_the_clerk():
    with pytest.raises(DomainError) as info:
        check_signature([], W, H)
    assert str(info.value)


def test_measure_counts_ink_and_extent():
    stats = measure([stroke([(0, 0), (30, 40)]), stroke([(100, 10), (100, 20)])])
    assert stats.strokes == 2 and stats.points == 4
    assert stats.length == pytest.approx(60.0)
    assert stats.width == 100 and stats.height == 40
