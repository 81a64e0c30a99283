"""CJK fonts for printed documents: the shipped TrueType fonts, fallbacks for rare characters, and
line breaking measured with them.

reportlab embeds only TrueType-outline (glyf) fonts and silently draws a blank for a character the
font lacks, so every string is split into runs by which font covers each character. The shipped
main font (WenQuanYi Micro Hei) lacks most CJK Ext-A/B characters found in names (䶮 𪚥); the
shipped rare-character font (Kiosk Rare Sans, Noto Sans CJK's Ext-A…G glyphs) has the same
sans-serif look, and only what neither has is looked up through fontconfig.

One look per string: a name is never drawn half in sans-serif and half in a Song/Ming face. When a
string needs a character only a system font of another design has (e.g. HanaMin for 𪚥), the whole
string is drawn from that design, if it covers the whole string. A "design" (``Face.look``) is the
folder a font file lies in: a Debian font package installs one design in one folder.

A character no font has raises ``UnprintableText``. Registration parses the whole file (100–200 ms),
so a ``FontBook`` is built once at start-up and shared.
"""

from __future__ import annotations

import re
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
from kiosk.resources import data_root

ASSETS = data_root() / "assets" / "fonts"
SHIPPED_FONT = ASSETS / "wqy-microhei.ttc"
RARE_SANS_FONT = ASSETS / "KioskRareSans-Regular.ttf"
SHIPPED_LOOK = "shipped sans-serif"
TRUETYPE_SUFFIXES = (".ttf", ".ttc")
# Closing punctuation and the name separator · must not start a line, opening brackets not end one (禁则).
NO_LINE_START = frozenset("，。、；：！？）》」』】”’,.;:!?)]}·%")
NO_LINE_END = frozenset("（《「『【“‘([{")
RUNS_CACHE_LIMIT = 4096


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
    look: str  # faces of one look are one design: mixing them within a name is fine


def _load_face(path: Path, index: int, look: str | None = None) -> Face | None:
    """Parse and register one font, or None when reportlab could not embed it (CFF outlines)."""
    tools = ToolsFont(str(path), fontNumber=index, lazy=True)
    if "glyf" not in tools:
        return None
    cmap = frozenset(tools.getBestCmap())
    name = f"kiosk-{path.stem}-{index}"
    pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
    return Face(name, path, index, cmap, look or str(path.parent))


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
            # Alternatives symlinks (fonts-japanese-mincho.ttf → hanazono/HanaMinA.ttf) name one file twice.
            found.append((Path(file).resolve(), int(index or 0)))
    return list(dict.fromkeys(found))


def _needs_glyph(ch: str) -> bool:
    return not (ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf"))


class FontBook:
    """Registered faces, first the primary; thread-safe so renders may run off the UI thread."""

    def __init__(self, primary: Path = SHIPPED_FONT, index: int = 0, use_fontconfig: bool = True,
                 fallbacks: tuple[Path, ...] = (RARE_SANS_FONT,)) -> None:
        face = _load_face(primary, index, SHIPPED_LOOK)
        if face is None:
            raise ValueError(f"{primary} has no TrueType outlines; reportlab cannot embed it")
        self.primary = face
        self._faces: list[Face] = [face]
        self._use_fontconfig = use_fontconfig
        self._lock = threading.Lock()
        self._by_char: dict[int, str | None] = {}
        self._searched: set[int] = set()  # code points fontconfig was asked about
        self._runs: dict[str, list[tuple[str, str]]] = {}
        self._advance: dict[tuple[str, str], float] = {}
        self._wraps: dict[str, tuple[list[tuple[int, int]], list[float]]] = {}
        # Registered on the first character the main font lacks: parsing 3 MB costs ~0.1 s at start-up.
        self._shipped_fallbacks = [path for path in fallbacks if path.exists()]

    def forget_texts(self) -> None:
        """Drop the measured texts (glyph widths stay): called between citizens' sessions.

        The caches are for a document measuring its texts at several sizes. Kept across sessions,
        they filled with every receipt code and masked name ever printed, up to 4,096 of each (the
        soak's last object growth: ~+200 per 100 sessions).
        """
        with self._lock:
            self._runs.clear()
            self._wraps.clear()

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
        """Split ``text`` into (font name, segment) runs, one look per string; raise if a character has no font."""
        primary = self.primary
        if all(ord(ch) in primary.cmap or not _needs_glyph(ch) for ch in text):
            return [(primary.name, text)] if text else []
        cached = self._runs.get(text)
        if cached is not None:
            return cached
        self.check(text, field_name)
        needed = {ord(ch) for ch in text if _needs_glyph(ch)}
        look = SHIPPED_LOOK if all(self._in_look(cp, SHIPPED_LOOK) for cp in needed) else self._common_look(needed)
        out: list[tuple[str, str]] = []
        for ch in text:
            if _needs_glyph(ch):
                name = (self._in_look(ord(ch), look) if look else None) or self._face_for(ord(ch))
            else:
                name = out[-1][0] if out else primary.name
            assert name is not None
            if out and out[-1][0] == name:
                out[-1] = (name, out[-1][1] + ch)
            else:
                out.append((name, ch))
        with self._lock:
            if len(self._runs) >= RUNS_CACHE_LIMIT:
                self._runs.clear()
            self._runs[text] = out
        return out

    def advances(self, text: str) -> list[float]:
        """Advance width of each character at 1 pt, measured in the face each is drawn with."""
        out: list[float] = []
        cache = self._advance
        for name, seg in self.runs(text):
            for ch in seg:
                w = cache.get((name, ch))
                if w is None:
                    w = cache[(name, ch)] = float(pdfmetrics.stringWidth(ch, name, 1.0))
                out.append(w)
        return out

    def width(self, text: str, size: float) -> float:
        return sum(self.advances(text)) * size

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
        """Lines no wider than ``max_width``: CJK breaks between characters, Latin only at spaces and
        after hyphens (a word longer than a line is the one thing broken inside), and no line starts
        with closing punctuation or ends with an opening bracket."""
        if not text:
            return []
        spans, edges = self._breaks(text)
        limit = max_width / size + 1e-9
        lines: list[str] = []
        start = -1  # first character of the current line; -1: no line open
        end = 0  # end of the last non-space piece on the line
        for s, e in spans:
            if text[s].isspace():
                continue
            if start >= 0 and edges[e] - edges[start] <= limit:
                end = e
                continue
            if start >= 0:
                lines.append(text[start:end])
            if edges[e] - edges[s] <= limit:
                start, end = s, e
                continue
            start = s  # a word wider than a line: break it where it must
            for i in range(s + 1, e + 1):
                if edges[i] - edges[start] > limit and i - 1 > start:
                    lines.append(text[start : i - 1])
                    start = i - 1
            end = e
        if start >= 0:
            lines.append(text[start:end])
        return lines

    def _breaks(self, text: str) -> tuple[list[tuple[int, int]], list[float]]:
        """Unbreakable pieces of ``text`` and the running advance at each character boundary (1 pt).

        Cached: the certificate measures the same text at several sizes.
        """
        cached = self._wraps.get(text)
        if cached is not None:
            return cached
        edges = [0.0]
        for w in self.advances(text):
            edges.append(edges[-1] + w)
        result = (_pieces(text), edges)
        with self._lock:
            if len(self._wraps) >= RUNS_CACHE_LIMIT:
                self._wraps.clear()
            self._wraps[text] = result
        return result

    # --- fallbacks ----------------------------------------------------------------------------

    def _in_look(self, cp: int, look: str | None) -> str | None:
        return next((f.name for f in self._faces if f.look == look and cp in f.cmap), None)

    def _common_look(self, needed: set[int]) -> str | None:
        """The first design (other than the shipped one) that has every needed character, if any."""
        rare = sorted(cp for cp in needed if self._in_look(cp, SHIPPED_LOOK) is None)
        looks: list[str] = []
        for cp in rare:
            self._search(cp)
            looks.extend(f.look for f in self._faces if cp in f.cmap and f.look not in looks)
        for look in looks:
            if all(self._in_look(cp, look) or self._search_in_look(cp, look) for cp in needed):
                return look
        return None

    def _search_in_look(self, cp: int, look: str) -> bool:
        self._search(cp)
        return self._in_look(cp, look) is not None

    def _search(self, cp: int) -> None:
        """Register every TrueType face fontconfig knows for ``cp`` (once per code point)."""
        with self._lock:
            if cp in self._searched or not self._use_fontconfig:
                return
            self._searched.add(cp)
            for path, index in _fontconfig_candidates(cp):
                self._add(path, index)

    def _face_for(self, cp: int) -> str | None:
        if cp in self.primary.cmap:
            return self.primary.name
        with self._lock:
            while self._shipped_fallbacks:
                self._add(self._shipped_fallbacks.pop(0), 0, SHIPPED_LOOK)
            if cp in self._by_char:
                return self._by_char[cp]
            name = next((f.name for f in self._faces if cp in f.cmap), None)
            if name is None and self._use_fontconfig:
                self._searched.add(cp)
                for path, index in _fontconfig_candidates(cp):
                    face = self._add(path, index)
                    if face is not None and cp in face.cmap and name is None:
                        name = face.name
            self._by_char[cp] = name
            return name

    def _add(self, path: Path, index: int, look: str | None = None) -> Face | None:
        for face in self._faces:
            if face.path == path and face.index == index:
                return face
        loaded = _load_face(path, index, look)
        if loaded is not None:
            self._faces.append(loaded)
        return loaded


# A Latin (or Greek, Cyrillic) word with its trailing hyphen or slash, a run of spaces, or one character.
_PIECE = re.compile(r"\s+|[A-Za-z0-9'.:@_&+#\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]+[-/]?|.", re.S)


def _pieces(text: str) -> list[tuple[int, int]]:
    """Spans no line break may fall inside: closing punctuation (and ·) joins the piece before it,
    and whatever follows an opening bracket joins the bracket."""
    spans: list[tuple[int, int]] = []
    for match in _PIECE.finditer(text):
        s, e = match.span()
        if spans and not text[s].isspace() and (text[s] in NO_LINE_START or text[spans[-1][1] - 1] in NO_LINE_END):
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans



_shared: FontBook | None = None
_shared_lock = threading.Lock()


def shared_font_book() -> FontBook:
    """The process-wide book with the shipped font; built on first use, then reused."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = FontBook()
        return _shared


def forget_measured_texts() -> None:
    """``FontBook.forget_texts`` on the shared book, if one was built (never builds it)."""
    with _shared_lock:
        book = _shared
    if book is not None:
        book.forget_texts()
