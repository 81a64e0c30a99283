"""Both themes meet the elderly-friendly design rules: contrast of every text/background pair, sizes."""

from __future__ import annotations

import pytest

from ui.theme import (
    DIMMED_PAIRS,
    ELDER,
    ELDER_COLOURS,
    PAIRS,
    STANDARD,
    STANDARD_COLOURS,
    Palette,
    blend,
    contrast,
)


@pytest.mark.parametrize("palette", [STANDARD_COLOURS, ELDER_COLOURS], ids=["standard", "elder"])
@pytest.mark.parametrize(("text", "background"), PAIRS, ids=[f"{t}-on-{b}" for t, b in PAIRS])
def test_every_text_colour_on_its_background_reaches_4_5_to_1(palette: Palette, text: str, background: str) -> None:
    ratio = contrast(getattr(palette, text), getattr(palette, background))
    assert ratio >= 4.5, f"{text} on {background}: {ratio:.2f}:1"


@pytest.mark.parametrize("palette", [STANDARD_COLOURS, ELDER_COLOURS], ids=["standard", "elder"])
@pytest.mark.parametrize(("text", "background", "opacity"), DIMMED_PAIRS,
                         ids=[f"{t}-at-{o}-on-{b}" for t, b, o in DIMMED_PAIRS])
def test_text_drawn_translucent_reaches_4_5_to_1_as_seen(palette: Palette, text: str, background: str,
                                                          opacity: float) -> None:
    seen = blend(getattr(palette, text), getattr(palette, background), opacity)
    ratio = contrast(seen, getattr(palette, background))
    assert ratio >= 4.5, f"{text} at {opacity} on {background}: {ratio:.2f}:1"


def test_translucent_text_is_measured_as_the_colour_seen() -> None:
    assert blend("#ffffff", "#000000", 0.5) == "#808080"
    # Qt's own space bar label: white at half strength on its function key grey.
    assert contrast(blend("#ffffff", "#4f5b62", 0.5), "#4f5b62") == pytest.approx(3.08, abs=0.01)


def test_the_default_site_brand_colour_carries_white_text() -> None:
    from kiosk.config.models import UiConfig

    assert contrast("#ffffff", UiConfig().brand_color) >= 4.5


def test_contrast_is_measured_as_wcag_defines_it() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_elder_text_is_at_least_44_px_and_one_and_a_half_times_standard() -> None:
    assert ELDER.body >= 44 and ELDER.body >= 1.5 * STANDARD.body
    assert ELDER.heading >= 64 and ELDER.title >= 64
    assert ELDER.line >= 1.3 and STANDARD.line >= 1.3


def test_touch_targets_are_120_px_in_elder_mode_and_96_px_in_standard() -> None:
    assert ELDER.touch >= 120 and ELDER.key >= 120
    assert STANDARD.touch >= 96 and STANDARD.key >= 96


def test_elder_mode_shows_fewer_services_at_once() -> None:
    assert ELDER.services_shown < STANDARD.services_shown
