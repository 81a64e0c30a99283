"""Layouts measured from their text: every template × the stress set, read back from the PDF, has nothing
overlapping and nothing outside its frame; long tables shrink to a legible floor, then continue."""

from __future__ import annotations

import dataclasses
import io
import subprocess
from collections.abc import Callable

import numpy as np
import pytest
from PIL import Image
from reportlab.lib.units import mm

from drivers.printing import samples
from drivers.printing.renderer import PdfRenderer
from drivers.printing.templates import certificate
from drivers.printing.templates.licenses import LAYOUTS
from drivers.printing.test_page import render_test_page
from kiosk.printing.documents import MEDIA_80MM, CertificateData
from tests.printing.overlap import Box, check_pdf, read_pdf

LICENSE_TYPES = [*sorted(LAYOUTS), "unknown_type"]
LATIN_NAME = "ALEXANDER JONATHAN MAXIMILIAN WILLIAMSON S"  # 42 characters
MINORITY_NAME = "阿卜杜热合曼·买买提明·艾合买提江"


def _under_seal(cert: CertificateData) -> list[str]:
    return [cert.issuer, cert.printed_at.strftime("%Y年%m月%d日")]


def _with_scope(length: int) -> CertificateData:
    cert = samples.sample_certificate(license_type="business_license")
    return dataclasses.replace(cert, fields={**cert.fields, "scope": samples.business_scope(length)})


def _inset(pdf: bytes, side: float, top_bottom: float) -> Box:
    w, h = read_pdf(pdf)[0].size
    return Box(side, top_bottom, w - side, h - top_bottom)


def test_a_business_licence_with_a_333_character_scope_has_nothing_overlapping(renderer):
    cert = _with_scope(333)
    assert check_pdf(renderer.render_certificate(cert).pdf, under_seal=_under_seal(cert)) == []


@pytest.mark.parametrize("seal", ["vector", "image"])
@pytest.mark.parametrize("license_type", LICENSE_TYPES)
def test_every_certificate_with_the_stress_set_has_no_overlap_and_stays_in_its_frame(renderer, license_type, seal):
    cert = samples.stress_certificate(license_type, samples.sample_seal_png() if seal == "image" else b"")
    assert check_pdf(renderer.render_certificate(cert).pdf, under_seal=_under_seal(cert)) == []


@pytest.mark.parametrize("length", [200, 400])
def test_an_absurdly_long_issuer_is_set_smaller_and_still_overlaps_nothing(renderer, length):
    base = samples.stress_certificate("business_license", samples.sample_seal_png())
    cert = dataclasses.replace(base, issuer=(samples.LONG_ISSUER * 8)[:length])
    assert check_pdf(renderer.render_certificate(cert).pdf, under_seal=_under_seal(cert)) == []


RECEIPTS: dict[str, Callable[[PdfRenderer], bytes]] = {
    "receipt A4": lambda r: r.render_receipt(samples.stress_receipt()).pdf,
    "receipt 80 mm": lambda r: r.render_receipt(samples.stress_receipt(), MEDIA_80MM).pdf,
    "test page": lambda r: render_test_page("kiosk-pdf-" + "x" * 40, r.fonts).pdf,
}


@pytest.mark.parametrize("name", sorted(RECEIPTS))
def test_every_receipt_and_the_test_page_with_the_stress_set_have_no_overlap(renderer, name):
    pdf = RECEIPTS[name](renderer)
    frame = _inset(pdf, 3 * mm, 2 * mm) if "80" in name else _inset(pdf, 10 * mm, 10 * mm)
    assert check_pdf(pdf, frame=frame) == []


def test_an_a4_receipt_with_many_long_steps_continues_on_a_second_sheet(renderer):
    receipt = samples.stress_receipt()
    receipt = dataclasses.replace(receipt, next_steps=receipt.next_steps * 5)
    pdf = renderer.render_receipt(receipt).pdf
    assert len(read_pdf(pdf)) == 2
    assert check_pdf(pdf, frame=_inset(pdf, 10 * mm, 10 * mm)) == []


def _table_sizes(pdf: bytes) -> set[float]:
    """Sizes (box heights) of the black glyphs in the table's value column, between header and QR zone."""
    return {round(g.box.y1 - g.box.y0, 1) for page in read_pdf(pdf) for g in page.glyphs
            if g.box.x0 > certificate.LEFT + certificate.LABEL_WIDTH and 80 * mm < g.box.y0 and g.box.y1 < 235 * mm}


def test_a_table_that_overflows_first_shrinks_on_one_page_but_not_below_the_floor(renderer):
    pdf = renderer.render_certificate(_with_scope(333)).pdf
    assert len(read_pdf(pdf)) == 1
    sizes = _table_sizes(pdf)
    assert sizes and max(sizes) < certificate.VALUE_SIZE and min(sizes) >= certificate.MIN_VALUE_SIZE


def test_a_table_too_long_for_the_floor_continues_on_numbered_pages_with_qr_and_seal_last(renderer):
    cert = samples.stress_certificate("business_license")
    pdf = renderer.render_certificate(cert).pdf
    pages = read_pdf(pdf)
    assert len(pages) == 2
    for page in pages:
        assert f"第{page.number}页/共2页" in page.text().replace(" ", "")
    assert pages[0].qr_box is None and pages[0].seal is None
    assert pages[-1].qr_box is not None and pages[-1].seal is not None
    last = pages[-1].text().replace(" ", "")
    assert "2026年11月23日" in last and cert.issuer[-6:] in last
    assert min(_table_sizes(pdf)) >= certificate.MIN_VALUE_SIZE
    assert samples.business_scope(1000)[-20:] in "".join(p.text() for p in pages)  # nothing lost


def test_an_unknown_license_type_prints_the_platform_name_and_labels_never_raw_keys(renderer):
    cert = dataclasses.replace(
        samples.sample_certificate(license_type="unknown_type"), title="出入境通行证",
        fields={"address": "北京市东城区示例胡同 1 号", "class": "C1", "weird_key_9": "内容保留", "备注": "仅供查验"})
    text = "".join(p.text() for p in read_pdf(renderer.render_certificate(cert).pdf)).replace(" ", "")
    assert "出入境通行证" in text and "住址" in text and "准驾车型" in text and "其他信息" in text
    assert "内容保留" in text and "备注" in text
    for raw in ("address", "class", "weird_key_9"):
        assert raw not in text


def test_an_unknown_license_type_without_a_name_is_still_titled_in_words(renderer):
    cert = dataclasses.replace(samples.sample_certificate(license_type="unknown_type"), title="")
    text = read_pdf(renderer.render_certificate(cert).pdf)[0].text()
    assert "电子证照" in text and "unknown_type" not in text


def test_a_latin_name_breaks_only_between_words(fonts):
    name = LATIN_NAME
    words = set(name.split())
    widest_word = max(fonts.width(w, 12) for w in words)
    for width in (widest_word, widest_word + 30, 140.0, 200.0, 280.0):
        lines = fonts.wrap(name, 12, width)
        assert " ".join(lines) == name
        assert all(set(line.split()) <= words for line in lines), lines


def test_a_hyphenated_name_may_break_after_its_hyphen(fonts):
    lines = fonts.wrap("MARY-ELIZABETH SMITH-WILLIAMSON", 12, 100)
    assert lines == ["MARY-ELIZABETH", "SMITH-", "WILLIAMSON"] or lines == ["MARY-", "ELIZABETH", "SMITH-WILLIAMSON"]
    assert all(line.endswith(("-", "H", "N")) for line in lines)


def test_a_minority_name_never_starts_a_line_with_its_separator(fonts):
    for width in range(30, 200, 7):
        assert not any(line.startswith("·") for line in fonts.wrap(MINORITY_NAME, 12, float(width)))


def _rgb(pdf: bytes) -> Image.Image:
    ppm = subprocess.run(["pdftoppm", "-r", "150", "-singlefile", "-"], input=pdf, capture_output=True,
                         check=True).stdout
    return Image.open(io.BytesIO(ppm)).convert("RGB")


@pytest.mark.parametrize("seal", ["vector", "image"])
def test_the_seal_is_ink_the_issuer_and_date_stay_black_under_it(renderer, monkeypatch, seal):
    cert = samples.sample_certificate(license_type="business_license",
                                      seal_png=samples.sample_seal_png() if seal == "image" else b"")
    with_pdf = renderer.render_certificate(cert).pdf
    with_seal = _rgb(with_pdf)
    seal = read_pdf(with_pdf)[-1].seal
    assert seal is not None
    monkeypatch.setattr(certificate, "draw_seal_vector", lambda *a, **k: None)
    monkeypatch.setattr(certificate, "draw_seal_image", lambda *a, **k: None)
    bare_pdf = renderer.render_certificate(cert).pdf
    bare = _rgb(bare_pdf)
    scale = 150 / 72
    page = read_pdf(bare_pdf)[-1]
    under = [g.box for g in page.glyphs if g.box.overlaps(seal)]
    assert under, "nothing under the seal: issuer and date belong there"
    bare_px, seal_px = np.asarray(bare).max(axis=2), np.asarray(with_seal).max(axis=2)
    dark = 0
    for box in under:
        rows = slice(int((page.size[1] - box.y1) * scale), int((page.size[1] - box.y0) * scale))
        cols = slice(int(box.x0 * scale), int(box.x1 * scale))
        strokes = bare_px[rows, cols] < 60  # the strokes of a character
        dark += int(strokes.sum())
        assert (seal_px[rows, cols][strokes] < 90).all(), f"text at {box} hidden under the seal"
    assert dark > 200


def test_the_certificate_needs_no_transparency_so_cups_does_not_rasterise_it(renderer):
    for cert in (samples.stress_certificate("business_license", samples.sample_seal_png()),
                 samples.stress_certificate("household_register")):
        pdf = renderer.render_certificate(cert).pdf
        for marker in (b"/SMask", b"/BM", b"/CA ", b"/ca "):
            assert marker not in pdf
