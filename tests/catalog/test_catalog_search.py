"""Search as a citizen types: Chinese, full pinyin, initials, typos, and how results are ranked."""

import pytest

from kiosk.catalog.model import ServiceItem, listings
from kiosk.catalog.parse import parse_catalog
from kiosk.catalog.search import MatchTier, SearchIndex
from sandbox_platform.catalog_data import load_catalog


@pytest.fixture(scope="module")
def index():
    """What a terminal in 上海市黄浦区 searches: its own county, city and province items."""
    return SearchIndex(listings(parse_catalog(load_catalog()).available_at("310101")))


def names(hits):
    return [h.entry.name for h in hits]


def item(name, popularity=100, keywords=()):
    return ServiceItem(
        code=f"T-{name}",
        name=name,
        category="c",
        department="d",
        department_type="d",
        region_code="310101",
        popularity=popularity,
        keywords=tuple(keywords),
    )


# --- finding ----------------------------------------------------------------------------------


def test_exact_chinese_name_comes_first(index):
    hits = index.search("异地就医备案")
    assert names(hits)[0] == "异地就医备案" and hits[0].tier is MatchTier.EXACT


def test_chinese_prefix_finds_the_item(index):
    hits = index.search("户口迁")
    assert names(hits)[0] == "户口迁移" and hits[0].tier is MatchTier.PREFIX


def test_chinese_text_inside_a_name_finds_it(index):
    assert "住房公积金退休提取" in names(index.search("退休提取"))


def test_full_pinyin_finds_the_item(index):
    hits = index.search("yidijiuyibeian")
    assert names(hits)[0] == "异地就医备案" and hits[0].tier is MatchTier.EXACT


def test_pinyin_is_matched_as_it_is_typed(index):
    assert names(index.search("yidijiu"))[0] == "异地就医备案"


def test_pinyin_with_spaces_or_apostrophes_still_matches(index):
    assert names(index.search("yi di jiu yi"))[0] == "异地就医备案"
    assert names(index.search("yi'di"))[0] == "异地就医备案"


def test_initials_gjj_find_housing_fund_items(index):
    hits = index.search("gjj")
    assert len(hits) >= 4
    assert all("公积金" in h.entry.name or any("公积金" in k for k in h.entry.keywords) for h in hits)


def test_huji_finds_household_register_items(index):
    found = names(index.search("huji"))
    assert found[0] == "户籍证明开具"
    # Items citizens call 户籍 without the word in their name come through their keywords.
    assert {"户口迁移", "出生登记"} <= set(found)


def test_pinyin_in_the_middle_of_a_name_matches_only_at_a_syllable(index):
    assert "住房公积金退休提取" in names(index.search("tiqu"))
    assert "住房公积金退休提取" not in names(index.search("ngji"))


def test_bundles_are_found_by_name_and_initials(index):
    assert names(index.search("新生儿"))[0] == "新生儿出生“一件事”"
    assert {"新生儿出生“一件事”", "退休“一件事”"} <= set(names(index.search("yjs")))


def test_upper_case_input_is_the_same_as_lower_case(index):
    assert names(index.search("GJJ")) == names(index.search("gjj"))


def test_an_empty_or_punctuation_only_query_finds_nothing(index):
    assert index.search("") == [] and index.search(" ，。") == []


def test_the_limit_caps_the_number_of_hits(index):
    assert len(index.search("s", limit=3)) == 3


def test_whole_syllables_and_initials_may_mix(index):
    assert names(index.search("zhufanggjj"))[0].startswith("住房公积金")
    assert "住房公积金退休提取" in names(index.search("gjjtiqu"))
    hits = index.search("hkqy")
    assert names(hits)[0] == "户口迁移" and hits[0].tier is MatchTier.INITIALS


def test_a_mixed_query_inside_a_name_ranks_as_contained():
    entries = [item("住房公积金提取", 10)]
    assert [h.tier for h in SearchIndex(entries).search("gjjtiqu")] == [MatchTier.CONTAINS]


# --- typos ------------------------------------------------------------------------------------


def test_a_missing_pinyin_letter_is_forgiven(index):
    hits = index.search("yidijuyi")  # "jiu" typed as "ju"
    assert names(hits)[0] == "异地就医备案" and hits[0].tier is MatchTier.FUZZY


def test_a_wrong_pinyin_letter_is_forgiven(index):
    assert "异地就医备案" in names(index.search("yidijiuyu"))


def test_an_extra_pinyin_letter_is_forgiven(index):
    assert names(index.search("hukkouqianyi"))[0] == "户口迁移"


def test_a_wrong_chinese_character_is_forgiven(index):
    assert names(index.search("异地就医备按"))[0] == "异地就医备案"


def test_a_homophone_typed_by_mistake_is_forgiven(index):
    # 户极 and 户籍 are both "huji": the pinyin input method offered the wrong word.
    assert {"户籍证明开具", "户口迁移"} <= set(names(index.search("户极")))


def test_two_wrong_letters_are_not_a_typo_but_a_different_word(index):
    assert "异地就医备案" not in names(index.search("yixijiuyu"))


def test_typo_tolerance_waits_for_enough_letters():
    tiny = SearchIndex([item("社保卡")])
    assert tiny.search("sbq") == []  # three letters: one slip would match too much


# --- ranking ----------------------------------------------------------------------------------


def test_chinese_ranking_is_exact_then_prefix_then_contains_then_typo():
    entries = [item("公基金", 900), item("住房公积金", 800), item("公积金提取", 700), item("公积金", 1)]
    hits = SearchIndex(entries).search("公积金")
    assert names(hits) == ["公积金", "公积金提取", "住房公积金", "公基金"]
    assert [h.tier for h in hits] == [MatchTier.EXACT, MatchTier.PREFIX, MatchTier.CONTAINS, MatchTier.FUZZY]


def test_pinyin_ranking_puts_prefix_before_initials_before_contains():
    entries = [item("补办社保卡", 900), item("社保卡", 10), item("社保卡申领", 5)]
    hits = SearchIndex(entries).search("shebaoka")
    assert names(hits) == ["社保卡", "社保卡申领", "补办社保卡"]
    by_initials = SearchIndex(entries).search("sbk")
    assert names(by_initials) == ["社保卡", "社保卡申领", "补办社保卡"]
    assert [h.tier for h in by_initials] == [MatchTier.INITIALS, MatchTier.INITIALS, MatchTier.CONTAINS]


def test_ties_go_to_the_busiest_item():
    entries = [item("居住证申领", 10), item("居住证签注", 5000)]
    assert names(SearchIndex(entries).search("juzhuzheng")) == ["居住证签注", "居住证申领"]


def test_a_keyword_never_outranks_a_name():
    entries = [item("户口迁移", 99999, keywords=["户籍"]), item("户籍证明", 1)]
    hits = SearchIndex(entries).search("户籍")
    assert names(hits) == ["户籍证明", "户口迁移"]
    assert hits[1].tier is MatchTier.CONTAINS


def test_typo_matches_rank_after_every_exact_match():
    entries = [item("婚姻登记", 1), item("婚烟登记补录", 99999)]
    hits = SearchIndex(entries).search("婚姻登记")
    assert names(hits) == ["婚姻登记", "婚烟登记补录"]
    assert hits[-1].tier is MatchTier.FUZZY


def test_one_or_two_letters_match_only_at_the_start_of_a_name():
    entries = [item("补办社保卡", 900), item("社保卡", 10)]
    assert names(SearchIndex(entries).search("sb")) == ["社保卡"]
    assert names(SearchIndex(entries).search("s")) == ["社保卡"]
    assert names(SearchIndex(entries).search("sbk")) == ["社保卡", "补办社保卡"]
