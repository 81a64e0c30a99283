"""Templates: data in, PDF out; every one rendered to PNG in artifacts/print/ for a look."""

from __future__ import annotations

import dataclasses
import re
import subprocess

import pytest

from drivers.printing import samples
from drivers.printing.templates.licenses import LAYOUTS
from kiosk.domain.identity import CardType, Identity
from kiosk.printing.documents import MEDIA_80MM, ReceiptData
from tests.printing.conftest import pdf_text, png_of

ID = "11010119900307123X"


def _page_size_pt(pdf: bytes) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert m
    return float(m.group(1)), float(m.group(2))


def test_every_template_renders_to_a_png_in_artifacts(renderer, artifacts):
    docs = {
        "receipt_a4": renderer.render_receipt(samples.sample_receipt()).pdf,
        "receipt_80mm": renderer.render_receipt(samples.sample_receipt(), MEDIA_80MM).pdf,
        "certificate_vector_seal": renderer.render_certificate(samples.sample_certificate()).pdf,
        "certificate_seal_image": renderer.render_certificate(
            samples.sample_certificate(holder="龚䶮𪚥", seal_png=samples.sample_seal_png())).pdf,
        "certificate_business_license": renderer.render_certificate(
            samples.sample_certificate(license_type="business_license")).pdf,
    }
    for name, pdf in docs.items():
        (artifacts / f"{name}.pdf").write_bytes(pdf)
        png = png_of(pdf, artifacts / name)
        assert png.stat().st_size > 10_000, name


def test_the_a4_receipt_is_an_a4_page(renderer):
    w, h = _page_size_pt(renderer.render_receipt(samples.sample_receipt()).pdf)
    assert (round(w), round(h)) == (595, 842)


def test_the_80mm_receipt_is_80mm_wide_and_as_long_as_its_content(renderer):
    short = renderer.render_receipt(_with_steps(samples.sample_receipt(), ()), MEDIA_80MM).pdf
    long = renderer.render_receipt(_with_steps(samples.sample_receipt(), ("第一步说明文字。",) * 8), MEDIA_80MM).pdf
    (w1, h1), (w2, h2) = _page_size_pt(short), _page_size_pt(long)
    assert round(w1 / 72 * 25.4) == 80 == round(w2 / 72 * 25.4)
    assert h2 > h1


def _with_steps(r: ReceiptData, steps: tuple[str, ...]) -> ReceiptData:
    return dataclasses.replace(r, next_steps=steps)


def test_a_receipt_built_from_an_identity_shows_only_masked_personal_data(renderer):
    person = Identity(CardType.RESIDENT_ID, "张三丰", ID)
    base = samples.sample_receipt()
    receipt = ReceiptData.for_applicant(
        person, terminal_id=base.terminal_id, terminal_location=base.terminal_location,
        accepted_at=base.accepted_at, service_item=base.service_item, tracking_number=base.tracking_number,
        progress_url=base.progress_url, delivery_method=base.delivery_method, next_steps=base.next_steps)
    text = pdf_text(renderer.render_receipt(receipt).pdf).replace(" ", "")
    assert "张**" in text and "1101**********123X" in text
    assert "张三丰" not in text and ID not in text


def test_the_receipt_shows_every_item_the_citizen_needs(renderer):
    r = samples.sample_receipt()
    text = pdf_text(renderer.render_receipt(r).pdf).replace(" ", "")
    for value in (r.tracking_number, r.service_item, r.delivery_method, r.terminal_id, "后续办理", "2026年11月23日"):
        assert value.replace(" ", "") in text


@pytest.mark.parametrize("media", ["A4", MEDIA_80MM])
def test_the_receipt_says_when_it_was_printed_at_its_foot_as_the_slips_do(renderer, media):
    r = samples.sample_receipt()
    assert r.printed_at is not None
    pdf = renderer.render_receipt(r) if media == "A4" else renderer.render_receipt(r, MEDIA_80MM)
    lines = [line.replace(" ", "") for line in pdf_text(pdf.pdf).splitlines() if line.strip()]
    assert lines[-1].endswith(r.printed_at.strftime("打印时间：%Y-%m-%d%H:%M"))  # the last line, spaces dropped


@pytest.mark.parametrize("license_type", sorted(LAYOUTS))
def test_each_license_type_prints_its_own_labels(renderer, license_type):
    layout = LAYOUTS[license_type]
    fields = {key: f"值{i}" for i, (key, _) in enumerate(layout.fields)}
    cert = samples.sample_certificate(license_type=license_type)
    text = pdf_text(renderer.render_certificate(dataclasses.replace(cert, fields=fields)).pdf).replace(" ", "")
    for _, label in layout.fields:
        assert label.replace(" ", "") in text


def test_fields_a_layout_does_not_know_are_still_printed(renderer):
    cert = dataclasses.replace(samples.sample_certificate(license_type="unknown_type"), fields={"备注": "仅供查验"})
    text = pdf_text(renderer.render_certificate(cert).pdf)
    assert "备注" in text and "仅供查验" in text


def test_a_seal_image_is_drawn_with_a_colour_key_mask_not_a_soft_mask(renderer):
    pdf = renderer.render_certificate(samples.sample_certificate(seal_png=samples.sample_seal_png())).pdf
    assert b"/SMask" not in pdf
    assert re.search(rb"/Mask\s*\[", pdf)


def test_the_certificate_meets_the_size_budget(renderer):
    pdf = renderer.render_certificate(samples.sample_certificate(seal_png=samples.sample_seal_png())).pdf
    assert len(pdf) <= 150 * 1024


def test_every_template_with_the_stress_set_renders_to_pngs_in_artifacts(renderer, artifacts):
    from drivers.printing.test_page import render_test_page

    seal = samples.sample_seal_png()
    docs = {
        "stress_receipt_a4": renderer.render_receipt(samples.stress_receipt()).pdf,
        "stress_receipt_80mm": renderer.render_receipt(samples.stress_receipt(), MEDIA_80MM).pdf,
        "stress_test_page": render_test_page("kiosk-pdf", renderer.fonts).pdf,
    }
    for license_type in [*sorted(LAYOUTS), "unknown_type"]:
        docs[f"stress_{license_type}"] = renderer.render_certificate(samples.stress_certificate(license_type)).pdf
        docs[f"stress_{license_type}_seal_image"] = renderer.render_certificate(
            samples.stress_certificate(license_type, seal)).pdf
    for name, pdf in docs.items():
        (artifacts / f"{name}.pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "100", "-png", "-", str(artifacts / name)], input=pdf,
                       capture_output=True, check=True)
        assert list(artifacts.glob(f"{name}*.png")), name
