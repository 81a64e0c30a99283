"""The handwritten signature: stroke points collected from the QML pad, checked for enough ink,
rendered to a PNG with Pillow (black ink on white, cropped to the writing)."""

from __future__ import annotations

import io
import itertools
import math
from collections.abc import Sequence

from PIL import Image, ImageDraw
from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.messages import Say

Point = tuple[float, float]
Stroke = Sequence[Point]

# A real signature, even a short surname, leaves this much ink; a tap or an accidental swipe does not.
MIN_INK_LENGTH = 120.0  # px of stroke, in pad coordinates
MIN_EXTENT = 40.0  # px the writing spans in its wider direction

EMPTY_MESSAGE = Say.SIGNATURE_EMPTY
TOO_LITTLE_MESSAGE = Say.SIGNATURE_TOO_SHORT


class SignatureRejected(ValueError):
    """Not enough ink for a signature; ``str(err)`` is the message kind (a ``Say`` value)."""


def ink_length(strokes: Sequence[Stroke]) -> float:
    return sum(math.dist(a, b) for stroke in strokes for a, b in itertools.pairwise(stroke))


def check_ink(strokes: Sequence[Stroke]) -> Say | None:
    """Why these strokes are not a signature, or None if they will do."""
    points = [p for stroke in strokes for p in stroke]
    if not points:
        return EMPTY_MESSAGE
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    extent = max(max(xs) - min(xs), max(ys) - min(ys))
    if ink_length(strokes) < MIN_INK_LENGTH or extent < MIN_EXTENT:
        return TOO_LITTLE_MESSAGE
    return None


def render_signature_png(strokes: Sequence[Stroke], pen_width: float = 6.0, margin: int = 16) -> bytes:
    """A PNG of the writing alone (cropped, white background); raises ``SignatureRejected`` if too little."""
    reason = check_ink(strokes)
    if reason is not None:
        raise SignatureRejected(reason)
    points = [p for stroke in strokes for p in stroke]
    left = min(p[0] for p in points) - margin
    top = min(p[1] for p in points) - margin
    width = math.ceil(max(p[0] for p in points) - left + margin)
    height = math.ceil(max(p[1] for p in points) - top + margin)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    radius = pen_width / 2
    for stroke in strokes:
        shifted = [(x - left, y - top) for x, y in stroke]
        if len(shifted) > 1:
            draw.line(shifted, fill=0, width=round(pen_width), joint="curve")
        for x, y in shifted:  # round caps and single dots
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=0)
    buffer = io.BytesIO()
    # Not optimize=True: its search for the smallest encoding took 50–130 ms of the UI thread on
    # 提交 for ~0.5 KB less (2.8 KB instead of 3.3 KB; zlib's default level takes ~10 ms).
    image.save(buffer, format="PNG")
    return buffer.getvalue()


class SignatureCollector(QObject):
    """Receives the pad's strokes through slots; the lead's filing screen calls ``to_png()``.

    Give it to the QML ``SignaturePad`` as its ``collector`` property.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[Point]] = []

    @Slot(float, float)
    def beginStroke(self, x: float, y: float) -> None:
        self._strokes.append([(x, y)])
        self.changed.emit()

    @Slot(float, float)
    def addPoint(self, x: float, y: float) -> None:
        if not self._strokes:
            self._strokes.append([])
        self._strokes[-1].append((x, y))

    @Slot()
    def endStroke(self) -> None:
        self.changed.emit()

    @Slot()
    def clear(self) -> None:
        self._strokes.clear()
        self.changed.emit()

    def _stroke_count(self) -> int:
        return len(self._strokes)

    def _problem(self) -> str:
        return check_ink(self._strokes) or ""

    strokeCount = Property(int, _stroke_count, notify=changed)
    # Empty when the ink is enough; otherwise the message kind (a catalog id) for the screen to show.
    problem = Property(str, _problem, notify=changed)

    def strokes(self) -> list[list[Point]]:
        return [list(stroke) for stroke in self._strokes]

    def to_png(self) -> bytes:
        """Raises ``SignatureRejected`` (with its message kind) for an empty pad or a mere dot."""
        return render_signature_png(self._strokes)
