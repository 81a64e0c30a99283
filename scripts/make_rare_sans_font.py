"""Build assets/fonts/KioskRareSans-Regular.ttf: the CJK Ext-A…G ideographs of Noto Sans CJK SC
as TrueType outlines, the sans-serif fallback for rare characters in names (see assets/fonts/README.md).

Noto Sans CJK ships only as CFF (PostScript) outlines, which reportlab cannot embed; the glyphs are
converted to quadratic TrueType outlines with fontTools' cu2qu (max error 1 unit of 1000). Run once,
commit the result; the source is Debian's fonts-noto-cjk (OFL-1.1):

    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb /tmp/noto
    .venv/bin/python scripts/make_rare_sans_font.py /tmp/noto/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

SC_INDEX = 2  # NotoSansCJK-Regular.ttc: JP, KR, SC, TC, HK
RANGES = (
    (0x3400, 0x4DBF),  # Ext-A
    (0x20000, 0x2A6DF),  # Ext-B
    (0x2A700, 0x2EBEF),  # Ext-C, D, E, F
    (0x30000, 0x3134F),  # Ext-G
)
FAMILY = "Kiosk Rare Sans"
OUT = Path(__file__).resolve().parents[1] / "assets" / "fonts" / "KioskRareSans-Regular.ttf"


def main(source: str) -> None:
    font = TTFont(source, fontNumber=SC_INDEX)
    wanted = [cp for cp in font.getBestCmap() if any(lo <= cp <= hi for lo, hi in RANGES)]
    options = subset.Options()
    options.layout_features = []  # no vertical or locl substitutions: reportlab draws by cmap only
    options.name_IDs = ["*"]
    options.notdef_outline = True
    sub = subset.Subsetter(options)
    sub.populate(unicodes=wanted)
    sub.subset(font)

    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                 "maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    for table in ("CFF ", "VORG", "GSUB", "GPOS", "vmtx", "vhea"):
        if table in font:
            del font[table]
    # A modified version under OFL-1.1: its own name (the reserved name "Source" is not used).
    names = font["name"]
    for rec in list(names.names):
        if rec.nameID in (1, 3, 4, 6, 16, 17, 21, 22):
            names.removeNames(nameID=rec.nameID)
    for name_id, text in ((1, FAMILY), (2, "Regular"), (3, f"{FAMILY} Regular; converted"), (4, f"{FAMILY} Regular"),
                          (6, "KioskRareSans-Regular")):
        names.setName(text, name_id, 3, 1, 0x409)
        names.setName(text, name_id, 1, 0, 0)
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(str(OUT))
    print(f"{OUT}: {len(wanted)} characters, {OUT.stat().st_size / 2**20:.1f} MiB")


if __name__ == "__main__":
    main(sys.argv[1])
