"""QR codes drawn from segno's matrix: the merged rectangles are exactly the dark modules, and scan back."""

from __future__ import annotations

import io
import subprocess

import segno
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from pyzbar import pyzbar

from drivers.printing import samples
from drivers.printing.qr import qr_rectangles


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=120))
def test_merged_rectangles_cover_exactly_the_dark_modules(text):
    size, rects = qr_rectangles(text)
    grid = [[0] * size for _ in range(size)]
    for col, row, w, h in rects:
        for r in range(row, row + h):
            for c in range(col, col + w):
                grid[r][c] += 1
    matrix = segno.make(text, error="m", micro=False).matrix
    assert grid == [[1 if v else 0 for v in line] for line in matrix]


def _decode(pdf: bytes) -> list[str]:
    pgm = subprocess.run(["pdftoppm", "-r", "150", "-gray", "-singlefile", "-"], input=pdf,
                         capture_output=True, check=True).stdout
    return [s.data.decode() for s in pyzbar.decode(Image.open(io.BytesIO(pgm)))]


def test_the_certificate_qr_code_scans_back_to_the_verification_url(renderer):
    cert = samples.sample_certificate()
    assert _decode(renderer.render_certificate(cert).pdf) == [cert.verify_url]


def test_the_receipt_qr_code_scans_back_to_the_progress_url(renderer):
    receipt = samples.sample_receipt()
    assert _decode(renderer.render_receipt(receipt, "80mm").pdf) == [receipt.progress_url]
