"""A top-down text cursor shared by the templates; run once without a canvas to measure height.

With a ``bottom``, a line that would go below it starts a new page at ``page_top`` instead.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from drivers.printing.fonts import FontBook
from drivers.printing.qr import draw_qr


class Flow:
    def __init__(self, fonts: FontBook, canvas: Canvas | None, left: float, width: float, top: float,
                 bottom: float | None = None, page_top: float = 0.0) -> None:
        self.fonts = fonts
        self.canvas = canvas  # None: measure only
        self.left = left
        self.width = width
        self.y = top
        self.bottom = bottom
        self.page_top = page_top
        self.pages = 1

    def _room(self, height: float) -> None:
        """Continue on a new page when ``height`` more would go below the bottom margin."""
        if self.bottom is not None and self.y - height < self.bottom:
            if self.canvas is not None:
                self.canvas.showPage()
            self.y = self.page_top
            self.pages += 1

    def gap(self, height: float) -> None:
        self.y -= height

    def line(self, text: str, size: float, align: str = "left", leading: float = 1.45) -> None:
        self._room(size * leading)
        self.y -= size * leading
        if self.canvas is not None:
            x = {"left": self.left, "center": self.left + self.width / 2, "right": self.left + self.width}[align]
            self.fonts.draw(self.canvas, x, self.y + size * 0.3, text, size, align=align)

    def paragraph(self, text: str, size: float, indent: float = 0.0, first: str = "") -> None:
        """Wrapped text; ``first`` (e.g. "1. ") hangs in the indent of the first line."""
        lines = self.fonts.wrap(text, size, self.width - indent)
        for i, part in enumerate(lines):
            self._room(size * 1.45)
            self.y -= size * 1.45
            if self.canvas is not None:
                if i == 0 and first:
                    self.fonts.draw(self.canvas, self.left, self.y + size * 0.3, first, size)
                self.fonts.draw(self.canvas, self.left + indent, self.y + size * 0.3, part, size)

    def field(self, label: str, value: str, size: float, label_width: float) -> None:
        lines = self.fonts.wrap(value or "—", size, self.width - label_width) or ["—"]
        for i, part in enumerate(lines):
            self._room(size * 1.55)
            self.y -= size * 1.55
            if self.canvas is not None:
                if i == 0:
                    self.canvas.setFillGray(0.35)
                    self.fonts.draw(self.canvas, self.left, self.y + size * 0.3, label, size)
                    self.canvas.setFillGray(0)
                self.fonts.draw(self.canvas, self.left + label_width, self.y + size * 0.3, part, size)

    def rule(self, gap: float = 6.0, dash: bool = False) -> None:
        self._room(2 * gap)
        self.y -= gap
        if self.canvas is not None:
            self.canvas.saveState()
            self.canvas.setLineWidth(0.6)
            if dash:
                self.canvas.setDash(2, 2)
            self.canvas.line(self.left, self.y, self.left + self.width, self.y)
            self.canvas.restoreState()
        self.y -= gap

    def qr(self, text: str, side: float) -> None:
        self._room(side)
        self.y -= side
        if self.canvas is not None:
            draw_qr(self.canvas, text, self.left + (self.width - side) / 2, self.y, side)
