"""Overlap checker: reads a rendered PDF back (pdfminer) and lists every box that sits where it must not.

It trusts nothing the renderer says about itself. From each page it reads:
* glyphs, with their boxes (advance width × size); red glyphs are seal ink;
* the QR code: the black filled rectangles, as one box;
* the seal: images, and red (seal-ink) paths and glyphs, as one box;
* rules: stroked lines and rectangles (table grid, dashed separators), except the coloured frame.

and reports, per page: anything outside the frame; two glyphs that overlap; a glyph over the QR code
or across a rule; the seal over a rule (a table row) or the QR code; a text line under the seal that
is not one of the lines allowed there (issuer and date).
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTCurve, LTImage, LTLine, LTPage, LTRect

TOLERANCE = 0.6  # points: glyph boxes of neighbouring characters touch; rounding must not count


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Box, tol: float = TOLERANCE) -> bool:
        return (min(self.x1, other.x1) - max(self.x0, other.x0) > tol
                and min(self.y1, other.y1) - max(self.y0, other.y0) > tol)

    def inside(self, frame: Box, tol: float = TOLERANCE) -> bool:
        return (self.x0 >= frame.x0 - tol and self.y0 >= frame.y0 - tol
                and self.x1 <= frame.x1 + tol and self.y1 <= frame.y1 + tol)

    def crossed_by(self, rule: Box, tol: float = TOLERANCE) -> bool:
        """A thin rule (line) passes through the inside of this box."""
        if rule.x1 - rule.x0 <= rule.y1 - rule.y0:  # vertical
            return (self.x0 + tol < rule.x0 < self.x1 - tol) and min(self.y1, rule.y1) - max(self.y0, rule.y0) > tol
        return (self.y0 + tol < rule.y0 < self.y1 - tol) and min(self.x1, rule.x1) - max(self.x0, rule.x0) > tol

    def __str__(self) -> str:
        return f"({self.x0:.1f},{self.y0:.1f})–({self.x1:.1f},{self.y1:.1f})"


def union(boxes: Iterable[Box]) -> Box | None:
    items = list(boxes)
    if not items:
        return None
    return Box(min(b.x0 for b in items), min(b.y0 for b in items), max(b.x1 for b in items), max(b.y1 for b in items))


@dataclass(frozen=True)
class Glyph:
    text: str
    box: Box


@dataclass
class Page:
    number: int
    size: tuple[float, float]
    glyphs: list[Glyph] = field(default_factory=list)
    ink: list[Box] = field(default_factory=list)  # seal: images, red paths, red glyphs
    qr: list[Box] = field(default_factory=list)
    rules: list[Box] = field(default_factory=list)
    frames: list[Box] = field(default_factory=list)

    @property
    def seal(self) -> Box | None:
        return union(self.ink)

    @property
    def qr_box(self) -> Box | None:
        return union(self.qr)

    def text(self) -> str:
        return "".join(g.text for g in self.glyphs)


def _box(obj: LTChar | LTRect | LTCurve | LTLine | LTImage) -> Box:
    return Box(*obj.bbox)


def _color(value: object) -> tuple[float, float, float] | None:
    if isinstance(value, int | float):
        return (float(value),) * 3
    if isinstance(value, tuple | list) and len(value) == 3:
        return (float(value[0]), float(value[1]), float(value[2]))
    return None


def _is_seal_red(value: object) -> bool:
    c = _color(value)
    return c is not None and c[0] > 0.7 and c[1] < 0.35 and c[2] < 0.35


def _is_black(value: object) -> bool:
    c = _color(value)
    return c is not None and max(c) < 0.05


def _walk(obj: object) -> Iterator[object]:
    yield obj
    if not isinstance(obj, LTChar) and hasattr(obj, "__iter__"):
        for child in obj:
            yield from _walk(child)


def _page(number: int, layout: LTPage) -> Page:
    page = Page(number, (layout.width, layout.height))
    area = layout.width * layout.height
    for obj in _walk(layout):
        if isinstance(obj, LTChar):
            if _is_seal_red(obj.graphicstate.ncolor):
                page.ink.append(_box(obj))
            elif obj.get_text().strip():
                page.glyphs.append(Glyph(obj.get_text(), _box(obj)))
        elif isinstance(obj, LTImage):
            page.ink.append(_box(obj))
        elif isinstance(obj, LTCurve):  # LTRect and LTLine are curves too
            box = _box(obj)
            if (obj.fill and _is_seal_red(obj.non_stroking_color)) or (obj.stroke and _is_seal_red(obj.stroking_color)):
                page.ink.append(box)
            elif obj.fill and _is_black(obj.non_stroking_color):
                page.qr.append(box)
            elif (obj.stroke and isinstance(obj, LTRect) and not _is_black(obj.stroking_color)
                  and (box.x1 - box.x0) * (box.y1 - box.y0) > 0.5 * area):
                page.frames.append(box)  # the coloured page frame; a black one is a table
            elif obj.stroke and isinstance(obj, LTRect):
                page.rules.extend([Box(box.x0, box.y0, box.x1, box.y0), Box(box.x0, box.y1, box.x1, box.y1),
                                   Box(box.x0, box.y0, box.x0, box.y1), Box(box.x1, box.y0, box.x1, box.y1)])
            elif obj.stroke and isinstance(obj, LTLine):
                page.rules.append(box)
    return page


def read_pdf(pdf: bytes) -> list[Page]:
    return [_page(i, layout) for i, layout in enumerate(extract_pages(io.BytesIO(pdf)), start=1)]


def _lines_of(glyphs: list[Glyph]) -> list[str]:
    """Glyphs grouped into text lines by baseline box, in reading order."""
    by_row: dict[tuple[int, int], list[Glyph]] = defaultdict(list)
    for g in glyphs:
        by_row[(round(g.box.y0), round(g.box.y1))].append(g)
    return ["".join(g.text for g in sorted(row, key=lambda g: g.box.x0))
            for _, row in sorted(by_row.items(), key=lambda kv: -kv[0][0])]


def _glyph_pairs(glyphs: list[Glyph], cell: float = 24.0) -> Iterator[tuple[Glyph, Glyph]]:
    """Pairs of glyphs whose boxes overlap, found through a coarse grid (pages hold ~2,000 glyphs)."""
    grid: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, g in enumerate(glyphs):
        for gx in range(int(g.box.x0 // cell), int(g.box.x1 // cell) + 1):
            for gy in range(int(g.box.y0 // cell), int(g.box.y1 // cell) + 1):
                grid[(gx, gy)].append(i)
    seen: set[tuple[int, int]] = set()
    for members in grid.values():
        for a_pos, a in enumerate(members):
            for b in members[a_pos + 1:]:
                if (a, b) not in seen and glyphs[a].box.overlaps(glyphs[b].box):
                    seen.add((a, b))
                    yield glyphs[a], glyphs[b]


def check_page(page: Page, frame: Box | None = None, under_seal: Iterable[str] = ()) -> list[str]:
    """Every problem on one page, as sentences naming the page, the boxes and the text."""
    if frame is None:
        frame = min(page.frames, key=lambda b: (b.x1 - b.x0) * (b.y1 - b.y0), default=None)
    if frame is None:
        raise ValueError(f"page {page.number}: no frame found; pass one")
    problems: list[str] = []
    p = f"page {page.number}"
    qr, seal = page.qr_box, page.seal
    allowed = [s.replace(" ", "") for s in under_seal if s]

    for g in page.glyphs:
        if not g.box.inside(frame):
            problems.append(f"{p}: {g.text!r} at {g.box} is outside the frame {frame}")
    for name, box in (("QR code", qr), ("seal", seal)):
        if box is not None and not box.inside(frame):
            problems.append(f"{p}: the {name} {box} is outside the frame {frame}")
    for rule in page.rules:
        if not rule.inside(frame):
            problems.append(f"{p}: a rule {rule} is outside the frame {frame}")

    for a, b in _glyph_pairs(page.glyphs):
        problems.append(f"{p}: {a.text!r} at {a.box} overlaps {b.text!r} at {b.box}")
    if qr is not None:
        problems += [f"{p}: {g.text!r} at {g.box} is over the QR code {qr}" for g in page.glyphs if g.box.overlaps(qr)]
        if seal is not None and seal.overlaps(qr):
            problems.append(f"{p}: the seal {seal} is over the QR code {qr}")
        problems += [f"{p}: a rule {r} crosses the QR code {qr}" for r in page.rules if qr.crossed_by(r)]
    for g in page.glyphs:
        crossing = next((r for r in page.rules if g.box.crossed_by(r)), None)
        if crossing is not None:
            problems.append(f"{p}: {g.text!r} at {g.box} runs across a rule {crossing}")
    if seal is not None:
        problems += [f"{p}: the seal {seal} is over a table rule {r}" for r in page.rules if seal.crossed_by(r)]
        for line in _lines_of([g for g in page.glyphs if g.box.overlaps(seal)]):
            if not any(line.replace(" ", "") in text for text in allowed):
                problems.append(f"{p}: text under the seal that must not be there: {line!r}")
    return problems


def check_pdf(pdf: bytes, frame: Box | None = None, under_seal: Iterable[str] = ()) -> list[str]:
    allowed = list(under_seal)
    return [problem for page in read_pdf(pdf) for problem in check_page(page, frame, allowed)]
