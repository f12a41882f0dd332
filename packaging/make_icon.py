"""Draws the application icon (resources/icons/desk-app.{png,ico,svg}); run once, output committed.

A seal-red rounded square with 承 (承诺) in the bundled font. No design tools needed:
``python packaging/make_icon.py``.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
RED, PAPER = (178, 34, 34), (255, 250, 240)


def draw(size: int) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    pad = size // 16
    d.rounded_rectangle((pad, pad, size - pad, size - pad), radius=size // 6, fill=RED)
    inner = size // 7
    d.rounded_rectangle((inner, inner, size - inner, size - inner), radius=size // 10,
                        outline=PAPER, width=max(1, size // 40))
    font = ImageFont.truetype(str(ROOT / "resources" / "fonts" / "wqy-microhei.ttc"), int(size * 0.52))
    d.text((size / 2, size / 2), "承", font=font, fill=PAPER, anchor="mm")
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw(256)
    big.save(OUT / "desk-app.png")
    big.save(OUT / "desk-app.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    (OUT / "desk-app.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256">\n'
        '  <rect x="16" y="16" width="224" height="224" rx="42" fill="#b22222"/>\n'
        '  <rect x="36" y="36" width="184" height="184" rx="25" fill="none" stroke="#fffaf0" stroke-width="6"/>\n'
        '  <text x="128" y="128" font-size="133" fill="#fffaf0" text-anchor="middle" dominant-baseline="central"\n'
        '        font-family="WenQuanYi Micro Hei, Noto Sans CJK SC, sans-serif">承</text>\n'
        '</svg>\n', encoding="utf-8")


if __name__ == "__main__":
    main()
