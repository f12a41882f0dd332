#!/usr/bin/env python3
"""Build the bundled fallback fonts in resources/fonts/ from Debian's fonts-hanazono.

    .venv/bin/python packaging/make_fonts.py [--source-dir DIR] [--out DIR]

reportlab has no glyph fallback: a character missing from the main font (WenQuanYi
Micro Hei) would silently vanish from a printed letter.  desk_app.documents.fonts falls
back, character by character, to two fonts derived here from HanaMin (花園明朝, GlyphWiki):

* ``DeskFallbackA.ttf`` -- HanaMinA subset to the code points it has that WQY Micro Hei
  (subfont 0 of the .ttc) lacks: CJK Extension A, the CJK compatibility supplement, newer
  unified ideographs and a few thousand non-CJK letters and symbols.  Two kinds of code
  point are left out on purpose:
    - private use (U+E000-F8FF, planes 15-16): GlyphWiki's private glyphs mean nothing
      outside GlyphWiki, and Chinese systems put *their own* rare characters there
      (GB 18030 PUA, ID-card vendor codes) -- printing GlyphWiki's glyph for those would
      print a wrong character silently; the app prints a visible placeholder instead;
    - the 3,108 plane-2 code points HanaMinA shares with HanaMinB: their outlines are
      identical (checked below), so keeping them twice would only add 1.6 MB.
* ``DeskFallbackB.ttf`` -- HanaMinB with every code point kept (CJK Extension B-F);
  only tables reportlab does not use are dropped.

Both keep TrueType (glyf) outlines, the only kind reportlab embeds, and lose hinting,
OpenType layout, vertical metrics and glyph names.  They are renamed (name table), as the
SIL OFL requires of a Modified Version ("HanaMinA"/"HanaMinB"/"花園明朝" are Reserved Font
Names).  The script also writes the licence file and resources/fonts/README.md with the
source versions and checksums.  Output is byte-for-byte reproducible for the same inputs
and fontTools version (timestamps are taken from the source fonts, not the clock).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from fontTools import subset
from fontTools import version as fonttools_version
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = Path("/usr/share/fonts/truetype/hanazono")
COPYRIGHT_FILE = Path("/usr/share/doc/fonts-hanazono/copyright")
MAIN_FONT = "wqy-microhei.ttc"

# Tables the fallbacks never need: reportlab reads cmap/glyf/loca/head/hhea/hmtx/maxp/
# name/OS/2/post only, and draws no vertical text and applies no OpenType layout.
DROP_TABLES = ["BASE", "FFTM", "prop", "vhea", "vmtx", "GSUB", "GPOS", "GDEF", "JSTF",
               "gasp", "DSIG", "hdmx", "VDMX", "LTSH", "kern"]

BLOCKS: list[tuple[int, int, str]] = [
    (0x3400, 0x4DBF, "CJK Extension A"),
    (0x4E00, 0x9FFF, "CJK Unified Ideographs"),
    (0xF900, 0xFAFF, "CJK Compatibility Ideographs"),
    (0x20000, 0x2A6DF, "CJK Extension B"),
    (0x2A700, 0x2B73F, "CJK Extension C"),
    (0x2B740, 0x2B81F, "CJK Extension D"),
    (0x2B820, 0x2CEAF, "CJK Extension E"),
    (0x2CEB0, 0x2EBEF, "CJK Extension F"),
    (0x2F800, 0x2FA1F, "CJK Compatibility Ideographs Supplement"),
    (0x30000, 0x3134F, "CJK Extension G"),
]


def is_private_use(cp: int) -> bool:
    return 0xE000 <= cp <= 0xF8FF or cp >= 0xF0000


def block_counts(cps: Iterable[int]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for cp in cps:
        name = next((n for lo, hi, n in BLOCKS if lo <= cp <= hi),
                    "other (BMP)" if cp <= 0xFFFF else "other (supplementary)")
        counts[name] = counts.get(name, 0) + 1
    order = [b[2] for b in BLOCKS] + ["other (BMP)", "other (supplementary)"]
    return {k: counts[k] for k in order if k in counts}


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def name_string(font: TTFont, name_id: int) -> str:
    rec = font["name"].getName(name_id, 3, 1, 0x409) or font["name"].getName(name_id, 1, 0, 0)
    return rec.toUnicode() if rec else ""


def deb_version(package: str) -> str:
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown (dpkg-query unavailable)"


def subset_options() -> subset.Options:
    o = subset.Options()
    o.hinting = False              # drops fpgm/prep/cvt and glyph instructions
    o.layout_features = []
    o.drop_tables += DROP_TABLES
    o.glyph_names = False          # post format 3
    o.notdef_outline = True
    o.name_IDs = ["*"]             # rewritten by rename() anyway
    o.name_languages = ["*"]
    o.name_legacy = True
    o.legacy_cmap = False
    o.recalc_timestamp = False     # reproducible: keep the source's head.modified
    return o


def rename(font: TTFont, family: str, source_name: str, source_version: str) -> None:
    """Give the subset its own names: OFL Reserved Font Names must not be the primary name."""
    name = font["name"]
    copyright_ = name_string(font, 0)
    name.names = []
    ps = re.sub(r"[^A-Za-z0-9-]", "", family)
    records = {
        0: f"{copyright_} Copyright 2008-2011 GlyphWiki Project.".strip(),
        1: family,
        2: "Regular",
        3: f"{ps};{source_name} {source_version}",
        4: family,
        5: f"Version 1.0; subset of {source_name} {source_version}",
        6: ps,
        10: (f"Subset of {source_name} ({source_version}) by the GlyphWiki Project, made for "
             "desk_app with fontTools (packaging/make_fonts.py). Renamed as the SIL OFL "
             "requires of a Modified Version."),
        13: ("Dual licensed: Hanazono Font License, or SIL Open Font License 1.1 "
             "(see hanazono.LICENSE.txt)."),
        14: "https://openfontlicense.org",
    }
    for name_id, text in records.items():
        name.setName(text, name_id, 3, 1, 0x409)


def build(source: Path, out: Path, family: str, unicodes: set[int]) -> TTFont:
    font = TTFont(str(source), recalcTimestamp=False, recalcBBoxes=True)
    source_version = name_string(font, 5)
    sub = subset.Subsetter(subset_options())
    sub.populate(unicodes=unicodes)
    sub.subset(font)
    rename(font, family, name_string(font, 1) or source.stem, source_version)
    font.save(str(out))
    return font


def verify(path: Path, expected: set[int]) -> None:
    font = TTFont(str(path), lazy=True)
    got = set(font.getBestCmap())
    # The subsetter also keeps code points that share a glyph with a wanted one (two in A,
    # both also in WQY, so never used); anything less than `expected` is an error.
    if not expected <= got:
        raise SystemExit(f"{path.name}: {len(expected - got)} wanted code points are missing")
    if "glyf" not in font or "CFF " in font:
        raise SystemExit(f"{path.name}: not a TrueType-outline font")
    extra = {"fpgm", "prep", "cvt ", *DROP_TABLES} & set(font.keys())
    if extra:
        raise SystemExit(f"{path.name}: unexpected tables {sorted(extra)}")
    if font["OS/2"].fsType & 0x0302:  # restricted licence, no subsetting, bitmap only
        raise SystemExit(f"{path.name}: embedding restricted (fsType {font['OS/2'].fsType:#x})")
    for rec in font["name"].names:
        if re.search(r"HanaMin|花園明朝|Hanazono Font", rec.toUnicode()) and rec.nameID in (1, 4, 6, 16, 21):
            raise SystemExit(f"{path.name}: reserved font name left in name ID {rec.nameID}")


def outlines_identical(a: TTFont, b: TTFont, cps: Iterable[int]) -> bool:
    ca, cb = a.getBestCmap(), b.getBestCmap()
    ga, gb = a["glyf"], b["glyf"]
    for cp in cps:
        x, y = ga[ca[cp]], gb[cb[cp]]
        if x.numberOfContours != y.numberOfContours or a["hmtx"][ca[cp]] != b["hmtx"][cb[cp]]:
            return False
        if x.numberOfContours > 0 and (list(x.coordinates) != list(y.coordinates)
                                       or list(x.endPtsOfContours) != list(y.endPtsOfContours)
                                       or list(x.flags) != list(y.flags)):
            return False
    return True


def licence_text(copyright_file: Path) -> str:
    """The two licences of the Debian copyright file, as plain text, with our header."""
    raw = copyright_file.read_text(encoding="utf-8")
    sections = {}
    for block in re.split(r"\n(?=License: )", raw):
        m = re.match(r"License: (\S+)\n", block)
        if m and m.group(1) in ("Hanazono-Font-License", "Open-Font-License"):
            body = block[m.end():].split("\n\n")[0]
            lines = [("" if line.strip() == "." else line[2:] if line.startswith("  ") else line.lstrip())
                     for line in body.splitlines()]
            sections[m.group(1)] = "\n".join(lines).rstrip() + "\n"
    if set(sections) != {"Hanazono-Font-License", "Open-Font-License"}:
        raise SystemExit(f"could not find both licences in {copyright_file}")
    header = (
        "DeskFallbackA.ttf and DeskFallbackB.ttf are Modified Versions (subsets, renamed) of\n"
        "HanaMinA.ttf and HanaMinB.ttf (Hanazono Font / 花園フォント) by the GlyphWiki Project,\n"
        "http://fonts.jp/hanazono/ , as packaged by Debian (fonts-hanazono).\n"
        "\n"
        "Copyright 2008, 2009, 2010, 2011 GlyphWiki Project.\n"
        "\n"
        "The fonts are dual licensed: the Hanazono Font License OR the SIL Open Font License,\n"
        "Version 1.1, at the recipient's choice. Both texts follow, as given in Debian's\n"
        "copyright file for fonts-hanazono. Under the OFL the Reserved Font Names (\"Hanazono\n"
        "Font\", \"HanaMinA\", \"HanaMinB\", \"花園フォント\", \"花園明朝A\", \"花園明朝B\") may not be\n"
        "the primary name of a Modified Version, hence the names DeskFallbackA/DeskFallbackB.\n"
    )
    rule = "=" * 72
    return (f"{header}\n{rule}\nHanazono Font License\n{rule}\n\n{sections['Hanazono-Font-License']}\n"
            f"{rule}\nSIL Open Font License 1.1\n{rule}\n\n{sections['Open-Font-License']}")


def fmt_counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v:,}" for k, v in counts.items())


def mb(path: Path) -> str:
    return f"{path.stat().st_size / 1e6:.2f} MB ({path.stat().st_size:,} bytes)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source-dir", type=Path, default=DEFAULT_SOURCE,
                    help="folder with HanaMinA.ttf and HanaMinB.ttf (default: %(default)s)")
    ap.add_argument("--copyright", type=Path, default=COPYRIGHT_FILE,
                    help="Debian copyright file of fonts-hanazono (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=ROOT / "resources" / "fonts")
    args = ap.parse_args(argv)

    src_a, src_b = args.source_dir / "HanaMinA.ttf", args.source_dir / "HanaMinB.ttf"
    main_path = args.out / MAIN_FONT
    for p in (src_a, src_b, main_path, args.copyright):
        if not p.is_file():
            print(f"missing: {p} (on Debian/Ubuntu: apt-get install fonts-hanazono)", file=sys.stderr)
            return 1

    main_font = TTFont(str(main_path), fontNumber=0, lazy=True)
    main_cmap = set(main_font.getBestCmap())
    hana_a = TTFont(str(src_a), lazy=True)
    hana_b = TTFont(str(src_b), lazy=True)
    cmap_a, cmap_b = set(hana_a.getBestCmap()), set(hana_b.getBestCmap())

    shared = (cmap_a - main_cmap) & cmap_b
    print(f"checking {len(shared):,} code points HanaMinA shares with HanaMinB ...", flush=True)
    if not outlines_identical(hana_a, hana_b, shared):
        raise SystemExit("HanaMinA and HanaMinB differ on shared code points; keep them in A")
    private = {cp for cp in cmap_a - main_cmap if is_private_use(cp)}
    want_a = cmap_a - main_cmap - shared - private
    want_b = cmap_b

    out_a, out_b = args.out / "DeskFallbackA.ttf", args.out / "DeskFallbackB.ttf"
    print(f"building {out_a.name}: {len(want_a):,} code points", flush=True)
    build(src_a, out_a, "DeskFallbackA", want_a)
    verify(out_a, want_a)
    print(f"building {out_b.name}: {len(want_b):,} code points", flush=True)
    build(src_b, out_b, "DeskFallbackB", want_b)
    verify(out_b, want_b)

    lic = args.out / "hanazono.LICENSE.txt"
    lic.write_text(licence_text(args.copyright), encoding="utf-8")

    adds_b = want_b - main_cmap - want_a
    readme = f"""# Bundled fonts

Every PDF embeds (subsets of) these fonts; `desk_app/documents/fonts.py` registers them with
reportlab and picks, character by character, the first that has a glyph: DeskSans, then
DeskFallbackA, then DeskFallbackB.  A character none of them has prints as a visible "□"
(and is logged); `fonts.missing_chars()` lets the UI warn before printing.

Fallback files are generated -- do not edit them; rebuild with
`.venv/bin/python packaging/make_fonts.py` (needs fontTools and Debian's `fonts-hanazono`).

| File | Registered as | Source (Debian package) | Font version | Licence | Covers |
|---|---|---|---|---|---|
| `wqy-microhei.ttc` (subfont 0) | `DeskSans` | WenQuanYi Micro Hei 文泉驿微米黑 (`fonts-wqy-microhei` {deb_version("fonts-wqy-microhei")}) | {name_string(main_font, 5)} | Apache-2.0 or GPL-3+ with font exception (`wqy-microhei.LICENSE.txt`) | {len(main_cmap):,} code points: {fmt_counts(block_counts(main_cmap))} |
| `DeskFallbackA.ttf` | `DeskFallbackA` | HanaMinA 花園明朝A, GlyphWiki Project (`fonts-hanazono` {deb_version("fonts-hanazono")}) | {name_string(hana_a, 5)} | Hanazono Font License or SIL OFL 1.1 (`hanazono.LICENSE.txt`) | {len(want_a):,} code points WQY lacks: {fmt_counts(block_counts(want_a))} |
| `DeskFallbackB.ttf` | `DeskFallbackB` | HanaMinB 花園明朝B, GlyphWiki Project (`fonts-hanazono` {deb_version("fonts-hanazono")}) | {name_string(hana_b, 5)} | Hanazono Font License or SIL OFL 1.1 (`hanazono.LICENSE.txt`) | all {len(want_b):,} code points of HanaMinB ({len(adds_b):,} new after DeskSans and A): {fmt_counts(block_counts(want_b))} |

## How the fallbacks were made

Built by `packaging/make_fonts.py` with fontTools {fonttools_version} from the files of
`fonts-hanazono` (`/usr/share/fonts/truetype/hanazono/`):

- **DeskFallbackA** = HanaMinA subset to the code points HanaMinA has and WQY Micro Hei
  (subfont 0) lacks, minus {len(private):,} private-use code points (GlyphWiki-private glyphs;
  Chinese systems use the PUA for their own characters, so a GlyphWiki glyph there would be
  a silent misprint -- the app prints "□" instead) and minus the {len(shared):,} plane-2 code
  points HanaMinB also has (identical outlines, verified by the script).
- **DeskFallbackB** = HanaMinB, all code points kept.
- Both: TrueType outlines kept; hinting (fpgm/prep/cvt, glyph instructions), OpenType layout
  (GSUB/GPOS/GDEF/BASE), vertical metrics (vhea/vmtx), gasp, FFTM/prop and glyph names
  dropped; renamed, as the OFL requires of a Modified Version (HanaMinA/HanaMinB/花園明朝
  are Reserved Font Names).

Not covered by any bundled font (printed as "□"): CJK Extension G and later, the few
ideographs added to older blocks after 2017 (e.g. U+9FEB..U+9FFF, U+4DB6..U+4DBF), Tibetan
and other scripts neither WQY nor HanaMin has, private-use characters.

## Checksums (SHA-256)

| File | Size | SHA-256 |
|---|---|---|
| source `HanaMinA.ttf` | {mb(src_a)} | `{sha256(src_a)}` |
| source `HanaMinB.ttf` | {mb(src_b)} | `{sha256(src_b)}` |
| `wqy-microhei.ttc` | {mb(main_path)} | `{sha256(main_path)}` |
| `DeskFallbackA.ttf` | {mb(out_a)} | `{sha256(out_a)}` |
| `DeskFallbackB.ttf` | {mb(out_b)} | `{sha256(out_b)}` |
"""
    (args.out / "README.md").write_text(readme, encoding="utf-8")
    total = out_a.stat().st_size + out_b.stat().st_size
    print(f"{out_a.name}: {mb(out_a)}\n{out_b.name}: {mb(out_b)}\ntotal added: {total / 1e6:.2f} MB")
    print(f"A adds {len(want_a):,} code points; B adds {len(adds_b):,} more")
    return 0


if __name__ == "__main__":
    sys.exit(main())
