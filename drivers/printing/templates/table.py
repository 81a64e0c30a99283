"""A two-column table laid out from measured text: cells wrap, rows grow, pages split between lines.

Pure layout (no canvas): the certificate measures with it, chooses a text size or a page count,
and then draws exactly what was measured. Heights are in points.
"""

from __future__ import annotations

from dataclasses import dataclass

from drivers.printing.fonts import FontBook

CONTINUED = "（续）"


@dataclass(frozen=True)
class TableStyle:
    width: float
    label_width: float
    size: float  # value text; labels use the same size
    leading: float = 1.45  # line height / text size
    pad_x: float = 11.0
    pad_y: float = 6.0
    min_height: float = 28.0

    @property
    def line_height(self) -> float:
        return self.size * self.leading


@dataclass(frozen=True)
class Cell:
    """One row, or the part of a row that fits on a page."""

    label: str
    label_lines: tuple[str, ...]
    value_lines: tuple[str, ...]
    height: float


def _height(style: TableStyle, lines: int) -> float:
    return max(style.min_height, 2 * style.pad_y + lines * style.line_height)


def _cell(fonts: FontBook, style: TableStyle, label: str, value_lines: tuple[str, ...], continued: bool) -> Cell:
    shown = label + CONTINUED if continued else label
    label_lines = tuple(fonts.wrap(shown, style.size, style.label_width - 2 * style.pad_x)) or (shown,)
    return Cell(label, label_lines, value_lines, _height(style, max(len(label_lines), len(value_lines))))


def lay_out(fonts: FontBook, style: TableStyle, rows: list[tuple[str, str]]) -> list[Cell]:
    value_width = style.width - style.label_width - 2 * style.pad_x
    return [_cell(fonts, style, label, tuple(fonts.wrap(value, style.size, value_width)) or ("—",), False)
            for label, value in rows]


def total_height(cells: list[Cell]) -> float:
    return sum(c.height for c in cells)


def _take(fonts: FontBook, style: TableStyle, cells: list[Cell], room: float) -> tuple[list[Cell], list[Cell]]:
    """The cells that fit in ``room`` (a row split between lines if two or more lines fit), and the rest."""
    placed: list[Cell] = []
    used = 0.0
    for i, cell in enumerate(cells):
        if used + cell.height <= room + 1e-6:
            placed.append(cell)
            used += cell.height
            continue
        fit = int((room - used - 2 * style.pad_y) // style.line_height)
        if fit >= 2 and len(cell.value_lines) - fit >= 1 and len(cell.label_lines) <= fit:
            head = Cell(cell.label, cell.label_lines, cell.value_lines[:fit], _height(style, fit))
            tail = _cell(fonts, style, cell.label, cell.value_lines[fit:], True)
            return [*placed, head], [tail, *cells[i + 1:]]
        return placed, cells[i:]
    return placed, []


def paginate(fonts: FontBook, style: TableStyle, cells: list[Cell], room: float, last_room: float) -> list[list[Cell]]:
    """Cells per page: every page holds up to ``room``, the last page only ``last_room`` (it also carries
    the QR code, issuer, date and seal). A cell taller than a whole page is split between its lines."""
    pages: list[list[Cell]] = []
    rest = cells
    zone_alone = last_room < 2 * style.min_height  # no useful room beside the QR code and seal: a page of their own
    while rest:
        remaining = total_height(rest)
        if remaining <= (room if zone_alone else last_room) + 1e-6:
            pages.append(rest)
            break
        if zone_alone:
            capacity = room
        else:
            # Two pages left: fill this one, but leave the last page (QR, seal) a third of the rest at
            # least, so it never holds a single row under a page of white.
            capacity = min(room, max(remaining - last_room, remaining * 2 / 3)) if remaining <= room + last_room \
                else room
            capacity = min(capacity, remaining - style.min_height)
        placed, rest = _take(fonts, style, rest, capacity)
        if not placed:  # a single line taller than the page cannot happen with sane sizes; never loop
            raise ValueError("a table row does not fit on an empty page")
        pages.append(placed)
    if zone_alone:
        pages.append([])
    return pages
