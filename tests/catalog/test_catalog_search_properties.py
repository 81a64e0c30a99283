"""Properties over every entry of the sample catalog: each is found by its own name, pinyin,
initials, and by them with one slip."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.catalog.model import listings
from kiosk.catalog.parse import parse_catalog
from kiosk.catalog.pinyin_keys import keys_of
from kiosk.catalog.search import MatchTier, SearchIndex
from sandbox_platform.catalog_data import load_catalog

ENTRIES = listings(parse_catalog(load_catalog()).available_at("320102"))
INDEX = SearchIndex(ENTRIES)
EVERYTHING = len(ENTRIES)


def found(query, entry):
    return {h.entry.code: h.tier for h in INDEX.search(query, limit=EVERYTHING)}.get(entry.code)


@given(st.sampled_from(ENTRIES))
def test_every_entry_is_found_by_its_name_as_an_exact_match(entry):
    assert found(entry.name, entry) is MatchTier.EXACT


@given(st.sampled_from(ENTRIES))
def test_every_entry_is_found_by_its_full_pinyin_as_an_exact_match(entry):
    assert found(keys_of(entry.name).pinyin, entry) is MatchTier.EXACT


@given(st.sampled_from(ENTRIES))
def test_every_entry_is_found_by_its_initials(entry):
    assert found(keys_of(entry.name).initials, entry) is not None


@settings(max_examples=60)
@given(st.sampled_from(ENTRIES), st.data())
def test_every_entry_survives_one_missing_pinyin_letter(entry, data):
    pinyin = keys_of(entry.name).pinyin
    at = data.draw(st.integers(0, len(pinyin) - 1))
    assert found(pinyin[:at] + pinyin[at + 1 :], entry) is not None


@settings(max_examples=60)
@given(st.sampled_from([e for e in ENTRIES if len(keys_of(e.name).text) >= 4]), st.data())
def test_every_entry_survives_one_wrong_chinese_character(entry, data):
    text = keys_of(entry.name).text
    at = data.draw(st.integers(0, len(text) - 1))
    assert found(text[:at] + "错" + text[at + 1 :], entry) is not None


@pytest.mark.parametrize("query", ["gjj", "户口", "yidi", "社保卡", "hunyin"])
def test_hits_are_ordered_by_tier(query):
    tiers = [h.tier for h in INDEX.search(query, limit=EVERYTHING)]
    assert tiers and tiers == sorted(tiers)
