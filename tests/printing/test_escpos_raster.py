"""The raster encoder: no real-time command sequence can occur in what it sends, whatever the image."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from drivers.printing.escpos_raster import clear_realtime, raster_bytes, raster_commands, realtime_sequences


def _image(width: int, rows: list[bytes]) -> Image.Image:
    """An image whose packed rows are exactly ``rows`` (dark = 1)."""
    img = Image.new("1", (width, len(rows)), 1)
    for y, row in enumerate(rows):
        for x in range(width):
            if row[x // 8] & (0x80 >> (x % 8)):
                img.putpixel((x, y), 0)
    return img


@settings(max_examples=80, deadline=None)
@given(st.integers(1, 6).flatmap(
    lambda w: st.lists(st.binary(min_size=w, max_size=w), min_size=1, max_size=300).map(lambda rows: (w, rows))))
def test_no_image_can_put_a_real_time_command_on_the_wire(case):
    width_bytes, rows = case
    assert realtime_sequences(raster_commands(_image(width_bytes * 8, rows))) == []


@given(st.binary(max_size=200))
def test_clearing_changes_only_dle_bytes_that_began_a_sequence(data):
    cleared = clear_realtime(data)
    changed = [i for i, (a, b) in enumerate(zip(data, cleared, strict=True)) if a != b]
    assert all(data[i] == 0x10 and data[i + 1] in (0x04, 0x05, 0x14) for i in changed)
    assert realtime_sequences(cleared) == []


def test_dark_dots_are_ones_most_significant_bit_first():
    img = _image(16, [b"\x10\x04"])
    assert raster_bytes(img) == (2, b"\x10\x04")


def test_tall_images_go_in_bands_of_at_most_255_rows():
    data = raster_commands(Image.new("1", (576, 600), 1))
    assert data.count(b"\x1dv0\x00") == 3
    assert data.startswith(b"\x1dv0\x00\x48\x00\xff\x00")


def _image_from_commands(data: bytes) -> Image.Image:
    """What the printer prints: the GS v 0 bands decoded back into one image."""
    rows: list[bytes] = []
    i, width = 0, 0
    while i < len(data):
        assert data[i : i + 4] == b"\x1dv0\x00"
        width, height = data[i + 4] + 256 * data[i + 5], data[i + 6] + 256 * data[i + 7]
        body = data[i + 8 : i + 8 + width * height]
        rows += [body[r * width : (r + 1) * width] for r in range(height)]
        i += 8 + width * height
    packed = bytes(b ^ 0xFF for row in rows for b in row)
    return Image.frombytes("1", (width * 8, len(rows)), packed)


def test_the_receipt_qr_code_still_scans_from_what_the_printer_receives(renderer):
    from pyzbar import pyzbar

    from drivers.printing import samples
    from drivers.printing.escpos_printer import rasterise
    from kiosk.printing.documents import MEDIA_80MM

    receipt = samples.sample_receipt()
    printed = _image_from_commands(raster_commands(rasterise(renderer.render_receipt(receipt, MEDIA_80MM).pdf, 576)))
    assert [s.data.decode() for s in pyzbar.decode(printed.convert("L"))] == [receipt.progress_url]
