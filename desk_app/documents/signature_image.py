"""Strokes to a PNG (Pillow), the same for the wizard, demo data and the letter."""

from __future__ import annotations

import io
from collections.abc import Sequence

from PIL import Image, ImageDraw

from desk_app.domain.signature import Stroke


def strokes_to_png(strokes: Sequence[Stroke], width: int, height: int, scale: int = 2) -> bytes:
    """Draw ink on a transparent canvas; pressure (0..1) widens the pen."""
    img = Image.new("RGBA", (width * scale, height * scale), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    for stroke in strokes:
        pts = [(p[0] * scale, p[1] * scale, p[2]) for p in stroke]
        if len(pts) == 1:
            x, y, pr = pts[0]
            r = max(1.0, 2.5 * scale * (0.4 + pr))
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(10, 20, 60, 255))
        for (x1, y1, p1), (x2, y2, p2) in zip(pts, pts[1:], strict=False):
            w = max(1, round(2.2 * scale * (0.5 + (p1 + p2) / 2)))
            draw.line((x1, y1, x2, y2), fill=(10, 20, 60, 255), width=w, joint="curve")
            r = w / 2
            draw.ellipse((x2 - r, y2 - r, x2 + r, y2 + r), fill=(10, 20, 60, 255))
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()
