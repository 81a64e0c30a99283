"""CJK fonts for printed documents: the shipped TrueType font, and fallbacks for rare characters.

reportlab embeds only TrueType-outline (glyf) fonts and silently draws a blank for a character the
font lacks, so every string is split into runs by which font covers each character. Characters the
shipped font lacks (CJK Ext-A/B names such as 䶮 𪚥) are looked up through fontconfig once, and a
character no font has raises ``UnprintableText``. Registration parses the whole file (100–200 ms),
so a ``FontBook`` is built once at start-up and shared.
"""

from __future__ import annotations

import subprocess
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from fontTools.ttLib import TTFont as ToolsFont
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from kiosk.printing.documents import UnprintableText

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "fonts"
SHIPPED_FONT = ASSETS / "wqy-microhei.ttc"
TRUETYPE_SUFFIXES = (".ttf", ".ttc")
# Closing punctuation must not start a line (禁则).
NO_LINE_START = set("，。、；：！？）》」』】,.;:!?)")


def _utf16_hex(code_point: int) -> str:
    return chr(code_point).encode("utf-16-be", "surrogatepass").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, but with UTF-16 surrogate pairs for characters beyond the BMP.

    reportlab 5.1 writes ``<%04X>``, so U+2A6A5 (𪚥) became five hex digits and PDF readers
    extracted it as U+2A6A: the page looked right while copied or searched text was wrong.
    """
    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0",
        ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ]
    return "\n".join(lines)


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@dataclass(frozen=True)
class Face:
    name: str  # reportlab registry name
    path: Path
    index: int
    cmap: frozenset[int]


def _load_face(path: Path, index: int) -> Face | None:
    """Parse and register one font, or None when reportlab could not embed it (CFF outlines)."""
    tools = ToolsFont(str(path), fontNumber=index, lazy=True)
    if "glyf" not in tools:
        return None
    cmap = frozenset(tools.getBestCmap())
    name = f"kiosk-{path.stem}-{index}"
    pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
    return Face(name, path, index, cmap)


def _fontconfig_candidates(code_point: int) -> list[tuple[Path, int]]:
    try:
        out = subprocess.run(
            ["fc-list", "-f", "%{file}|%{index}\n", f":charset={code_point:x}"],
            capture_output=True, text=True, timeout=5, check=False,
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return []
    found = []
    for line in sorted(out.splitlines()):
        file, _, index = line.partition("|")
        if file.lower().endswith(TRUETYPE_SUFFIXES):
            found.append((Path(file), int(index or 0)))
    return found


def _needs_glyph(ch: str) -> bool:
    return not (ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf"))


class FontBook:
    """Registered faces, first the primary; thread-safe so renders may run off the UI thread."""

    def __init__(self, primary: Path = SHIPPED_FONT, index: int = 0, use_fontconfig: bool = True,
                 fallbacks: tuple[Path, ...] = ()) -> None:
        face = _load_face(primary, index)
        if face is None:
            raise ValueError(f"{primary} has no TrueType outlines; reportlab cannot embed it")
        self.primary = face
        self._faces: list[Face] = [face]
        self._use_fontconfig = use_fontconfig
        self._lock = threading.Lock()
        self._by_char: dict[int, str | None] = {}
        for path in fallbacks:
            self._add(path, 0)

    @property
    def faces(self) -> tuple[Face, ...]:
        return tuple(self._faces)

    def prepare(self, chars: str) -> None:
        """Resolve fallbacks for these characters now (at start-up) instead of at first use."""
        for ch in chars:
            self._face_for(ord(ch))

    def check(self, text: str, field_name: str) -> None:
        missing = tuple(sorted({ord(ch) for ch in text if _needs_glyph(ch) and self._face_for(ord(ch)) is None}))
        if missing:
            raise UnprintableText(field_name, missing)

    def runs(self, text: str, field_name: str = "text") -> list[tuple[str, str]]:
        """Split ``text`` into (font name, segment) runs; raise if any character has no font."""
        primary = self.primary
        if all(ord(ch) in primary.cmap or not _needs_glyph(ch) for ch in text):
            return [(primary.name, text)] if text else []
        self.check(text, field_name)
        out: list[tuple[str, str]] = []
        for ch in text:
            name = self._face_for(ord(ch)) if _needs_glyph(ch) else (out[-1][0] if out else primary.name)
            assert name is not None
            if out and out[-1][0] == name:
                out[-1] = (name, out[-1][1] + ch)
            else:
                out.append((name, ch))
        return out

    def width(self, text: str, size: float) -> float:
        return float(sum(pdfmetrics.stringWidth(seg, name, size) for name, seg in self.runs(text)))

    def draw(self, canvas: Canvas, x: float, y: float, text: str, size: float, *,
             align: str = "left", field_name: str = "text") -> float:
        """Draw one line; returns its width. ``align`` is left, center or right of ``x``."""
        runs = self.runs(text, field_name)
        widths = [float(pdfmetrics.stringWidth(seg, name, size)) for name, seg in runs]
        total = sum(widths)
        if align == "center":
            x -= total / 2
        elif align == "right":
            x -= total
        for (name, seg), w in zip(runs, widths, strict=True):
            canvas.setFont(name, size)
            canvas.drawString(x, y, seg)
            x += w
        return total

    def wrap(self, text: str, size: float, max_width: float) -> list[str]:
        """Break CJK text anywhere, keeping closing punctuation on the line it closes."""
        lines: list[str] = []
        line = ""
        width = 0.0
        for ch in text:
            w = self.width(ch, size)
            if line and width + w > max_width and ch not in NO_LINE_START:
                lines.append(line)
                line, width = "", 0.0
            line += ch
            width += w
        if line:
            lines.append(line)
        return lines

    # --- fallbacks ----------------------------------------------------------------------------

    def _face_for(self, cp: int) -> str | None:
        if cp in self.primary.cmap:
            return self.primary.name
        with self._lock:
            if cp in self._by_char:
                return self._by_char[cp]
            name = next((f.name for f in self._faces if cp in f.cmap), None)
            if name is None and self._use_fontconfig:
                for path, index in _fontconfig_candidates(cp):
                    face = self._add(path, index)
                    if face is not None and cp in face.cmap:
                        name = face.name
                        break
            self._by_char[cp] = name
            return name

    def _add(self, path: Path, index: int) -> Face | None:
        for face in self._faces:
            if face.path == path and face.index == index:
                return face
        loaded = _load_face(path, index)
        if loaded is not None:
            self._faces.append(loaded)
        return loaded


_shared: FontBook | None = None
_shared_lock = threading.Lock()


def shared_font_book() -> FontBook:
    """The process-wide book with the shipped font; built on first use, then reused."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = FontBook()
        return _shared
