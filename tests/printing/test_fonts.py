"""Fonts: the shipped TrueType font is embedded as a subset; rare characters fall back or are refused."""

from __future__ import annotations

import dataclasses

import pytest

from drivers.printing import samples
from drivers.printing.fonts import RARE_SANS_FONT, SHIPPED_FONT, FontBook
from drivers.printing.renderer import PdfRenderer
from drivers.printing.test_page import render_test_page
from kiosk.printing.documents import MEDIA_80MM, UnprintableText
from tests.printing.conftest import pdf_fonts, pdf_text

EXT_A = "䶮"  # U+4DAE, missing from WenQuanYi Micro Hei
EXT_B = "𪚥"  # U+2A6A5, missing from every common CJK font
NO_FONT_HAS = "\U000f0001"  # supplementary private use: no installed font draws it


def all_documents(renderer: PdfRenderer) -> dict[str, bytes]:
    return {
        "receipt_a4": renderer.render_receipt(samples.sample_receipt()).pdf,
        "receipt_80mm": renderer.render_receipt(samples.sample_receipt(), MEDIA_80MM).pdf,
        "certificate": renderer.render_certificate(samples.sample_certificate()).pdf,
        "certificate_rare_name": renderer.render_certificate(
            samples.sample_certificate(holder="龚" + EXT_A + EXT_B)
        ).pdf,
        "test_page": render_test_page("kiosk-pdf", renderer.fonts).pdf,
    }


def test_every_produced_pdf_embeds_every_font_it_lists_as_a_subset(renderer):
    for name, pdf in all_documents(renderer).items():
        rows = pdf_fonts(pdf)
        assert rows, f"{name}: no fonts listed"
        for row in rows:
            assert (row["emb"], row["sub"], row["uni"]) == ("yes", "yes", "yes"), f"{name}: {row}"


def test_documents_use_the_shipped_font(renderer):
    pdf = renderer.render_certificate(samples.sample_certificate()).pdf
    assert any("WenQuanYiMicroHei" in row["name"] for row in pdf_fonts(pdf))
    assert SHIPPED_FONT.stat().st_size < 15 * 1024 * 1024


def _face(fonts, name):
    return next(f for f in fonts.faces if f.name == name)


def test_an_ext_a_character_comes_from_the_shipped_sans_serif_rare_font(fonts):
    runs = fonts.runs("李" + EXT_A)
    assert runs == [(fonts.primary.name, "李"), (_face(fonts, runs[1][0]).name, EXT_A)]
    assert _face(fonts, runs[1][0]).path == RARE_SANS_FONT


def test_a_name_is_drawn_in_one_look_even_when_one_character_needs_another_design(fonts):
    # 𪚥 is in no sans-serif TrueType font Debian or PyPI offers: the whole name takes the design that has it.
    runs = fonts.runs("龚" + EXT_A + EXT_B)
    looks = {_face(fonts, name).look for name, _ in runs}
    assert len(looks) == 1
    for name, segment in runs:
        assert all(ord(ch) in _face(fonts, name).cmap for ch in segment)


def test_text_around_a_name_keeps_the_main_font_when_it_can(fonts):
    assert {name for name, _ in fonts.runs("王小明")} == {fonts.primary.name}


def test_a_rare_name_survives_into_the_pdf_text(renderer):
    pdf = renderer.render_certificate(samples.sample_certificate(holder="龚" + EXT_A + EXT_B)).pdf
    assert "龚" + EXT_A + EXT_B in pdf_text(pdf).replace(" ", "")


def test_a_character_no_font_has_is_refused_naming_the_code_point_and_field(renderer):
    cert = samples.sample_certificate(holder="王" + NO_FONT_HAS)
    with pytest.raises(UnprintableText) as caught:
        renderer.render_certificate(cert)
    assert caught.value.code_points == (ord(NO_FONT_HAS),)
    assert "U+F0001" in str(caught.value)
    assert "持证人" in str(caught.value)
    assert "王" not in str(caught.value)


def test_without_fontconfig_a_character_missing_from_the_shipped_fonts_is_refused():
    book = FontBook(use_fontconfig=False)
    book.check("李" + EXT_A, "holder")  # the shipped rare-character font has Ext-A
    with pytest.raises(UnprintableText):
        book.check("李" + EXT_B, "holder")


def test_the_shipped_rare_character_font_covers_all_of_ext_a_and_is_embeddable():
    from fontTools.ttLib import TTFont

    font = TTFont(str(RARE_SANS_FONT), lazy=True)
    cmap = font.getBestCmap()
    assert "glyf" in font
    assert sum(1 for cp in range(0x3400, 0x4DC0) if cp in cmap) >= 6580
    assert RARE_SANS_FONT.stat().st_size < 4 * 1024 * 1024


def test_the_receipt_checks_masked_names_too(renderer):
    receipt = dataclasses.replace(samples.sample_receipt(), applicant_masked=NO_FONT_HAS + "*")
    with pytest.raises(UnprintableText):
        renderer.render_receipt(receipt)


def test_a_citizens_texts_leave_the_font_caches_when_the_session_is_wiped(tmp_path) -> None:
    from drivers.printing.fonts import shared_font_book
    from kiosk.clock import ManualClock
    from kiosk.config.loader import CONFIG_DIR, load_config
    from kiosk.tasks import InlineTaskRunner
    from wiring.composition import build

    config = load_config(CONFIG_DIR / "profiles" / "demo.toml", environ={"KIOSK_TERMINAL__DATA_DIR": str(tmp_path)})
    assembly = build(config, clock=ManualClock(), tasks=InlineTaskRunner(), demo=True)
    try:
        book = shared_font_book()
        book.wrap("受理编号 2EV4-S9SW-ENK2 申请人 李**", 10.5, 200)  # what printing a receipt measures
        assert any("2EV4-S9SW-ENK2" in text for text in book._wraps)
        assembly.terminal.session.end("done")
        # before: kept for good, up to 4,096 texts (every receipt code and masked name printed)
        assert not any("2EV4-S9SW-ENK2" in text for text in [*book._wraps, *book._runs])
    finally:
        assembly.close()
