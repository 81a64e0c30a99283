"""QR codes drawn straight from segno's module matrix as merged rectangles.

reportlab's QrCodeWidget builds one validated shape per module and encodes twice (~40 ms per
certificate); one path of merged runs is a few hundred rectangles and well under a millisecond.
"""

from __future__ import annotations

import segno
from reportlab.pdfgen.canvas import Canvas


def qr_rectangles(text: str, error: str = "m") -> tuple[int, list[tuple[int, int, int, int]]]:
    """(modules per side, [(column, row, width, height)] of dark areas), rows counted from the top.

    Horizontal runs of dark modules are merged, then identical runs on consecutive rows.
    """
    matrix = segno.make(text, error=error, micro=False).matrix
    size = len(matrix)
    open_runs: dict[tuple[int, int], int] = {}  # (start column, width) -> first row
    rects: list[tuple[int, int, int, int]] = []
    for row, line in enumerate(matrix):
        runs: set[tuple[int, int]] = set()
        col = 0
        while col < size:
            if line[col]:
                start = col
                while col < size and line[col]:
                    col += 1
                runs.add((start, col - start))
            else:
                col += 1
        for run in list(open_runs):
            if run not in runs:
                first = open_runs.pop(run)
                rects.append((run[0], first, run[1], row - first))
        for run in runs:
            open_runs.setdefault(run, row)
    rects.extend((run[0], first, run[1], size - first) for run, first in open_runs.items())
    return size, rects


def draw_qr(canvas: Canvas, text: str, x: float, y: float, side: float, quiet_zone: int = 2) -> None:
    """Draw a QR code whose outer square (quiet zone included) has lower-left (x, y) and ``side``."""
    size, rects = qr_rectangles(text)
    module = side / (size + 2 * quiet_zone)
    top = y + side - quiet_zone * module
    left = x + quiet_zone * module
    path = canvas.beginPath()
    for col, row, w, h in rects:
        path.rect(left + col * module, top - (row + h) * module, w * module, h * module)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
