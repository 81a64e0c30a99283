"""The issuer's seal: drawn as vectors from the issuer's name, or from the platform's seal image.

A seal image is drawn as RGB with a colour-key mask for its white background, never as RGBA with a
soft mask: CUPS paths through PostScript rasterise the whole page for a soft mask (slow, and the
printed page loses its text).
"""

from __future__ import annotations

import functools
import io
import math

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from drivers.printing.fonts import FontBook

SEAL_RED = (0.86, 0.08, 0.12)
WHITE_KEY = [235, 255, 235, 255, 235, 255]


@functools.lru_cache(maxsize=16)
def seal_image_reader(png: bytes) -> ImageReader:
    """Flatten any transparency onto white, so the colour key can drop the background.

    Cached: an issuer's seal is the same on every print, and decoding it is half the render time.
    """
    img: Image.Image = Image.open(io.BytesIO(png))
    if img.mode in ("RGBA", "LA", "P"):
        rgba = img.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        img = flat
    elif img.mode != "RGB":
        img = img.convert("RGB")
    return ImageReader(img)


def draw_seal_image(canvas: Canvas, png: bytes, cx: float, cy: float, diameter: float) -> None:
    canvas.drawImage(seal_image_reader(png), cx - diameter / 2, cy - diameter / 2, diameter, diameter,
                     mask=WHITE_KEY)


def _star(canvas: Canvas, cx: float, cy: float, r: float) -> None:
    path = canvas.beginPath()
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.382
        a = math.pi / 2 + i * math.pi / 5
        px, py = cx + rr * math.cos(a), cy + rr * math.sin(a)
        if i == 0:
            path.moveTo(px, py)
        else:
            path.lineTo(px, py)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def draw_seal_vector(canvas: Canvas, fonts: FontBook, issuer: str, cx: float, cy: float,
                     diameter: float, label: str = "电子证照专用章") -> None:
    """A round official-style seal: ring, star, issuer along the upper arc, label below the star."""
    r = diameter / 2
    canvas.saveState()
    canvas.setStrokeColorRGB(*SEAL_RED)
    canvas.setFillColorRGB(*SEAL_RED)
    canvas.setLineWidth(r * 0.06)
    canvas.circle(cx, cy, r * 0.95, stroke=1, fill=0)
    _star(canvas, cx, cy, r * 0.28)
    text = issuer or "核验专用"
    size = min(r * 0.24, (2 * math.pi * r * 0.72 * 0.62) / max(len(text), 1))
    arc = min(math.radians(250), len(text) * size * 1.05 / (r * 0.72))
    for i, ch in enumerate(text):
        a = math.pi / 2 + arc / 2 - (arc * (i + 0.5) / len(text))
        canvas.saveState()
        canvas.translate(cx + r * 0.72 * math.cos(a), cy + r * 0.72 * math.sin(a))
        canvas.rotate(math.degrees(a) - 90)
        fonts.draw(canvas, 0, -size * 0.35, ch, size, align="center", field_name="issuer")
        canvas.restoreState()
    fonts.draw(canvas, cx, cy - r * 0.5, label, r * 0.15, align="center", field_name="seal label")
    canvas.restoreState()
