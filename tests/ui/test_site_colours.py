"""Every site profile's colours, standard and 长辈版, meet the contrast rule on every pair the screens use."""

from __future__ import annotations

import pytest

from kiosk.config.loader import CONFIG_DIR, load_config
from ui.theme import PAIRS, contrast, site_palette

PROFILES = sorted(p.stem for p in (CONFIG_DIR / "profiles").glob("*.toml"))


@pytest.mark.parametrize("elder", [False, True], ids=["standard", "elder"])
@pytest.mark.parametrize("profile", PROFILES)
def test_every_profiles_colours_reach_4_5_to_1_on_every_pair(profile: str, elder: bool) -> None:
    ui = load_config(CONFIG_DIR / "profiles" / f"{profile}.toml", environ={}).ui
    palette = site_palette(elder, ui.brand_color, ui.button_colors == "brand")
    ratios = {f"{t} on {b}": round(contrast(getattr(palette, t), getattr(palette, b)), 2) for t, b in PAIRS}
    weak = {pair: r for pair, r in ratios.items() if r < 4.5}
    assert weak == {}


def test_the_bank_branch_draws_every_button_in_its_own_colour_in_both_modes() -> None:
    ui = load_config(CONFIG_DIR / "profiles" / "bank_branch.toml", environ={}).ui
    for elder in (False, True):
        p = site_palette(elder, ui.brand_color, ui.button_colors == "brand")
        assert p.brand == p.blue == p.green == p.brown != site_palette(elder).brand
    assert site_palette(True, ui.brand_color).brand != site_palette(True).brand  # not the hall's red in 长辈版
